import type { Doc } from '../../doc/doc.js'
import type { Entity, EntityType, Layers, Mention } from '../../doc/layers.js'
import type { Span } from '../../doc/span.js'
import { makeDoc, spanOf } from '../../doc/testing.js'
import type { Step } from '../../pipeline.js'
import { tokens } from '../tokens/index.js'
import { readContext } from './context.js'
import type { Context } from './frames.js'
import { attribution } from './index.js'

/*
 * What the attribution tests share: sentences written for the tests run through the real tokens
 * stage, so rules are tested on the tags they meet in use, with names given by hand where a test
 * needs them.
 */

const quiet = { warn() {}, info() {} }
const tokenize = (await tokens().prepare()) as Step<'paragraphs' | 'sentences' | 'tokens'>
const attribute = (await attribution().prepare()) as Step<'sources' | 'attributions'>

/** A name a test gives by hand: its phrase (first occurrence), type and entity id. */
export interface Named {
  phrase: string
  type: EntityType
  id: string
}

/** `text` with the real tokens stage's layers and the given names (none by default). */
export function tokenized(text: string, named: readonly Named[] = []): Doc {
  const mentions: Mention[] = named.map((n) => ({ ...spanOf(text, n.phrase), type: n.type, entity: n.id }))
  const entities: Entity[] = named.map((n) => ({
    id: n.id,
    type: n.type,
    name: n.phrase,
    aliases: [],
    mentions: [spanOf(text, n.phrase)],
  }))
  return withTokens(makeDoc(text, { mentions, entities, references: [] }))
}

/** A Doc built by hand with the real tokens stage's layers added. */
export function withTokens(bare: Doc): Doc {
  return bare.withLayers(tokenize(bare, quiet))
}

/** The attribution stage's layers for a Doc built by hand (with its own names, references or dateline). */
export function analyseDoc(bare: Doc): Pick<Layers, 'sources' | 'attributions'> {
  return attribute(withTokens(bare), quiet)
}

/** The attribution stage's reading context of `text`. */
export function contextOf(text: string): Context {
  return readContext(tokenized(text)).ctx
}

/** The attribution stage's layers for `text`. */
export function analyse(text: string, named: readonly Named[] = []): Pick<Layers, 'sources' | 'attributions'> {
  return attribute(tokenized(text, named), quiet)
}

/** The text of a span, or null. */
export const at = (text: string, span: Span | null | undefined): string | null =>
  span ? text.slice(span.start, span.end) : null

/** Each attribution of `text` as the words of its source, cue and content (null where it has none). */
export function readings(text: string): (string | null)[][] {
  return analyse(text).attributions.map((a) => [at(text, a.source.mention), at(text, a.cue), at(text, a.content)])
}

/** One part of each attribution of `text`, as words. */
export function partsOf(text: string, part: 'source' | 'cue' | 'content'): (string | null)[] {
  return analyse(text).attributions.map((a) => at(text, part === 'source' ? a.source.mention : a[part]))
}
