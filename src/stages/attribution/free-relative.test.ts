import { beforeAll, describe, expect, it } from 'vitest'
import type { Entity, EntityType, Layers, Mention } from '../../doc/layers.js'
import { makeDoc, spanOf } from '../../doc/testing.js'
import type { Step } from '../../pipeline.js'
import { tokens } from '../tokens/index.js'
import { attribution } from './index.js'

/*
 * The claim of a source after a free relative `what` (free-relative.ts), on sentences written
 * for these tests, through the real tokens stage.
 */
const quiet = { warn() {}, info() {} }
let tokenize: Step<'paragraphs' | 'sentences' | 'tokens'>
let attribute: Step<'sources' | 'attributions'>

beforeAll(async () => {
  tokenize = (await tokens().prepare()) as Step<'paragraphs' | 'sentences' | 'tokens'>
  attribute = (await attribution().prepare()) as Step<'sources' | 'attributions'>
})

interface Named {
  phrase: string
  type: EntityType
  id: string
}

function analyse(text: string, named: Named[] = []): Pick<Layers, 'sources' | 'attributions'> {
  const mentions: Mention[] = named.map((n) => ({ ...spanOf(text, n.phrase), type: n.type, entity: n.id }))
  const entities: Entity[] = named.map((n) => ({
    id: n.id,
    type: n.type,
    name: n.phrase,
    aliases: [],
    mentions: [spanOf(text, n.phrase)],
  }))
  const bare = makeDoc(text, { mentions, entities, references: [] })
  const doc = bare.withLayers(tokenize(bare, quiet))
  return attribute(doc, quiet)
}

const at = (text: string, span: { start: number; end: number } | null | undefined) =>
  span ? text.slice(span.start, span.end) : null

const show = (text: string) =>
  analyse(text).attributions.map((a) => [at(text, a.source.mention), at(text, a.cue), at(text, a.content)])

describe('a free relative "what" before the source', () => {
  it('reads the claim from "what" to the end of the relative: "what X says C and ..."', () => {
    const text = 'There is a wide gap between what the mayor says his budget would do and what it does.'
    expect(show(text)).toEqual([['the mayor', 'says', 'what the mayor says his budget would do']])
  })

  it('keeps a comma inside a quotation in the claim', () => {
    const text = 'The union attacked what the mayor says are "modest, sensible savings" in the budget.'
    expect(show(text)).toEqual([
      ['the mayor', 'says', 'what the mayor says are "modest, sensible savings" in the budget'],
    ])
  })

  it('reads the "what" alone when a clause of time follows the cue: "what X said when ..."', () => {
    const text = 'That was exactly what the manager said when she left the company in 2019.'
    expect(show(text)).toEqual([['the manager', 'said', 'what']])
  })
})
