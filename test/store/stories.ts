import type { AnalysisJson } from '../../src/doc/analysis-json.js'
import { buildAnalysis } from './build-analysis.js'

/*
 * Fictional stories for the store tests (no real article's text): an arrest reported by a wire
 * agency, the same wire story republished by another outlet, an independent account that puts
 * the arrest in another country on another day, and an unrelated protest.
 */

const MOSUL = { lat: 36.34, lon: 43.13, country: 'IQ' }
const RAQQA = { lat: 35.95, lon: 39.01, country: 'SY' }

const WIRE_TEXT = `Iraqi forces detain senior Islamic State figure
BAGHDAD, March 4 (Meridian Wire) - Iraqi security forces detained Karim Hadi al-Jaburi, a senior ISIS financier, in a raid near Mosul on Sunday, two security sources said.
The sources, who spoke on condition of anonymity because they were not authorised to talk to the media, said al-Jaburi had moved money for the group across the border for several years before his arrest.
Interior ministry spokesman Faris Naji said the operation followed months of surveillance and that three other suspects were being questioned.
A spokesperson for the regional government declined to comment on whether its forces took part in the raid.
Islamic State did not respond to a request for comment through channels it has used in the past.`

function wireStory(id: string, outlet: string, extra: string): AnalysisJson {
  return buildAnalysis({
    id,
    text: `${WIRE_TEXT}${extra}`,
    outlet,
    origin: ['Meridian Wire'],
    published: '2024-03-04',
    entities: [
      { id: 'e1', type: 'PERSON', name: 'Karim Hadi al-Jaburi', mentions: ['Karim Hadi al-Jaburi', 'al-Jaburi'] },
      { id: 'e2', type: 'ORG', name: 'Islamic State', aliases: ['ISIS'], mentions: ['Islamic State', 'ISIS'] },
      { id: 'e3', type: 'GPE', name: 'Mosul', mentions: ['Mosul'], geo: MOSUL },
      { id: 'e4', type: 'PERSON', name: 'Faris Naji', mentions: ['Faris Naji'] },
      { id: 'e5', type: 'ORG', name: 'Meridian Wire', mentions: ['Meridian Wire'] },
    ],
    attributions: [
      {
        id: 'a1',
        source: 'two security sources',
        named: false,
        count: 2,
        cue: 'said',
        content: 'Iraqi security forces detained Karim Hadi al-Jaburi, a senior ISIS financier, in a raid near Mosul',
      },
      {
        id: 'a2',
        source: 'Faris Naji',
        named: true,
        entity: 'e4',
        cue: 'said',
        content: 'the operation followed months of surveillance',
      },
      {
        id: 'a3',
        source: 'A spokesperson for the regional government',
        named: false,
        count: 1,
        cue: 'declined to comment',
        content: null,
        stance: 'decline',
      },
    ],
    events: [
      {
        id: 'v1',
        type: 'COERCE',
        mode: 'arrest',
        trigger: 'detained',
        actors: [{ text: 'Iraqi security forces' }],
        targets: [{ text: 'Karim Hadi al-Jaburi', entity: 'e1' }],
        place: [{ text: 'Mosul', entity: 'e3' }],
        time: '2024-03-03',
        attributions: ['a1', 'a2'],
      },
    ],
  })
}

/** The agency's own copy. */
export const wireOrigin = wireStory('meridian-0304', 'Meridian Wire', '')

/** The same wire story run by a newspaper, with its own credit line. */
export const wireCopy = wireStory(
  'harbor-0304',
  'Harbor Daily',
  '\nReporting by Meridian Wire staff; additional editing by the Harbor Daily desk.',
)

