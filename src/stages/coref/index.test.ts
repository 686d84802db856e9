import { beforeAll, describe, expect, it } from 'vitest'
import type { Descriptor, EntityType, Mention, PartOfSpeech, Reference, Sentence, Token } from '../../doc/layers.js'
import { makeDoc, spanOf } from '../../doc/testing.js'
import type { Step } from '../../pipeline.js'
import { coref } from './index.js'

/*
 * A small hand tagger, so the rules are tested on known tags: closed-class words by list,
 * verbs by list with their lemma, capitalised words as proper nouns, the rest as nouns
 * (plural when they end in `s` and are listed as such).
 */
const CLOSED: Record<string, PartOfSpeech> = {
  '’s': 'PART',
  "'s": 'PART',
  a: 'DET',
  an: 'DET',
  the: 'DET',
  this: 'DET',
  he: 'PRON',
  she: 'PRON',
  his: 'PRON',
  her: 'PRON',
  it: 'PRON',
  its: 'PRON',
  they: 'PRON',
  their: 'PRON',
  them: 'PRON',
  who: 'PRON',
  is: 'AUX',
  was: 'AUX',
  were: 'AUX',
  would: 'AUX',
  has: 'AUX',
  had: 'AUX',
  been: 'AUX',
  in: 'ADP',
  on: 'ADP',
  at: 'ADP',
  to: 'ADP',
  of: 'ADP',
  for: 'ADP',
  after: 'ADP',
  with: 'ADP',
  and: 'CCONJ',
  but: 'CCONJ',
  whether: 'SCONJ',
  senior: 'ADJ',
  political: 'ADJ',
  former: 'ADJ',
  close: 'ADJ',
  militant: 'ADJ',
  unclear: 'ADJ',
  quiet: 'ADJ',
  well: 'ADV',
  last: 'ADJ',
}
const VERBS: Record<string, string> = {
  said: 'say',
  rose: 'rise',
  plans: 'plan',
  hire: 'hire',
  met: 'meet',
  thanked: 'thank',
  went: 'go',
  spoke: 'speak',
  led: 'lead',
  leave: 'leave',
  feared: 'fear',
  vote: 'vote',
  seized: 'seize',
  praised: 'praise',
  entered: 'enter',
  left: 'leave',
  arrived: 'arrive',
  freed: 'free',
  visited: 'visit',
  arrest: 'arrest',
  detained: 'detain',
  claimed: 'claim',
  denied: 'deny',
  sold: 'sell',
  filed: 'file',
  failed: 'fail',
  accused: 'accuse',
}
const PLURALS: Record<string, string> = {
  profits: 'profit',
  jails: 'jail',
  sources: 'source',
  reprisals: 'reprisal',
  talks: 'talk',
  officials: 'official',
  officers: 'officer',
  fighters: 'fighter',
  gunmen: 'gunman',
}

const ABBREVIATIONS = new Set(['Mr.', 'Ms.', 'Mrs.', 'Dr.', 'Gen.', 'Gov.', 'Sen.', 'Rep.'])

function tag(text: string): { tokens: Token[]; sentences: Sentence[] } {
  const tokens: Token[] = []
  const sentences: Sentence[] = []
  let sentence = 0
  let sentenceStart = 0
  for (const m of text.matchAll(/['’]s\b|\w+(?:[.'’-](?!s\b)\w+)*\.?|[^\s\w]/gu)) {
    let word = m[0]
    const start = m.index ?? 0
    // A final full stop is punctuation unless the word is an abbreviation such as `U.S.`.
    if (word.length > 1 && word.endsWith('.') && !/\.\w/.test(word) && !ABBREVIATIONS.has(word))
      word = word.slice(0, -1)
    const lower = word.toLowerCase()
    const pos: PartOfSpeech =
      CLOSED[lower] ??
      (VERBS[lower]
        ? 'VERB'
        : /^\p{P}$/u.test(word)
          ? 'PUNCT'
          : /^\d/.test(word)
            ? 'NUM'
            : /^\p{Lu}/u.test(word) && !CLOSED[lower]
              ? 'PROPN'
              : 'NOUN')
    const lemma = VERBS[lower] ?? PLURALS[lower] ?? lower
    tokens.push({ start, end: start + word.length, pos, lemma, sentence })
    if (word === '.' || word !== m[0]) {
      if (word !== m[0])
        tokens.push({ start: start + word.length, end: start + word.length + 1, pos: 'PUNCT', lemma: '.', sentence })
      sentences.push({ start: sentenceStart, end: start + m[0].length, paragraph: 0 })
      sentence++
      sentenceStart = start + m[0].length + 1
    }
  }
  if (sentenceStart < text.length) sentences.push({ start: sentenceStart, end: text.length, paragraph: 0 })
  return { tokens, sentences }
}

