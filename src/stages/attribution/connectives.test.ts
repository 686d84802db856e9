import { describe, expect, it } from 'vitest'
import { analyse, at } from './testing.js'

/* Sentence-opening connectives built on `said` (connectives.ts), on sentences written for these tests. */
function cues(text: string): (string | null)[] {
  return analyse(text).attributions.map((a) => at(text, a.cue))
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
