import { describe, expect, it } from 'vitest'
import { partsOf } from './testing.js'

/*
 * A participle or coordinated cue whose source the tagger took from the clause it hangs on
 * (attributions.ts, isInClauseBefore): the clause's subject says it.
 */
const sources = (text: string) => partsOf(text, 'source')

describe('a participle after a clause', () => {
  it('is said by the subject, not by a place after the verb', () => {
    expect(sources('Reed was 300 miles away in Dayton, Ohio, promising to build a bridge.')).toEqual(['Reed'])
  })

  it('keeps the subject of a clause of its own before it', () => {
    expect(
      sources(
        'The fight began two months after the tycoon entered the race, calling his rivals liars and vowing to win.',
      ),
    ).toEqual(['the tycoon', 'the tycoon'])
  })

  it('keeps the object of a verb that leaves it doing what the participle says', () => {
    expect(
      sources('The vote has left many senators, including Lee, wondering what the mayor really believes.'),
    ).toEqual(['many senators, including Lee'])
  })
})

describe('a verb coordinated after a clause', () => {
  it('is said by the subject, not by the object of a preposition before it', () => {
    expect(sources('Senator Mary Ward appeared with radio host Dan Price and endorsed the mayor.')).toEqual([
      'Senator Mary Ward',
    ])
  })
})

describe('a cue after the object of a verb such as `lead` and `to`', () => {
  it('is said by the object, not by the subject of the verb', () => {
    // After a headline paragraph the tagger reads `All` as the source.
    expect(
      sources('Mayor race heats up.\n\nAll this has led the veteran reporter Tom Reed to fear a new crisis.'),
    ).toEqual(['the veteran reporter Tom Reed'])
  })
})
