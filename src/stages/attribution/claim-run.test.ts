import { beforeAll, describe, expect, it } from 'vitest'
import type { Layers } from '../../doc/layers.js'
import { makeDoc } from '../../doc/testing.js'
import type { Step } from '../../pipeline.js'
import { tokens } from '../tokens/index.js'
import { attribution } from './index.js'

const quiet = { warn() {}, info() {} }
let tokenize: Step<'paragraphs' | 'sentences' | 'tokens'>
let attribute: Step<'sources' | 'attributions'>

beforeAll(async () => {
  tokenize = (await tokens().prepare()) as Step<'paragraphs' | 'sentences' | 'tokens'>
  attribute = (await attribution().prepare()) as Step<'sources' | 'attributions'>
})

/** The content of the attribution whose cue is `cue`. */
function contentOf(text: string, cue: string): string | null {
  const bare = makeDoc(text, { mentions: [], entities: [], references: [] })
  const doc = bare.withLayers(tokenize(bare, quiet) as Partial<Layers>)
  const found = attribute(doc, quiet).attributions.find((a) => text.slice(a.cue.start, a.cue.end) === cue)
  return found?.content ? text.slice(found.content.start, found.content.end) : null
}

describe('a claim broken by its attribution', () => {
  it('goes on into the predicate after "X added,"', () => {
    const text = 'The tools the city has, he added, are like "hammers that you cannot lift."'
    expect(contentOf(text, 'added')).toBe('The tools the city has, he added, are like "hammers that you cannot lift."')
  })

  it('starts at the relative pronoun whose predicate follows the attribution', () => {
    const text = 'The firm sold its shares to a fund, which, the mayor said, is usually run from Ohio.'
    expect(contentOf(text, 'said')).toBe('which, the mayor said, is usually run from Ohio')
    const subject = 'The two men, who fled to Lyon, the police said, were caught on Monday.'
    expect(contentOf(subject, 'said')).toBe('The two men, who fled to Lyon, the police said, were caught on Monday')
  })

  it('leaves a participle after the attribution to the writer', () => {
    const text = 'The richest would see a cut of $9,000, the group said, compared with $300 for the rest.'
    expect(contentOf(text, 'said')).toBe('The richest would see a cut of $9,000')
  })
})
