import { describe, expect, it } from 'vitest'
import { beforeCoordinatedCues } from './claim-ends.js'
import type { Context, Frame } from './frames.js'
import { analyse, at, contextOf } from './testing.js'

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

  it('reads on past a subject pronoun joined to the next verb\'s subject: "said she and her aides called C"', () => {
    const a = 'At the bank, Ms. Lee said she and her female peers jokingly called themselves the club.'
    expect(show(a)).toEqual([['said', 'she and her female peers jokingly called themselves the club']])
    const b = 'The mayor has attacked the failure to stand up to what he and many workers see as unfair trade.'
    expect(show(b)[0]).toEqual(['attacked', 'the failure to stand up to what he and many workers see as unfair trade'])
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

describe('a claim ending before the speaker who reports it', () => {
  it('stops before a closing ", the agency reported": "X denied C and accused Y of D, Z reported"', () => {
    const text = 'The governor denied that he had lied and accused the council of bias, state broadcaster RTB reported.'
    const claims = show(text)
    expect(claims).toContainEqual(['accused', 'the council of bias'])
    expect(claims.find(([cue]) => cue === 'reported')?.[1]).toContain('The governor denied')
  })

  it('gives the closing speaker every verb joined in the claim before: "X denied C and accused Y, Z reported"', () => {
    const text = 'The governor denied that he had lied and accused the council of bias, state broadcaster RTB reported.'
    expect(show(text)).toContainEqual([
      'reported',
      'The governor denied that he had lied and accused the council of bias',
    ])
  })

  it('ends a claim carried past its own speaker before that speaker: "C, officials said, and X blamed D"', () => {
    const text = 'A flood cut the rail line on Monday, officials said, and the mayor blamed the builders.'
    expect(show(text)).toEqual([
      ['said', 'A flood cut the rail line on Monday'],
      ['blamed', 'the builders'],
    ])
  })
})

describe('a claim ending before another speaker of its last quote', () => {
  /** A verb frame on the word `cue`, its source the two words `source`, its content the text `content`. */
  function frame(text: string, ctx: Context, cue: string, source: [string, string], content: string): Frame {
    const head = ctx.words.indexOf(cue)
    const c = text.indexOf(content)
    return {
      cue: { first: head, last: head + 1, head, lemma: cue, frame: 'verb', stance: 'assert' },
      source: [ctx.words.indexOf(source[0]), ctx.words.indexOf(source[1]) + 1],
      inherits: false,
      content: { start: c, end: c + content.length },
      channel: null,
    }
  }

  it('stops after the quote the next speaker is said to have said: railed at "A" and "B," Jo said', () => {
    const text = 'The senator railed at "the banks" and "the lobbyists," Jo Lane said, nodding along.'
    const ctx = contextOf(text)
    const content = 'at "the banks" and "the lobbyists," Jo Lane said, nodding along'
    const railed = frame(text, ctx, 'railed', ['the', 'senator'], content)
    const said = frame(text, ctx, 'said', ['jo', 'lane'], 'the lobbyists,')
    const [ended] = beforeCoordinatedCues(ctx, [railed, said])
    expect(at(text, ended?.content)).toBe('at "the banks" and "the lobbyists,"')
  })

  it("leaves a claim that is all the next speaker's quote", () => {
    const text = 'The aide heard "the plan is dead," Jo Lane said.'
    const ctx = contextOf(text)
    const heard = frame(text, ctx, 'heard', ['the', 'aide'], '"the plan is dead," Jo Lane said')
    const said = frame(text, ctx, 'said', ['jo', 'lane'], '"the plan is dead,"')
    const [kept] = beforeCoordinatedCues(ctx, [heard, said])
    expect(at(text, kept?.content)).toBe('"the plan is dead," Jo Lane said')
  })
})

describe('a verb after "and" in another tense than the saying', () => {
  it('goes on with the reported clause: "say C ignored X and refused Y"', () => {
    const text = 'Witnesses say the driver ignored the signal and refused to stop at the checkpoint.'
    expect(show(text)).toEqual([['say', 'the driver ignored the signal and refused to stop at the checkpoint']])
  })

  it('goes on with the reported clause: "said C is X and insists Y"', () => {
    const text = 'His neighbors said the tenant is polite and insists on paying the rent in cash.'
    expect(show(text)[0]).toEqual(['said', 'the tenant is polite and insists on paying the rent in cash'])
  })

  it('ends the claim of a verb with one form for both tenses: "put X at N and said D"', () => {
    const text = 'The coast guard put the number of missing at 30 and said rescuers had found two boats.'
    expect(show(text)).toEqual([
      ['put', 'the number of missing at 30'],
      ['said', 'rescuers had found two boats'],
    ])
  })

  it('still ends the claim before a verb in the same tense: "said C and denied D"', () => {
    const text = 'The senator said the vote was fair and denied that she had pressured anyone.'
    expect(show(text)[0]).toEqual(['said', 'the vote was fair'])
  })
})

describe('a conjunction inside the subject of the claim', () => {
  it('joins two subjects of one clause, not the claim to the next saying', () => {
    expect(show('The coach said she and her players believed the referee had been unfair.')).toEqual([
      ['said', 'she and her players believed the referee had been unfair'],
    ])
    expect(show('The senator said he and the governor promised to fight the tax.')).toEqual([
      ['said', 'he and the governor promised to fight the tax'],
    ])
  })

  it('still ends a claim with a verb of its own before the next speaker: "said C and critics warned D"', () => {
    const text = 'The mayor said the council would vote and critics warned that the plan was rushed.'
    expect(show(text)).toEqual([
      ['said', 'the council would vote'],
      ['warned', 'the plan was rushed'],
    ])
  })
})

describe('a claim another speaker names "in what X described as"', () => {
  it("ends before that speaker's word for it, but keeps the speaker's own", () => {
    expect(show('The rebels said they had seized the airport, in what the army described as a stunt.')).toEqual([
      ['said', 'they had seized the airport'],
      ['described as', 'a stunt'],
    ])
    expect(show('The army said it had taken the town, in what it described as a decisive blow.')[0]).toEqual([
      'said',
      'it had taken the town, in what it described as a decisive blow',
    ])
  })
})
