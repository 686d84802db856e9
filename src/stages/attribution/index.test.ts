import { beforeAll, describe, expect, it } from 'vitest'
import type { Attribution, Entity, Layers, Mention, Source } from '../../doc/layers.js'
import { makeDoc, spanOf } from '../../doc/testing.js'
import type { Step } from '../../pipeline.js'
import { attribution } from './index.js'
import { analyse, analyseDoc, at, type Named, readings, tokenized } from './testing.js'

/** A coreference link as the coref stage gives it: the first `length` characters of `phrase` to `entity`. */
function linked(text: string, phrase: string, kind: 'pronoun' | 'nominal', entity: string, length = phrase.length) {
  const start = text.indexOf(phrase)
  return { start, end: start + length, kind, entity, plural: false }
}

/*
 * One test per attribution form news writing uses, on sentences written for these tests. Tags
 * come from the real tokens stage, so the frames are tested on the tags they meet in use;
 * mentions and entities are given by hand where a test needs them.
 */
function only(text: string, named: Named[] = []): Attribution {
  const { attributions } = analyse(text, named)
  expect(attributions).toHaveLength(1)
  return attributions[0] as Attribution
}

describe('attribution forms', () => {
  it('reads "X warned for months that C" with the content after "that"', () => {
    const text = 'Harbour pilots have warned for months that the channel is too shallow.'
    const a = only(text)
    expect(at(text, a.source.mention)).toBe('Harbour pilots')
    expect(at(text, a.content)).toBe('the channel is too shallow')
  })

  it('ends a content before a cue coordinated with its own: "said C and insisted D"', () => {
    const text = 'The mayor said the budget "leaves nothing for parks" and insisted the council would find more money.'
    const { attributions } = analyse(text)
    expect(attributions.map((a) => [at(text, a.cue), at(text, a.content)])).toEqual([
      ['said', 'the budget "leaves nothing for parks"'],
      ['insisted', 'the council would find more money'],
    ])
    expect(attributions[1]?.source.id).toBe(attributions[0]?.source.id)
  })

  it('ends a content before another speaker\'s claim joined to it: "said C -- and Y noted D"', () => {
    const text = 'The mayor said the budget was tight -- and the treasurer noted that taxes had risen.'
    const { attributions } = analyse(text)
    expect(attributions.map((a) => [at(text, a.cue), at(text, a.content)])).toEqual([
      ['said', 'the budget was tight'],
      ['noted', 'taxes had risen'],
    ])
  })

  it('ends a content before another speaker\'s claim after a comma: "acknowledged C, officials noted D"', () => {
    const text = 'The minister acknowledged the budget was tight, officials also noted that taxes had risen.'
    const { attributions } = analyse(text)
    expect(attributions.map((a) => [at(text, a.cue), at(text, a.content)])).toEqual([
      ['acknowledged', 'the budget was tight'],
      ['noted', 'taxes had risen'],
    ])
  })

  it.each([
    ['Two men were treated for burns, a nurse there said.', 'a nurse'],
    ['The road stays closed, officials here told reporters.', 'officials'],
  ])('reads a place word after the source as part of it: "%s"', (text, source) => {
    const a = only(text)
    expect(at(text, a.source.mention)).toBe(source)
    expect(at(text, a.content)).toBe(text.slice(0, text.indexOf(',')))
  })

  it.each([
    ['The senator trails by four points, a poll released on Monday showed.', 'a poll released on Monday'],
    ['The senator trails her rival by four points, a poll showed, the first survey to put her behind.', 'a poll'],
  ])('reads a poll after its finding: "%s"', (text, source) => {
    const a = only(text)
    expect(at(text, a.source.mention)).toBe(source)
    expect(at(text, a.content)).toBe(text.slice(0, text.indexOf(',')))
  })

  it('reads no saying in owning a deed: "claimed responsibility", "took credit"', () => {
    expect(analyse('The group claimed responsibility for the blast.').attributions).toEqual([])
    expect(analyse('No one took credit for the raid.').attributions).toEqual([])
  })

  it('reads a source after a semicolon in a headline, not across it', () => {
    const text =
      'Car bomb kills 9 in Kabul; government blames rebels\n\n' +
      'A car bomb exploded near a checkpoint in Kabul on Saturday, police said.'
    const blames = analyse(text).attributions.find((a) => at(text, a.cue) === 'blames')
    expect(at(text, blames?.source.mention)).toBe('government')
  })

  it('reads a count opening the claim, "X said at least two Y", as part of the claim', () => {
    const text = 'Police said at least two suspects fled.'
    expect(at(text, only(text).content)).toBe('at least two suspects fled')
  })

  it('ends a claim before a quotation that opens the next sentence', () => {
    const text =
      'A rebel officer, who asked not to be named, rejected the accusation. ' +
      '"This is a lie. Our positions are far away," he told the agency by phone.'
    const { attributions } = analyse(text)
    expect(attributions.map((a) => at(text, a.content))).toEqual([
      'the accusation',
      'This is a lie. Our positions are far away,',
    ])
  })

  it('takes "he" for the unnamed source quoted since the named one was last seen', () => {
    const text =
      'Colonel Omar Fathi said the road was open. He said trucks were moving. ' +
      'A truck driver disputed that. "We waited all day," he told reporters.'
    // Coreference ties both pronouns to the only name it knows, as the coref stage does.
    const references = [linked(text, 'He said', 'pronoun', 'fathi', 2), linked(text, 'he told', 'pronoun', 'fathi', 2)]
    const doc = tokenized(text, [{ phrase: 'Omar Fathi', type: 'PERSON', id: 'fathi' }])
    const { attributions, sources } = analyseDoc(doc.withLayers({ references }))
    const sourceOf = (claim: string) => {
      const a = attributions.find((x) => at(text, x.content)?.startsWith(claim))
      return sources.find((s) => s.id === a?.source.id)
    }
    expect(sourceOf('trucks')?.entity).toBe('fathi')
    expect(sourceOf('We waited')?.mentions.map((m) => at(text, m))).toEqual(['A truck driver', 'he'])
  })

  it('takes "he" for the unnamed source whose own phrase holds the last pronoun tied to the name', () => {
    const text =
      'Foreman Lars Ekdal said the shaft was safe. ' +
      'A mine engineer, who asked not to be named because he was not allowed to speak, said the pumps failed. ' +
      'He said repairs would take a week.'
    // Coreference ties both pronouns to the only name it knows, as the coref stage does.
    const references = [
      linked(text, 'he was not', 'pronoun', 'ekdal', 2),
      linked(text, 'He said', 'pronoun', 'ekdal', 2),
    ]
    const doc = tokenized(text, [{ phrase: 'Lars Ekdal', type: 'PERSON', id: 'ekdal' }])
    const { attributions, sources } = analyseDoc(doc.withLayers({ references }))
    const repairs = attributions.find((a) => at(text, a.content)?.startsWith('repairs'))
    const source = sources.find((s) => s.id === repairs?.source.id)
    expect(source?.entity).toBeUndefined()
    expect(at(text, source?.mentions[0])).toMatch(/^A mine engineer/)
  })

  it('takes "he" for the last single source, not a plural one read since', () => {
    const text =
      'Harbour master Piet Olsen said the skippers had been declared persona non grata and given a day to leave the port. ' +
      '"Their boats were a danger," he told a briefing.'
    const doc = tokenized(text, [{ phrase: 'Piet Olsen', type: 'PERSON', id: 'olsen' }])
    const { attributions, sources } = analyseDoc(doc.withLayers({ references: [] }))
    const hulls = attributions.find((a) => at(text, a.content)?.startsWith('Their boats'))
    const source = sources.find((s) => s.id === hulls?.source.id)
    expect(at(text, source?.mentions[0])).toBe('Harbour master Piet Olsen')
  })

  it('takes "his lawyer" later for the lawyer named before, named', () => {
    const text =
      'His lawyer, Marta Quintero, said the fine was unjust. A rights group said the case was political. ' +
      'The mayor paid the fine on Friday, his lawyer said.'
    const doc = tokenized(text, [{ phrase: 'Marta Quintero', type: 'PERSON', id: 'quintero' }])
    const { attributions } = analyseDoc(doc.withLayers({ references: [] }))
    const [first, , last] = attributions
    expect(at(text, last?.source.mention)).toBe('his lawyer')
    expect(last?.source.id).toBe(first?.source.id)
    expect(last?.source.named).toBe(true)
  })

  it("makes the lede's description that coreference names one named source with the name", () => {
    const text =
      'A rights activist who vanished last week said police had held her. "They hit me," Ana Kimani told reporters. ' +
      'A senior official said the claims were false.'
    // Coreference gives both descriptions to the person named next; only the activist is her.
    const references = [
      linked(text, 'A rights activist', 'nominal', 'kimani'),
      linked(text, 'A senior official', 'nominal', 'kimani'),
    ]
    const doc = tokenized(text, [{ phrase: 'Ana Kimani', type: 'PERSON', id: 'kimani' }])
    const { attributions, sources } = analyseDoc(doc.withLayers({ references }))
    const [activist, kimani, official] = attributions
    expect(activist?.source.id).toBe(kimani?.source.id)
    expect(sources.find((s) => s.id === activist?.source.id)).toMatchObject({ named: true, entity: 'kimani' })
    expect(official?.source).toMatchObject({ named: false })
  })

  it('reads an agentless passive as a claim no one is named as making, with its subject', () => {
    const text = 'After the vote, the senator was also dubbed the winner of the night.'
    const a = only(text)
    expect(at(text, a.content)).toBe('the senator was also dubbed the winner of the night')
    expect(a.source.mention).toBeNull()
  })

  it('takes no source from the subject of an agentless passive read before its cue', () => {
    const text = 'The officer was charged with manslaughter on Friday.'
    expect(readings(text)).toEqual([[null, 'charged', 'The officer']])
  })

  // A question with no asker named (`When asked about X, Y said C`) is a claim: put-question.test.ts.
  it('reads no claim in a question put to the speaker by a named asker: "Asked by Z about X, Y said C"', () => {
    for (const text of [
      'Asked by reporters on Monday about the delay, the transport minister said the trains would run by May.',
      'Pressed on the cost, the mayor said the bridge would be paid for by tolls.',
    ]) {
      const { attributions } = analyse(text)
      expect(attributions.map((a) => at(text, a.cue))).toEqual(['said'])
    }
  })

  it('reads "X did not say how many C" as a refusal whose content is the question left open', () => {
    const text = 'The defence ministry did not say how many soldiers were wounded.'
    const a = only(text)
    expect(at(text, a.source.mention)).toBe('The defence ministry')
    expect(at(text, a.content)).toBe('how many soldiers were wounded')
    expect(a.stance).toBe('decline')
  })

  it('keeps a participle and its agent in the source: "Economists polled by the bank said"', () => {
    const text = 'Economists polled by the central bank said prices would rise.'
    const a = only(text)
    expect(at(text, a.source.mention)).toBe('Economists polled by the central bank')
    expect(at(text, a.content)).toBe('prices would rise')
  })

  it('gives a source the role its job names, and none for a word that only looks like a key', () => {
    const cases: [string, string[]][] = [
      ['Interior Minister Lidia Marandu said the border would stay open.', ['official']],
      ['A senior economist at the bank said prices would rise.', ['expert']],
      ['Two lawmakers said the bill would pass.', ['politician']],
      ['The constructor said the tower would be finished in May.', []],
      ['Diplomats said the talks would resume.', ['diplomat']],
      [
        'Two envoys, speaking on condition of anonymity because they could not brief journalists, said the talks had failed.',
        ['diplomat'],
      ],
    ]
    for (const [text, role] of cases) {
      const { sources, attributions } = analyse(text)
      expect(sources.find((x) => x.id === attributions[0]?.source.id)?.role).toEqual(role)
    }
  })

  it('gives a charge in the passive with no agent no source: the one charged is not the accuser', () => {
    const text = 'The commander is accused of ordering the raid on the market.'
    const a = only(text)
    expect(a.source.mention).toBeNull()
    expect(at(text, a.content)).toBe('The commander is accused of ordering the raid on the market')
  })

  it('keeps a graded adjective in the source: "The leader of the region\'s most powerful clan"', () => {
    const text = "The leader of the region's most powerful clan said on Thursday he was ready to talk."
    expect(at(text, only(text).source.mention)).toBe("The leader of the region's most powerful clan")
  })

  it('leaves a relative "that" out of the source the tagger read: a law "that critics say" is ...', () => {
    const text = 'Farmers marched against a draft law on "water rights" that critics say is modelled on a Chilean law.'
    expect(at(text, only(text).source.mention)).toBe('critics')
  })

  it('leaves the time of a learned cue out of its source, but not a name or a participle that ends in one', () => {
    const a = "Norway's central bank on Thursday raised its key rate, saying inflation was too high."
    expect(at(a, only(a).source.mention)).toBe("Norway's central bank")
    const b = 'Reporters at USA TODAY found the records were incomplete.'
    expect(at(b, only(b).source.mention)).toBe('Reporters at USA TODAY')
  })

  it('reads "X said last month that C" past the time, and a time phrase without "that" as the claim', () => {
    const a = 'The agency said last month that grain prices would rise.'
    expect(at(a, only(a).content)).toBe('grain prices would rise')
    const b = 'The coach said last year was the hardest of her career.'
    expect(at(b, only(b).content)).toBe('last year was the hardest of her career')
  })

  it('reads "X said in a statement that C" with the content after "that"', () => {
    const text = 'The company said in a statement that it regrets the outage and will refund customers.'
    const a = only(text)
    expect(at(text, a.content)).toBe('it regrets the outage and will refund customers')
  })

  it('records whom a source spoke to in an interview or remarks as the channel', () => {
    const cases: [string, string][] = [
      ['In an interview with the Daily Courier, the mayor said the bridge would reopen.', 'the Daily Courier'],
      ['The minister said in remarks to reporters that talks would resume.', 'reporters'],
      ['"We are ready," the minister told reporters Wednesday.', 'reporters'],
      ['The minister told reporters Wednesday that talks would resume.', 'reporters'],
      ['"We are ready," the minister told reporters in Lyon on Friday.', 'reporters in Lyon'],
      ['"We are ready," the minister told reporters.', 'reporters'],
    ]
    for (const [text, told] of cases) expect(at(text, only(text).channelMention)).toBe(told)
  })

  it('reads "X put the toll at N" as an estimate, and ends "C, X said" before "while"', () => {
    const text = 'Floods killed at least 30 people, the army said, while a local official put the death toll at 54.'
    const { attributions } = analyse(text)
    expect(attributions.map((a) => [at(text, a.source.mention), at(text, a.cue), at(text, a.content)])).toEqual([
      ['the army', 'said', 'Floods killed at least 30 people'],
      ['a local official', 'put', 'the death toll at 54'],
    ])
    for (const [given, figure] of [
      ["The mayor put the army's losses at more than 40.", "the army's losses at more than 40"],
      ['Insurers put the damage at $3 billion.', 'the damage at $3 billion'],
    ] as const)
      expect(at(given, only(given).content)).toBe(figure)
    expect(analyse('He put the blame on the government.').attributions).toEqual([])
  })

  it('reads a headline whose reporting verb the tagger takes for a plural noun', () => {
    const text = 'Russia claims gains near Pokrovsk'
    const a = only(text)
    expect([at(text, a.source.mention), at(text, a.cue), at(text, a.content)]).toEqual([
      'Russia',
      'claims',
      'gains near Pokrovsk',
    ])
  })

  it('reads a speaker after the cue whose first name the tagger takes for a verb', () => {
    for (const name of ['Don Fowler', 'Will Hurd', 'Mark Landau']) {
      const text = `"The bridge will reopen by spring," said ${name}, who ran the works department for a decade.`
      const a = only(text)
      expect(at(text, a.source.mention)).toBe(name)
      expect(at(text, a.content)).toBe('The bridge will reopen by spring,')
      expect(a.kind).toBe('direct')
    }
  })

  it('reads "X said that C" with the content after "that"', () => {
    const text = 'The harbour master said that the ferry would not sail before noon.'
    const a = only(text)
    expect(at(text, a.source.mention)).toBe('The harbour master')
    expect(at(text, a.cue)).toBe('said')
    expect(at(text, a.content)).toBe('the ferry would not sail before noon')
    expect(a.kind).toBe('indirect')
    expect(a.stance).toBe('assert')
  })

  it('reads a source whose head the tagger took for an adjective: "The police chief said C"', () => {
    const text = 'The police chief said officers had acted lawfully.'
    const a = only(text)
    expect(at(text, a.source.mention)).toBe('The police chief')
    expect(at(text, a.content)).toBe('officers had acted lawfully')
  })

  it('reads a possessive source whose head the tagger took for an adjective: "Ukraine\'s military said"', () => {
    const text = "Ukraine's military said air defences had destroyed 30 drones."
    const a = only(text)
    expect(at(text, a.source.mention)).toBe("Ukraine's military")
    expect(at(text, a.content)).toBe('air defences had destroyed 30 drones')
  })

  it('reads "X said C" with no "that"', () => {
    const text = 'Two teachers said the school had been closed since March.'
    const a = only(text)
    expect(at(text, a.content)).toBe('the school had been closed since March')
    expect(a.source.count).toBe(2)
  })

  it('reads "C, X said" with the content before the comma', () => {
    const text = 'The dam was holding after the storm, two regional engineers said on Friday.'
    const a = only(text)
    expect(at(text, a.content)).toBe('The dam was holding after the storm')
    expect(at(text, a.source.mention)).toBe('two regional engineers')
  })

  it("reads a quote closing a sentence it did not open with the writer's lead-in", () => {
    const text = 'Without new pumps, the lower town "will flood again next spring," the engineer said.'
    const a = only(text)
    expect(at(text, a.content)).toBe('Without new pumps, the lower town "will flood again next spring,"')
    expect(a.kind).toBe('mixed')
    const more = `${text} "The old ones failed twice."`
    expect(at(more, only(more).content)).toBe(`${at(text, a.content)} the engineer said. "The old ones failed twice.`)
  })

  it('leaves a lead-in with a saying of its own to that saying: "X said she feared "C," she said"', () => {
    const text = 'The engineer said she feared the worst because "the pumps are old," she said.'
    const { attributions } = analyse(text)
    const second = attributions.find((a) => at(text, a.cue) === 'said' && a.cue.start > 40) as Attribution
    expect(at(text, second.content)).toBe('the pumps are old,')
  })

  it("leaves a lead-in left open by a dash or a parenthesis out of the quote's claim, but not a paired aside", () => {
    // PolNeAR train: 9 claims mended for 1 lost.
    const dash = 'The council backed the budget - "it is a good start," the mayor said.'
    const said = analyse(dash).attributions.find((a) => at(dash, a.cue) === 'said') as Attribution
    expect(at(dash, said.content)).toBe('it is a good start,')
    const paired = 'Lee -- a rival of the mayor -- was "very upset about it," his aide said.'
    expect(at(paired, only(paired).content)).toBe('Lee -- a rival of the mayor -- was "very upset about it,"')
  })

  it('reads the subject of a passive cue the tagger read over, when only a setting follows it', () => {
    const text = 'The decision was announced on the radio several times before noon.'
    const a = analyse(text).attributions.find((x) => at(text, x.cue) === 'announced')
    expect(at(text, a?.content)).toBe('The decision')
  })

  it('reads a clause broken by its attribution before a quote as one claim: "So when A, X said, "B.""', () => {
    const text = 'So when the river rose in May, the farmer said, "we lost everything."'
    expect(at(text, only(text).content)).toBe('So when the river rose in May, the farmer said, "we lost everything.')
    const asked = 'Handed the report on Monday, the farmer said, "We lost everything."'
    expect(at(asked, only(asked).content)).toBe('We lost everything.')
  })

  it('reads what a colon after any cue introduces: "While A, a friend commented: "C""', () => {
    const text = 'While having a long talk about the vote, a neighbour commented: "The bridge matters more."'
    const a = only(text)
    expect(at(text, a.content)).toBe('The bridge matters more.')
    expect(at(text, a.source.mention)).toBe('a neighbour')
  })

  it('takes a programme title after a possessive into the audience: "told CNN\'s "Topic" that C"', () => {
    const text = 'The senator told CNN\'s "Week in Review" on Sunday that the plan was dead.'
    const a = only(text)
    expect(at(text, a.content)).toBe('the plan was dead')
  })

  it('reads the object of a cue after an opener, not the opener: "In a statement, X condemned Y"', () => {
    const text =
      'In a statement from the palace, King Olaf condemned Friday\'s vote as "reckless and shameful" and a "grave threat" to the region.'
    const a = analyse(text).attributions.find((x) => at(text, x.cue) === 'condemned')
    expect(at(text, a?.content)).toBe('Friday\'s vote as "reckless and shameful" and a "grave threat" to the region')
  })

  it('reads a relative clause\'s saying after its cue: "A, which first reported B"', () => {
    const text = 'The council sent the figures to the Courier, which first reported the closure.'
    const a = analyse(text).attributions.find((x) => at(text, x.cue) === 'reported')
    expect(at(text, a?.content)).toBe('the closure')
  })

  it('reads the clause after any cue and "that" to its end: "X found that C, which D, E"', () => {
    const text =
      'The survey found that in the three largest towns, which include Avon and Brill, voters have been dropped from the rolls.'
    const a = only(text)
    expect(at(text, a.content)).toBe(
      'in the three largest towns, which include Avon and Brill, voters have been dropped from the rolls',
    )
  })

  it('reads "promising" as a verb when an object or infinitive follows, which the tagger gives as an adjective', () => {
    const text = 'Mayor Ana Ruiz is promising cheaper bus fares and longer library hours.'
    expect(at(text, only(text).content)).toBe('cheaper bus fares and longer library hours')
    const participle = 'Ruiz spoke to a crowd of fishermen, promising to reopen the harbour by June.'
    const a = only(participle)
    expect([at(participle, a.source.mention), at(participle, a.content)]).toEqual([
      'Ruiz',
      'to reopen the harbour by June',
    ])
    expect(analyse('The harbour plan got off to a promising start.').attributions).toHaveLength(0)
  })

  it('reads a stance adjective after "be" with what it is about: "is skeptical of", "was adamant that"', () => {
    const cases = [
      ['The harbour master is skeptical of the dredging plan.', 'The harbour master', 'the dredging plan'],
      ['The ferry company was adamant that fares would stay low.', 'The ferry company', 'fares would stay low'],
      ['Local growers are eager to sell directly to shops.', 'Local growers', 'to sell directly to shops'],
    ]
    for (const [text, source, content] of cases) {
      const a = only(text as string)
      expect([at(text as string, a.source.mention), at(text as string, a.content)]).toEqual([source, content])
    }
  })

  it('takes no stance from an adjective that only rates a chance or a skill: "likely to", "able to"', () => {
    expect(analyse('The ferry is likely to arrive late. The crew is able to dock at night.').attributions).toHaveLength(
      0,
    )
  })

  it('finds the subject before a long title set off by commas', () => {
    const text =
      'Jo Roe, director of the county water board and a professor of hydrology at the state university in Pine Hill, said the reservoir was full.'
    const a = only(text)
    expect([at(text, a.source.mention), at(text, a.content)]).toEqual([
      'Jo Roe, director of the county water board and a professor of hydrology at the state university in Pine Hill',
      'the reservoir was full',
    ])
  })

  it('gives a participle the subject of its clause when no saying comes before it: "was blunt, claiming C"', () => {
    const text =
      'At a rally in Avon, the mayor was just as blunt, claiming without any evidence that the council had lied.'
    const a = only(text)
    expect([at(text, a.source.mention), at(text, a.content)]).toEqual(['the mayor', 'the council had lied'])
  })

  it('gives a gerund after "by", "while" or "after" the subject of its clause', () => {
    const text = 'The mayor ended the meeting by saying the bridge would reopen in May.'
    const a = only(text)
    expect([at(text, a.source.mention), at(text, a.content)]).toEqual(['The mayor', 'the bridge would reopen in May'])
    const opened = 'After insisting that the tolls were fair, the minister left the hall.'
    const b = only(opened)
    expect([at(opened, b.source.mention), at(opened, b.content)]).toEqual(['the minister', 'the tolls were fair'])
  })

  it('reads no claim in a gerund whose object is a deed: "since announcing his bid"', () => {
    const text = 'The senator has raised little money since announcing his retirement.'
    expect(analyse(text).attributions).toHaveLength(0)
  })

  it('reads the whole next paragraph after "X added:" closing a paragraph', () => {
    const text =
      'The mayor added:\n\nThe bridge is old, but the council will not pay. It will close in May.\n\nThe vote is today.'
    const a = only(text)
    expect(at(text, a.content)).toBe('The bridge is old, but the council will not pay. It will close in May')
  })

  it('reads a signed quote whose opening mark is typed the wrong way round', () => {
    const text =
      'Letters from readers.\n”The bridge must stay open. We cross it daily.” ― Jane Doe\n“Close it.” ― Tom Roe'
    const { attributions } = analyse(text)
    expect(attributions.map((a) => [at(text, a.source.mention), at(text, a.content)])).toEqual([
      ['Jane Doe', 'The bridge must stay open. We cross it daily.'],
      ['Tom Roe', 'Close it.'],
    ])
  })

  it('leaves a scene-setting opener out of the claim: "In an interview on "X," Y said C"', () => {
    const titled = 'In an interview on the show "Town Talk," the mayor said the bridge needs repairs.'
    expect(at(titled, only(titled).content)).toBe('the bridge needs repairs')
  })

  it('reads an opener into the claim when the saying breaks into it: "During X, Y said, C"', () => {
    const broken = 'During her years in office, the mayor said, most residents have come to trust the council.'
    expect(at(broken, only(broken).content)).toBe(broken.slice(0, -1))
  })

  it('runs a quote on into a next paragraph that is a quote with no cue of its own', () => {
    const text =
      '“The pumps are old,” the engineer said.\n\n“We asked for new ones twice.”\n\nThe council met on Monday.'
    expect(at(text, only(text).content)).toBe('The pumps are old,” the engineer said.\n\n“We asked for new ones twice.')
    const plain = 'The pumps are old, the engineer said. “We asked for new ones twice.”'
    expect(at(plain, only(plain).content)).toBe('The pumps are old, the engineer said. “We asked for new ones twice.')
    const cued = '“The pumps are old,” the engineer said.\n\n“They work,” the mayor said.'
    const first = analyse(cued).attributions[0] as Attribution
    expect(at(cued, first.content)).toBe('The pumps are old,')
  })

  it('takes whom a speaker said it to for the audience, not the claim: ""C," she said to the crowd"', () => {
    const text = '“We will rebuild,” the mayor said to the crowd.'
    const a = only(text)
    expect(at(text, a.content)).toBe('We will rebuild,')
    expect(at(text, a.channelMention)).toBe('the crowd')
  })

  it('reads no claim of its own in a saying quoted by another speaker', () => {
    const text = '“Just 9 percent of the drivers said the toll changed their plans,” the mayor said.'
    const cues = analyse(text).attributions.map((a) => at(text, a.cue))
    expect(cues).toEqual(['said'])
  })

  it('reads no claim of its own in the quoted speaker\'s "I say" or "you claim"', () => {
    const text = '“To the council I say this: fix the bridge. You claim it is safe,” the mayor said.'
    const a = only(text)
    expect(at(text, a.cue)).toBe('said')
    expect(at(text, a.source.mention)).toBe('the mayor')
    const third = '“He is not as rich as he says he is,” the mayor said.'
    expect(at(third, only(third).cue)).toBe('said')
  })

  it('closes a straight quote before a space: "\'a scandal,\' " he told the group"', () => {
    const text = '"I was insulted by the term \'outreach,\' " he told the group, adding that it was wrong.'
    const { attributions } = analyse(text)
    expect(attributions.map((a) => at(text, a.cue))).toEqual(['told', 'adding'])
  })

  it('ends a quote before the narration after ", she said, but ..."', () => {
    const text = '“Are you ready?” she said, but the driver was asleep again.'
    expect(at(text, only(text).content)).toBe('Are you ready?')
    const quoted = '"I like the mayor," he said, but "on roads he has no plan."'
    expect(at(quoted, only(quoted).content)).toBe('I like the mayor," he said, but "on roads he has no plan."')
  })

  it('runs a claim on into a next quote that stops inside its sentence only when no saying follows it', () => {
    const text = '“This is not fair,” Smith said. “You kept the workers on low pay” to raise the profits, she said.'
    const first = analyse(text).attributions[0] as Attribution
    expect(at(text, first.content)).toBe('This is not fair,')
    const bare = '“This is not fair,” Smith said. “It is only a tax rise” for the richest.'
    expect(at(bare, only(bare).content)).toBe('This is not fair,” Smith said. “It is only a tax rise')
  })

  it('reads "C, said X, a ..." with the source after the cue', () => {
    const text = '“The orchard lost half its trees,” said Mirela Dobre, a grower near the river.'
    const a = only(text)
    expect(at(text, a.source.mention)).toBe('Mirela Dobre')
    expect(at(text, a.content)).toBe('The orchard lost half its trees,')
    expect(a.kind).toBe('direct')
    expect(a.source.named).toBe(true)
  })

  it('reads "According to X, C" and "C, according to X"', () => {
    const first = 'According to the fisheries board, the catch fell by a third this year.'
    const a = only(first)
    expect(at(first, a.cue)).toBe('According to')
    expect(at(first, a.source.mention)).toBe('the fisheries board')
    expect(at(first, a.content)).toBe('the catch fell by a third this year')
    const second = 'The catch fell by a third this year, according to the fisheries board.'
    const b = only(second)
    expect(at(second, b.content)).toBe('The catch fell by a third this year')
  })

  it('reads a long "according to" source up to its comma, and a claim going on after it', () => {
    const long = 'According to a report filed by the harbour board last spring, the pier is unsafe.'
    const a = only(long)
    expect(at(long, a.source.mention)).toBe('a report filed by the harbour board last spring')
    expect(at(long, a.content)).toBe('the pier is unsafe')
    const on = 'The pier closed in May, according to the harbour board, and the ferry moved to the north quay.'
    expect(at(on, only(on).content)).toBe(
      'The pier closed in May, according to the harbour board, and the ferry moved to the north quay',
    )
  })

  it('ends an inner claim where the report of it begins ("X warned C, two sources told Reuters")', () => {
    const text = 'The two mayors warned that the strike would spread, three city officials told Reuters.'
    expect(readings(text)).toEqual([
      ['The two mayors', 'warned', 'the strike would spread'],
      ['three city officials', 'told', 'The two mayors warned that the strike would spread'],
    ])
  })

  it('takes no claim from a participle that describes a source ("witnesses quoted by")', () => {
    const text = 'The blast shook the harbour, according to residents quoted by the local radio station.'
    expect(readings(text)).toEqual([
      ['residents quoted by the local radio station', 'according to', 'The blast shook the harbour'],
    ])
  })

  it('reads papers an outlet saw as the source, and the outlet as the channel', () => {
    const text = 'The inquiry covers 14 voyages, according to documents seen by the Tribune.'
    const a = only(text, [{ phrase: 'Tribune', type: 'ORG', id: 'e1' }])
    expect(at(text, a.source.mention)).toBe('documents seen by the Tribune')
    expect(a.source.named).toBeNull()
    expect(a.channel).toBe('e1')
    expect(at(text, a.content)).toBe('The inquiry covers 14 voyages')
  })

  it('keeps the outlet told as the channel: "X told Reuters that C"', () => {
    const text = 'A court official told Reuters that the hearing had been moved to Monday.'
    const a = only(text, [{ phrase: 'Reuters', type: 'ORG', id: 'e1' }])
    expect(a.channel).toBe('e1')
    expect(at(text, a.channelMention)).toBe('Reuters')
    expect(at(text, a.content)).toBe('the hearing had been moved to Monday')
  })

  it('keeps an outlet whose name opens with a participle: "told The Associated Press that C"', () => {
    const text = 'One of the officials told The Associated Press that the minister was arrested on Monday.'
    const a = only(text, [{ phrase: 'The Associated Press', type: 'ORG', id: 'e1' }])
    expect(a.channel).toBe('e1')
    expect(at(text, a.content)).toBe('the minister was arrested on Monday')
  })

  it('leaves the dateline out of the claim of the paragraph it opens', () => {
    const text = 'LIMA, May 2 (Reuters) - The port will reopen on Friday, two harbour officials said.'
    const bare = makeDoc(
      text,
      { mentions: [], entities: [], references: [] },
      { dateline: spanOf(text, 'LIMA, May 2 (Reuters) -') },
    )
    const { attributions } = analyseDoc(bare)
    expect(attributions.map((a) => at(text, a.content))).toEqual(['The port will reopen on Friday'])
  })

  it('reads a learned claim from after the dateline, whole: "DATELINE - C, documents show"', () => {
    const text =
      'LIMA, May 2 (Reuters) - Peruvian prosecutors on Tuesday charged a former mayor with fraud, court documents show.'
    const bare = makeDoc(
      text,
      { mentions: [], entities: [], references: [] },
      { dateline: spanOf(text, 'LIMA, May 2 (Reuters) -') },
    )
    const { attributions } = analyseDoc(bare)
    expect(attributions.map((a) => at(text, a.content))).toEqual([
      'Peruvian prosecutors on Tuesday charged a former mayor with fraud',
    ])
  })

  it('starts a source at a name with its \'s: "the man Iraq\'s ministry says it arrested"', () => {
    const text = "Omar Haddad, the man Peru's interior ministry says it arrested this week, was freed."
    const says = analyse(text).attributions.find((a) => at(text, a.cue) === 'says')
    expect(at(text, says?.source.mention)).toBe("Peru's interior ministry")
  })

  it('reads no fear in a fate: "dozens feared dead"', () => {
    expect(analyse('Dozens feared dead as ferry sinks').attributions).toEqual([])
  })

  it('leaves the relative pronoun out of a source: "which rights groups accuse"', () => {
    const text = 'The EU funds the coast guard, which rights groups accuse of abusing migrants.'
    expect(at(text, only(text).source.mention)).toBe('rights groups')
  })

  it('reads people named by what befell them as unnamed: "Survivors told"', () => {
    const text = 'Survivors told the agency that children were among the missing.'
    expect(only(text).source.named).not.toBe(true)
  })

  it('counts one person whose age follows the name: "Otieno, 61, said"', () => {
    const text = 'Ruiz, 61, said the charges were false.'
    expect(only(text).source.count).toBe(1)
  })

  it('reads a participle inside the phrase an adverbial names: "said in an emailed statement that C"', () => {
    const text = 'The firm said in an emailed statement that it had paid no one.'
    expect(at(text, only(text).content)).toBe('it had paid no one')
  })

  it('records who was told even when it is no entity: "told reporters"', () => {
    const text = 'The coach told reporters his team was tired.'
    const a = only(text)
    expect(a.channel).toBeUndefined()
    expect(at(text, a.channelMention)).toBe('reporters')
    expect(at(text, a.content)).toBe('his team was tired')
  })

  it('reads announced, added, confirmed and warned as cues', () => {
    for (const verb of ['announced', 'added', 'confirmed', 'warned']) {
      const text = `The railway company ${verb} that night trains would stop in winter.`
      const a = only(text)
      expect(at(text, a.cue)).toBe(verb)
      expect(at(text, a.content)).toBe('night trains would stop in winter')
    }
  })

  it('gives a denial the stance deny', () => {
    const text = 'The mayor denied that the contract had been awarded without a tender.'
    const a = only(text)
    expect(a.stance).toBe('deny')
    expect(at(text, a.content)).toBe('the contract had been awarded without a tender')
  })

  it('nests "in what X described as ..." inside the outer attribution', () => {
    const text = 'The army said it had shelled the depot, in what it described as “a precise strike.”'
    const { attributions } = analyse(text)
    const inner = attributions.find((a) => at(text, a.cue) === 'described as') as Attribution
    const outer = attributions.find((a) => at(text, a.cue) === 'said') as Attribution
    expect(at(text, inner.content)).toBe('a precise strike.')
    expect(inner.kind).toBe('direct')
    expect(inner.parent).toBe(outer.id)
    expect(outer.kind).toBe('mixed')
  })

  it('gives a participial ", saying C" the subject of the sentence as source', () => {
    const text = 'The dockers called off the strike, saying the talks had made progress.'
    const a = only(text)
    expect(at(text, a.cue)).toBe('saying')
    expect(at(text, a.source.mention)).toBe('The dockers')
    expect(at(text, a.content)).toBe('the talks had made progress')
  })

  it('reads "a video they said showed ..." with the pronoun as source', () => {
    const text = 'Two farmers posted a video they said showed soldiers leaving the village.'
    const a = analyse(text).attributions.find((x) => at(text, x.cue) === 'said') as Attribution
    expect(at(text, a.source.mention)).toBe('they')
    expect(at(text, a.content)).toBe('showed soldiers leaving the village')
  })

  it("keeps the subject the rules read over a participle's object the tagger took: X marching through Y chanted", () => {
    const text = 'Students marching through the streets chanted "No more cuts!" and stayed out until dawn.'
    expect(readings(text)).toEqual([['Students marching through the streets', 'chanted', '"No more cuts!"']])
  })

  it('keeps the finding of a survey over the saying it reports: "a survey found that most said C"', () => {
    const text =
      'A survey of growers released on Friday found that most farmers said the new tariffs had hurt their sales.'
    expect(readings(text)).toEqual([
      ['A survey of growers released on Friday', 'found', 'most farmers said the new tariffs had hurt their sales'],
    ])
  })

  it('takes a quote over several sentences as one content', () => {
    const text = '“We will rebuild the school. We will not leave this valley,” the headmistress said.'
    const a = only(text)
    expect(at(text, a.content)).toBe('We will rebuild the school. We will not leave this valley,')
    expect(a.kind).toBe('direct')
  })

  it('continues a quote that opens the next paragraph without closing the first', () => {
    const text = 'The coach said:\n“We trained hard all winter.\n“Now the players must deliver.”'
    const a = only(text)
    expect(at(text, a.content)).toBe('We trained hard all winter.\n“Now the players must deliver.')
  })

  it('keeps a quote broken by its attribution as one direct content', () => {
    const text = '"The hospital is full," the nurse told the crew, "and the road is closed."'
    const a = only(text)
    expect(at(text, a.content)).toBe('The hospital is full," the nurse told the crew, "and the road is closed.')
    expect(a.kind).toBe('direct')
  })

  it('carries a quote on into the sentences quoted after "X said."', () => {
    const text = '"We lost the harvest," she said. "The storage barns flooded too."\nThe mayor spoke next.'
    const a = only(text)
    expect(at(text, a.content)).toBe('We lost the harvest," she said. "The storage barns flooded too.')
  })

  it("reads a double quote written as two apostrophes: ''like this''", () => {
    const text = "''The pumps failed twice,'' the engineer said."
    const a = only(text)
    expect(at(text, a.content)).toBe('The pumps failed twice,')
    expect(a.kind).toBe('direct')
  })

  it("reads ''C,'' according to X with two apostrophes closing the quote", () => {
    const text = "''The pumps failed twice,'' according to the inspection report."
    const a = only(text)
    expect([at(text, a.source.mention), at(text, a.content)]).toEqual([
      'the inspection report',
      'The pumps failed twice,',
    ])
  })

  it("reads a single quote closing inside a double one written with apostrophes: 'word,'''", () => {
    const text = "''We will not sell to the 'investors,''' said Ona Petrauskas, a farmer."
    const a = only(text)
    expect([at(text, a.source.mention), at(text, a.content)]).toEqual([
      'Ona Petrauskas',
      "We will not sell to the 'investors,'",
    ])
  })

  it('reads straight quotation marks as curly ones', () => {
    const text = '"The pumps are working again," said the plant manager.'
    const a = only(text)
    expect(at(text, a.content)).toBe('The pumps are working again,')
    expect(a.kind).toBe('direct')
  })

  it('nests an attribution inside the content of another', () => {
    const text = 'The minister said the auditors told her that the accounts were in order.'
    const { attributions } = analyse(text)
    expect(attributions).toHaveLength(2)
    const [outer, inner] = attributions as [Attribution, Attribution]
    expect(inner.parent).toBe(outer.id)
    expect(at(text, inner.source.mention)).toBe('the auditors')
  })

  it.each([
    ['The embassy declined to comment.', 'declined to comment'],
    ['A spokesman for the airline would not comment on the delays.', 'would not comment'],
    ['The police declined to give further details.', 'declined to give further details'],
    ['The company did not respond to a request for comment.', 'did not respond to a request for comment'],
    ['The insurer has not responded to a request for comment.', 'has not responded to a request for comment'],
    [
      'The embassy did not immediately respond to an emailed request for comment.',
      'did not immediately respond to an emailed request for comment',
    ],
    ['The ministry has yet to respond to a request for comment.', 'yet to respond to a request for comment'],
    ['Neither the club nor its owner responded to requests for comment.', 'responded to requests for comment'],
    ['The governor has not publicly commented on the strike.', 'has not publicly commented'],
    [
      'A spokeswoman for the mine was not immediately available for comment.',
      'was not immediately available for comment',
    ],
    ['The coach would not immediately comment on the transfer.', 'would not immediately comment'],
    ["A spokesperson for the city's mayor did not reply to an emailed request.", 'did not reply to an emailed request'],
    ['The lender did not return calls on Monday.', 'did not return calls'],
    ['The contractor did not respond to attempts to reach him.', 'did not respond to attempts to reach him'],
    ['Neither airline would comment.', 'would comment'],
    ['No one at the embassy would comment on the visit.', 'would comment'],
  ])('reads the refusal in "%s" as a decline with no content', (text, cue) => {
    const a = only(text)
    expect(at(text, a.cue)).toBe(cue)
    expect(a.content).toBeNull()
    expect(a.kind).toBe('none')
    expect(a.stance).toBe('decline')
  })

  it('counts the two that "Neither" names, and reads no refusal where a subject merely would comment', () => {
    expect(only('Neither airline would comment.').source.count).toBe(2)
    expect(analyse('The bank would comment later.').attributions).toEqual([])
  })

  it('reads no refusal in questions a witness would not answer, nor in a request that says what it asks', () => {
    for (const text of [
      'His lawyer said he would not answer questions.',
      'Voters who did not respond to queries seeking to confirm their address were removed.',
    ])
      expect(analyse(text).attributions.every((a) => a.stance !== 'decline')).toBe(true)
  })

  it('codes "said it would not comment on X" as one declining statement', () => {
    const text = 'The ministry said it would not comment on the inquiry.'
    const a = only(text)
    expect(at(text, a.cue)).toBe('said')
    expect(at(text, a.content)).toBe('it would not comment on the inquiry')
    expect(a.stance).toBe('decline')
  })

  it('reads a cue with its preposition: "X called for C"', () => {
    const text = 'The union called for a national inquiry into the collapse.'
    const a = only(text)
    expect(at(text, a.content)).toBe('a national inquiry into the collapse')
  })

  it('reads a belief as an attribution: "X believes that C"', () => {
    const text = 'The senator believes that the bill will pass next week.'
    const a = only(text)
    expect(at(text, a.content)).toBe('the bill will pass next week')
  })

  it('reads a claim broken by its attribution, "C1, X said, C2", as one content', () => {
    const text = 'The harvest this year, the farmers said, was the smallest in a decade.'
    const a = analyse(text).attributions.find((x) => at(text, x.cue) === 'said')
    expect(at(text, a?.source.mention)).toBe('the farmers')
    expect(at(text, a?.content)).toBe('The harvest this year, the farmers said, was the smallest in a decade')
  })

  it.each([
    ['The senator wants the inquiry reopened.', 'wants', 'The senator', 'the inquiry reopened'],
    ['Most economists expect inflation to ease next year.', 'expect', 'Most economists', 'inflation to ease next year'],
    ['The party hopes to win the seat back.', 'hopes', 'The party', 'to win the seat back'],
    [
      'Residents fear that the river will flood again this spring.',
      'fear',
      'Residents',
      'the river will flood again this spring',
    ],
  ])('reads an intention or belief with a learned cue: %s', (text, cue, source, content) => {
    const a = analyse(text).attributions.find((x) => at(text, x.cue) === cue)
    expect(at(text, a?.source.mention)).toBe(source)
    expect(at(text, a?.content)).toBe(content)
  })

  it('takes a relative pronoun for the phrase it follows, not for the subject of the sentence', () => {
    const text =
      'Police blamed the Harbour Front, which said in a statement that its members had set the fire. ' +
      'The council cited Dana Reyes, who said the alarm had failed.'
    const named: Named[] = [
      { phrase: 'Harbour Front', type: 'ORG', id: 'front' },
      { phrase: 'Dana Reyes', type: 'PERSON', id: 'reyes' },
    ]
    const { sources, attributions } = analyse(text, named)
    const sourceOf = (cue: string) => {
      const a = attributions.find((x) => at(text, x.cue) === cue && at(text, x.source.mention) !== 'The council')
      return sources.find((s) => s.id === a?.source.id)
    }
    expect(sourceOf('said')?.entity).toBe('front')
    expect(sourceOf('said')?.named).toBe(true)
    const reyes = attributions.find((a) => at(text, a.content) === 'the alarm had failed')
    expect(sources.find((s) => s.id === reyes?.source.id)?.entity).toBe('reyes')
  })

  it("gives a lawmaker's party and state as the source's affiliation", () => {
    const text = 'Sen. Ann Lee (D-N.Y.) said the bill was dead. Rep. Bo Park (R-Utah) told reporters it would pass.'
    const { sources, attributions } = analyse(text)
    expect(attributions.map((a) => sources.find((s) => s.id === a.source.id)?.affiliation)).toEqual([
      ['Democrat (N.Y.)'],
      ['Republican (Utah)'],
    ])
  })

  it('reads no claim in a designation or in force answering force: "is listed as", "responded to attacks"', () => {
    const text =
      'The party, which is classified as an extremist group by the interior ministry, held a rally. ' +
      'The navy said its ships replied to the rocket fire.'
    const { attributions } = analyse(text)
    expect(attributions.map((a) => at(text, a.content))).toEqual(['its ships replied to the rocket fire'])
  })

  it('takes no affiliation from a common word capitalised at the start: "Human rights groups", "Veteran diplomats"', () => {
    const text =
      'Human rights groups said the trial was unfair. Veteran diplomats said the talks had stalled. Iraqi officials said the road was open.'
    const { sources, attributions } = analyse(text)
    expect(attributions.map((a) => sources.find((s) => s.id === a.source.id)?.affiliation)).toEqual([[], [], ['Iraqi']])
  })

  it('keeps bodies of one kind apart by the words before their head: "The interior ministry", "The health ministry"', () => {
    const text =
      'The foreign ministry said talks would resume. The interior ministry said 12 people were held. ' +
      'The health ministry said five people died. The ministry later said the clinics were open.'
    const { sources, attributions } = analyse(text)
    const said = attributions.map((a) => sources.find((s) => s.id === a.source.id))
    expect(new Set(said.slice(0, 3).map((s) => s?.id)).size).toBe(3)
    // `The ministry` says less, and is the ministry named last.
    expect(said[3]?.id).toBe(said[2]?.id)
    // `foreign` in `foreign ministry` names the office, not a foreign body.
    expect(said[0]?.affiliation).toEqual([])
  })

  it('keeps apart two nations\' bodies that share a name: "The Polish Foreign Ministry", "The Belarusian Foreign Ministry"', () => {
    const text =
      'The Polish Foreign Ministry said it had expelled two diplomats. ' +
      'The Belarusian Foreign Ministry denied the diplomats had done anything wrong.'
    // The entity stage keys both by the name they share.
    const { sources, attributions } = analyse(text, [
      { phrase: 'Foreign Ministry', type: 'ORG', id: 'fm' },
      { phrase: 'Polish', type: 'NORP', id: 'pl' },
      { phrase: 'Belarusian', type: 'NORP', id: 'by' },
    ])
    const [said, denied] = attributions.map((a) => sources.find((s) => s.id === a.source.id))
    expect(said?.id).not.toBe(denied?.id)
  })

  it('gives a source the reason for anonymity set inside its own phrase', () => {
    const text =
      'Two engineers at the plant, who asked not to be named because they feared for their jobs, told the newspaper that the valve had failed twice.'
    const { sources, attributions } = analyse(text)
    expect(attributions).toHaveLength(1)
    const source = sources.find((s) => s.id === attributions[0]?.source.id)
    expect(source?.named).toBe(false)
    expect(source?.count).toBe(2)
    expect(at(text, source?.anonymity)).toBe('because they feared for their jobs')
  })

  it('does not call a source named for the place it spoke from: "One of them, speaking from Tarn,"', () => {
    const text = 'Nurses said beds were short. One of them, speaking from Tarn, said the wards were full.'
    const { sources, attributions } = analyse(text, [{ phrase: 'Tarn', type: 'GPE', id: 'tarn' }])
    const one = attributions.find((a) => at(text, a.source.mention)?.startsWith('One of them'))
    expect(sources.find((s) => s.id === one?.source.id)?.named).not.toBe(true)
  })

  it('takes no reason for anonymity from the claim: "who asked not to be named, said C because D"', () => {
    const text = 'A port clerk, who asked not to be named, said the cargo was late because the cranes had failed.'
    const { sources, attributions } = analyse(text)
    const source = sources.find((s) => s.id === attributions[0]?.source.id)
    expect(source?.named).toBe(false)
    expect(at(text, source?.anonymity)).toBe('asked not to be named')
  })

  it('reads "who declined to give his name" as a request for anonymity, not a refusal to comment', () => {
    const text = 'A resident of the town, who declined to give his name, said he heard shelling all night.'
    const { sources, attributions } = analyse(text)
    expect(attributions.map((a) => at(text, a.cue))).toEqual(['said'])
    const source = sources.find((s) => s.id === attributions[0]?.source.id)
    expect(source?.named).toBe(false)
    expect(at(text, source?.anonymity)).toBe('declined to give his name')
  })

  it('takes `not authorized to discuss` as the reason a source goes unnamed', () => {
    const text =
      'Two aides, who were not authorized to discuss the talks publicly, said the deal was close. The mayor said nothing.'
    const { sources, attributions } = analyse(text)
    const source = sources.find((s) => s.id === attributions[0]?.source.id)
    expect(source?.named).toBe(false)
    expect(at(text, source?.anonymity)).toBe('not authorized to discuss the talks publicly')
    expect(attributions.map((a) => at(text, a.cue))).toEqual(['said', 'said'])
  })

  it('takes a purpose after the condition of anonymity as its reason', () => {
    const text =
      'A company engineer, speaking on condition of anonymity to describe internal tests, said the valve had failed twice.'
    const { sources, attributions } = analyse(text)
    const source = sources.find((s) => s.id === attributions[0]?.source.id)
    expect(source?.named).toBe(false)
    expect(at(text, source?.anonymity)).toBe('to describe internal tests')
  })

  it('reads no claim in a request not to be named, and keeps its reason', () => {
    const text = '"We heard gunfire all night," the farmer said, asking not to be named for fear of reprisals.'
    const { sources, attributions } = analyse(text)
    expect(attributions.map((a) => at(text, a.cue))).toEqual(['said'])
    const source = sources.find((s) => s.id === attributions[0]?.source.id)
    expect(at(text, source?.anonymity)).toBe('for fear of reprisals')
  })

  it('takes a fear given after the condition of anonymity as its reason', () => {
    const text =
      'A nurse at the clinic, who spoke on condition of anonymity for fear of reprisals, said four patients died.'
    const { sources, attributions } = analyse(text)
    const source = sources.find((s) => s.id === attributions[0]?.source.id)
    expect(at(text, source?.anonymity)).toBe('for fear of reprisals')
  })

  it('lists no source whose only claim is dropped as a second reading of another', () => {
    // The learned reader also reads `Bankers expect C`, which gives way to the `according to` reading.
    const text =
      'Bankers expect the damage to exceed 5 billion euros, according to a note from Milan-based lender Banca Verde.'
    const { sources, attributions } = analyse(text)
    const source = 'a note from Milan-based lender Banca Verde'
    expect(attributions.map((a) => at(text, a.source.mention))).toEqual([source])
    expect(sources.map((s) => at(text, s.mentions[0]))).toEqual([source])
  })

  it('reads no claim in the reason given for anonymity', () => {
    const text =
      'The deal is close, two officials told the paper, speaking on condition of anonymity because they were discussing private negotiations.'
    const cues = analyse(text).attributions.map((x) => at(text, x.cue))
    expect(cues).toEqual(['told'])
  })

  it('keeps a who-clause set off inside the reported subject', () => {
    const text = 'The police said the two men, who were arrested in Lyon, had planned the attack for months.'
    const a = only(text)
    expect(at(text, a.content)).toBe('the two men, who were arrested in Lyon, had planned the attack for months')
  })

  it('reads an adjective phrase after the head in a source after the cue: "according to a source close to X"', () => {
    const text = 'The men had planned the attack for months, according to a source close to the investigation.'
    const a = only(text)
    expect(at(text, a.source.mention)).toBe('a source close to the investigation')
    expect(at(text, a.content)).toBe('The men had planned the attack for months')
  })

  it('takes no teller from a passive "were told": the subject is the one told', () => {
    const text = '"We were told to leave at once," said one resident.'
    const cues = analyse(text).attributions.map((a) => at(text, a.cue))
    expect(cues).toEqual(['said'])
  })

  it('reads only the hand lexicon and frame rules with learnedCues: false', async () => {
    const rulesOnly = (await attribution({ learnedCues: false }).prepare()) as Step<'sources' | 'attributions'>
    const text = 'The senator wants the inquiry reopened. The mayor said the bridge would close.'
    const { attributions } = rulesOnly(tokenized(text), { warn() {}, info() {} })
    expect(attributions.map((a) => at(text, a.cue))).toEqual(['said'])
    expect(analyse(text).attributions.map((a) => at(text, a.cue))).toEqual(['wants', 'said'])
  })

  it('reads a passive with its agent: "C was reported by X"', () => {
    const text = 'The plan was first reported by The Washington Post.'
    const a = only(text)
    expect(at(text, a.source.mention)).toBe('The Washington Post')
    expect(at(text, a.content)).toBe('The plan')
  })

  it('keeps a which-clause closed by a comma inside the content', () => {
    const text = 'The mayor said the old bridge, which has stood since 1890, would close in May.'
    const a = analyse(text).attributions.find((x) => at(text, x.cue) === 'said')
    expect(at(text, a?.content)).toBe('the old bridge, which has stood since 1890, would close in May')
  })

  it('keeps one reading of a claim that a learned cue inside it repeats', () => {
    const text = 'The governor said she hoped the new bridge would bring more visitors to the valley.'
    const found = analyse(text).attributions.filter((x) => at(text, x.content)?.includes('more visitors'))
    expect(found).toHaveLength(1)
    expect(at(text, found[0]?.cue)).toBe('said')
  })
})

