import { describe, expect, it } from 'vitest'
import type { Claim } from '../store/store.js'
import { claimLine } from './show.js'

const claim: Claim = {
  articleId: 'valley-0601',
  attribution: 'a1',
  source: { label: 'Ada Kerr', named: true, count: 1, entity: null },
  cue: 'said',
  content: 'The dam held," said Ada Kerr, a farmer. "It will hold again.',
  spoken: ['The dam held,', 'It will hold again.'],
  kind: 'direct',
  stance: 'assert',
  channel: null,
  article: { title: 'Dam holds', outlet: 'Valley Post', published: '2024-06-01' },
}

describe('claimLine', () => {
  it("prints a broken quote without the writer's interruption", () => {
    expect(claimLine(claim)).toBe(
      '  - Ada Kerr said: "The dam held, … It will hold again."  [assert; Valley Post 2024-06-01; valley-0601#a1]',
    )
  })

  it('prints the whole content when nothing interrupts it', () => {
    expect(claimLine({ ...claim, content: 'the river fell', spoken: null })).toContain(': "the river fell"')
  })
})