/** A Doc with tags and the given name mentions: [phrase, type, entity, occurrence?]. */
function docWith(text: string, names: [string, EntityType, string, number?][]) {
  const mentions: Mention[] = names
    .map(([phrase, type, entity, n]) => ({ ...spanOf(text, phrase, n ?? 1), type, entity }))
    .sort((a, b) => a.start - b.start)
  return makeDoc(text, { ...tag(text), mentions, entities: [] })
}

let step: Step<'references' | 'descriptors'>
beforeAll(async () => {
  step = await coref().prepare()
})
const silent = { warn() {}, info() {} }

function references(text: string, names: [string, EntityType, string, number?][]): [string, string | null][] {
  return step(docWith(text, names), silent).references.map((r: Reference) => [text.slice(r.start, r.end), r.entity])
}
function descriptors(text: string, names: [string, EntityType, string, number?][]): [string, string, string][] {
  return step(docWith(text, names), silent).descriptors.map((d: Descriptor) => [
    text.slice(d.start, d.end),
    d.entity,
    d.kind,
  ])
}

describe('references', () => {
  it('links "its" and a sentence-first "It" to the company', () => {
    const text = 'Acme Corp said its profits rose. It plans to hire staff.'
    expect(references(text, [['Acme Corp', 'ORG', 'acme']])).toEqual([
      ['its', 'acme'],
      ['It', 'acme'],
    ])
  })

  it('leaves "they" after "Police said" with the police, not an earlier body', () => {
    const text = 'The Civic Party said its leader had won. Police said they had arrested 41 monitors.'
    expect(references(text, [['The Civic Party', 'ORG', 'civic']])).toEqual([
      ['its', 'civic'],
      ['they', null],
    ])
  })

  it('links a sentence-first "He" to the previous subject, not the latest name', () => {
    const text = 'John Smith met Ana Ruiz in Paris. He said the talks went well.'
    const refs = references(text, [
      ['John Smith', 'PERSON', 'smith'],
      ['Ana Ruiz', 'PERSON', 'ruiz'],
      ['Paris', 'GPE', 'paris'],
    ])
    expect(refs).toEqual([['He', 'smith']])
  })

  it('links the "he" after a quotation that opens its sentence to the previous subject', () => {
    const text = 'Tom Baker accused the cabinet of Premier Lee Chan of lying. "This cabinet has failed," he said.'
    const names: [string, EntityType, string][] = [
      ['Tom Baker', 'PERSON', 'baker'],
      ['Lee Chan', 'PERSON', 'chan'],
    ]
    expect(references(text, names)).toEqual([['he', 'baker']])
    // Inside a sentence that does not open with the quotation, the latest person still wins.
    const inside = 'Tom Baker accused the cabinet of Premier Lee Chan, and "we failed," he said.'
    expect(references(inside, names)).toEqual([['he', 'chan']])
  })

  it('keeps "she" and "he" apart once a person has a gender', () => {
    const text = 'Ms. Ruiz met Mr. Smith in Paris. He thanked her.'
    const refs = references(text, [
      ['Ruiz', 'PERSON', 'ruiz'],
      ['Smith', 'PERSON', 'smith'],
      ['Paris', 'GPE', 'paris'],
    ])
    expect(refs).toEqual([
      ['He', 'smith'],
      ['her', 'ruiz'],
    ])
  })

  it('links a "he" inside a sentence to the latest person', () => {
    const text = 'Ana Ruiz arrived after officials met John Smith, and he spoke.'
    const refs = references(text, [
      ['Ana Ruiz', 'PERSON', 'ruiz'],
      ['John Smith', 'PERSON', 'smith'],
    ])
    expect(refs).toEqual([['he', 'smith']])
  })

  it('does not take a name that only modifies a noun: "the U.S.-led coalition said it"', () => {
    const text = 'The U.S.-led coalition said it would leave.'
    expect(references(text, [['U.S.', 'GPE', 'us']])).toEqual([['it', null]])
  })

  it('leaves "they" unresolved when it means unnamed sources', () => {
    const text = 'The sources said they feared reprisals.'
    const out = step(docWith(text, []), silent).references
    expect(out.map((r) => [text.slice(r.start, r.end), r.entity, r.plural])).toEqual([['they', null, true]])
  })

  it('links "they" to a plural people name', () => {
    const text = 'The Kurds said they would vote.'
    expect(references(text, [['Kurds', 'NORP', 'kurds']])).toEqual([['they', 'kurds']])
  })

  it('takes no antecedent from the place in a dateline', () => {
    const text = 'KANO, Nigeria (AP) - It was quiet when the market reopened.'
    const names: [string, EntityType, string][] = [['KANO', 'GPE', 'kano']]
    const doc = makeDoc(text, docWith(text, names).layers, { dateline: spanOf(text, 'KANO, Nigeria (AP) -') })
    const refs = step(doc, silent).references.map((r: Reference) => [text.slice(r.start, r.end), r.entity])
    expect(refs).toEqual([['It', null]])
  })

  it('takes no antecedent from the credit in a dateline', () => {
    const text = 'KANO, May 2 (AP) - The trader they seized was freed.'
    expect(references(text, [['AP', 'ORG', 'ap']])).toEqual([['they', null]])
  })

  it('lets "they" mean gunmen, a plural that takes no s, before an earlier name', () => {
    const text = 'The Kurds said gunmen had left before they arrived.'
    expect(references(text, [['Kurds', 'NORP', 'kurds']])).toEqual([['they', null]])
  })

  it('links "the group" and "the militant group" to the latest organisation', () => {
    const text = 'Hamas claimed the attack. The group said the militant group would vote.'
    expect(references(text, [['Hamas', 'ORG', 'hamas']])).toEqual([
      ['The group', 'hamas'],
      ['the militant group', 'hamas'],
    ])
  })

  it('does not link a nominal to the name joined to it by "and"', () => {
    const text = 'Ana Ruiz met John Smith and the aide.'
    expect(
      references(text, [
        ['Ana Ruiz', 'PERSON', 'ruiz'],
        ['John Smith', 'PERSON', 'smith'],
      ]),
    ).toEqual([['the aide', 'ruiz']])
  })

  it('links "the president" to the person named with that title, past a later name', () => {
    const text = 'President Ana Ruiz met John Smith. Smith said the president spoke.'
    const refs = references(text, [
      ['Ana Ruiz', 'PERSON', 'ruiz'],
      ['John Smith', 'PERSON', 'smith'],
      ['Smith', 'PERSON', 'smith', 2],
    ])
    expect(refs).toEqual([['the president', 'ruiz']])
  })

  it('links "the country" to a country and "the city" to a city', () => {
    const text = 'Troops left Mosul for Iraq. The country was quiet but the city was not.'
    expect(
      references(text, [
        ['Mosul', 'GPE', 'mosul'],
        ['Iraq', 'GPE', 'iraq'],
      ]),
    ).toEqual([
      ['The country', 'iraq'],
      ['the city', 'mosul'],
    ])
  })

  it('links "the company" to the company the story is about, not to one named last in passing', () => {
    const text = 'Kestrel rose. Kestrel beat forecasts. Analysts at Brandt agreed. The company said so.'
    expect(
      references(text, [
        ['Kestrel', 'ORG', 'kestrel'],
        ['Kestrel', 'ORG', 'kestrel', 2],
        ['Brandt', 'ORG', 'brandt'],
      ]),
    ).toEqual([['The company', 'kestrel']])
  })

  it('links "the ministry" only to a body named a ministry: "the finance ministry" is no rights commission', () => {
    const text =
      'The Rights Commission of Lorena spoke. The finance ministry said later that the Ministry of Trade agreed. The ministry was quiet.'
    expect(
      references(text, [
        ['Rights Commission of Lorena', 'ORG', 'commission'],
        ['Ministry of Trade', 'ORG', 'trade'],
      ]),
    ).toEqual([
      ['The finance ministry', null],
      ['The ministry', 'trade'],
    ])
  })

  it('links "the militia" only to a body named or described as one, and "the group" to no government', () => {
    const text =
      'The Dorvan Provincial Government spoke about a militia. The militia was quiet. The group said Tarsk, a local militia, fled. The militia left.'
    expect(
      references(text, [
        ['Dorvan Provincial Government', 'ORG', 'dorvan'],
        ['Tarsk', 'ORG', 'tarsk'],
      ]),
    ).toEqual([
      ['The militia', null],
      ['The group', null],
      ['The militia', 'tarsk'],
    ])
  })

  it('links "the party" to a party, not to the news agency named last, which only "the agency" means', () => {
    const text = 'Vela Union won seats, Reuters reported. The party was quiet. The agency said so.'
    const names: [string, EntityType, string][] = [
      ['Vela Union', 'ORG', 'vela'],
      ['Reuters', 'ORG', 'reuters'],
    ]
    const entities = names.map(([name, type, id]) => ({
      id,
      type,
      name,
      aliases: [],
      mentions: [spanOf(text, name)],
      key: `org:${id}`,
    }))
    const doc = makeDoc(text, { ...docWith(text, names).layers, entities })
    const refs = step(doc, silent).references.map((r: Reference) => [text.slice(r.start, r.end), r.entity])
    expect(refs).toEqual([
      ['The party', 'vela'],
      ['The agency', 'reuters'],
    ])
  })

  it('takes no capitalised phrase for a nominal: it is a name the recogniser missed', () => {
    const text = 'Hamas spoke. The Popular Resistance group said it would vote.'
    expect(references(text, [['Hamas', 'ORG', 'hamas']]).map(([t]) => t)).toEqual(['it'])
  })

  it('links "the capital" to the latest place', () => {
    const text = 'Troops entered Kabul on Monday. The capital was quiet.'
    expect(references(text, [['Kabul', 'GPE', 'kabul']])).toEqual([['The capital', 'kabul']])
  })

  it('lets a definite thing stand between "it" and an earlier name', () => {
    const text = 'Acme filed an appeal after the ruling, and it failed.'
    expect(references(text, [['Acme', 'ORG', 'acme']])).toEqual([['it', null]])
  })

  it('leaves an "it" that stands for nothing unresolved', () => {
    const text = 'Oxfam visited Gaza. It is unclear whether aid arrived.'
    expect(
      references(text, [
        ['Oxfam', 'ORG', 'oxfam'],
        ['Gaza', 'GPE', 'gaza'],
      ]),
    ).toEqual([['It', null]])
  })

  it('reads "its leader" as an organisation\'s, past a nearer country', () => {
    const text = 'Al-Shabaab seized a town in Somalia and its leader praised the attack.'
    expect(
      references(text, [
        ['Al-Shabaab', 'ORG', 'shabaab'],
        ['Somalia', 'GPE', 'somalia'],
      ]),
    ).toEqual([['its', 'shabaab']])
  })
})