describe('sources as records', () => {
  it('joins "the group" and "the charity" to the body coreference ties them to', () => {
    const text =
      'A strike hit staff of the charity Bread First, the group said. The workers were in a marked car, the charity said.'
    // Coreference ties both phrases to the charity, as the coref stage does.
    const nominal = (phrase: string, from: number) => {
      const start = text.indexOf(phrase, from)
      return { start, end: start + phrase.length, kind: 'nominal' as const, entity: 'bf', plural: false }
    }
    const doc = tokenized(text, [{ phrase: 'Bread First', type: 'ORG', id: 'bf' }])
    const references = [nominal('the group', 0), nominal('the charity', text.indexOf('The workers'))]
    const { attributions, sources } = analyseDoc(doc.withLayers({ references }))
    expect(new Set(attributions.map((a) => a.source.id)).size).toBe(1)
    expect(sources[0]?.entity).toBe('bf')
  })

  it('takes "it" for the body the clause is about, not the name that owns it ("Chad\'s army blamed a group it said")', () => {
    const text = "Fighting spread, and Chad's army blamed a militia it said was armed from abroad."
    const start = text.indexOf(' it ') + 1
    // Coreference links the pronoun to the country, the only name before it.
    const references = [{ start, end: start + 2, kind: 'pronoun' as const, entity: 'td', plural: false }]
    const doc = tokenized(text, [{ phrase: 'Chad', type: 'GPE', id: 'td' }])
    const { attributions, sources } = analyseDoc(doc.withLayers({ references }))
    const said = attributions.find((a) => at(text, a.cue) === 'said')
    const source = sources.find((s) => s.id === said?.source.id)
    expect(at(text, source?.mentions[0])).toBe("Chad's army")
    expect(source?.entity).toBeUndefined()
  })

  it('joins "the army" to the army named fuller before ("Chad\'s army")', () => {
    const text = "Chad's army said in a statement that troops had been sent north. The army did not say how many."
    const { attributions } = analyse(text, [{ phrase: 'Chad', type: 'GPE', id: 'chad' }])
    expect(attributions.map((a) => at(text, a.source.mention))).toEqual(["Chad's army", 'The army'])
    expect(attributions[1]?.source.id).toBe(attributions[0]?.source.id)
  })

  it('keeps a named person apart from the body an apposition names: "X, the Kremlin spokesman"', () => {
    const text =
      'The Kremlin did not comment. Dmitry Volkov, the Kremlin spokesman, told reporters that talks were possible.'
    const { attributions } = analyse(text, [
      { phrase: 'Kremlin', type: 'ORG', id: 'kremlin' },
      { phrase: 'Dmitry Volkov', type: 'PERSON', id: 'volkov' },
    ])
    const [refusal, told] = attributions
    expect(told?.source.id).not.toBe(refusal?.source.id)
  })

  it('names a source by the person in apposition: "The chief executive, John Park, said"', () => {
    const text = 'The chief executive, John Park, said demand had slowed.'
    const a = only(text, [{ phrase: 'John Park', type: 'PERSON', id: 'e1' }])
    expect(a.source.named).toBe(true)
    expect(a.source.entity).toBe('e1')
  })

  it('names a source by a person in apposition behind a rank: "A navy spokesman, Captain Omar Diallo, said"', () => {
    const text = 'A navy spokesman, Captain Omar Diallo, said the ship had been towed to port.'
    const a = only(text, [{ phrase: 'Omar Diallo', type: 'PERSON', id: 'e1' }])
    expect(a.source.named).toBe(true)
    expect(a.source.entity).toBe('e1')
  })

  it('reads a source that ends in a partitive: "C, two officers and a relative of one of the drivers said"', () => {
    const text = 'The border was closed, two police officers and a relative of one of the drivers said on Monday.'
    const a = only(text)
    expect(at(text, a.source.mention)).toBe('two police officers and a relative of one of the drivers')
    expect(at(text, a.content)).toBe('The border was closed')
    expect(a.source.count).toBe(3)
  })

  it('names a source by the body in apposition, not a place before it: "The owner, Oslo-based Nordlys Shipping, said"', () => {
    const text = 'The owner, Oslo-based Nordlys Shipping, said the crew was safe.'
    const a = only(text, [
      { phrase: 'Oslo', type: 'GPE', id: 'e1' },
      { phrase: 'Nordlys Shipping', type: 'ORG', id: 'e2' },
    ])
    expect(a.source.named).toBe(true)
    expect(a.source.entity).toBe('e2')
  })

  it('takes the whole name for a source the phrase rules cut at a mark: "Marsh & Lyle said"', () => {
    const text =
      'The merger will close in May, Marsh & Lyle said. Prices rose 4 percent, according to the Centre for Trade & Finance.'
    const list = analyse(text, [
      { phrase: 'Marsh & Lyle', type: 'ORG', id: 'e1' },
      { phrase: 'Centre for Trade & Finance', type: 'ORG', id: 'e2' },
    ]).attributions
    expect(list.map((a) => at(text, a.source.mention))).toEqual(['Marsh & Lyle', 'the Centre for Trade & Finance'])
  })

  it('takes the name before an age, not the age, for "who": "Odhiambo, 58, who denied C"', () => {
    const text = 'Odhiambo, 58, who denied the charges, was released on bail.'
    const denied = analyse(text, [{ phrase: 'Odhiambo', type: 'PERSON', id: 'e1' }]).attributions.find(
      (a) => at(text, a.cue) === 'denied',
    )
    expect(denied?.source.entity ?? denied?.source.count).toBe('e1')
  })

  it('reads no claim in a withheld name: "The buyer, who was not named, has left"', () => {
    const text = 'The buyer, who was not named, has left the country. The trader has not been identified.'
    expect(analyse(text).attributions).toEqual([])
  })

  it('does not take a plural capitalised only for opening its sentence for a name: "Campaigners said"', () => {
    const text = 'Campaigners said 3,000 people joined the march. Later the Harbour Trust said it was fewer.'
    const list = analyse(text, [{ phrase: 'Harbour Trust', type: 'ORG', id: 'e1' }]).attributions
    expect(list.map((a) => [at(text, a.source.mention), a.source.named])).toEqual([
      ['Campaigners', null],
      ['the Harbour Trust', true],
    ])
  })

  it('does not take a plural common noun opening the sentence for a name: "Witnesses said"', () => {
    const text = 'Witnesses said they heard three explosions near the crossing.'
    const a = analyse(text).attributions.find((x) => at(text, x.cue) === 'said')
    expect(at(text, a?.source.mention)).toBe('Witnesses')
    expect(a?.source.named).not.toBe(true)
  })

  it.each([
    [
      'Three people familiar with the investigation said the transfers were tracked.',
      'Three people familiar with the investigation',
      3,
    ],
    ['A source close to the family said the boy was safe.', 'A source close to the family', 1],
  ])('keeps an adjective phrase after the noun in the source: %s', (text, phrase, count) => {
    const a = analyse(text).attributions.find((x) => at(text, x.cue) === 'said')
    expect(at(text, a?.source.mention)).toBe(phrase)
    expect(a?.source.named).toBe(false)
    expect(a?.source.count).toBe(count)
  })

  const story = [
    'A senior Kenyan police source and two Somali intelligence sources told Reuters that the camp had been moved.',
    'The sources spoke on condition of anonymity because they were not allowed to brief the media.',
    'The senior Kenyan police source said the raid began at dawn.',
    'One of the Somali sources said the convoy had six trucks.',
    'The camp had been empty for a week, the second Somali intelligence source said.',
    'The sources declined to give further details.',
  ].join('\n')
  let result: Pick<Layers, 'sources' | 'attributions'>
  const sourceOf = (a: Attribution | undefined): Source | undefined => result.sources.find((s) => s.id === a?.source.id)
  const byCue = (n: number) => result.attributions[n]

  beforeAll(() => {
    result = analyse(story, [{ phrase: 'Reuters', type: 'ORG', id: 'e1' }])
  })

  it('counts a compound source and keeps its parts as members', () => {
    const a = byCue(0)
    expect(a?.source.count).toBe(3)
    expect(a?.source.named).toBe(false)
    const group = sourceOf(a) as Source
    expect(group.members).toHaveLength(2)
    expect(group.role).toEqual(expect.arrayContaining(['police', 'intelligence']))
  })

  it('reads rank and affiliation from the words of the phrase', () => {
    const senior = sourceOf(byCue(1)) as Source
    expect(senior.rank).toEqual(['senior'])
    expect(senior.affiliation).toEqual(['Kenyan'])
    expect(senior.count).toBe(1)
  })

  it('resolves "The senior Kenyan police source" to the member of the first group', () => {
    const group = sourceOf(byCue(0)) as Source
    expect(group.members).toContain(byCue(1)?.source.id)
  })

  it('links "One of the Somali sources" and "the second ... source" to the Somali group', () => {
    const one = sourceOf(byCue(2)) as Source
    const second = sourceOf(byCue(3)) as Source
    expect(one.group).toBeDefined()
    expect(one.group).toBe(second.group)
    expect(one.id).not.toBe(second.id)
    expect(byCue(2)?.source.count).toBe(1)
  })

  it('makes "One of them" an anonymous member of the people last counted, not a new group "them"', () => {
    const text =
      'Three people familiar with the talks said the vote had been delayed. One of them said the mayor expects to resign.'
    const { sources, attributions } = analyse(text)
    const one = attributions.find((a) => at(text, a.source.mention) === 'One of them')
    const member = sources.find((s) => s.id === one?.source.id)
    const group = sources.find((s) => s.id === member?.group)
    expect(at(text, group?.mentions[0])).toBe('Three people familiar with the talks')
    expect(group?.members).toEqual([member?.id])
    expect(one?.source).toMatchObject({ named: false, count: 1 })
    expect(sources.some((s) => s.mentions.some((m) => at(text, m) === 'them'))).toBe(false)
  })

  it('reads "One of them" before a possessive claim, and "One of them, a manager," as a member of the group', () => {
    const text =
      'Two shipping executives told Reuters that lines were rerouting ships. One of them said his company had lost ' +
      'money since Friday. One of them, a Dutch manager, said prices would rise.'
    const { sources, attributions } = analyse(text)
    const members = ['One of them', 'One of them, a Dutch manager'].map((phrase) => {
      const a = attributions.find((x) => at(text, x.source.mention) === phrase)
      return sources.find((s) => s.id === a?.source.id)
    })
    const group = sources.find((s) => s.id === members[0]?.group)
    expect(at(text, group?.mentions[0])).toBe('Two shipping executives')
    expect(members[1]?.group).toBe(group?.id)
    expect(group?.members).toHaveLength(2)
  })

  it('takes a single office with its place as on the record, and an office of many as anonymous', () => {
    const text =
      "Malawi's energy minister told Reuters there was no water to spare. The mayor of Lusaka said taps would run dry. " +
      'A minister said the rains were late. A former president of the union said donors would help.'
    const { attributions } = analyse(text)
    const named = (phrase: string) => attributions.find((a) => at(text, a.source.mention) === phrase)?.source.named
    expect(named("Malawi's energy minister")).toBe(true)
    expect(named('The mayor of Lusaka')).toBe(true)
    expect(named('A minister')).toBe(false)
    expect(named('A former president of the union')).not.toBe(true)
  })

  it('makes "Another" one more anonymous member of the people last counted', () => {
    const text =
      'Two officials said the vote had been delayed. One of the officials said the mayor would resign. ' +
      'Another said the council would meet on Friday.'
    const { sources, attributions } = analyse(text)
    const another = attributions.find((a) => at(text, a.source.mention) === 'Another')
    const member = sources.find((s) => s.id === another?.source.id)
    const group = sources.find((s) => s.id === member?.group)
    expect(at(text, group?.mentions[0])).toBe('Two officials')
    expect(group?.members).toHaveLength(2)
    expect(another?.source).toMatchObject({ named: false, count: 1 })
  })

  it('reads who a named source is from the apposition after it: "said Ana Ruiz, an analyst at Capital Economics."', () => {
    const text = '"Rates will stay high," said Ana Ruiz, an analyst at Capital Economics.'
    const { attributions, sources } = analyse(text)
    const source = sources.find((s) => s.id === attributions[0]?.source.id)
    expect(at(text, attributions[0]?.source.mention)).toBe('Ana Ruiz')
    expect(source?.role).toEqual(['expert'])
    // A clause after the name is no apposition.
    const clause = '"Rates will stay high," said Ana Ruiz, adding that prices would fall.'
    const read = analyse(clause)
    expect(read.sources.find((s) => s.id === read.attributions[0]?.source.id)?.role).toEqual([])
  })

  it('makes "several senators, including Sen. Ana Ruiz" a group with her as a member, who may speak alone later', () => {
    const text =
      'Several senators, including Sen. Ana Ruiz of Ohio, said they would vote against the deal. Ruiz wrote that the text was worse.'
    const { attributions, sources } = analyse(text)
    const group = sources.find((s) => s.id === attributions[0]?.source.id)
    const member = sources.find((s) => s.id === attributions[1]?.source.id)
    expect(attributions[0]?.source).toMatchObject({ named: null, count: null })
    expect(member?.group).toBe(group?.id)
    expect(member?.named).toBe(true)
    expect(member?.role).toEqual(['politician'])
  })

  it('leaves out a relative pronoun the source stopped at: "President Ana Ruiz, who signed the law, ..."', () => {
    const text =
      "President Ana Ruiz, who signed the tax into law two weeks ago, has defended it as necessary to reduce the country's debt."
    const a = only(text)
    expect(at(text, a.source.mention)).toBe('President Ana Ruiz')
  })

  it('makes "another" a member of the group last heard from, past a plural subject of unknown size', () => {
    const text =
      'Three bankers said the talks went on. The rules, which would need the backing of all 12 member banks, could be ' +
      'agreed as early as next week, one of the bankers said. The regulator has yet to signal its view, another added.'
    const { sources, attributions } = analyse(text)
    const another = attributions.find((a) => at(text, a.source.mention) === 'another')
    const member = sources.find((s) => s.id === another?.source.id)
    const group = sources.find((s) => s.id === member?.group)
    expect(at(text, group?.mentions[0])).toBe('Three bankers')
    expect(member?.role).toEqual(group?.role)
  })

  it('resolves "The sources" to the whole group and records the reason for anonymity', () => {
    const refusal = byCue(4) as Attribution
    expect(refusal.stance).toBe('decline')
    expect(refusal.source.id).toBe(byCue(0)?.source.id)
    const group = sourceOf(refusal) as Source
    expect(at(story, group.anonymity)).toBe('because they were not allowed to brief the media')
  })

  it('counts a source whose words name a member of every JavaScript object (`constructor`) as a word', () => {
    const text = 'The constructor said the bridge was safe. Two constructor firms said it was not.'
    const counts = analyse(text).attributions.map((a) => a.source.count)
    expect(counts).toEqual([1, 2])
  })

  it('counts "three security sources" as 3 and "officials" as unknown', () => {
    const three = only('The border was closed overnight, three security sources said.')
    expect(three.source.count).toBe(3)
    const officials = only('Officials said the border was closed overnight.')
    expect(officials.source.count).toBeNull()
    expect(officials.source.named).toBeNull()
  })

  it('gives a pronoun that coreference resolved the source of its entity', () => {
    const text = 'Mara Holt said the dam was safe. She added that inspections were complete.'
    const mentions: Mention[] = [{ ...spanOf(text, 'Mara Holt'), type: 'PERSON', entity: 'p1' }]
    const entities: Entity[] = [{ id: 'p1', type: 'PERSON', name: 'Mara Holt', aliases: [], mentions }]
    const references = [{ ...spanOf(text, 'She'), kind: 'pronoun' as const, entity: 'p1', plural: false }]
    const bare = makeDoc(text, { mentions, entities, references })
    const { attributions } = analyseDoc(bare)
    expect(attributions).toHaveLength(2)
    expect(attributions[1]?.source.entity).toBe('p1')
    expect(attributions[1]?.source.id).toBe(attributions[0]?.source.id)
  })

  it('makes a bare plural repeated from the headline the same source, but not one with other words', () => {
    const text =
      'Ferry service halted, harbour officials say\n\nHarbour officials said on Monday that the ferries would stay in port. ' +
      'Police officials said the pier was unsafe.'
    const { attributions } = analyse(text)
    expect(attributions).toHaveLength(3)
    expect(attributions[1]?.source.id).toBe(attributions[0]?.source.id)
    expect(attributions[2]?.source.id).not.toBe(attributions[0]?.source.id)
  })

  it('keeps a body named after a person (a campaign of X) apart from the person', () => {
    const text = "Brenna Holt's campaign said the rally would go ahead. Holt said she was tired."
    const { attributions } = analyse(text, [{ phrase: 'Brenna Holt', type: 'PERSON', id: 'holt' }])
    expect(attributions).toHaveLength(2)
    expect(attributions[0]?.source.entity).toBeUndefined()
    expect(attributions[0]?.source.id).not.toBe(attributions[1]?.source.id)
    const party = 'The Green Dawn party said the rally would go ahead.'
    expect(only(party, [{ phrase: 'Green Dawn', type: 'ORG', id: 'dawn' }]).source.entity).toBe('dawn')
  })

  it('takes "they" for the subject after the dateline, not the dateline place', () => {
    const text =
      'BUNIA, Congo (Reuters) - Rebels said on Monday they had seized a depot, and posted a video they said showed it.'
    const mentions: Mention[] = [{ ...spanOf(text, 'BUNIA'), type: 'GPE', entity: 'bunia' }]
    const entities: Entity[] = [{ id: 'bunia', type: 'GPE', name: 'BUNIA', aliases: [], mentions }]
    const doc = makeDoc(
      text,
      { mentions, entities, references: [] },
      { dateline: spanOf(text, 'BUNIA, Congo (Reuters) -') },
    )
    const { attributions } = analyseDoc(doc)
    const video = attributions.find((a) => at(text, a.content) === 'showed it')
    expect(video?.source.id).toBe(attributions[0]?.source.id)
    expect(at(text, attributions[0]?.source.mention)).toBe('Rebels')
  })

  it('starts no source inside the dateline', () => {
    const text =
      'KHARTOUM, March 3 (Reuters) - Forty people were killed when militia attacked the elders, an aid group said.'
    const doc = makeDoc(
      text,
      { mentions: [], entities: [], references: [] },
      { dateline: spanOf(text, 'KHARTOUM, March 3 (Reuters) -') },
    )
    const starts = analyseDoc(doc).attributions.map((a) => a.source.mention?.start ?? text.length)
    expect(Math.min(...starts)).toBeGreaterThan(text.indexOf('-'))
  })

  it('reads no criticism in an attack with arms on a place: "militia attacked the camp"', () => {
    const text =
      'KHARTOUM, March 3 (Reuters) - Forty people were killed when militia attacked the camp, an aid group said.'
    const dateline = spanOf(text, 'KHARTOUM, March 3 (Reuters) -')
    const doc = makeDoc(text, { mentions: [], entities: [], references: [] }, { dateline })
    const read = analyseDoc(doc).attributions.map((a) => [
      at(text, a.source.mention),
      at(text, a.cue),
      at(text, a.content),
    ])
    expect(read).toEqual([['an aid group', 'said', 'Forty people were killed when militia attacked the camp']])
  })

  it('makes a surname the same source as the full name', () => {
    const text = 'Anna Berg, an economist at the central bank, said rates would rise. Berg added that wages lag behind.'
    const { attributions } = analyse(text)
    expect(attributions).toHaveLength(2)
    expect(attributions[0]?.source.id).toBe(attributions[1]?.source.id)
    expect(attributions[0]?.source.named).toBe(true)
  })
})

