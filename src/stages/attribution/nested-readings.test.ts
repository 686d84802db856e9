import { describe, expect, it } from 'vitest'
import { partsOf, readings } from './testing.js'

/* Learned readings nested in another claim (nested-readings.ts), on sentences written for these tests. */
const cues = (text: string) => partsOf(text, 'cue')

describe('a learned reading inside another claim', () => {
  it('is part of that claim, not one of its own', () => {
    expect(cues('The mayor said residents who oppose the new tower have filed a complaint with the county.')).toEqual([
      'said',
    ])
    expect(cues('The report said the governor supported the levy that farmers rejected last spring.')).toEqual(['said'])
    expect(cues('A spokesman said the minister endorsed the candidate in a letter to party members.')).toEqual(['said'])
  })

  it('keeps a saying read by the rules inside a claim', () => {
    const text = 'The lawyer said the witness told police that the van was blue.'
    expect(cues(text)).toEqual(['said', 'told'])
  })

  it('keeps a participle beside the cue of a quote broken by its attribution', () => {
    const text =
      '"The ferry will run again in May," the harbour master said, referring to the island route. "Nobody should plan around it before then."'
    expect(cues(text)).toEqual(['said', 'referring'])
    expect(partsOf(text, 'content')[1]).toBe('the island route')
  })
})

describe('a saying joined to a claim by a coordinator', () => {
  it('ends the first claim before a second clause with its own source and cue', () => {
    const text = 'Most teachers said the plan was fair, and more than 4 in 10 said the union would handle it best.'
    expect(readings(text)).toEqual([
      ['Most teachers', 'said', 'the plan was fair'],
      ['4 in 10', 'said', 'the union would handle it best'],
    ])
  })

  it('starts the second source after an object joined to it by `and`', () => {
    const text = 'Most renters said they were worried about prices and 30 percent said they expected rents to fall.'
    expect(readings(text)).toEqual([
      ['Most renters', 'said', 'they were worried about prices'],
      ['30 percent', 'said', 'they expected rents to fall'],
    ])
  })

  it('leaves two subjects of one verb together', () => {
    const text = 'The clerk described what he and many tenants see as a broken system.'
    expect(partsOf(text, 'content')[0]).toBe('what he and many tenants see as a broken system')
  })
})
