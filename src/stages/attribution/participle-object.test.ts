import { describe, expect, it } from 'vitest'
import { partsOf } from './testing.js'

/*
 * A participle after a verb's object (frames.ts, objectsSubject): the clause's subject says it.
 */
const sources = (text: string) => partsOf(text, 'source')

describe('a participle after the object of a verb', () => {
  it('is said by the subject, not by the object it follows', () => {
    expect(sources('The chairman unleashed a series of posts early Monday saying that his rival had lied.')).toEqual([
      'The chairman',
    ])
    expect(sources('Lawyers for the company filed court papers opposing the merger.')).toEqual([
      'Lawyers for the company',
    ])
  })

  it('is said by the subject across a setting after the verb', () => {
    expect(sources('The minister spoke at a crowded briefing announcing that the plant would close.')).toEqual([
      'The minister',
    ])
  })

  it('keeps a person named before it as the one saying it', () => {
    expect(sources('The video shows the coach saying that the team would win.')).toEqual(['the coach'])
  })
})
