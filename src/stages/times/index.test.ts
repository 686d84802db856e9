import { existsSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import type { TimeExpression } from '../../doc/layers.js'
import type { Message } from '../../doc/message.js'
import { makeDoc } from '../../doc/testing.js'
import type { Step } from '../../pipeline.js'
import { tokens } from '../tokens/index.js'
import { times } from './index.js'

const FOUNDING = new URL('../../../../shared/corpus/duvar-2021-10-12-isis-capture.txt', import.meta.url)

let tokenize: Step<'paragraphs' | 'sentences' | 'tokens'>
let step: Step<'times'>

beforeAll(async () => {
  tokenize = await tokens().prepare()
  step = await times().prepare()
})

interface Run {
  found: (TimeExpression & { text: string })[]
  messages: { rule: string; text: string }[]
}

function run(text: string, published: string | null = '2021-10-12'): Run {
  const messages: Run['messages'] = []
  const report = {
    warn: (rule: string, _reason: string, span?: Message['span']) =>
      messages.push({ rule, text: span ? text.slice(span.start, span.end) : '' }),
    info() {},
  }
  let doc = makeDoc(text, {}, { published })
  doc = doc.withLayers(tokenize(doc, report))
  const found = step(doc, report).times.map((t) => ({ ...t, text: text.slice(t.start, t.end) }))
  return { found, messages }
}

const values = (text: string, published?: string | null) =>
  run(text, published).found.map((t) => [t.text, t.value, ...(t.end_value !== undefined ? [t.end_value] : [])])

describe('times stage', () => {
  it('resolves yearless dates to the publication year without the preposition', () => {
    expect(values('Police said on Oct. 11 that the convoy left on 9 October.')).toEqual([
      ['Oct. 11', '2021-10-11'],
      ['9 October', '2021-10-09'],
    ])
  })

  it('reads a yearless date far ahead of publication as last year', () => {
    expect(values('The ceasefire signed on Dec. 20 held.')).toEqual([['Dec. 20', '2020-12-20']])
  })

  it('keeps full dates, month-year and bare years at their own granularity', () => {
    expect(values('He was born on October 11, 1975, moved in July 2020 and retired in 2019.')).toEqual([
      ['October 11, 1975', '1975-10-11'],
      ['July 2020', '2020-07'],
      ['2019', '2019'],
    ])
  })

  it('resolves a weekday to the most recent one at or before publication in a past-tense report', () => {
    // 2021-10-12 was a Tuesday.
    expect(values('Militants attacked the post on Monday and again on Tuesday.')).toEqual([
      ['Monday', '2021-10-11'],
      ['Tuesday', '2021-10-12'],
    ])
    expect(values('Talks will resume on Friday.')).toEqual([['Friday', '2021-10-15']])
    expect(values('Last Friday the envoy left.')).toEqual([['Last Friday', '2021-10-08']])
  })

  it('shifts last year, next month, this week and yesterday from the publication date', () => {
    expect(values('A prisoner detained last year talked; the trial opens next month.')).toEqual([
      ['last year', '2020'],
      ['next month', '2021-11'],
    ])
    expect(values('Shelling resumed yesterday after a quiet this week.')).toEqual([
      ['yesterday', '2021-10-11'],
      ['this week', '2021-W41'],
    ])
    expect(values('The camp opened two years ago and closed three days ago.')).toEqual([
      ['two years ago', '2019'],
      ['three days ago', '2021-10-09'],
    ])
  })

  it('counts `two days later`, `the following year` and `the day before` from the last time named', () => {
    expect(
      values(
        'He was freed on Sept. 3, 2019 and left two days later. He returned the following year. ' +
          'On June 10, 2021 he was held again; the day before, and a week earlier, he had spoken.',
      ),
    ).toEqual([
      ['Sept. 3, 2019', '2019-09-03'],
      ['two days later', '2019-09-05'],
      ['the following year', '2020'],
      ['June 10, 2021', '2021-06-10'],
      ['the day before', '2021-06-09'],
      ['a week earlier', '2021-06-02'],
    ])
  })

  it('leaves a shift finer than the time it counts from unresolved, and counts from publication first', () => {
    expect(values('They met in 2019 and spoke a day later.')).toEqual([
      ['2019', '2019'],
      ['a day later', null],
    ])
    expect(values('The previous day, troops withdrew.')).toEqual([['The previous day', '2021-10-11']])
  })

  it('keeps vague expressions with value null', () => {
    const { found } = run('Agents had tracked him for months; the group fell years ago and recently regrouped.')
    expect(found.map((t) => [t.text, t.value])).toEqual([
      ['for months', null],
      ['years ago', null],
      ['recently', null],
    ])
    expect(found.map((t) => t.relative)).toEqual([false, true, true])
    expect(found.map((t) => t.vague)).toEqual([true, true, true])
    expect(run('The camp opened two years ago.').found[0]?.vague).toBeUndefined()
  })

  it('joins ranges and gives their end', () => {
    expect(values('Troops were deployed from 2016 to 2018 and again between May and July.')).toEqual([
      ['from 2016 to 2018', '2016', '2018'],
      ['between May and July', '2021-05', '2021-07'],
    ])
    expect(values('The summit ran Oct. 4-6 after the 2014–15 crisis.')).toEqual([
      ['Oct. 4-6', '2021-10-04', '2021-10-06'],
      ['2014–15', '2014', '2015'],
    ])
  })

  it('joins day ranges only with their opening word', () => {
    expect(values('The poll ran from Sept. 19 to 22 and between May 3 and 5, not Oct. 2 to 3 people.')).toEqual([
      ['from Sept. 19 to 22', '2021-09-19', '2021-09-22'],
      ['between May 3 and 5', '2021-05-03', '2021-05-05'],
      ['Oct. 2', '2021-10-02'],
    ])
  })

  it('reads last December and next March from the publication month', () => {
    expect(values('Talks began last December, stalled this March and resume next March.')).toEqual([
      ['last December', '2020-12'],
      ['this March', '2021-03'],
      ['next March', '2022-03'],
    ])
  })

  it('reads a month of last or this year as one expression', () => {
    expect(values('It began on June 16th of last year and ended in March of this year.')).toEqual([
      ['June 16th of last year', '2020-06-16'],
      ['March of this year', '2021-03'],
    ])
    expect(values('Gunmen attacked the town on Oct. 7 last year.')).toEqual([['Oct. 7 last year', '2020-10-07']])
  })

  it('does not take counts, amounts or the name and verb May for dates', () => {
    expect(values('13 people died and 2000 troops left; May Smith said it may rain. Some 1500 fled.')).toEqual([])
    expect(values('The fund paid $2019 and 2019% more, at 2015 GMT.')).toEqual([])
    expect(values('A 2000-strong force filed a 1500-page report.')).toEqual([])
  })

  it('leaves names written in capitals alone (`USA Today`, `This Morning`) but reads a sentence-initial Today', () => {
    expect(values('She told USA TODAY and the show This Morning. Today, he left.')).toEqual([['Today', '2021-10-12']])
  })

  it('reads hyphenated counts and `this past weekend`', () => {
    expect(values('Twenty-two years ago, and again this past weekend.')).toEqual([
      ['Twenty-two years ago', '1999'],
      ['this past weekend', '2021-W40-WE'],
    ])
  })

  it('keeps a year that names events (`the 2019 elections`) and widens over early and mid-', () => {
    expect(values('Since the 2019 elections, early 2020 and mid-March have been calm.')).toEqual([
      ['2019', '2019'],
      ['early 2020', '2020'],
      ['mid-March', '2021-03'],
    ])
  })

  it('leaves relative and yearless dates null without a publication date, and warns', () => {
    const { found, messages } = run(
      'On Monday police said a raid on Oct. 11 followed one last year and one in 2019.',
      null,
    )
    expect(found.map((t) => [t.text, t.value, t.relative])).toEqual([
      ['Monday', null, true],
      ['Oct. 11', null, false],
      ['last year', null, true],
      ['2019', '2019', false],
    ])
    expect(messages).toEqual([
      { rule: 'times/no-anchor', text: 'Monday' },
      { rule: 'times/no-anchor', text: 'Oct. 11' },
      { rule: 'times/no-anchor', text: 'last year' },
    ])
  })

  it('gives sorted, disjoint spans inside sentences and well-formed ISO values, whatever the words', () => {
    const words = ['on', 'Oct.', '11', 'May', 'in', '2019', 'from', 'to', 'between', 'and', 'last', 'year', 'Monday']
    const more = [
      'ago',
      'two',
      'days',
      'for',
      'months',
      '-',
      '2016-18',
      'early',
      'the',
      '1990s',
      'people',
      '.',
      '\n',
      'will',
    ]
    const iso = /^(?:\d{3,4}(?:-\d{2}(?:-\d{2})?|-W\d{2}(?:-WE)?|-(?:SP|SU|FA|WI))?)$/
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words, ...more), { maxLength: 25 }), fc.boolean(), (parts, dated) => {
        const text = parts.join(' ')
        if (!text.trim()) return
        const { found } = run(text, dated ? '2021-10-12' : null)
        for (const [i, t] of found.entries()) {
          expect(t.start).toBeGreaterThanOrEqual(found[i - 1]?.end ?? 0)
          expect(t.text).not.toMatch(/\n/)
          for (const v of [t.value, t.end_value]) if (v) expect(v).toMatch(iso)
          if (!dated && t.relative) expect(t.value).toBeNull()
        }
      }),
      { numRuns: 300 },
    )
  })

  it.skipIf(!existsSync(FOUNDING))('finds every dated expression of the founding report (needs ../shared)', () => {
    const text = readFileSync(FOUNDING, 'utf8')
    const dated = run(text).found.filter((t) => t.value !== null)
    expect(dated.map((t) => [t.text, t.value])).toEqual([
      ['Oct. 12', '2021-10-12'],
      ['Oct. 11', '2021-10-11'],
      ['2019', '2019'],
      ['2016', '2016'],
      ['last year', '2020'],
      ['Oct. 11', '2021-10-11'],
    ])
  })
})
