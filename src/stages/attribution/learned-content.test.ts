import { describe, expect, it } from 'vitest'
import type { Token } from '../../doc/layers.js'
import { trimLearnedContent } from './learned-content.js'
import { contextOf } from './testing.js'

/** Trims the content that runs from the word after `cue` to the sentence end, as the tagger may read it. */
function trimmedAfter(text: string, cue: string): string {
  const ctx = contextOf(text)
  const first = ctx.words.indexOf(cue) + 1
  const last = ctx.words.lastIndexOf('.')
  const [a, b] = trimLearnedContent(ctx, [first, last])
  return text.slice((ctx.tokens[a] as Token).start, (ctx.tokens[b - 1] as Token).end)
}

describe('learned content trims', () => {
  it('ends a content at a dash opening the writer aside', () => {
    const text = 'The senator praised the harbour plan -- a project her rivals have fought for years.'
    expect(trimmedAfter(text, 'praised')).toBe('the harbour plan')
  })

  it('reads on past an aside set between two dashes, unless the writer goes on after it', () => {
    const aside = 'The adviser asked in the first weeks -- when no election looms -- what taxes the team would cut.'
    expect(trimmedAfter(aside, 'asked')).toBe(
      'in the first weeks -- when no election looms -- what taxes the team would cut',
    )
    const writer = 'The council thanked the crews -- most of whom worked unpaid -- who cleared the roads.'
    expect(trimmedAfter(writer, 'thanked')).toBe('the crews')
  })

  it('keeps a dash that opens a quote, and a dash inside a word', () => {
    const a = 'The mayor thanked the crews - "our quiet heroes."'
    expect(trimmedAfter(a, 'thanked')).toBe('the crews - "our quiet heroes')
    const b = 'The mayor thanked the U.S.-led crews.'
    expect(trimmedAfter(b, 'thanked')).toBe('the U.S.-led crews')
  })

  it('ends a content where the writer goes on: a participle, a second verb, a relative on the object', () => {
    expect(trimmedAfter('The union praised the deal, citing its pay rises.', 'praised')).toBe('the deal')
    expect(trimmedAfter('The mayor backed the plan and attacked the council.', 'backed')).toBe('the plan')
    const relative = 'The report faulted the port, which handles most of the grain.'
    expect(trimmedAfter(relative, 'faulted')).toBe('the port')
  })

  it('keeps a relative clause set inside the claim: "the men, who were held, had fled"', () => {
    const text = 'The court found the two men, who were held in May, had fled the country.'
    expect(trimmedAfter(text, 'found')).toBe('the two men, who were held in May, had fled the country')
  })

  it('goes on into a quotation that fills the next sentence, but not one with a saying of its own', () => {
    const text = '"We lost the game," the coach said. "We will be back next year."'
    const ctx = contextOf(text)
    const [a, b] = trimLearnedContent(ctx, [0, ctx.tokens.length], ctx.words.indexOf('said'))
    expect(text.slice((ctx.tokens[a] as Token).start, (ctx.tokens[b - 1] as Token).end)).toBe(text)
    const own = 'The coach rejected the claim. "It is false," he said.'
    expect(trimmedAfter(own, 'rejected')).toBe('the claim')
  })

  it('keeps a "who" clause the tagger read past, which describes a person in the claim', () => {
    const text = 'The jury found the driver, who had fled the scene, guilty of manslaughter.'
    expect(trimmedAfter(text, 'found')).toBe('the driver, who had fled the scene, guilty of manslaughter')
  })

  it('ends an object before the time or occasion of the saying', () => {
    expect(trimmedAfter('The coach criticized the referee in a radio interview.', 'criticized')).toBe('the referee')
    expect(trimmedAfter('The coach has not mentioned the trade since the final.', 'mentioned')).toBe('the trade')
    expect(trimmedAfter('The coach endorsed the plan on Monday.', 'endorsed')).toBe('the plan')
  })

  it('keeps a "during" phrase that names no time or occasion of the saying', () => {
    const text = 'The trainer called it a common injury during long seasons.'
    const ctx = contextOf(text)
    const head = ctx.words.indexOf('called')
    const [a, b] = trimLearnedContent(ctx, [head + 1, ctx.words.lastIndexOf('.')], head)
    expect(text.slice((ctx.tokens[a] as Token).start, (ctx.tokens[b - 1] as Token).end)).toBe(
      'it a common injury during long seasons',
    )
    expect(trimmedAfter('The coach criticized the referee during a radio interview.', 'criticized')).toBe('the referee')
  })

  it('ends an object before "by" and a gerund, the means of the saying, but not a verb\'s own means', () => {
    // PolNeAR train: 4 claims mended, none lost.
    const object = 'The senator attacked the mayor by reminding voters of the flood.'
    expect(trimmedAfter(object, 'attacked')).toBe('the mayor')
    const verb = 'The plan includes a pledge to cut costs by closing two plants.'
    expect(trimmedAfter(verb, 'includes')).toBe('a pledge to cut costs by closing two plants')
  })

  it('keeps a setting when the claim follows it, or when the content is a clause', () => {
    const told = 'The coach told the paper on Friday that the club would move.'
    expect(trimmedAfter(told, 'told')).toBe('the paper on Friday that the club would move')
    const clause = 'The coach said the club does not train players at the weekend.'
    expect(trimmedAfter(clause, 'said')).toBe('the club does not train players at the weekend')
  })

  it('takes in a phrase coordinated with an object the tagger stopped at "and"', () => {
    const text = 'The union called for higher pay and a shorter week.'
    const ctx = contextOf(text)
    const first = ctx.words.indexOf('higher')
    const [a, b] = trimLearnedContent(ctx, [first, first + 2])
    expect(text.slice((ctx.tokens[a] as Token).start, (ctx.tokens[b - 1] as Token).end)).toBe(
      'higher pay and a shorter week',
    )
    const examples = 'The union attacked the new rules, including the one on overtime, in its paper.'
    const e = contextOf(examples)
    const start = e.words.indexOf('new') - 1
    const [x, y] = trimLearnedContent(e, [start, start + 3])
    expect(examples.slice((e.tokens[x] as Token).start, (e.tokens[y - 1] as Token).end)).toBe(
      'the new rules, including the one on overtime',
    )
    const named = 'The ad mentions Jane Roe, the nurse who lost her job.'
    const n = contextOf(named)
    const jane = n.words.indexOf('jane')
    const [p, q] = trimLearnedContent(n, [jane, jane + 2])
    expect(named.slice((n.tokens[p] as Token).start, (n.tokens[q - 1] as Token).end)).toBe(
      'Jane Roe, the nurse who lost her job',
    )
    const clause = 'The union wants higher pay and the bosses said no.'
    const c = contextOf(clause)
    const from = c.words.indexOf('higher')
    expect(trimLearnedContent(c, [from, from + 2])).toEqual([from, from + 2])
  })

  it('takes in examples given as a quotation after ", including,"', () => {
    const text = 'The host put a few questions, including, "Who pays for it? When will it open?" to the mayor.'
    const ctx = contextOf(text)
    const first = ctx.words.indexOf('a')
    const [a, b] = trimLearnedContent(ctx, [first, ctx.words.indexOf(',')], ctx.words.indexOf('put'))
    expect(text.slice((ctx.tokens[a] as Token).start, (ctx.tokens[b - 1] as Token).end)).toBe(
      'a few questions, including, "Who pays for it? When will it open?"',
    )
  })

  it('runs a list of quoted names the tagger stopped after its first item to the sentence end', () => {
    const text = 'The coach called the referee a "clown," a "thief" and "blind."'
    const ctx = contextOf(text)
    const first = ctx.words.indexOf('the', 2)
    const comma = ctx.words.indexOf(',')
    const [a, b] = trimLearnedContent(ctx, [first, comma + 2])
    expect(text.slice((ctx.tokens[a] as Token).start, (ctx.tokens[b - 1] as Token).end)).toBe(
      'the referee a "clown," a "thief" and "blind."',
    )
  })

  it('never cuts a hyphenated word in two', () => {
    const text = 'The council defended its late-night vote.'
    const ctx = contextOf(text)
    const first = ctx.words.indexOf('its')
    const [a, b] = trimLearnedContent(ctx, [first, first + 2])
    expect(text.slice((ctx.tokens[a] as Token).start, (ctx.tokens[b - 1] as Token).end)).toBe('its late-night')
  })

  it('ends an object read inside an opening subordinate clause before the main clause', () => {
    const text = 'Although the union praised the new contract, its members voted it down.'
    expect(trimmedAfter(text, 'praised')).toBe('the new contract')
  })

  it('runs a content the tagger stopped at the subject of a reported clause to the clause end', () => {
    const read = (text: string, cue: string, words: number) => {
      const ctx = contextOf(text)
      const head = ctx.words.indexOf(cue)
      const [a, b] = trimLearnedContent(ctx, [head + 1, head + 1 + words], head)
      return text.slice((ctx.tokens[a] as Token).start, (ctx.tokens[b - 1] as Token).end)
    }
    const question = 'The board wondered whether the new stadium would ever pay for itself.'
    expect(read(question, 'wondered', 4)).toBe('whether the new stadium would ever pay for itself')
    const free = 'The audit shows how the city, short of staff, lost track of its loans.'
    expect(read(free, 'shows', 3)).toBe('how the city, short of staff, lost track of its loans')
    const subject = 'Her aides suggest her best asset in the race is her record on schools.'
    expect(read(subject, 'suggest', 6)).toBe('her best asset in the race is her record on schools')
    // The object of a verb that takes no clause stays as the tagger read it.
    const object = 'Critics who attacked the plan have since gone quiet.'
    expect(read(object, 'attacked', 2)).toBe('the plan')
  })
})

