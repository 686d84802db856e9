import { describe, expect, it } from 'vitest'
import { textOf } from '../doc/span.js'
import { findDateline } from './dateline.js'
import { recogniseFrame } from './frame.js'
import { readCredit } from './trailer.js'

const body = 'The council voted on the plan late on Thursday, officials said.\nDebate lasted four hours.'

describe('datelines', () => {
  it.each([
    ['HAVANA, Oct 11 (Reuters) - Talks began', 'HAVANA, Oct 11 (Reuters) -', 'HAVANA', ['Reuters'], null],
    ['WASHINGTON (AP) — The senate met', 'WASHINGTON (AP) —', 'WASHINGTON', ['AP'], null],
    ['NEW DELHI, Oct. 12 (PTI): Rains hit', 'NEW DELHI, Oct. 12 (PTI):', 'NEW DELHI', ['PTI'], null],
    ['Beijing, Oct. 12 (Xinhua) -- Trade grew', 'Beijing, Oct. 12 (Xinhua) --', 'Beijing', ['Xinhua'], null],
    [
      'LIMA, Peru, 4 May 2022 (AFP/dpa) - Crowds',
      'LIMA, Peru, 4 May 2022 (AFP/dpa) -',
      'LIMA',
      ['AFP', 'dpa'],
      '2022-05-04',
    ],
    ['ISTANBUL — Ferries stopped', 'ISTANBUL —', 'ISTANBUL', [], null],
    ['ROME ― Talks', 'ROME ―', 'ROME', [], null],
    [
      'BUNIA, Democratic Republic of Congo (Reuters) - Rebels',
      'BUNIA, Democratic Republic of Congo (Reuters) -',
      'BUNIA',
      ['Reuters'],
      null,
    ],
    ['ANKARA, Jan. 5, 2023 (Anadolu) - A law', 'ANKARA, Jan. 5, 2023 (Anadolu) -', 'ANKARA', ['Anadolu'], '2023-01-05'],
    // A wire story filed from no one place gives its date and credit alone.
    ['March 1 (Reuters) - Shares fell', 'March 1 (Reuters) -', '', ['Reuters'], null],
  ])('reads %j', (text, span, place, agencies, date) => {
    const d = findDateline(text, 0)
    expect(d && textOf(text, d.span)).toBe(span)
    expect(d?.place).toBe(place)
    expect(d?.agencies).toEqual(agencies)
    expect(d?.date).toBe(date)
  })

  it.each([
    'The minister said - and meant it - that taxes rise.',
    'A - B testing is common.',
    'Officials in Rome (Italy) - met.',
    'I - for one - disagree.',
    'March 1 (Monday) - a holiday.',
  ])('takes no dateline from the sentence %j', (text) => {
    expect(findDateline(text, 0)).toBeUndefined()
  })

  it('keeps a non-agency credit apart from the agencies', () => {
    const d = findDateline('ATLANTA (CNN) — Storms', 0)
    expect(d?.agencies).toEqual([])
    expect(d?.others).toEqual(['CNN'])
  })

  it('refuses a dateline date that does not exist', () => {
    expect(findDateline('OSLO, Feb 30, 2021 (NTB) - Snow', 0)?.date).toBeNull()
  })
})

describe('trailers', () => {
  it.each([
    ['Source: Kettle Harbour Gazette', 'Kettle Harbour Gazette', []],
    ['Source: Reuters', null, ['Reuters']],
    ['(Reporting by Ana Lind in Quito; Editing by Tom Reyes)', null, ['Reuters']],
    ['Additional reporting by Reuters', null, ['Reuters']],
    ['— AFP', null, ['AFP']],
    ['(AFP)', null, ['AFP']],
    ['With AFP and dpa', null, ['AFP', 'dpa']],
    ['Associated Press writer Lee Park in Seoul contributed to this report.', null, ['AP']],
    ['© 2021 Agence France-Presse', null, ['AFP']],
    ['(With inputs from PTI)', null, ['PTI']],
    ['With inputs from the Press Trust of India', null, ['PTI']],
  ])('reads the credit %j', (line, outlet, agencies) => {
    expect(readCredit(line)).toEqual({ outlet, agencies })
  })

  it.each(['He said the source of the leak was unknown.', 'Reuters reported the talks had stalled.', 'Sources: none'])(
    'takes no credit from the sentence %j',
    (line) => {
      expect(readCredit(line)).toBeUndefined()
    },
  )

  it('spans the run of credit lines at the end', () => {
    const text = `Rates rise\n${body}\n(Reporting by Ana Lind; Editing by Tom Reyes)\nSource: Kettle Harbour Gazette\n`
    const frame = recogniseFrame(text)
    expect(frame.trailer && textOf(text, frame.trailer.span)).toBe(
      '(Reporting by Ana Lind; Editing by Tom Reyes)\nSource: Kettle Harbour Gazette',
    )
    expect(frame.outlet).toBe('Kettle Harbour Gazette')
    expect(frame.origin).toEqual(['Reuters'])
  })
})

