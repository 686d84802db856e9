import { describe, expect, it } from 'vitest'
import { toAnalysisJson } from '../doc/analysis-json.js'
import { makeDoc, spanOf } from '../doc/testing.js'
import { formatPretty } from './pretty.js'

const text =
  'Mayor detained\nTwo aides told Agence France-Presse the mayor was held in Kettle Bay. Police said he was held in Port Lane. The council declined to comment. The aides asked not to be named because the inquiry is open. Rain hit southern Kettle Bay; southern Kettle Bay flooded. "The dam held," said Ada Kerr, a farmer. "It will hold again."'
const s = (phrase: string, n = 1) => spanOf(text, phrase, n)

function analysed() {
  return toAnalysisJson(
    makeDoc(
      text,
      {
        entities: [
          { id: 'e1', type: 'GPE', name: 'Kettle Bay', aliases: [], mentions: [s('Kettle Bay')] },
          { id: 'e2', type: 'GPE', name: 'Port Lane', aliases: ['the Lane'], mentions: [s('Port Lane')] },
          { id: 'e3', type: 'ORG', name: 'Agence France-Presse', aliases: [], mentions: [s('Agence France-Presse')] },
        ],
        places: [
          { entity: 'e1', lat: 10.5, lon: -20.25, country: 'XX', kind: 'city' },
          {
            entity: 'e1',
            span: s('southern Kettle Bay'),
            direction: 'south',
            lat: 9.5,
            lon: -20.25,
            country: 'XX',
            kind: 'region',
          },
          {
            entity: 'e1',
            span: s('southern Kettle Bay', 2),
            direction: 'south',
            lat: 9.5,
            lon: -20.25,
            country: 'XX',
            kind: 'region',
          },
        ],
        sources: [
          {
            id: 's1',
            mentions: [s('Two aides')],
            named: false,
            count: 2,
            affiliation: [],
            role: ['aide'],
            rank: [],
            anonymity: s('because the inquiry is open'),
          },
          { id: 's2', mentions: [s('Police')], named: true, count: null, affiliation: [], role: [], rank: [] },
        ],
        attributions: [
          {
            id: 'a1',
            source: { mention: s('Two aides'), named: false, count: 2, id: 's1' },
            cue: s('told'),
            content: s('the mayor was held in Kettle Bay'),
            kind: 'indirect',
            stance: 'assert',
            channel: 'e3',
          },
          {
            id: 'a2',
            source: { mention: s('Police'), named: true, count: null, id: 's2' },
            cue: s('said'),
            content: s('he was held in Port Lane'),
            kind: 'indirect',
            stance: 'assert',
          },
          {
            id: 'a3',
            source: { mention: s('The council'), named: true, count: null },
            cue: s('declined to comment'),
            content: null,
            kind: 'none',
            stance: 'decline',
          },
          {
            id: 'a4',
            source: { mention: s('Ada Kerr'), named: true, count: 1 },
            cue: s('said', 2),
            channelMention: s('a farmer'),
            content: s('The dam held," said Ada Kerr, a farmer. "It will hold again.'),
            kind: 'direct',
            stance: 'assert',
          },
        ],
        events: [
          {
            id: 'v1',
            type: 'COERCE',
            mode: 'arrest',
            triggers: [s('held'), s('held', 2)],
            actors: [],
            targets: [s('the mayor')],
            place: [{ ...s('Kettle Bay'), entity: 'e1' }],
            time: null,
            modality: 'reported',
            attributions: ['a1', 'a2'],
          },
        ],
        conflicts: [
          {
            event: 'v1',
            slot: 'place',
            values: [
              { value: { ...s('Kettle Bay'), entity: 'e1' }, attributions: ['a1'] },
              { value: { ...s('Port Lane'), entity: 'e2' }, attributions: ['a2'] },
            ],
          },
        ],
      },
      { title: 'Mayor detained', origin: ['Reuters'], outlet: 'Kettle Gazette', published: '2024-06-09' },
    ),
  )
}