describe('an object the tagger stopped before `, especially`', () => {
  /** The content from the word after `cue` to the first comma, as the tagger may read it. */
  function extended(text: string, cue: string): string {
    const ctx = contextOf(text)
    const [a, b] = trimLearnedContent(ctx, [ctx.words.indexOf(cue) + 1, ctx.words.indexOf(',')])
    return text.slice((ctx.tokens[a] as Token).start, (ctx.tokens[b - 1] as Token).end)
  }

  it('takes in the phrase it stresses', () => {
    const text = 'The union backs fair pay rules, especially for part-time workers in the city.'
    expect(extended(text, 'backs')).toBe('fair pay rules, especially for part-time workers in the city')
  })

  it('leaves a clause of the writer after it', () => {
    const text = 'The union backs fair pay rules, particularly after the mayor cut wages.'
    expect(extended(text, 'backs')).toBe('fair pay rules')
  })
})

describe('a name the tagger stopped before an apposition', () => {
  /** The content from the word after `cue` to the first comma, as the tagger may read it. */
  function stopped(text: string, cue: string): string {
    const ctx = contextOf(text)
    const [a, b] = trimLearnedContent(ctx, [ctx.words.indexOf(cue) + 1, ctx.words.indexOf(',')])
    return text.slice((ctx.tokens[a] as Token).start, (ctx.tokens[b - 1] as Token).end)
  }

  it('leaves out a bare gloss on the name', () => {
    expect(stopped('The fund gave money to a group backing Walker, the former Ohio governor.', 'backing')).toBe(
      'Walker',
    )
    expect(stopped('Reid has railed against Lopez, a rancher from the valley.', 'against')).toBe('Lopez')
  })

  it('takes in an apposition with a relative clause', () => {
    expect(stopped('The ad mentions Roe, a nurse whose clinic was closed.', 'mentions')).toBe(
      'Roe, a nurse whose clinic was closed',
    )
  })
})

