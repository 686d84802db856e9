import { describe, expect, it } from 'vitest'
import { analyse, at } from './testing.js'

/*
 * Frame rules (frames.ts) on sentences written for these tests, through the real tokens stage.
 */
const show = (text: string) =>
  analyse(text).attributions.map((a) => [at(text, a.source.mention), at(text, a.cue), at(text, a.content)])

describe('the claim of a saying that opens its paragraph', () => {
  it('is read after the cue, not from a quotation closing the paragraph before', () => {
    const text =
      'He says the mayor "knows the rules well. Still, he goes after the honest."\n\n' +
      'Lee said the mayor\'s words and actions "amount to a threat to the town."'
    expect(show(text)).toEqual([
      ['He', 'says', 'the mayor "knows the rules well. Still, he goes after the honest."'],
      ['Lee', 'said', 'the mayor\'s words and actions "amount to a threat to the town."'],
    ])
  })
})
