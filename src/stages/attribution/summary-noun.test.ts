import { describe, expect, it } from 'vitest'
import { analyse, at } from './testing.js'

/* A source and cue after a noun that sums up a claim (summary-noun.ts), on sentences written for these tests. */
const read = (text: string) =>
  analyse(text).attributions.map((a) => [at(text, a.source.mention), at(text, a.cue), at(text, a.content), a.stance])

describe('a noun summing up a claim, then a source and cue', () => {
  it("is what the cue disputes, not the other speaker's claim before it", () => {
    const text = 'Soldiers shot dead nine people, the opposition said, a figure the government disputed.'
    expect(read(text)).toEqual([
      ['the opposition', 'said', 'Soldiers shot dead nine people', 'assert'],
      ['the government', 'disputed', 'a figure', 'deny'],
    ])
  })

  it('leaves a cue with an object of its own alone', () => {
    const text = 'The mayor closed the bridge, a decision the council said was rushed.'
    expect(read(text).map((r) => r[2])).not.toContain('a decision')
  })
})