describe('a quotation opening the next sentence', () => {
  it('is left out when a short sentence of its own source and saying follows it', () => {
    const text = 'The host asked the senator about the vote. "Did you know it was rigged?" Lane asked him.'
    expect(trimmedAfter(text, 'asked')).toBe('the senator about the vote')
  })
})

describe('an object the tagger stopped inside a list', () => {
  /** The content from the word after `cue` to the first comma, as the tagger may read it. */
  function stopped(text: string, cue: string): string {
    const ctx = contextOf(text)
    const [a, b] = trimLearnedContent(ctx, [ctx.words.indexOf(cue) + 1, ctx.words.indexOf(',')])
    return text.slice((ctx.tokens[a] as Token).start, (ctx.tokens[b - 1] as Token).end)
  }

  it('takes in the rest of a list that closes with "and" or "or"', () => {
    // PolNeAR train: 6 claims mended for 1 lost.
    expect(stopped('The coach mentioned the club’s Ann Lee, Bo Park and Cy Roe.', 'mentioned')).toBe(
      'the club’s Ann Lee, Bo Park and Cy Roe',
    )
    expect(stopped('Critics question his honesty, his judgment or his record.', 'question')).toBe(
      'his honesty, his judgment or his record',
    )
  })

  it('leaves a clause of the writer after the comma', () => {
    expect(stopped('The coach mentioned the club’s Ann Lee, and the players cheered.', 'mentioned')).toBe(
      'the club’s Ann Lee',
    )
    expect(stopped('The coach praised the new pitch, which fans and players love.', 'praised')).toBe('the new pitch')
  })
})
