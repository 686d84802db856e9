/*
 * Attribution stage. Reads: sentences, tokens (UPOS and lemma), mentions and entities (to name
 * sources and channels), references (pronouns resolved to entities). Adds: `attributions`, one per
 * reported statement, belief or refusal, with source phrase, cue, content, kind, stance, channel
 * and parent; and `sources`, the people and bodies behind them as records (named or anonymous,
 * count, affiliation, role, rank, reason for anonymity), with later references, partitives and
 * compounds resolved (`The sources`, `One of the Iraqi sources`, `A ... and two ...`).
 * How: cues come from a speech-verb list, refusal and `according to` patterns, and a cue model
 * learned from PolNeAR train (data/README.md); frames around each cue (`X said C`, `C, X said`,
 * `C, said X`, `told Y that C`, `, saying C`, quotes over several sentences and paragraphs) give
 * source and content from tagged tokens, with no parser.
 * Misses: attributions with no cue word (a quote paragraph after `X said:` is found, a bare
 * quote paragraph is not), sources that are not noun phrases next to the cue, discontinuous
 * content (`"A," he said, "B."` keeps only A).
 * Scores: see data/README.md for the founding report and PolNeAR dev figures.
 */

import type { Stage } from '../../pipeline.js'
import { buildAttributions } from './attributions.js'
import type { CueModel } from './cues.js'
import cueModel from './data/cue-model.json' with { type: 'json' }

/** Options for the attribution stage. */
export interface AttributionOptions {
  /** Use the cue model learned from PolNeAR (default true); false keeps only the hand lexicon. */
  readonly learnedCues?: boolean
}

/** The attribution stage: who says what, with sources as records. */
export function attribution(options: AttributionOptions = {}): Stage<'sources' | 'attributions'> {
  return {
    name: 'attribution',
    requires: ['sentences', 'tokens', 'mentions', 'entities', 'references'],
    provides: ['sources', 'attributions'],
    async prepare() {
      const model = options.learnedCues === false ? null : (cueModel as CueModel)
      return (doc, report) => buildAttributions(doc, model, report)
    },
  }
}