describe('descriptors', () => {
  it('attaches an appositive to the name before it', () => {
    const text = 'The plan is risky, said Lena Park, a researcher at the Oxford institute.'
    expect(descriptors(text, [['Lena Park', 'PERSON', 'park']])).toEqual([
      ['a researcher at the Oxford institute', 'park', 'appositive'],
    ])
  })

  it('takes no appositive from a list of names or a reporting clause', () => {
    const list = 'Iraq, the United States and Iran met.'
    expect(
      descriptors(list, [
        ['Iraq', 'GPE', 'iraq'],
        ['United States', 'GPE', 'us'],
        ['Iran', 'GPE', 'iran'],
      ]),
    ).toEqual([])
    const clause = 'Ahmed Ali, the group said, was freed.'
    expect(descriptors(clause, [['Ahmed Ali', 'PERSON', 'ali']])).toEqual([])
  })

  it('takes an appositive after a place only when it describes a place', () => {
    const town = 'Fighting reached Idlib, a province in the north.'
    expect(descriptors(town, [['Idlib', 'GPE', 'idlib']])).toEqual([['a province in the north', 'idlib', 'appositive']])
    const scene = 'In Tulsa, an officer shot a man.'
    expect(descriptors(scene, [['Tulsa', 'GPE', 'tulsa']])).toEqual([])
  })

  it('takes the title before a name back to an article, preposition or verb', () => {
    const text =
      'Talks with Hamas political chief Ismail Haniyeh and its former commander Abu Zaid met Prime Minister Jan Novak.'
    expect(
      descriptors(text, [
        ['Hamas', 'ORG', 'hamas'],
        ['Ismail Haniyeh', 'PERSON', 'haniyeh'],
        ['Abu Zaid', 'PERSON', 'zaid'],
        ['Jan Novak', 'PERSON', 'novak'],
      ]),
    ).toEqual([
      ['Hamas political chief', 'haniyeh', 'title'],
      ['its former commander', 'zaid', 'title'],
      ['Prime Minister', 'novak', 'title'],
    ])
  })

  it('reads a title set off before a name: "Valcu\'s lawyer, Ines Lund,"', () => {
    const text = 'Valcu’s lawyer, Ines Lund, said the group’s spokesman, Ali Omar, met John Smith.'
    expect(
      descriptors(text, [
        ['Valcu', 'PERSON', 'valcu'],
        ['Ines Lund', 'PERSON', 'lund'],
        ['Ali Omar', 'PERSON', 'omar'],
        ['John Smith', 'PERSON', 'smith'],
      ]),
    ).toEqual([
      ['Valcu’s lawyer', 'lund', 'appositive'],
      ['group’s spokesman', 'omar', 'appositive'],
    ])
  })

  it('attaches predicate nominals, through a pronoun and across "and a"', () => {
    const text =
      'Omar Diaz was detained on Monday. He was a member of the council, freed in 2019, and a close friend of the mayor, officials said.'
    expect(descriptors(text, [['Omar Diaz', 'PERSON', 'diaz']])).toEqual([
      ['a member of the council', 'diaz', 'nominal'],
      ['a close friend of the mayor', 'diaz', 'nominal'],
    ])
  })

  it("links the lede's description of a person to the name that follows", () => {
    const text = 'Police arrest a senior gang leader in Lagos. Officers detained Tunde Bello on Monday.'
    const doc = docWith(text, [
      ['Lagos', 'GPE', 'lagos'],
      ['Tunde Bello', 'PERSON', 'bello'],
    ])
    const out = step(doc, silent)
    expect(out.descriptors.map((d) => [text.slice(d.start, d.end), d.entity, d.kind])).toEqual([
      ['a senior gang leader', 'bello', 'nominal'],
    ])
    expect(out.references.map((r) => [text.slice(r.start, r.end), r.entity, r.kind])).toEqual([
      ['a senior gang leader', 'bello', 'nominal'],
    ])
  })

  it("links a lede's description headed by an occupation to the name that follows", () => {
    const text = 'A rights activist who vanished says police held her. "They hit me," Ana Kimani told reporters.'
    const doc = docWith(text, [['Ana Kimani', 'PERSON', 'kimani']])
    const out = step(doc, silent)
    expect(
      out.references.filter((r) => r.kind === 'nominal').map((r) => [text.slice(r.start, r.end), r.entity]),
    ).toEqual([['A rights activist', 'kimani']])
  })

  it("passes over a person with a role of their own for the lede's description", () => {
    const text = 'A court jailed a former port minister. Judge Ana Ruiz found Tom Hale guilty of fraud.'
    const doc = docWith(text, [
      ['Ana Ruiz', 'PERSON', 'ruiz'],
      ['Tom Hale', 'PERSON', 'hale'],
    ])
    const out = step(doc, silent)
    expect(out.descriptors.map((d) => [text.slice(d.start, d.end), d.entity])).toEqual([
      ['a former port minister', 'hale'],
      ['Judge', 'ruiz'],
    ])
  })

  it("passes over a person whose apposition gives another role for the lede's description", () => {
    const text = 'Two people died, a village official said. "The roof fell," said Sara Imam, a nurse at the clinic.'
    const doc = docWith(text, [['Sara Imam', 'PERSON', 'imam']])
    const out = step(doc, silent)
    expect(out.descriptors.map((d) => [text.slice(d.start, d.end), d.entity])).toEqual([
      ['a nurse at the clinic', 'imam'],
    ])
  })

  it('stops a headline\'s description at a verb the tagger took for a plural noun: "Court jails former minister"', () => {
    const text = 'Court jails former minister\n\nA court sentenced Tom Hale to six years.'
    const doc = docWith(text, [['Tom Hale', 'PERSON', 'hale']])
    const out = step(doc, silent)
    expect(out.descriptors.map((d) => text.slice(d.start, d.end))).toEqual(['former minister'])
  })

  it('takes no plural in the lede for the person named next', () => {
    const text = 'Nine people died in floods, regional officials said. "It came fast," said Ada Kerr, a local mayor.'
    const doc = docWith(text, [['Ada Kerr', 'PERSON', 'kerr']])
    const out = step(doc, silent)
    expect(out.descriptors.map((d) => text.slice(d.start, d.end))).toEqual(['a local mayor'])
    expect(out.references.filter((r) => r.kind === 'nominal').map((r) => text.slice(r.start, r.end))).toEqual([])
  })
})
