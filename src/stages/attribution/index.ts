/*
 * Attribution stage. Reads: sentences, tokens (UPOS and lemma), mentions and entities (to name
 * sources and channels), references (pronouns resolved to entities). Adds: `attributions`, one per
 * reported statement, belief or refusal, with source phrase, cue, content, kind, stance, channel
 * and parent; and `sources`, the people and bodies behind them as records (named or anonymous,
 * count, affiliation, role, rank, reason for anonymity), with later references, partitives and
 * compounds resolved (`The sources`, `One of the Iraqi sources`, `A ... and two ...`).
 * How: cues come from a speech-verb list, refusal and `according to` patterns, and a cue model
 * learned from PolNeAR train (data/README.md), which reads a verb it never saw by its word class. For speech cues, frames around the cue (`X said C`,
 * `C, X said`, `C, said X`, `told Y that C`, `, saying C`, quotes over several sentences and
 * paragraphs) give source and content from tagged tokens, with no parser; every other cue (beliefs,
 * intentions, judgements) is read by a span tagger learned from PolNeAR train (span-tagger.ts),
 * which also leaves a false cue without content. Stance adjectives after `be` (`is skeptical of`,
 * `was adamant that`) are cues the rules read, and so are a quotation a colon opens (`the flyer
 * used a line as its slogan: "C"`) and a clause marked `reportedly`; labels and signatures with
 * no verb (`WALLACE:`, transcripts' `Q:`/`A:`, `"..." ― Jane Doe`, a `- Jane Doe.` line) attribute
 * their line or quote. A claim inside a relative clause runs from its pronoun, as PolNeAR marks it
 * (`a bill that critics say would curb media freedom`, `the drug, which doctors believe could save
 * lives`), and a participle whose object is an account reads the account (`contradicting a statement
 * by the ministry`), not the agent after `by`.
 * Misses: attributions with no cue word (a quote paragraph after `X said:` is found, a bare
 * quote paragraph is not), noun cues (`Trump's claim that`), sources that are not noun phrases
 * next to the cue; `"A," he said, "B."` is one content from A to B, cue included (the analysis
 * JSON gives the source's own words apart as `spoken`).
 * Scores (npm run eval; scripts/attribution/evaluate.ts): founding report attributions_full F1
 * 1.00, source, stance, named and count accuracy 1.00. PolNeAR dev (84 articles, speech, beliefs
 * and intentions): attributions_content F1 0.749 (P 0.82, R 0.69), attributions_full F1 0.728;
 * the long tail of belief and evaluation cues is what is missed (cue heads alone reach token F1
 * 0.74). About 38% of the pipeline's time: some 6 ms per 700 words in the latest bench
 * (BENCHMARKS.md).
 */

import type { Stage } from '../../pipeline.js'
import { buildAttributions } from './attributions.js'
import { cueModelFrom } from './cues.js'
import cueModel from './data/cue-model.json' with { type: 'json' }
import spanModel from './data/span-model.json' with { type: 'json' }
import { spanModelFrom } from './span-tagger.js'

/** Options for the attribution stage. */
export interface AttributionOptions {
  /** Use the cue model and span tagger learned from PolNeAR (default true); false keeps only the hand lexicon and frame rules. */
  readonly learnedCues?: boolean
}

/** The attribution stage: who says what, with sources as records. */
export function attribution(options: AttributionOptions = {}): Stage<'sources' | 'attributions'> {
  return {
    name: 'attribution',
    requires: ['sentences', 'tokens', 'mentions', 'entities', 'references'],
    provides: ['sources', 'attributions'],
    async prepare() {
      const models = {
        cues: options.learnedCues === false ? null : cueModelFrom(cueModel),
        spans: options.learnedCues === false ? null : spanModelFrom(spanModel),
      }
      return (doc, report) => buildAttributions(doc, models, report)
    },
  }
}