describe('headline findings', () => {
  it('reads "C, study finds" and "C, report shows" with the bare noun as source', () => {
    expect(readings('Coastal towns lost a third of their beaches, study finds')).toEqual([
      ['study', 'finds', 'Coastal towns lost a third of their beaches'],
    ])
    expect(readings('Bus fares rose fastest in small cities, report shows')).toEqual([
      ['report', 'shows', 'Bus fares rose fastest in small cities'],
    ])
  })
})

describe('attributions with no verb', () => {
  it('reads a speaker label opening a headline or a transcript line', () => {
    const text = 'Harbour Chief: Ferries Will Sail Again\n\nMORALES: We reopened the pier this morning.'
    const { attributions } = analyse(text)
    expect(attributions.map((a) => at(text, a.source.mention))).toEqual(['Harbour Chief', 'MORALES'])
    expect(at(text, attributions[1]?.content)).toBe('We reopened the pier this morning.')
  })

  it('reads a name signing a quote after a dash', () => {
    const text = '“The river took everything we had.” ― Ilse Varga'
    const a = only(text)
    expect(at(text, a.source.mention)).toBe('Ilse Varga')
    expect(at(text, a.content)).toBe('The river took everything we had.')
  })

  it('reads a reporting verb in a title-case headline, which the tagger takes for part of a name', () => {
    const text = 'Harbour Chief Slams Council Over Ferry Cuts.\n\nThe council met on Monday.'
    const a = only(text)
    expect([at(text, a.cue), at(text, a.source.mention), at(text, a.content)]).toEqual([
      'Slams',
      'Harbour Chief',
      'Council Over Ferry Cuts',
    ])
    expect(analyse('Storm Floods Coast Roads.\n\nThe council met on Monday.').attributions).toHaveLength(0)
  })

  it('reads a signed quote whose signer has accents, and one with a quote inside it', () => {
    const text =
      '“The ferry is late again.” ― Zoë Núñez\n“I would rather walk than take what they call “service” today.” ― Tom Roe'
    const { attributions } = analyse(text)
    expect(attributions.map((a) => [at(text, a.source.mention), at(text, a.content)])).toEqual([
      ['Zoë Núñez', 'The ferry is late again.'],
      ['Tom Roe', 'I would rather walk than take what they call “service” today.'],
    ])
  })

  it('reads a line that only signs the quote paragraph before it', () => {
    const text = '"The dam will hold through the spring."\n\n- Ada Kerr.\n\nEngineers disagree.'
    const a = only(text)
    expect(at(text, a.source.mention)).toBe('Ada Kerr')
    expect(at(text, a.content)).toBe('The dam will hold through the spring.')
  })

  it('reads the turns of an interview transcript in mixed case, and Q and A', () => {
    const text =
      'Two guests spoke on the radio.\n\nJo Weller: Well, the tolls are far too high.\n\nSam Ortiz: I think the bridge pays for itself.\n\nQ: Will the tolls rise?\n\nA: They will not rise this year.'
    const { attributions } = analyse(text)
    expect(attributions.map((a) => [at(text, a.source.mention), at(text, a.content)])).toEqual([
      ['Jo Weller', 'Well, the tolls are far too high.'],
      ['Sam Ortiz', 'I think the bridge pays for itself.'],
      ['Q', 'Will the tolls rise?'],
      ['A', 'They will not rise this year.'],
    ])
  })

  it('reads a speaker label that opens a quotation, and one after a dash among excerpts', () => {
    const text =
      'The council heard two views.\n\nMara Holt: "The budget leaves nothing for the parks."\n\nForecasts for the spring - Ben Adair: “Rates will rise by summer.”'
    const { attributions } = analyse(text)
    expect(attributions.map((a) => at(text, a.source.mention))).toEqual(['Mara Holt', 'Ben Adair'])
  })

  it('takes no speaker from run-in headings, lists or tallies', () => {
    const text =
      'What each town needs.\n\nHarwich: Win the vote.\n\nThe Gap Goes On: The road was closed for a year.\n\nAvon: 1,204.\n\nBrill: 977.\n\nQ: This line has no answer.'
    expect(analyse(text).attributions).toHaveLength(0)
  })

  it('takes no speaker from a credit line', () => {
    const text = 'Floods close the valley road\n\nSource: Valley Courier'
    expect(analyse(text).attributions).toHaveLength(0)
  })

  it("reads no claim in the outlet's note on the article", () => {
    const text =
      'The mayor said the port would close.\n\nCorrection: An earlier version of this story wrongly said the port opened in 1850.\n\n(Reporting by Ann Lee; Additional reporting by Bo Ruiz; Editing by Tom Hay)'
    expect(analyse(text).attributions.map((a) => at(text, a.source.mention))).toEqual(['The mayor'])
  })

  it('takes no speaker from a newsroom flag on a headline or a note', () => {
    const text = 'The Latest: Floods close the valley road\n\nCLARIFICATION: The second paragraph has been changed.'
    expect(analyse(text).attributions).toHaveLength(0)
  })
})

