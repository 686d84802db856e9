import { describe, expect, it } from 'vitest'
import { analyse, at } from './testing.js'

/*
 * Where a claim stops before the next one (claim-ends.ts), on sentences written for these tests,
 * through the real tokens stage. The plain `and`, `-- and` and comma cases are in index.test.ts.
 */
const show = (text: string) => analyse(text).attributions.map((a) => [at(text, a.cue), at(text, a.content)])

describe('a claim ending before the next claim', () => {
  it('reads on past a comma after an opening adverbial: "said if X, officials would note D"', () => {
    const text = 'The mayor said if the state balks, the city officials would note that taxes had risen.'
    expect(show(text)[0]).toEqual(['said', 'if the state balks, the city officials would note that taxes had risen'])
  })

  it('reads on past a relative clause with a cue of its own: "X, who denied C, will appeal, Y said"', () => {
    const text = 'The banker, who denied the charges, will appeal the verdict, his lawyer said.'
    expect(show(text)).toEqual([
      ['denied', 'the charges'],
      ['said', 'The banker, who denied the charges, will appeal the verdict'],
    ])
  })

  it('reads on past a source inside a quotation: said "C and the board insisted D"', () => {
    const text = 'The mayor said "taxes rose, and the board insisted that cuts were needed".'
    expect(show(text)).toEqual([['said', 'taxes rose, and the board insisted that cuts were needed']])
  })

  it('reads on past a cue inside the quotation: "C and tell the families D"', () => {
    const text =
      '"By holding the line," the mayor said, "we kept the clinics open and told the families that help was coming."'
    expect(show(text)).toEqual([
      [
        'said',
        'By holding the line," the mayor said, "we kept the clinics open and told the families that help was coming.',
      ],
    ])
    const single = '"We cannot let people walk in here and deny the rules of this council," the chairman said.'
    expect(show(single)).toEqual([['said', 'We cannot let people walk in here and deny the rules of this council,']])
  })
})