describe('headline', () => {
  it('takes a short first line without a full stop', () => {
    const text = `Council approves new harbour plan\n${body}`
    const frame = recogniseFrame(text)
    expect(frame.headline && textOf(text, frame.headline)).toBe('Council approves new harbour plan')
  })

  it.each([
    ['a first line ending in a full stop', `The council approved the plan.\n${body}`],
    ['a single-line text', 'Council approves new harbour plan'],
    ['a dateline paragraph', `OSLO (NTB) - Snow fell\n${body}`],
  ])('takes no headline from %s', (_, text) => {
    expect(recogniseFrame(text).headline).toBeUndefined()
  })

  it('finds a dateline under the headline and a date line between them', () => {
    const text = `Harbour plan approved\nJune 9, 2024\nKETTLE BAY, June 9 (Reuters) - ${body}`
    const frame = recogniseFrame(text)
    expect(frame.dateline?.place).toBe('KETTLE BAY')
    expect(frame.published).toBe('2024-06-09')
  })

  it('leaves the date null when nothing dates the story', () => {
    expect(recogniseFrame(`Harbour plan approved\nKETTLE BAY, June 9 (Reuters) - ${body}`).published).toBeNull()
  })
})

describe('origin', () => {
  it('credits the agency a republished story asks and quotes first-hand, not one it relays', () => {
    const text = [
      'Mayor quits over harbour deal',
      'The mayor resigned, two aides told Agence France-Presse on Monday.',
      'A council member told Reuters the deal had collapsed.',
      'Asked by Reuters about the deal, the port authority said it would not comment.',
      'Source: Kettle Harbour Gazette',
    ].join('\n')
    const frame = recogniseFrame(text)
    expect(frame.origin).toEqual(['Reuters'])
    expect(frame.outlet).toBe('Kettle Harbour Gazette')
  })

  it.each([
    ['Reuters could not independently verify the footage.', ['Reuters']],
    ['The letter, seen by AFP, names three firms.', ['AFP']],
    ['An AP reporter saw smoke over the port.', ['AP']],
    ['Reuters reported the talks had stalled.', []],
    ['According to AFP, the talks stalled.', []],
    ['A council member told Reuters the deal had collapsed.', []],
  ])('from %j takes origin %j', (sentence, origin) => {
    expect(recogniseFrame(`Deal collapses\n${sentence}\nMore followed.`).origin).toEqual(origin)
  })

  it('takes the dateline credit and leaves agencies quoted in the body as relays', () => {
    const text = `Deal collapses\nOSLO, May 2 (Reuters) - Two aides told AFP the deal was off.\nMore followed.`
    expect(recogniseFrame(text).origin).toEqual(['Reuters'])
  })
})

describe('rubrics and labels', () => {
  it.each([
    'EXCLUSIVE - The council kept a secret list.',
    'UPDATE: The vote was delayed again.',
    'PANEL CHAIR: We will not vote today.',
    'BREAKING — The bridge has closed.',
  ])('takes no dateline from %j', (text) => {
    expect(findDateline(text, 0)).toBeUndefined()
  })

  it('takes a colon dateline that gives a date or a credit', () => {
    expect(findDateline('MUMBAI, May 4 (IANS): Rains hit', 0)?.agencies).toEqual(['IANS'])
  })
})

it('takes no dateline from a shouted phrase of five words', () => {
  expect(findDateline('VOTERS ARE NOT ALWAYS WRONG - a column', 0)).toBeUndefined()
})

describe('bylines', () => {
  it.each([
    ['By Lena Osk, Reuters', ['Reuters']],
    ['By The Associated Press', ['AP']],
    ['By JO PARK Associated Press', ['AP']],
    ['AFP', ['AFP']],
    ['By Lena Osk', []],
    ['By Lena Osk, Kettle Gazette', []],
  ])('takes origin from the byline %j', (byline, origin) => {
    expect(
      recogniseFrame(`Harbour plan approved\n${byline}\nThe council approved the plan on Monday.\nMore.`).origin,
    ).toEqual(origin)
  })
})

it('marks headline, dateline and trailer in CRLF text without the line breaks', () => {
  const text = 'Harbour plan approved\r\nOSLO (NTB) - The council met.\r\nMore.\r\nSource: Kettle Gazette\r\n'
  const frame = recogniseFrame(text)
  expect(frame.headline && textOf(text, frame.headline)).toBe('Harbour plan approved')
  expect(frame.dateline && textOf(text, frame.dateline.span)).toBe('OSLO (NTB) -')
  expect(frame.trailer && textOf(text, frame.trailer.span)).toBe('Source: Kettle Gazette')
})
