import { describe, expect, it } from 'vitest'
import { isInPartyLabel, isMonthOfDate } from './not-names.js'
import type { Candidate } from './recognise.js'

const candidate = (text: string, phrase: string): Candidate => {
  const start = text.indexOf(phrase)
  return { start, end: start + phrase.length, type: 'PERSON', text: phrase }
}

describe('isMonthOfDate', () => {
  it('takes a month or its abbreviation before a day or year for a date', () => {
    for (const [text, month] of [
      ['ISTANBUL, Feb 2 (Reuters) - Police said', 'Feb'],
      ['TARSK, March 3 (AP) - Police said', 'March'],
      ['On Sept. 11 2001 planes struck', 'Sept.'],
      ['It closed in May 2020.', 'May'],
    ]) {
      expect(isMonthOfDate(candidate(text as string, month as string), text as string)).toBe(true)
    }
  })

  it('keeps a name that is also a month when no number follows', () => {
    const text = 'Theresa May said the vote would go ahead; May 2 was chosen.'
    expect(isMonthOfDate(candidate(text, 'Theresa May'), text)).toBe(false)
    expect(isMonthOfDate(candidate(text, 'May'), text)).toBe(false)
  })
})

describe('isInPartyLabel', () => {
  it("takes the parts of a lawmaker's party label for no name", () => {
    const text = 'Sen. Jo Roe (D-N.Y.) and Rep. Al Poe (R-Utah) and Sen. Di Fox (I-Vt.) spoke.'
    for (const part of ['Y.', 'R-Utah', 'Vt.']) expect(isInPartyLabel(candidate(text, part), text)).toBe(true)
  })

  it('keeps names in other parentheses', () => {
    const text = 'The Kurdistan Workers Party (PKK) and Doctors Without Borders (MSF) said so.'
    for (const part of ['PKK', 'MSF']) expect(isInPartyLabel(candidate(text, part), text)).toBe(false)
  })
})