describe('a noun cue the span tagger reads without a holder', () => {
  const read = (text: string) =>
    analyse(text).attributions.map((a) => [at(text, a.source.mention), at(text, a.cue), at(text, a.content)])
  it('keeps its claim with no source when no one holds it in view', () => {
    expect(read('There was wide agreement among the members that the fund should be closed.')).toEqual([
      [null, 'agreement', 'the fund should be closed'],
    ])
  })

  it('takes a relative pronoun before it as the subject of a verb tagged as a noun', () => {
    const text = 'The plan drew praise from farmers and several counties that favor the canal.'
    expect(read(text)).toContainEqual(['that', 'favor', 'the canal'])
  })
})

describe('a speech verb the cue model doubts, before a plain noun phrase', () => {
  it('is doing rather than saying: "maintains a shelter", "add fuel"', () => {
    expect(readings('The county maintains a shelter for homeless veterans near the river.')).toEqual([])
    expect(readings('The new tolls could add fuel to the anger in the valley.')).toEqual([])
  })

  it('still reports what a sure speech verb has as its object', () => {
    expect(readings('The firm reported a loss of $3 million.')).toEqual([
      ['The firm', 'reported', 'a loss of $3 million'],
    ])
  })
})

describe('"that" before a noun with no verb after it', () => {
  it('points at the noun, and stays in the claim: "denied that charge", "rejected that request"', () => {
    expect(readings('The mayor denied that charge at a meeting with residents.')).toEqual([
      ['The mayor', 'denied', 'that charge at a meeting with residents'],
    ])
    expect(readings('The council rejected that request in a vote on Tuesday.')).toContainEqual([
      'The council',
      'rejected',
      'that request in a vote on Tuesday',
    ])
  })

  it('still opens a clause when a verb follows: "found that poor families in the county pay C"', () => {
    expect(readings('The board found that poor families in the county pay the highest rates.')).toContainEqual([
      'The board',
      'found',
      'poor families in the county pay the highest rates',
    ])
  })

  it('opens a clause before a noun and its past verb, also after the outlet told: "told Reuters that police fired C"', () => {
    expect(readings('Residents told Reuters that police fired tear gas at the crowd.')).toContainEqual([
      'Residents',
      'told',
      'police fired tear gas at the crowd',
    ])
    expect(readings('The union said that management ignored the safety report.')).toContainEqual([
      'The union',
      'said',
      'management ignored the safety report',
    ])
  })
})
