import { beforeAll, describe, expect, it } from 'vitest'
import type { Layers } from '../../doc/layers.js'
import { makeDoc } from '../../doc/testing.js'
import type { Step } from '../../pipeline.js'
import { tokens } from '../tokens/index.js'
import { attribution } from './index.js'

/* Sentence-opening connectives built on `said` (connectives.ts), on sentences written for these tests. */
const quiet = { warn() {}, info() {} }
let tokenize: Step<'paragraphs' | 'sentences' | 'tokens'>
let attribute: Step<'sources' | 'attributions'>

beforeAll(async () => {
  tokenize = (await tokens().prepare()) as Step<'paragraphs' | 'sentences' | 'tokens'>
  attribute = (await attribution().prepare()) as Step<'sources' | 'attributions'>
})

function cues(text: string): string[] {
  const bare = makeDoc(text, { mentions: [], entities: [], references: [] })
  const doc = bare.withLayers(tokenize(bare, quiet))
  const { attributions }: Pick<Layers, 'attributions'> = attribute(doc, quiet)
  return attributions.map((a) => text.slice(a.cue.start, a.cue.end))
}

describe('sentence-opening connectives', () => {
  it('reads no saying in "Having said that," or "That said,"', () => {
    expect(cues('The plan has flaws. Having said that, the port needs a new crane before winter.')).toEqual([])
    expect(cues('The plan has flaws. That said, the port needs a new crane before winter.')).toEqual([])
    expect(cues('The plan has flaws -- and it is late. (Having said that, the port needs a new crane.)')).toEqual([])
  })

  it('still reads "X said that C" after such an opener', () => {
    expect(cues('Having said that, the harbour master said that the crane would arrive in May.')).toEqual(['said'])
  })
})