/** An independent account: the arrest in Raqqa, Syria, a day earlier; the ministry denies it. */
export const rivalAccount = buildAnalysis({
  id: 'ledger-0305',
  outlet: 'Eastern Ledger',
  published: '2024-03-05',
  text: `Captured ISIL financier was seized in Syria, official says
RAQQA - The man Iraq says it arrested this week, Karim al-Jabouri, was in fact seized in Raqqa on Saturday, a local council official told the Eastern Ledger.
"He was taken from a house in the city before dawn," said the official, who asked not to be named.
Faris Naji, the Iraqi interior ministry spokesman, denied that the operation took place outside Iraq.
Residents described hearing helicopters over the eastern districts late on Friday night.`,
  entities: [
    { id: 'p1', type: 'PERSON', name: 'Karim al-Jabouri', mentions: ['Karim al-Jabouri'] },
    { id: 'o1', type: 'ORG', name: 'ISIL', mentions: ['ISIL'] },
    { id: 'g1', type: 'GPE', name: 'Raqqa', mentions: ['RAQQA', 'Raqqa'], geo: RAQQA },
    { id: 'p2', type: 'PERSON', name: 'Faris Naji', mentions: ['Faris Naji'] },
    { id: 'o2', type: 'ORG', name: 'Eastern Ledger', mentions: ['Eastern Ledger'] },
  ],
  attributions: [
    {
      id: 'a1',
      source: 'a local council official',
      named: false,
      count: 1,
      cue: 'told',
      content: 'The man Iraq says it arrested this week, Karim al-Jabouri, was in fact seized in Raqqa on Saturday',
      channel: 'o2',
    },
    {
      id: 'a2',
      source: 'Faris Naji',
      named: true,
      entity: 'p2',
      cue: 'denied',
      content: 'the operation took place outside Iraq',
      stance: 'deny',
    },
  ],
  events: [
    {
      id: 'v1',
      type: 'COERCE',
      mode: 'arrest',
      trigger: 'seized',
      targets: [{ text: 'Karim al-Jabouri', entity: 'p1' }],
      place: [{ text: 'Raqqa', entity: 'g1' }],
      time: '2024-03-02',
      attributions: ['a1'],
    },
  ],
})

/** An unrelated story: a protest in a fictional port town. */
export const protest = buildAnalysis({
  id: 'coastal-0510',
  outlet: 'Coastal Times',
  published: '2024-05-10',
  text: `Fishermen protest new mooring fees in Port Selwin
PORT SELWIN - Hundreds of fishermen protested outside the harbour office in Port Selwin on Thursday against new mooring fees, the organisers said.
Harbour master Ines Calder said the Port Selwin Harbour Authority would use the fees to pay for dredging the channel.`,
  entities: [
    { id: 'e1', type: 'GPE', name: 'Port Selwin', mentions: ['PORT SELWIN', 'Port Selwin'] },
    { id: 'e2', type: 'PERSON', name: 'Ines Calder', mentions: ['Ines Calder'] },
    { id: 'e3', type: 'ORG', name: 'Port Selwin Harbour Authority', mentions: ['Port Selwin Harbour Authority'] },
  ],
  attributions: [
    { id: 'a1', source: 'the organisers', named: false, cue: 'said', content: 'Hundreds of fishermen protested' },
    {
      id: 'a2',
      source: 'Ines Calder',
      named: true,
      entity: 'e2',
      cue: 'said',
      content: 'the Port Selwin Harbour Authority would use the fees to pay for dredging the channel',
    },
  ],
  events: [
    {
      id: 'v1',
      type: 'PROTEST',
      trigger: 'protested',
      actors: [{ text: 'Hundreds of fishermen' }],
      place: [{ text: 'Port Selwin', entity: 'e1' }],
      time: '2024-05-09',
      attributions: ['a1'],
    },
  ],
})

/** A farmer's quote broken by its attribution. */
export const brokenQuote: AnalysisJson = buildAnalysis({
  id: 'valley-0601',
  outlet: 'Valley Post',
  text: 'Dam holds\n"The dam held," said Ada Kerr, who farms for Dunmore Estates. "It will hold again."',
  entities: [
    { id: 'e1', type: 'PERSON', name: 'Ada Kerr', mentions: ['Ada Kerr'] },
    { id: 'e2', type: 'ORG', name: 'Dunmore Estates', mentions: ['Dunmore Estates'] },
  ],
  attributions: [
    {
      id: 'a1',
      source: 'Ada Kerr',
      named: true,
      entity: 'e1',
      cue: 'said',
      content: 'The dam held," said Ada Kerr, who farms for Dunmore Estates. "It will hold again.',
      spoken: ['The dam held,', 'It will hold again.'],
    },
  ],
})

/** A short story naming one person, for linking and hand-edit tests. */
export function personStory(id: string, name: string, published = '2024-06-01'): AnalysisJson {
  return buildAnalysis({
    id,
    outlet: 'Coastal Times',
    published,
    text: `Council names new harbour adviser (${id})\n${name} was named adviser to the harbour council on Monday, a council statement said.`,
    entities: [{ id: 'e1', type: 'PERSON', name, mentions: [name] }],
  })
}