describe('formatPretty', () => {
  const out = formatPretty(analysed(), { color: false })

  it('opens with the title, outlet, origin and date', () => {
    expect(out.split('\n')[0]).toBe('Mayor detained')
    expect(out).toContain('outlet Kettle Gazette · origin Reuters · published 2024-06-09')
  })

  it('gives the sourcing profile, with the relay', () => {
    expect(out).toContain('2 sources: 1 named, 1 anonymous')
    expect(out).toContain('1 refusal to comment')
    expect(out).toContain('relayed via Agence France-Presse: 1 claim')
  })

  it('counts one source and one claim in the singular', () => {
    const line = 'Rain is due, Ada Kerr said.'
    const one = toAnalysisJson(
      makeDoc(line, {
        sources: [
          {
            id: 's1',
            mentions: [spanOf(line, 'Ada Kerr')],
            named: true,
            count: 1,
            affiliation: [],
            role: [],
            rank: [],
          },
        ],
        attributions: [
          {
            id: 'a1',
            source: { mention: spanOf(line, 'Ada Kerr'), named: true, count: 1, id: 's1' },
            cue: spanOf(line, 'said'),
            content: spanOf(line, 'Rain is due'),
            kind: 'indirect',
            stance: 'assert',
          },
        ],
      }),
    )
    const sourcing = formatPretty(one, { color: false })
    expect(sourcing).toContain('  1 source: 1 named, 0 anonymous\n  1 claim, 0 (0%) resting on anonymous sources only')
    expect(sourcing).toContain('0 refusals to comment')
  })

  it('lists each entity once by type, with mentions, aliases and place', () => {
    expect(out).toMatch(/ {2}GPE\n {4}Kettle Bay ×1 {2}at 10\.50, -20\.25 XX city\n {4}Port Lane ×1 {2}aka the Lane/)
    expect(out.match(/^ {4}Kettle Bay ×/gm)).toHaveLength(1)
  })

  it('lists a region once however often it is named', () => {
    expect(out).toContain('  REGION\n    southern Kettle Bay ×2  at 9.50, -20.25\n')
  })

  it('shows sources with kind, count, role and channel', () => {
    expect(out).toContain('anonymous ×2 Two aides  aide · told Agence France-Presse · 1 attribution')
  })

  it('gives the reason a source was granted anonymity under it', () => {
    expect(out).toContain('1 attribution\n    anonymity: because the inquiry is open\n')
  })

  it('shows claims with source, cue and refusal', () => {
    expect(out).toContain('a1 Two aides told → Agence France-Presse')
    expect(out).toContain('“the mayor was held in Kettle Bay” indirect')
    expect(out).toContain('a3 The council declined to comment refusal')
  })

  it('prints a quote broken by its attribution without the interruption, and whom it was said to', () => {
    expect(out).toContain('a4 Ada Kerr said → a farmer\n      “The dam held, … It will hold again.” direct')
  })

  it('shows the event and the accounts that disagree on its place', () => {
    expect(out).toContain('v1 COERCE/arrest held reported')
    expect(out).toMatch(
      /place of COERCE\/arrest \(v1\):\n {4}Kettle Bay {2}according to Two aides \(a1\)\n {4}Port Lane {2}according to Police \(a2\)/,
    )
  })

  it('says "none found" for layers no stage filled', () => {
    const bare = formatPretty(toAnalysisJson(makeDoc('Just a line of text.')), { color: false })
    for (const section of ['Entities', 'Sources', 'Claims', 'Events'])
      expect(bare).toMatch(new RegExp(`${section}\\n {2}none found`))
  })

  it('colours only when asked', () => {
    expect(out).not.toContain('\u001b[')
    expect(formatPretty(analysed(), { color: true })).toContain('\u001b[')
  })
})

describe('a source met first by a pronoun', () => {
  const text = 'Ada Kerr came home. She said the dam held.'
  const s = (phrase: string) => spanOf(text, phrase)
  const out = formatPretty(
    toAnalysisJson(
      makeDoc(text, {
        entities: [{ id: 'e1', type: 'PERSON', name: 'Ada Kerr', aliases: [], mentions: [s('Ada Kerr')] }],
        sources: [
          { id: 's1', mentions: [s('She')], named: true, count: 1, entity: 'e1', affiliation: [], role: [], rank: [] },
        ],
        attributions: [
          {
            id: 'a1',
            source: { mention: s('She'), named: true, count: 1, entity: 'e1', id: 's1' },
            cue: s('said'),
            content: s('the dam held'),
            kind: 'indirect',
            stance: 'assert',
          },
        ],
      }),
    ),
    { color: false },
  )

  it('is listed by the name of its entity, and its claim says whom the pronoun stands for', () => {
    expect(out).toContain('named ×1 Ada Kerr  1 attribution')
    expect(out).toContain('a1 She (Ada Kerr) said')
  })
})

describe('a source described before it is named', () => {
  const text = 'Farmer says dam held. Kerr said it would hold again.'
  const s = (phrase: string) => spanOf(text, phrase)
  const claim = (id: string, source: string, cue: string, content: string) => ({
    id,
    source: { mention: s(source), named: true, count: 1, entity: 'e1', id: 's1' },
    cue: s(cue),
    content: s(content),
    kind: 'indirect' as const,
    stance: 'assert' as const,
  })
  const out = formatPretty(
    toAnalysisJson(
      makeDoc(text, {
        entities: [{ id: 'e1', type: 'PERSON', name: 'Ada Kerr', aliases: ['Kerr'], mentions: [s('Kerr')] }],
        sources: [
          {
            id: 's1',
            mentions: [s('Farmer'), s('Kerr')],
            named: true,
            count: 1,
            entity: 'e1',
            affiliation: [],
            role: [],
            rank: [],
          },
        ],
        attributions: [claim('a1', 'Farmer', 'says', 'dam held'), claim('a2', 'Kerr', 'said', 'it would hold again')],
      }),
    ),
    { color: false },
  )

  it('says whom the description stands for, but not after a part of the name', () => {
    expect(out).toContain('a1 Farmer (Ada Kerr) says')
    expect(out).toContain('a2 Kerr said')
  })
})
