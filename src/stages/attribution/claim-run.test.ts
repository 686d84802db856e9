import { describe, expect, it } from 'vitest'
import { analyse, at } from './testing.js'

/** The content of the attribution whose cue is `cue`. */
function contentOf(text: string, cue: string): string | null {
  const found = analyse(text).attributions.find((a) => at(text, a.cue) === cue)
  return at(text, found?.content)
}

describe('a claim broken by its attribution', () => {
  it('ends before a contrast after the saying: "C, officials said, but D"', () => {
    const text = 'A senior commander was captured on Sunday, officials said, but accounts differed over the place.'
    expect(contentOf(text, 'said')).toBe('A senior commander was captured on Sunday')
    const fragment = 'Captured near the border, officials said, but accounts differed over the place.'
    expect(contentOf(fragment, 'said')).toBe('Captured near the border')
  })

  it('goes on into a quote after "but": "A," he said, but "B."', () => {
    const text = '"I like the mayor," he said, but "her budget is a mess."'
    expect(contentOf(text, 'said')).toMatch(/^I like the mayor," he said, but "her budget is a mess\./)
  })

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

  it('leaves a participle behind "not" or an adverb to the writer', () => {
    const text = "''We have shown we can win,'' Mr. Lane said, not even needing to name the rival."
    expect(contentOf(text, 'said')).toBe('We have shown we can win,')
    const adverb = '"The bridge will open in May," she said, clearly hoping to end the dispute.'
    expect(contentOf(adverb, 'said')).toBe('The bridge will open in May,')
  })
})
