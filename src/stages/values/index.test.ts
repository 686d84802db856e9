import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { makeDoc } from '../../doc/testing.js'
import type { Step } from '../../pipeline.js'
import { times } from '../times/index.js'
import { tokens } from '../tokens/index.js'
import { values } from './index.js'

let tokenize: Step<'paragraphs' | 'sentences' | 'tokens'>
let findTimes: Step<'times'>
let step: Step<'values'>
const quiet = { warn() {}, info() {} }

beforeAll(async () => {
  tokenize = await tokens().prepare()
  findTimes = await times().prepare()
  step = await values().prepare()
})

function run(text: string, withTimes = true) {
  let doc = makeDoc(text, {}, { published: '2021-10-12' })
  doc = doc.withLayers(tokenize(doc, quiet))
  if (withTimes) doc = doc.withLayers(findTimes(doc, quiet))
  return step(doc, quiet).values.map(({ start, end, ...rest }) => ({ text: text.slice(start, end), ...rest }))
}

describe('values stage', () => {
  it('reads money with amount and ISO currency', () => {
    const text =
      'Washington offered $5 million, Brussels €3.2bn and London £400,000; Delhi pledged Rs 20 crore and Tokyo 1.5 billion dollars.'
    expect(run(text)).toEqual([
      { text: '$5 million', type: 'MONEY', amount: 5_000_000, currency: 'USD' },
      { text: '€3.2bn', type: 'MONEY', amount: 3_200_000_000, currency: 'EUR' },
      { text: '£400,000', type: 'MONEY', amount: 400_000, currency: 'GBP' },
      { text: 'Rs 20 crore', type: 'MONEY', amount: 200_000_000, currency: 'INR' },
      { text: '1.5 billion dollars', type: 'MONEY', amount: 1_500_000_000, currency: 'USD' },
    ])
  })

  it('counts no figure that is part of a name: "Boeing 737 MAX 9 jets", "Apollo 11 astronauts"', () => {
    const counts = (text: string) => run(text).map((v) => [v.text, v.amount])
    expect(counts('Regulators grounded Boeing 737 MAX 9 jets.')).toEqual([])
    expect(counts('Three Apollo 11 astronauts waved.')).toEqual([])
    expect(counts('Regulators grounded 171 jets.')).toEqual([['171 jets', 171]])
  })

  it('tells other dollars and named currencies apart', () => {
    expect(
      run('The deal was worth US$2.5m, C$40 and 300 Iraqi dinars.').map((v) => [v.text, v.amount, v.currency]),
    ).toEqual([
      ['US$2.5m', 2_500_000, 'USD'],
      ['C$40', 40, 'CAD'],
      ['300 Iraqi dinars', 300, 'IQD'],
    ])
    expect(
      run('The levy raises 50 billion Kenyan shillings, 4 billion naira and 90 million hryvnias.').map((v) => [
        v.text,
        v.currency,
      ]),
    ).toEqual([
      ['50 billion Kenyan shillings', 'KES'],
      ['4 billion naira', 'NGN'],
      ['90 million hryvnias', 'UAH'],
    ])
    // Four countries pay in shillings: a bare `shillings` names no currency.
    expect(run('It costs 50 shillings.').filter((v) => v.type === 'MONEY')).toEqual([])
  })

  it('reads a sum of millions of pounds as sterling, and other pounds as no money', () => {
    const money = (text: string) =>
      run(text)
        .filter((v) => v.type === 'MONEY')
        .map((v) => [v.text, v.amount, v.currency])
    expect(money('The council will pay 2 million pounds in damages and the club 1.5bn pounds.')).toEqual([
      ['2 million pounds', 2_000_000, 'GBP'],
      ['1.5bn pounds', 1_500_000_000, 'GBP'],
    ])
    expect(money('He weighed 300 pounds; the boat held 2 million pounds of fish.')).toEqual([])
  })

  it('reads percentages written with a sign or a word', () => {
    expect(run('Turnout fell 12% after a 12 percent rise and three per cent inflation.')).toEqual([
      { text: '12%', type: 'PERCENT', amount: 12 },
      { text: '12 percent', type: 'PERCENT', amount: 12 },
      { text: 'three per cent', type: 'PERCENT', amount: 3 },
    ])
  })

  it('reads quantities with a unit', () => {
    expect(run('The convoy drove 40 km along a 12-mile road carrying 1,200 tonnes of aid.')).toEqual([
      { text: '40 km', type: 'QUANTITY', amount: 40, unit: 'km' },
      { text: '12-mile', type: 'QUANTITY', amount: 12, unit: 'mi' },
      { text: '1,200 tonnes', type: 'QUANTITY', amount: 1200, unit: 't' },
    ])
  })

  it('counts "three security sources" as 3 and skips modifiers up to the plural noun', () => {
    const text = 'Three security sources and two Iraqi officials said 12 people and 1.5 million refugees fled.'
    expect(run(text).map((v) => [v.text, v.type, v.amount, v.unit])).toEqual([
      ['Three security sources', 'COUNT', 3, 'sources'],
      ['two Iraqi officials', 'COUNT', 2, 'officials'],
      ['12 people', 'COUNT', 12, 'people'],
      ['1.5 million refugees', 'COUNT', 1_500_000, 'refugees'],
    ])
  })

  it('reads number words, hyphenated tens and dozens', () => {
    expect(run('Twenty-five soldiers, two hundred civilians and a dozen wounded men.').map((v) => v.amount)).toEqual([
      25, 200, 12,
    ])
  })

  it('does not count singular nouns, partitives, years or money words', () => {
    expect(
      run('One source said one of the sources left in 2019, after the 2019 elections; $5 million was paid.'),
    ).toEqual([{ text: '$5 million', type: 'MONEY', amount: 5_000_000, currency: 'USD' }])
  })

  it('does not count spans of time or repetitions', () => {
    expect(run('Talks lasted six weeks; he was shot 41 times by 4 officers.').map((v) => v.text)).toEqual([
      '4 officers',
    ])
  })

  it('gives sorted, disjoint values with finite amounts and ISO currencies, whatever the words', () => {
    const words = ['$5', 'million', '€3.2bn', '12%', 'percent', 'three', 'security', 'sources', '2019', 'people', 'km']
    const more = ['40', 'a', 'dozen', 'twenty-five', 'Rs', '20', 'crore', 'dollars', 'Iraqi', 'of', '1,200', '.', '\n']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words, ...more), { maxLength: 25 }), (parts) => {
        const text = parts.join(' ')
        if (!text.trim()) return
        let last = 0
        for (const v of run(text)) {
          const start = text.indexOf(v.text, last)
          expect(start).toBeGreaterThanOrEqual(last)
          last = start + v.text.length
          expect(Number.isFinite(v.amount) && v.amount >= 0).toBe(true)
          if (v.type === 'MONEY') expect(v.currency).toMatch(/^[A-Z]{3}$/)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('keeps years out of counts even without a times layer', () => {
    expect(run('Fighting in 2019 displaced 400 families.', false).map((v) => v.text)).toEqual(['400 families'])
  })
})
