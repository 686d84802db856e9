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

  it('is said by the subject when the object names only a place', () => {
    expect(sources('The senator opened a rally in Dayton blasting the governor for cutting taxes.')).toEqual([
      'The senator',
    ])
    expect(sources('The senator opened a Dayton rally blasting the governor for cutting taxes.')).toEqual([
      'The senator',
    ])
  })

  it('keeps a person named before it as the one saying it', () => {
    expect(sources('The video shows the coach saying that the team would win.')).toEqual(['the coach'])
  })
})

describe('a noun cue that is the object of a verb', () => {
  it('is held by the subject, not by its own modifiers', () => {
    expect(sources('The bank raised its regional growth forecast by 0.2 points to 3.1 percent.')).toEqual(['The bank'])
  })

  it('is held by the subject when a proper adjective stands between the owner and the noun', () => {
    expect(sources('On Tuesday, the fund increased its British growth forecast by 0.1 points to 1.8 percent.')).toEqual(
      ['the fund'],
    )
  })

  it('keeps a named owner', () => {
    expect(sources("The bank's forecast for next year is 2 percent.")).toEqual(["The bank's"])
  })
})

describe('a verb with a particle before the object', () => {
  it('gives its subject as the source', () => {
    // `put out` is read as a saying of its own; both are the group's.
    expect(sources('The group put out a series of posts Tuesday saying that the vote was rigged.')).toEqual([
      'The group',
      'The group',
    ])
  })
})

describe('bare modifiers before a noun cue', () => {
  it('are no source: the subject of the verb is', () => {
    expect(sources('Like many parents, I believe in the good sense of the voters of this town.')).toEqual(['I'])
  })
})

describe('a participle set off by commas between the subject and the cue', () => {
  it('keeps the subject the rules read, not the object the span tagger takes with its closing comma', () => {
    expect(
      sources(
        'Lee, appearing after Roe at the ABC/WXYZ forum, cited problems in the schools, roads and elsewhere that he blamed on the mayor.',
      ),
    ).toEqual(['Lee, appearing after Roe at the ABC/WXYZ forum'])
  })

  it('and so with dashes around a clause', () => {
    const text =
      'On the other side, Mrs. Roe -- whose brother signed the harbour bill into law -- has publicly derided the plan.'
    expect(sources(text)).toContain('Mrs. Roe -- whose brother signed the harbour bill into law')
  })
})

describe('a noun cue after an article and adjectives alone', () => {
  it('is held by the name it stands in apposition to', () => {
    expect(
      sources(
        'Rossi, a fierce supporter of the mayor and close friend of the governor, owns the largest paper in town.',
      ),
    ).toEqual(['Rossi'])
  })

  it('is held by the subject of the `have` or `be` before it', () => {
    expect(
      sources(
        'While 80 percent of farmers in a recent county survey had a favorable opinion of the mayor, only 30 percent said the same for her rival.',
      ),
    ).toEqual(['80 percent of farmers in a recent county survey', '30 percent'])
    expect(sources('The harbour master was a longtime supporter of the plan.')).toEqual(['The harbour master'])
  })
})

describe('a saying noun after `the following` that the tagger takes for a verb', () => {
  it('is held by the subject of the verb whose object it is', () => {
    expect(
      sources('Lee made the following comment: “For young people who have left school, the rate is high.”'),
    ).toEqual(['Lee'])
  })
})

describe('a document issued inside a reported clause', () => {
  it('speaks for the inner clause’s subject, not the first speaker', () => {
    expect(sources('One envoy said the bloc would issue a statement urging calm.')).toEqual(['One envoy', 'the bloc'])
  })
})
