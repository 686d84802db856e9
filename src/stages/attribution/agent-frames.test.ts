import { describe, expect, it } from 'vitest'
import { makeDoc, spanOf } from '../../doc/testing.js'
import { analyseDoc, at, partsOf, readings } from './testing.js'

/* `according to` frames (agent-frames.ts), on sentences written for these tests. */
const contents = (text: string) => partsOf(text, 'content')

describe('an "according to" aside inside its sentence', () => {
  it('is part of a claim that goes on after it, when what comes before has no verb', () => {
    const subject = 'The main worry, according to two engineers, is the age of the cables.'
    expect(contents(subject)).toEqual([subject.slice(0, -1)])
    const opener = 'By next spring, according to the port authority, the new cranes will be running.'
    expect(contents(opener)).toEqual([opener.slice(0, -1)])
  })

  it('leaves out a conjunction that only links the claim to the sentence before', () => {
    expect(contents('But, according to the survey, most tenants want to stay.')).toEqual(['most tenants want to stay'])
  })

  it('ends a claim with a verb of its own before the aside', () => {
    expect(contents('The cables are old, according to two engineers, who inspected them.')).toEqual([
      'The cables are old',
    ])
  })

  it('is part of a clause with a verb that the words after it complete', () => {
    const predicate = 'One of the steps the board has taken, according to two members, is to freeze all hiring.'
    expect(contents(predicate)).toEqual([predicate.slice(0, -1)])
    const participle = 'The mill shut down, according to local records, leaving hundreds without work.'
    expect(contents(participle)).toEqual([participle.slice(0, -1)])
    const reason = 'The fee is unfair, according to the mayor, because renters pay it twice.'
    expect(contents(reason)).toEqual([reason.slice(0, -1)])
    const object = 'The agency receives, according to one audit, $40 million a year from the state.'
    expect(contents(object)).toEqual([object.slice(0, -1)])
  })
})

describe('a passive whose agent follows a complement', () => {
  it('names the agent after `by` as source, and runs the claim from the subject to the `by`', () => {
    expect(readings('The old bridge was declared unsafe by the county engineers.')).toEqual([
      ['the county engineers', 'declared', 'The old bridge was declared unsafe'],
    ])
  })
})

describe('a passive with a separated agent whose subject carries an insertion between dashes', () => {
  it('runs the claim from the name before the insertion', () => {
    expect(contents('Jo Roe — surgeon and TV host — has been called a charlatan by fellow doctors.')).toEqual([
      'Jo Roe — surgeon and TV host — has been called a charlatan',
    ])
  })
})

describe('`by` before a gerund after a cue', () => {
  it('says how the subject spoke, not who: the subject is the source', () => {
    expect(readings('The governor concluded by admonishing reporters who cannot put their views aside.')).toEqual([
      ['The governor', 'concluded', 'reporters who cannot put their views aside'],
    ])
  })

  it('leaves a passive with its agent as it was', () => {
    expect(readings('The plan was first reported by the local paper.')).toEqual([
      ['the local paper', 'reported', 'The plan'],
    ])
  })
})

describe('a participle with its agent after the noun it describes', () => {
  it('is the writer aside about the noun, no claim', () => {
    expect(readings('The council voted on a budget drafted by the mayor.')).toEqual([])
    expect(readings('Voters rejected the tax increase proposed by the governor.')).toEqual([
      ['Voters', 'rejected', 'the tax increase proposed by the governor'],
    ])
  })

  it('is still a saying when `by` names a means, not an agent', () => {
    expect(readings('"The bridge is safe," Ms. Lane said by telephone.')).toEqual([
      ['Ms. Lane', 'said', 'The bridge is safe,'],
    ])
  })
})

describe('an "according to" opening its sentence', () => {
  it('takes a description set off after the name into the source, not the claim', () => {
    expect(readings('According to Rosa Vidal, an analyst at the bank Norbanco, the loans were never repaid.')).toEqual([
      ['Rosa Vidal, an analyst at the bank Norbanco', 'According to', 'the loans were never repaid'],
    ])
  })

  it('reads the claim after a dateline, not the dateline before it', () => {
    const text = 'LIMA, May 2 (Reuters) - According to the harbour board, the pier will reopen on Friday.'
    const bare = makeDoc(
      text,
      { mentions: [], entities: [], references: [] },
      { dateline: spanOf(text, 'LIMA, May 2 (Reuters) -') },
    )
    expect(analyseDoc(bare).attributions.map((a) => at(text, a.content))).toEqual(['the pier will reopen on Friday'])
  })
})
