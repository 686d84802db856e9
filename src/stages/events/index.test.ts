import { describe, expect, it } from 'vitest'
import type { Doc } from '../../doc/doc.js'
import type { Argument, Attribution, Entity, EntityType, Event, Mention, Place, Reference } from '../../doc/layers.js'
import type { Reporter } from '../../doc/message.js'
import { makeDoc, spanOf } from '../../doc/testing.js'
import { findConflicts } from '../conflicts/index.js'
import { times } from '../times/index.js'
import { tokens } from '../tokens/index.js'
import { events, findEvents } from './index.js'
import { coveredTypes } from './lexicon.js'

/*
 * Stage tests on sentences written for them. Tokens and times come from the real stages (a
 * hand-typed tag sequence would test a tagger nobody runs); names, places, references and
 * attributions are given by hand, as the entity, places and attribution stages would.
 */

const quiet: Reporter = { warn() {}, info() {} }
const steps = Promise.all([tokens().prepare(), times().prepare()])

/** A name to mark: every occurrence of `phrase` becomes a mention of entity `id`. */
type Name = [phrase: string, type: EntityType, id: string, country?: string, kind?: Place['kind']]

interface Given {
  names?: Name[]
  published?: string
  references?: [phrase: string, entity: string | null, occurrence?: number][]
  attributions?: [content: string, stance?: Attribution['stance'], cue?: string, source?: string][]
  regions?: [phrase: string, entity: string, country: string, direction: string][]
}

async function analysed(text: string, given: Given = {}): Promise<Doc> {
  const [tokenize, findTimes] = await steps
  let doc = makeDoc(text, {}, { published: given.published ?? '2024-03-15' })
  doc = doc.withLayers(tokenize(doc, quiet))
  doc = doc.withLayers(findTimes(doc, quiet))
  const mentions: Mention[] = []
  const entities: Entity[] = []
  const places: Place[] = []
  for (const [phrase, type, id, country, kind] of given.names ?? []) {
    const spans: { start: number; end: number }[] = []
    for (const m of text.matchAll(new RegExp(`\\b${phrase.replace(/[.]/g, '\\.')}\\b`, 'g'))) {
      const span = { start: m.index ?? 0, end: (m.index ?? 0) + phrase.length }
      spans.push(span)
      mentions.push({ ...span, type, entity: id })
    }
    // A country and its people share a cross-article key, as the entities stage gives them.
    const nation = country && (type === 'NORP' || (type === 'GPE' && (kind ?? 'country') === 'country'))
    entities.push({
      id,
      type,
      name: phrase,
      aliases: [],
      mentions: spans,
      ...(nation ? { key: `${type.toLowerCase()}:${country}` } : {}),
    })
    if (country)
      places.push({ entity: id, lat: 0, lon: 0, country, kind: kind ?? (type === 'GPE' ? 'country' : 'city') })
  }
  for (const [phrase, entity, country, direction] of given.regions ?? []) {
    places.push({ entity, span: spanOf(text, phrase), direction, lat: 0, lon: 0, country, kind: 'region' })
  }
  const references: Reference[] = (given.references ?? []).map(([phrase, entity, n]) => ({
    ...spanOf(text, phrase, n),
    kind: phrase.includes(' ') ? 'nominal' : 'pronoun',
    entity,
    plural: false,
  }))
  const attributions: Attribution[] = (given.attributions ?? []).map(([content, stance, cue, source], i) => ({
    id: `a${i + 1}`,
    source: { mention: null, named: false, count: null, ...(source ? { id: source } : {}) },
    cue: spanOf(text, cue ?? content),
    content: spanOf(text, content),
    kind: 'indirect',
    stance: stance ?? 'assert',
  }))
  const bySpan = (a: { start: number }, b: { start: number }) => a.start - b.start
  return doc.withLayers({
    mentions: mentions.sort(bySpan),
    entities,
    references: references.sort(bySpan),
    places,
    attributions,
  })
}

function words(doc: Doc, spans: readonly { start: number; end: number }[]): string[] {
  return spans.map((s) => doc.text.slice(s.start, s.end))
}

/** The one event a trigger word belongs to. */
function eventOf(doc: Doc, list: readonly Event[], trigger: string): Event {
  const found = list.find((e) => words(doc, e.triggers).includes(trigger))
  if (!found) throw new Error(`no event with trigger "${trigger}": ${list.map((e) => words(doc, e.triggers))}`)
  return found
}

async function first(text: string, trigger: string, given: Given = {}) {
  const doc = await analysed(text, given)
  const list = findEvents(doc)
  const e = eventOf(doc, list, trigger)
  return {
    doc,
    list,
    e,
    actors: words(doc, e.actors),
    targets: words(doc, e.targets),
    place: words(doc, e.place),
  }
}

describe('trigger lexicon', () => {
  it('has a trigger family for every PLOVER type', () => {
    expect(coveredTypes()).toHaveLength(16)
  })

  const cases: [text: string, trigger: string, type: string, mode: string | null][] = [
    ['Armenia and Azerbaijan agreed on a prisoner exchange.', 'agreed', 'AGREE', null],
    ['The Egyptian foreign minister met his Qatari counterpart in Doha.', 'met', 'CONSULT', 'visit'],
    ['Germany backs the opposition candidate.', 'backs', 'SUPPORT', null],
    ['The junta released forty political prisoners.', 'released', 'CONCEDE', 'release'],
    ['Kenya and Somalia will cooperate on border security.', 'cooperate', 'COOPERATE', null],
    ['Norway helped Mozambique rebuild its ports.', 'helped', 'AID', null],
    ['The armoured column withdrew from the town overnight.', 'withdrew', 'RETREAT', 'withdraw'],
    ['The mayor urged residents to stay indoors.', 'urged', 'REQUEST', null],
    ['Prosecutors accused the former minister of bribery.', 'accused', 'ACCUSE', 'allege'],
    ['Auditors are investigating the pension fund.', 'investigating', 'ACCUSE', 'investigate'],
    ['Parliament rejected the budget.', 'rejected', 'REJECT', null],
    ['The cartel threatened the judges.', 'threatened', 'THREATEN', null],
    ['Thousands of nurses protested outside the ministry.', 'protested', 'PROTEST', 'demonstrate'],
    ['Two inmates began a hunger strike.', 'hunger strike', 'PROTEST', 'hunger-strike'],
    ['The bloc imposed sanctions on the shipping firm.', 'sanctions', 'SANCTION', null],
    ['The government deployed riot police to the port.', 'deployed', 'MOBILIZE', 'police'],
    ['The neighbour sent in troops last spring.', 'sent in troops', 'MOBILIZE', 'troops'],
    ['Customs officers seized two tonnes of cocaine.', 'seized', 'COERCE', 'seize'],
    // `abducted` is left unlemmatised and tagged a noun: read through its stem.
    ['Gunmen abducted 30 students from a school.', 'abducted', 'ASSAULT', 'abduct'],
    ['Officers arrested the treasurer.', 'arrested', 'COERCE', 'arrest'],
    ['The regime imposed a curfew.', 'curfew', 'COERCE', 'curfew'],
    ['Gunmen shot a village chief.', 'shot', 'ASSAULT', 'firearms'],
    ['An air strike destroyed the bridge.', 'air strike', 'ASSAULT', 'aerial'],
    ['Bandits kidnapped a priest.', 'kidnapped', 'ASSAULT', 'abduct'],
    ['The kidnapping of two engineers shocked the town.', 'kidnapping', 'ASSAULT', 'abduct'],
    ['Soldiers opened fire on the crowd.', 'opened fire', 'ASSAULT', 'firearms'],
    ['Riot police blocked the bridge.', 'blocked', 'COERCE', 'restrict'],
    ['Troops fired mortars across the river.', 'fired mortars', 'ASSAULT', 'explosives'],
    ['Air defences shot down two drones.', 'shot down', 'ASSAULT', 'aerial'],
    ['Guards fired live rounds at the marchers.', 'fired live rounds at', 'ASSAULT', 'firearms'],
  ]
  for (const [text, trigger, type, mode] of cases) {
    it(`reads "${trigger}" as ${type}/${mode}`, async () => {
      const { e } = await first(text, trigger)
      expect(e.type).toBe(type)
      expect(e.mode).toBe(mode)
    })
  }

  it.each([
    [
      'Riot police fired tear gas and water cannon at striking dockers.',
      'fired tear gas',
      'ASSAULT',
      'Riot police',
      'striking dockers',
    ],
    ['Police used water cannon to disperse the marchers.', 'used water cannon', 'ASSAULT', 'Police', 'the marchers'],
    [
      'The state auditor opened a formal investigation into the port authority.',
      'investigation',
      'ACCUSE',
      'The state auditor',
      'the port authority',
    ],
  ])('reads who acts on whom in "%s"', async (text, trigger, type, actor, target) => {
    const r = await first(text, trigger)
    expect(r.e.type).toBe(type)
    expect(r.actors).toEqual([actor])
    expect(r.targets).toEqual([target])
  })

  it.each([
    ['Soldiers fired at the crowd, killing two men.', ['fired at', 'killing'], ['the crowd', 'two men']],
    [
      'Gunmen attacked a bus in the hills, wounding at least nine passengers.',
      ['attacked', 'wounding'],
      ['a bus', 'at least nine passengers'],
    ],
  ])('folds the outcome told in a participle clause into the attack: "%s"', async (text, triggers, targets) => {
    const r = await first(text, triggers[0] as string)
    expect(r.list).toHaveLength(1)
    expect(words(r.doc, r.e.triggers)).toEqual(triggers)
    expect(r.targets).toEqual(targets)
  })

  it('folds the attack told in a "when" clause into the killing it explains', async () => {
    const r = await first('Twelve villagers were killed when gunmen attacked the market on Sunday.', 'killed')
    expect(r.list).toHaveLength(1)
    expect(words(r.doc, r.e.triggers)).toEqual(['killed', 'attacked'])
    expect(r.actors).toEqual(['gunmen'])
    expect(r.targets).toEqual(['Twelve villagers', 'the market'])
    // A clause that only says when, with no attack in it, folds nothing.
    const apart = await analysed('Two guards were shot when the gate opened. Rebels bombed the depot.')
    expect(findEvents(apart)).toHaveLength(2)
  })

  it('takes no firing from "fire" in other senses', async () => {
    const doc = await analysed('The board fired its chairman. A fire at the mill was put out at dawn.')
    expect(findEvents(doc)).toEqual([])
  })

  it.each([
    ['Four guards were injured by rocks thrown from the roof.', 'injured'],
    ['Shrapnel wounded a boy in the market.', 'wounded'],
  ])('takes what harms for the means, not the actor: "%s"', async (text, trigger) => {
    const r = await first(text, trigger)
    expect(r.actors).toEqual([])
  })

  it('reads "taken prisoner by X" as done by X to the one taken', async () => {
    const r = await first('A pilot taken prisoner by the militia was shown on television.', 'taken prisoner')
    expect(r.actors).toEqual(['the militia'])
    expect(r.targets).toEqual(['A pilot'])
  })

  it('takes no request from a plea in court, and the one pleading as its actor otherwise', async () => {
    expect(findEvents(await analysed('The driver pleaded not guilty to manslaughter.'))).toEqual([])
    const r = await first('The mayor pleaded with the strikers to return to work.', 'pleaded')
    expect(r.actors).toEqual(['The mayor'])
  })

  it('takes no aid from the trade of aid workers, and no actor from the attack itself', async () => {
    const doc = await analysed('Rebel strike kills three aid workers near Goma')
    const list = findEvents(doc)
    expect(list.map((e) => e.type)).toEqual(['ASSAULT'])
    expect(words(doc, list[0]?.actors ?? [])).not.toContain('Rebel strike')
  })

  it("takes no request from a market's demand, and one from a demand made", async () => {
    const requests = async (text: string) => findEvents(await analysed(text)).filter((e) => e.type === 'REQUEST')
    expect(await requests('Weak demand hurt profits at the steel maker.')).toHaveLength(0)
    expect(await requests('Shares fell as demand for copper slowed.')).toHaveLength(0)
    expect(await requests('The strikers repeated their demand for higher pay.')).toHaveLength(1)
  })

  it("takes a candidate's or campaign rally for campaigning, a crowd's rally for protest", async () => {
    const protests = async (text: string) => findEvents(await analysed(text)).filter((e) => e.type === 'PROTEST')
    expect(await protests("The governor's rallies drew large crowds.")).toEqual([])
    expect(await protests('The senator spoke at a campaign rally in Ohio.')).toEqual([])
    expect(await protests("The union's rally drew 5,000 workers.")).toHaveLength(1)
  })

  it('takes no concession from a released poll or survey', async () => {
    const doc = await analysed('The mayor trails by six points, a poll released on Monday showed.')
    expect(findEvents(doc).filter((e) => e.type === 'CONCEDE')).toEqual([])
  })

  it('takes no event from a trigger verb in another sense', async () => {
    const doc = await analysed(
      'The agency released its annual report. The builders met the deadline. Critics attacked the bill.',
    )
    expect(findEvents(doc)).toEqual([])
  })

  it('takes no event from a force of nature, but keeps an attack beside one', async () => {
    const doc = await analysed(
      'A strong earthquake struck the province, killing 20 people. Dozens were killed in the floods. ' +
        'Measles has killed 300 children. Militants attacked the camp after the earthquake, killing two guards.',
    )
    expect(findEvents(doc).map((e) => e.type)).toEqual(['ASSAULT'])
  })

  it('takes no accusation from police charging at a crowd', async () => {
    const doc = await analysed('Riot police charged at the marchers and charged into the square.')
    expect(findEvents(doc).filter((e) => e.type === 'ACCUSE')).toEqual([])
  })

  it('takes no trigger from a proper name inside a longer name', async () => {
    const doc = await analysed('She met Grace Hope Arrest at noon.')
    expect(findEvents(doc).map((e) => e.type)).toEqual(['CONSULT'])
  })
})

describe('arguments', () => {
  it('reads subject and object of an active verb', async () => {
    const { actors, targets } = await first('Federal agents arrested the treasurer of the union.', 'arrested')
    expect(actors).toEqual(['Federal agents'])
    expect(targets[0]).toMatch(/^the treasurer/)
  })

  it('reads an -ing word before the verb as the event noun, never an adjective as its actor', async () => {
    const heavy = await first('Heavy shelling hit the town on Monday.', 'shelling')
    expect(heavy.actors).toEqual([])
    expect(heavy.targets).toEqual(['the town'])
    const fierce = await first('Fierce fighting broke out near the airport.', 'fighting')
    expect(fierce.actors).toEqual([])
    // A noun and its verb after a verb of saying are a clause: the verb's object is hit.
    const said = await first('Residents said artillery shelling hit the market.', 'shelling')
    expect(said.targets).toEqual(['the market'])
  })

  it('takes who receives aid as its target, not its place, and who sends it as its actor', async () => {
    const names: Name[] = [
      ['Norway', 'GPE', 'norway', 'NO'],
      ['Gaza', 'GPE', 'gaza', 'PS', 'city'],
    ]
    const sent = await first('Norway sent aid to Gaza on Monday.', 'aid', { names })
    expect(sent.actors).toEqual(['Norway'])
    expect(sent.targets).toEqual(['Gaza'])
    expect(sent.place).toEqual([])
  })

  it('takes the country sanctions fall on as their target: "new sanctions on Iran"', async () => {
    const names: Name[] = [['Iran', 'GPE', 'iran', 'IR']]
    const { targets } = await first('The bloc weighs new sanctions on Iran.', 'sanctions', { names })
    expect(targets).toEqual(['Iran'])
  })

  it('leaves the conjunction out of a subject: "said C and that police had arrested X"', async () => {
    const { actors } = await first(
      'Organisers said 12 people were hurt and that police had arrested 45 marchers.',
      'arrested',
    )
    expect(actors).toEqual(['police'])
  })

  it('takes who is in talks as their actor and who they are with as their target', async () => {
    const names: Name[] = [
      ['Kenya', 'GPE', 'kenya', 'KE'],
      ['Qatar', 'GPE', 'qatar', 'QA'],
    ]
    const within = await first('Kenya is in advanced talks with the lenders over a loan.', 'talks', { names })
    expect(within.actors).toEqual(['Kenya'])
    expect(within.targets).toEqual(['the lenders'])
    const headline = await first('Kenya in talks to buy jets', 'talks', { names })
    expect(headline.actors).toEqual(['Kenya'])
    const held = await first('Kenya held talks with Qatar on Monday.', 'held talks', { names })
    expect(held.targets).toEqual(['Qatar'])
  })

  it('reads a verb with a bounded figure after it as active: "killed at least 25 people", "attacked southern X"', async () => {
    const strike = await first(
      'An air strike on a school in the city killed at least 25 people early on Saturday.',
      'killed',
    )
    expect(strike.targets).toContain('at least 25 people')
    expect(words(strike.doc, strike.e.triggers)).toEqual(['air strike', 'killed'])
    const names: Name[] = [['Lorenia', 'GPE', 'lorenia', 'LR']]
    const raid = await first('The war began after gunmen attacked southern Lorenia in May.', 'attacked', { names })
    expect(raid.actors).toEqual(['gunmen'])
  })

  it('takes the subject before a relative clause set off by commas', async () => {
    const names: Name[] = [
      ['Egypt', 'GPE', 'egypt', 'EG'],
      ['Qatar', 'GPE', 'qatar', 'QA'],
    ]
    const both = await first('Egypt and Qatar, which have been mediating talks, condemned the raid.', 'condemned', {
      names,
    })
    expect(both.actors).toEqual(['Egypt and Qatar'])
    const said = await first('Aides said the mayor, who took office in May, had arrested the chief.', 'arrested')
    expect(said.actors).toEqual(['the mayor'])
  })

  it('takes a figure out of a whole as one target: "shot down 30 of 42 drones"', async () => {
    const { targets } = await first('The air force shot down 30 of 42 drones overnight.', 'shot down')
    expect(targets).toEqual(['30 of 42 drones'])
  })

  it('takes both sides of "clashes between X and Y" as actors', async () => {
    const clashes = await first('Clashes between police and protesters erupted near the stadium.', 'Clashes')
    expect(clashes.actors).toEqual(['police', 'protesters'])
    const fighting = await first('Fighting between the army and rebels killed 12 people.', 'Fighting')
    expect(fighting.actors).toEqual(['the army', 'rebels'])
    expect(fighting.targets).toEqual(['12 people'])
    const ties = await first(
      'Security cooperation between Kenya, which hosts the talks, and Somalia has grown.',
      'cooperation',
    )
    expect(ties.actors).toEqual(['Kenya', 'Somalia'])
  })

  it('ends a place where a time begins ("in Izmail overnight", "the port of Izmail last week")', async () => {
    const names: [string, EntityType, string, string][] = [['Izmail', 'GPE', 'izmail', 'UA']]
    const night = await first('Rebels attacked depots in Izmail overnight.', 'attacked', { names })
    expect(night.place).toEqual(['Izmail'])
    const week = await first('Rebels attacked depots at the river port of Izmail last week.', 'attacked', { names })
    expect(week.place).toEqual(['Izmail'])
    const later = await first('Police detained the mayor at his home in Izmail hours later.', 'detained', { names })
    expect(later.place).toEqual(['Izmail'])
  })

  it('takes the time told after a purpose infinitive: "used tear gas to disperse protesters late on Sunday"', async () => {
    const { e } = await first(
      'Police used tear gas to disperse protesters outside parliament late on Sunday.',
      'used tear gas',
      {
        published: '2024-03-18',
      },
    )
    expect(e.time).toEqual({ value: '2024-03-17' })
  })

  it('takes a nationality and its country as one side of an attack told twice', async () => {
    const text =
      'Chilean jets struck depots in Arica, officials said. Chile said its forces had struck fuel depots in Arica.'
    const doc = await analysed(text, {
      names: [
        ['Chilean', 'NORP', 'chilean', 'CL'],
        ['Chile', 'GPE', 'chile', 'CL'],
        ['Arica', 'GPE', 'arica', 'CL', 'city'],
      ],
      references: [['its', 'chile']],
    })
    expect(findEvents(doc).map((e) => e.type)).toEqual(['ASSAULT'])
  })

  it('takes the subject, not an adjective, as the actor of an infinitive after it', async () => {
    const quick = await first('The army was quick to arrest the marchers.', 'arrest')
    expect(quick.actors).toEqual(['The army'])
    const needed = await first('The council would do everything necessary to help the families.', 'help')
    expect(needed.actors).toEqual(['The council'])
  })

  it('leaves the conjunction "that" out of the subject of a reported clause', async () => {
    const { actors } = await first('The union said in a letter that police had beaten two strikers.', 'beaten')
    expect(actors).toEqual(['police'])
  })

  it('makes the subject of a passive verb its target', async () => {
    const r = await first('The blogger was detained in Ankara.', 'detained', {
      names: [['Ankara', 'GPE', 'ankara', 'TR']],
    })
    expect(r.targets).toEqual(['The blogger'])
    expect(r.actors).toEqual([])
    expect(r.place).toEqual(['Ankara'])
  })

  it('reads the actor of a by-phrase', async () => {
    const r = await first('The convoy was ambushed by militants near Kandahar.', 'ambushed', {
      names: [['Kandahar', 'GPE', 'kandahar', 'AF']],
    })
    expect(r.actors).toEqual(['militants'])
    expect(r.targets).toEqual(['The convoy'])
    expect(r.place).toEqual(['Kandahar'])
  })

  it('reads a helper from `with help from`', async () => {
    const r = await first('The fugitive was caught with help from Interpol.', 'caught', {
      names: [['Interpol', 'ORG', 'interpol']],
    })
    expect(r.actors).toEqual(['Interpol'])
    expect(r.e.actors[0]?.entity).toBe('interpol')
  })

  it('reads the time of an `on DATE` phrase', async () => {
    const r = await first('Rebels seized the airport on Friday.', 'seized')
    expect(r.e.time).toEqual({ value: '2024-03-15' })
  })

  it('reads the year of an `in YEAR` phrase and keeps it on a background event', async () => {
    const r = await first('Troops raided the compound in 2017.', 'raided')
    expect(r.e.time).toEqual({ value: '2017' })
  })

  it('dates an undated past report before publication', async () => {
    const r = await first('Police arrested a teacher.', 'arrested', { published: '2024-01-02' })
    expect(r.e.time).toEqual({ before: '2024-01-02' })
  })

  it('reads a reduced relative after a comma: target, actor, time and place', async () => {
    const r = await first(
      'He succeeded Omar Farouk, killed during a Kenyan raid in 2015 in Somalia’s south, as commander.',
      'killed',
      {
        names: [
          ['Omar Farouk', 'PERSON', 'farouk'],
          ['Kenyan', 'NORP', 'kenyan'],
          ['Somalia', 'GPE', 'somalia', 'SO'],
        ],
        regions: [['Somalia’s south', 'somalia', 'SO', 'south']],
      },
    )
    expect(r.targets).toEqual(['Omar Farouk'])
    expect(r.actors).toEqual(['Kenyan'])
    expect(r.place).toEqual(['Somalia’s south'])
    expect(r.e.time).toEqual({ value: '2015' })
    expect(words(r.doc, r.e.triggers)).toEqual(['killed', 'raid'])
  })

  it('reads a reduced relative after a preposition with its own time', async () => {
    const r = await first('Testimony from a smuggler arrested last month led to the raid.', 'arrested')
    expect(r.targets).toEqual(['a smuggler'])
    expect(r.e.time).toEqual({ value: '2024-02' })
  })

  it('follows an infinitival chain: the helped one acts', async () => {
    const r = await first('Colombian intelligence helped Brazil arrest a drug lord.', 'arrest', {
      names: [['Brazil', 'GPE', 'brazil', 'BR']],
    })
    expect(r.actors).toEqual(['Brazil'])
    expect(r.targets).toEqual(['a drug lord'])
    const help = eventOf(r.doc, r.list, 'helped')
    expect(words(r.doc, help.targets)).toEqual(['Brazil'])
  })

  it('follows a control verb: the one who tried acts', async () => {
    const r = await first('The militia tried to seize the dam.', 'seize')
    expect(r.actors).toEqual(['The militia'])
    expect(r.targets).toEqual(['the dam'])
  })

  it('reads the owner of an event noun as its target', async () => {
    const r = await first('Nadia Karimi left Kabul. Her arrest shocked friends.', 'arrest', {
      names: [['Nadia Karimi', 'PERSON', 'karimi']],
    })
    expect(r.e.targets[0]?.entity).toBe('karimi')
  })

  it('gives the subject of a light verb to the event noun', async () => {
    const r = await first('Canada imposed sanctions on four generals.', 'sanctions', {
      names: [['Canada', 'GPE', 'canada', 'CA']],
    })
    expect(r.actors).toEqual(['Canada'])
    expect(r.targets).toEqual(['four generals'])
  })

  it('resolves a pronoun target through the reference layer', async () => {
    const r = await first('Lina Haddad fled. She was detained at the border.', 'detained', {
      names: [['Lina Haddad', 'PERSON', 'haddad']],
      references: [['She', 'haddad']],
    })
    expect(r.e.targets).toEqual([expect.objectContaining({ entity: 'haddad' })])
  })

  it('reads an event noun through the plain verb it is the subject of, and its -ing clause', async () => {
    const r = await first(
      'A roadside bomb hit a bus near Quetta on Monday, killing at least five police officers.',
      'bomb',
      {
        names: [['Quetta', 'GPE', 'quetta', 'PK']],
      },
    )
    expect(words(r.doc, r.e.triggers)).toEqual(['bomb', 'hit', 'killing'])
    expect(r.e.mode).toBe('explosives')
    expect(r.targets).toEqual(['a bus', 'at least five police officers'])
    expect(r.place).toEqual(['Quetta'])
    expect(r.e.time).toEqual({ value: '2024-03-11' })
  })

  it('gives an -ing clause after a reported clause the subject of what was reported, not the sayer', async () => {
    const r = await first(
      'The agency gave another account, saying a ferry had run aground near the port, injuring three sailors.',
      'injuring',
      {
        names: [['The agency', 'ORG', 'agency']],
        attributions: [['a ferry had run aground near the port', 'assert', 'saying']],
      },
    )
    expect(r.actors).toEqual(['a ferry'])
    expect(r.targets).toEqual(['three sailors'])
  })

  it('takes the subject of a clause opened by a preposition such as "after" as its actor', async () => {
    const r = await first('Talks stalled after Chad accused Niger of arming rebels.', 'accused', {
      names: [
        ['Chad', 'GPE', 'chad', 'TD'],
        ['Niger', 'GPE', 'niger', 'NE'],
      ],
    })
    expect(r.actors).toEqual(['Chad'])
    expect(r.targets).toEqual(['Niger'])
  })

  it('reads a participle after "and" as passive when the auxiliary before it is left out', async () => {
    const r = await first('Ten guards had been hurt and 40 inmates detained after the riot.', 'detained')
    expect(r.actors).toEqual([])
    expect(r.targets).toEqual(['40 inmates'])
    const active = await first('Ten guards had been hurt and 40 inmates attacked the gate.', 'attacked')
    expect(active.actors).toEqual(['40 inmates'])
  })

  it('takes the phrase right before an -ing participle as its actor', async () => {
    const r = await first('The footage shows the abuse of guards beating a prisoner.', 'beating')
    expect(r.actors).toEqual(['guards'])
    expect(r.targets).toEqual(['a prisoner'])
  })

  it('finds the subject of a participle clause in the main clause', async () => {
    const r = await first('Russia kept its bases, having sent in troops in a series of incursions.', 'sent in troops', {
      names: [['Russia', 'GPE', 'russia', 'RU']],
    })
    expect(r.actors).toEqual(['Russia'])
    expect(words(r.doc, r.e.triggers)).toEqual(['sent in troops', 'incursions'])
  })

  it('takes where the target was when it happened as the place', async () => {
    const r = await first('Karim Obeid was in eastern Libya when he was seized.', 'seized', {
      names: [
        ['Karim Obeid', 'PERSON', 'obeid'],
        ['Libya', 'GPE', 'libya', 'LY'],
      ],
      regions: [['eastern Libya', 'libya', 'LY', 'east']],
    })
    expect(r.place).toEqual(['eastern Libya'])
  })
})

describe('event coreference', () => {
  const text =
    'Police captured Omar Haddad in Beirut. Haddad was arrested at a checkpoint, his lawyer said. ' +
    'His capture ends a long hunt. A courier detained in 2019 had named him.'
  const given: Given = {
    names: [
      ['Omar Haddad', 'PERSON', 'haddad'],
      ['Haddad', 'PERSON', 'haddad'],
      ['Beirut', 'GPE', 'beirut', 'LB'],
    ],
    attributions: [['Haddad was arrested at a checkpoint']],
  }

  it('merges triggers whose targets corefer into one event', async () => {
    const doc = await analysed(text, given)
    const e = eventOf(doc, findEvents(doc), 'captured')
    expect(words(doc, e.triggers)).toEqual(['captured', 'arrested', 'capture'])
    expect(e.attributions).toEqual(['a1'])
  })

  it('takes a bare definite event noun, however far, for the latest such event, and a toll since a year for another', async () => {
    const doc = await analysed(
      'A shell hit a school in Kharkiv on Monday, killing four pupils. The army blamed separatists. ' +
        'Parents gathered at the gates. Teachers said lessons would move online. ' +
        'The mayor condemned the attack. The war has killed 9,000 civilians since 2022.',
      { names: [['Kharkiv', 'GPE', 'kharkiv', 'UA']] },
    )
    const list = findEvents(doc)
    expect(eventOf(doc, list, 'attack')).toBe(eventOf(doc, list, 'killing'))
    const toll = list.filter((e) => words(doc, e.targets).includes('9,000 civilians'))
    expect(toll).toHaveLength(1)
    expect(toll[0]).not.toBe(eventOf(doc, list, 'killing'))
    expect(toll[0]?.time).toEqual({ value: '2022' })
  })

  it('keeps apart nearby fighting told by two sources when nothing but nearness joins them', async () => {
    const text =
      'The rebels said they had repelled an assault by militias on Friday. ' +
      'The army said its jets struck rebel positions in the hills, killing dozens of fighters.'
    const doc = await analysed(text, {
      attributions: [
        ['they had repelled an assault by militias on Friday', 'assert', 'said', 's1'],
        ['its jets struck rebel positions in the hills, killing dozens of fighters', 'assert', 'said', 's2'],
      ],
    })
    const list = findEvents(doc)
    expect(eventOf(doc, list, 'assault')).not.toBe(eventOf(doc, list, 'struck'))
  })

  it('keeps apart attacks far from each other whose unnamed targets are all they could share', async () => {
    const doc = await analysed(
      'Guards fired rubber bullets at the marchers near the port. The march had begun at noon. ' +
        'Organisers had asked for calm. Later two guards were injured by bottles thrown from a roof.',
    )
    const list = findEvents(doc)
    expect(eventOf(doc, list, 'injured')).not.toBe(eventOf(doc, list, 'fired rubber bullets'))
  })

  it('takes a headline count and the lede it sums up for one attack', async () => {
    const doc = await analysed(
      'Blast kills 9 in Kabul\n\nA bomb exploded at a bus station in Kabul on Monday, killing nine people, police said.',
    )
    const list = findEvents(doc).filter((e) => e.type === 'ASSAULT')
    expect(list).toHaveLength(1)
  })

  it('keeps apart attacks whose counts differ, one given as a bare number', async () => {
    const doc = await analysed(
      'The army said it shot down 30 of 41 drones. Two people were injured in Sumy when debris fell on a house.',
    )
    const list = findEvents(doc).filter((e) => e.type === 'ASSAULT')
    expect(list).toHaveLength(2)
  })

  it('keeps a dated background arrest of someone else apart', async () => {
    const doc = await analysed(text, given)
    const list = findEvents(doc)
    const background = eventOf(doc, list, 'detained')
    expect(background).not.toBe(eventOf(doc, list, 'captured'))
    expect(background.time).toEqual({ value: '2019' })
    expect(words(doc, background.targets)).toEqual(['A courier'])
  })

  it('takes a surname the entity layer left apart from the full name as the same target', async () => {
    const doc = await analysed('Police detained Lena Vogt in Hamburg. Vogt was arrested at her flat, a lawyer said.', {
      names: [
        ['Lena Vogt', 'PERSON', 'vogt-full'],
        ['Vogt', 'PERSON', 'vogt'],
      ],
    })
    const list = findEvents(doc)
    expect(list.map((e) => words(doc, e.triggers))).toEqual([['detained', 'arrested']])
  })

  it('keeps apart the same verb done to different named people', async () => {
    const doc = await analysed('Police arrested Ana Silva. Days later, police arrested Rui Costa.', {
      names: [
        ['Ana Silva', 'PERSON', 'silva'],
        ['Rui Costa', 'PERSON', 'costa'],
      ],
    })
    expect(findEvents(doc)).toHaveLength(2)
  })

  it('joins an unnamed headline report to the event of the person named later', async () => {
    const text =
      'Aid worker freed after weeks in captivity\n' +
      'An aid worker seized by gunmen in 2022 has been freed, the agency said. ' +
      'Maria Lund was released in southern Chad, an official said. Her captors said she was handed over in Sudan.'
    const doc = await analysed(text, {
      names: [
        ['Maria Lund', 'PERSON', 'lund'],
        ['Chad', 'GPE', 'chad', 'TD'],
        ['Sudan', 'GPE', 'sudan', 'SD'],
      ],
      references: [['she', 'lund', 1]],
      regions: [['southern Chad', 'chad', 'TD', 'south']],
      attributions: [
        ['An aid worker seized by gunmen in 2022 has been freed'],
        ['Maria Lund was released in southern Chad'],
        ['she was handed over in Sudan'],
      ],
    })
    const list = findEvents(doc)
    const release = eventOf(doc, list, 'freed')
    expect(words(doc, release.triggers)).toEqual(['freed', 'freed', 'released', 'handed over'])
    expect(words(doc, release.place)).toEqual(['southern Chad', 'Sudan'])
    expect(release.attributions).toEqual(['a1', 'a2', 'a3'])
    const [conflict, ...others] = findConflicts(doc.withLayers({ events: list }))
    expect(others).toEqual([])
    expect(conflict?.event).toBe(release.id)
    expect(conflict?.values.map((v) => [words(doc, [v.value as Argument])[0], v.attributions])).toEqual([
      ['southern Chad', ['a2']],
      ['Sudan', ['a3']],
    ])
    const seizure = eventOf(doc, list, 'seized')
    expect(seizure.time).toEqual({ value: '2022' })
    expect(words(doc, seizure.actors)).toEqual(['gunmen'])
    expect(words(doc, seizure.targets)).toEqual(['An aid worker'])
  })

  it('keeps apart nearby reports with nothing shared and places that cannot both be right', async () => {
    const doc = await analysed('A car bomb exploded in Lyon. Another car bomb exploded in Marseille.', {
      names: [
        ['Lyon', 'GPE', 'lyon', 'FR', 'city'],
        ['Marseille', 'GPE', 'marseille', 'FR', 'city'],
      ],
    })
    expect(findEvents(doc).map((e) => words(doc, e.place))).toEqual([['Lyon'], ['Marseille']])
  })

  it("takes one person's arrest dated differently by two sources as one event whose date they dispute", async () => {
    const text =
      'Police detained Omar Haddad on Tuesday, two officials said. ' +
      'A rival commander said Haddad had been captured last week in Aleppo.'
    const given: Given = {
      names: [
        ['Omar Haddad', 'PERSON', 'haddad'],
        ['Haddad', 'PERSON', 'haddad'],
        ['Aleppo', 'GPE', 'aleppo', 'SY', 'city'],
      ],
      attributions: [['Police detained Omar Haddad on Tuesday'], ['Haddad had been captured last week in Aleppo']],
    }
    const doc = await analysed(text, given)
    const list = findEvents(doc)
    expect(list.map((e) => words(doc, e.triggers))).toEqual([['detained', 'captured']])
    expect(findConflicts(doc.withLayers({ events: list })).map((c) => c.slot)).toEqual(['time'])
    // One source giving two dates tells of two arrests.
    const oneSource = (doc.layer('attributions') as Attribution[]).map((a) => ({
      ...a,
      source: { ...a.source, id: 's1' },
    }))
    const same = doc.withLayers({ attributions: oneSource })
    expect(findEvents(same).map((e) => words(same, e.triggers))).toEqual([['detained'], ['captured']])
    // Dates years apart tell of an earlier arrest, whoever tells them.
    const before = await analysed(
      'Police detained Omar Haddad on Tuesday, two officials said. His lawyer said Haddad had been captured in 2015.',
      { ...given, attributions: [['Police detained Omar Haddad on Tuesday'], ['Haddad had been captured in 2015']] },
    )
    expect(findEvents(before).map((e) => words(before, e.triggers))).toEqual([['detained'], ['captured']])
  })

  it("lets the writer's own undated mention of the arrest stand between two sources' dates", async () => {
    const text =
      'Omar Haddad was arrested on Friday in Azaz, the army said. ' +
      "Two officials gave a different account of Haddad's arrest. " +
      'Haddad was detained on Thursday near Idlib, the officials said.'
    const doc = await analysed(text, {
      names: [
        ['Omar Haddad', 'PERSON', 'haddad'],
        ['Haddad', 'PERSON', 'haddad'],
        ['Azaz', 'GPE', 'azaz', 'SY', 'city'],
        ['Idlib', 'GPE', 'idlib', 'SY', 'city'],
      ],
      attributions: [['Omar Haddad was arrested on Friday in Azaz'], ['Haddad was detained on Thursday near Idlib']],
    })
    const list = findEvents(doc)
    expect(list.map((e) => words(doc, e.triggers))).toEqual([['arrested', 'arrest', 'detained']])
    expect(findConflicts(doc.withLayers({ events: list })).map((c) => c.slot)).toContain('time')
  })

  it('reads the time and place a verb of occurring gives its noun, and disputes the date', async () => {
    const when = await first('A teacher said the kidnapping happened on Friday night.', 'kidnapping')
    expect(when.targets).toEqual([])
    expect(when.e.time).toEqual({ value: '2024-03-15' })
    const where = await first('The attack took place in Zaria.', 'attack', {
      names: [['Zaria', 'GPE', 'zaria', 'NG', 'city']],
    })
    expect(where.targets).toEqual([])
    expect(where.place).toEqual(['Zaria'])
    const text =
      'Gunmen kidnapped 30 students on Saturday, police said. ' +
      'A teacher said the kidnapping happened on Friday night.'
    const doc = await analysed(text, {
      attributions: [['Gunmen kidnapped 30 students on Saturday'], ['the kidnapping happened on Friday night']],
    })
    const list = findEvents(doc)
    expect(list.map((e) => words(doc, e.triggers))).toEqual([['kidnapped', 'kidnapping']])
    expect(findConflicts(doc.withLayers({ events: list })).map((c) => c.slot)).toEqual(['time'])
  })

  it('takes a person seized as arrested, one arrest with the detention told before', async () => {
    const text = 'Police detained Omar Haddad on Tuesday. His lawyer said he was seized on a street.'
    const given: Given = {
      names: [['Omar Haddad', 'PERSON', 'haddad']],
      references: [
        ['he', 'haddad'],
        ['His', 'haddad'],
      ],
    }
    const seized = await first(text, 'seized', given)
    expect(seized.e.mode).toBe('arrest')
    expect(seized.list).toHaveLength(1)
    const goods = await first('Customs officers seized two tonnes of cocaine.', 'seized')
    expect(goods.e.mode).toBe('seize')
  })

  it('reads an object renamed by an appositive name: the name is the target, the place after it is read', async () => {
    const names: Name[] = [
      ['Omar Haddad', 'PERSON', 'haddad'],
      ['Gaziantep', 'GPE', 'gaziantep', 'TR', 'city'],
    ]
    const r = await first(
      'Agents captured a senior militia figure, Omar Haddad, in the city of Gaziantep.',
      'captured',
      {
        names,
      },
    )
    expect(r.targets).toEqual(['Omar Haddad'])
    expect(r.place).toEqual(['Gaziantep'])
    // A list of places is no appositive.
    const list = await first('Rebels shelled the towns, Kafr Nabl, and Idlib.', 'shelled')
    expect(list.targets).toEqual(['the towns'])
  })

  it('reads a subject set off by an appositive: the name, not an age or a title', async () => {
    const names: Name[] = [['Omar Haddad', 'PERSON', 'haddad']]
    const named = await first('The suspect, Omar Haddad, was caught in a raid.', 'caught', { names })
    expect(named.targets).toEqual(['Omar Haddad'])
    const aged = await first('Omar Haddad, 58, was caught in a raid.', 'caught', { names })
    expect(aged.targets).toEqual(['Omar Haddad'])
  })

  it('reads a crowd counted in tens of thousands as one actor', async () => {
    const { e, doc } = await first('Tens of thousands of people marched through the capital.', 'marched')
    expect(words(doc, e.actors)).toEqual(['Tens of thousands of people'])
  })

  it('reads a weapon hitting as an attack, and a building block as no blocking', async () => {
    const doc = await analysed('A rocket hit an office block in Sumy on Friday. Fuel prices hit a record.', {
      names: [['Sumy', 'GPE', 'sumy', 'UA']],
    })
    const list = findEvents(doc)
    expect(list.map((e) => [e.type, words(doc, e.triggers), words(doc, e.targets), words(doc, e.place)])).toEqual([
      ['ASSAULT', ['hit'], ['an office block'], ['Sumy']],
    ])
  })

  it('reads a participle trigger that opens the text, with nothing before it', async () => {
    const doc = await analysed('Attacking the convoy was a mistake, the general said.', {
      attributions: [['Attacking the convoy was a mistake', 'assert', 'said']],
    })
    expect(words(doc, eventOf(doc, findEvents(doc), 'Attacking').targets)).toEqual(['the convoy'])
  })

  it('gives a verb joined after a reported clause the subject of the saying', async () => {
    const text = 'The governor has said the tax helped schools and rejected protests by farmers.'
    const { e, doc } = await first(text, 'rejected', { attributions: [['the tax helped schools', 'assert', 'said']] })
    expect(words(doc, e.actors)).toEqual(['The governor'])
  })

  it('gives a participle joined to a passive verb the same target', async () => {
    const { list, doc } = await first('The commander had been captured in Syria and handed over to Turkey.', 'captured')
    const handed = eventOf(doc, list, 'handed over')
    expect(words(doc, handed.targets)).toEqual(['The commander'])
    expect(handed.actors).toEqual([])
  })

  it('folds an event noun that is the subject of its verb into one event', async () => {
    const doc = await analysed('A drone strike killed six fighters.')
    const list = findEvents(doc)
    expect(list).toHaveLength(1)
    expect(list[0]?.mode).toBe('aerial')
    expect(words(doc, list[0]?.targets ?? [])).toEqual(['six fighters'])
  })
})

describe('modality', () => {
  const cases: [text: string, trigger: string, modality: Event['modality']][] = [
    ['The navy could blockade the port. Warships could attack the convoy.', 'attack', 'hypothetical'],
    ['The ministry will deploy extra police.', 'deploy', 'planned'],
    ['The rebels vowed to attack the capital.', 'attack', 'planned'],
    ['The guards did not arrest the driver.', 'arrest', 'negated'],
    ['Soldiers looted shops and shot a boy.', 'shot', 'asserted'],
    ['If convicted, the banker faces ten years in prison.', 'convicted', 'hypothetical'],
    ['The unions will march unless the police arrest the leaders.', 'arrest', 'hypothetical'],
  ]
  for (const [text, trigger, modality] of cases) {
    it(`reads "${text}" as ${modality}`, async () => {
      const { e } = await first(text, trigger)
      expect(e.modality).toBe(modality)
    })
  }

  it('dates no condition before publication ("If convicted")', async () => {
    const { e } = await first('If convicted, the banker faces ten years in prison.', 'convicted')
    expect(e.time).toBeNull()
  })

  it('gives an act asked of someone to the one asked, as not yet done, and apart from the act done', async () => {
    const { e: pleaded, doc } = await first('The bishop pleaded with the kidnappers to free the nuns.', 'pleaded')
    expect(words(doc, pleaded.targets)).toEqual(['the kidnappers'])
    const { e: free } = await first('The bishop pleaded with the kidnappers to free the nuns.', 'free')
    expect(words(doc, free.actors)).toEqual(['the kidnappers'])
    expect(free.modality).toBe('hypothetical')
    const urged = await first('The envoy urged the militia to release the crew.', 'release')
    const release = urged.e
    expect(words(urged.doc, release.actors)).toEqual(['the militia'])
    expect(release.modality).toBe('hypothetical')
    const asked = await analysed(
      'The envoy urged the militia to release the crew. The militia released four sailors on Friday.',
    )
    const list = findEvents(asked)
    expect(eventOf(asked, list, 'release').modality).toBe('hypothetical')
    expect(eventOf(asked, list, 'released').modality).toBe('asserted')
  })

  it('marks an act a verb asks for as hypothetical: "seek his arrest", "called for an investigation"', async () => {
    const doc = await analysed(
      'Prosecutors seek his arrest. The envoy called for an investigation. Police arrested two aides on Friday.',
    )
    const list = findEvents(doc)
    expect(eventOf(doc, list, 'arrest').modality).toBe('hypothetical')
    expect(eventOf(doc, list, 'investigation').modality).toBe('hypothetical')
    expect(eventOf(doc, list, 'arrested').modality).toBe('asserted')
    expect(eventOf(doc, list, 'arrested')).not.toBe(eventOf(doc, list, 'arrest'))
  })

  it('marks a report inside an attribution as reported, inside a denial as denied', async () => {
    const text = 'Witnesses said troops shot two farmers. The army denied that soldiers beat anyone.'
    const doc = await analysed(text, {
      attributions: [['troops shot two farmers'], ['soldiers beat anyone', 'deny']],
    })
    const list = findEvents(doc)
    expect(eventOf(doc, list, 'shot').modality).toBe('reported')
    expect(eventOf(doc, list, 'shot').attributions).toEqual(['a1'])
    expect(eventOf(doc, list, 'beat').modality).toBe('denied')
  })

  it('joins a denial of bombing "the market" to the air strike on a market told before', async () => {
    const text =
      'An air strike on a crowded market killed 20 people on Monday, medics said. ' +
      'A doctor treated the wounded. The army denied that its jets had bombed the market.'
    const doc = await analysed(text, {
      attributions: [
        ['An air strike on a crowded market killed 20 people on Monday', 'assert', 'said', 'medics'],
        ['its jets had bombed the market', 'deny', 'denied', 'army'],
      ],
    })
    const list = findEvents(doc)
    const strike = eventOf(doc, list, 'air strike')
    expect(eventOf(doc, list, 'bombed')).toBe(strike)
    expect(strike.attributions).toEqual(['a1', 'a2'])
    expect(words(doc, strike.denied ?? [])).toEqual(['bombed'])
  })

  it('keeps apart what one source denies and what it tells, however alike', async () => {
    const text = 'The army denied that its jets bombed the market. It said its jets bombed a depot near the border.'
    const doc = await analysed(text, {
      attributions: [
        ['its jets bombed the market', 'deny', 'denied', 'army'],
        ['its jets bombed a depot near the border', 'assert', 'said', 'army'],
      ],
    })
    const list = findEvents(doc)
    expect(list.filter((e) => e.type === 'ASSAULT').map((e) => e.modality)).toEqual(['denied', 'reported'])
  })

  it('denies an event noun only where the denial is about it, not where it takes the event as given', async () => {
    const text =
      'The ministry denied the arrest. The rebels denied that they carried out the bombing. ' +
      'The militia denied that the seizures were revenge. Police denied that the raid took place.'
    const doc = await analysed(text, {
      attributions: [
        ['the arrest', 'deny'],
        ['they carried out the bombing', 'deny'],
        ['the seizures were revenge', 'deny'],
        ['the raid took place', 'deny'],
      ],
    })
    const list = findEvents(doc)
    expect(eventOf(doc, list, 'arrest').modality).toBe('denied')
    expect(eventOf(doc, list, 'bombing').modality).toBe('denied')
    expect(eventOf(doc, list, 'raid').modality).toBe('denied')
    const seizures = eventOf(doc, list, 'seizures')
    expect(seizures.modality).toBe('reported')
    expect(seizures.denied).toBeUndefined()
  })

  it('takes an event that dates the denial as given: "denied wrongdoing since his arrest"', async () => {
    const text = 'The banker, who has denied wrongdoing since his arrest in May, will appeal.'
    const doc = await analysed(text, { attributions: [['wrongdoing since his arrest in May', 'deny']] })
    expect(eventOf(doc, findEvents(doc), 'arrest').modality).toBe('reported')
  })
})

describe('stage', () => {
  it('finds nothing in empty layers or in text with no trigger', async () => {
    const empty = makeDoc('', {
      tokens: [],
      sentences: [],
      times: [],
      mentions: [],
      entities: [],
      references: [],
      places: [],
      attributions: [],
    })
    expect(findEvents(empty)).toEqual([])
    expect(findEvents(await analysed('The weather stayed mild all week.'))).toEqual([])
  })

  it('declares its layers and runs as a step', async () => {
    const stage = events()
    expect(stage.provides).toEqual(['events'])
    const step = await stage.prepare()
    const doc = await analysed('Police arrested a man.')
    expect(step(doc, quiet).events.map((e) => e.id)).toEqual(['v1'])
  })
})

describe('refusals', () => {
  it('reads no event in the words of a refusal to comment', async () => {
    const text = 'The ministry did not respond to a request for comment. Farmers requested more water.'
    const doc = await analysed(text, { attributions: [['did not respond to a request for comment', 'decline']] })
    expect(findEvents(doc).map((e) => [e.type, words(doc, e.triggers)])).toEqual([['REQUEST', ['requested']]])
  })
})

describe('death tolls', () => {
  it('joins a toll to the attack it counts, with its figure and sources, for a count conflict', async () => {
    const text =
      'A truck bomb exploded at a market on Friday, killing 20 people, the governor said. ' +
      'Doctors at the city hospital put the death toll at 26.'
    const doc = await analysed(text, {
      attributions: [['A truck bomb exploded at a market on Friday, killing 20 people'], ['the death toll at 26']],
    })
    const list = findEvents(doc)
    const attack = eventOf(doc, list, 'death toll')
    expect(words(doc, attack.triggers)).toEqual(['bomb', 'killing', 'death toll'])
    expect(words(doc, attack.targets)).toEqual(['20 people', '26'])
    expect(attack.attributions).toEqual(['a1', 'a2'])
    const [conflict] = findConflicts(doc.withLayers({ events: list }))
    expect(conflict?.slot).toBe('count')
    expect(conflict?.values.map((v) => [(v.value as { value: string }).value, v.attributions])).toEqual([
      ['20', ['a1']],
      ['26', ['a2']],
    ])
  })

  it('counts the dead with no attack named as a toll of the attack on the same people', async () => {
    const text =
      'Police shot dead at least nine people during the march, the opposition said. ' +
      'A minister said three people had died and accused marchers of attacking officers.'
    const doc = await analysed(text, {
      attributions: [
        ['Police shot dead at least nine people during the march'],
        ['three people had died and accused marchers of attacking officers'],
      ],
    })
    const list = findEvents(doc)
    const shooting = eventOf(doc, list, 'shot')
    expect(words(doc, shooting.targets)).toEqual(['at least nine people', 'three people'])
    const [conflict] = findConflicts(doc.withLayers({ events: list }))
    expect(conflict?.values.map((v) => (v.value as { value: string }).value)).toEqual(['9', '3'])
  })

  it('reads no toll in the dead of an attack named after the verb: "died in the shelling"', async () => {
    const doc = await analysed('Troops shelled the town. Residents said at least two people died in the shelling.')
    expect(findEvents(doc).flatMap((e) => words(doc, e.triggers))).not.toContain('died')
  })

  it('reads a bound on the figure and other ways of naming a toll', async () => {
    for (const [text, figure] of [
      ['Gunmen attacked a convoy. A local official gave a toll of at least 9.', 'at least 9'],
      ['Gunmen attacked a convoy. The number of dead stood at 11, the army said.', '11'],
      ["Gunmen attacked a convoy. A local official put the army's losses at more than 40.", 'more than 40'],
    ] as const) {
      const doc = await analysed(text)
      expect(words(doc, eventOf(doc, findEvents(doc), 'attacked').targets)).toContain(figure)
    }
  })

  it('reads no toll in losses that are not estimated or counted: "losses of $2 billion", "losses at sea"', async () => {
    for (const text of [
      'Gunmen attacked a convoy. The insurer reported losses of $2 billion.',
      'Gunmen attacked a convoy. The fleet suffered losses at sea in 1942.',
    ]) {
      const doc = await analysed(text)
      expect(words(doc, eventOf(doc, findEvents(doc), 'attacked').targets)).toEqual(['a convoy'])
    }
  })

  it('joins a toll to the attack told in its own sentence rather than to an earlier one', async () => {
    const text =
      'Rebels shot down a jet on Tuesday. The hospital received 14 bodies, most of them civilians killed by shelling.'
    const doc = await analysed(text)
    const list = findEvents(doc)
    expect(words(doc, eventOf(doc, list, 'shot down').targets)).toEqual(['a jet'])
    expect(words(doc, eventOf(doc, list, 'shelling').targets)).toEqual(['14', 'civilians'])
    expect(eventOf(doc, list, 'shelling').actors).toEqual([])
  })

  it('reads the dead counted as bodies as a toll, for a count conflict', async () => {
    const text =
      'Gunmen attacked the camp on Sunday, killing 30 people, an aid group said. ' +
      'Two residents said they had counted 45 bodies after the attack.'
    const doc = await analysed(text, {
      attributions: [
        ['Gunmen attacked the camp on Sunday, killing 30 people'],
        ['they had counted 45 bodies after the attack'],
      ],
    })
    const list = findEvents(doc)
    expect(words(doc, eventOf(doc, list, 'attacked').targets)).toEqual(['the camp', '30 people', '45'])
    expect(findConflicts(doc.withLayers({ events: list })).map((c) => c.slot)).toEqual(['count'])
    // Bodies that are not the dead, or not found, count nothing.
    const other = await analysed('Gunmen attacked the camp. Two bodies of water lie nearby. Two bodies will review it.')
    expect(words(other, eventOf(other, findEvents(other), 'attacked').targets)).toEqual(['the camp'])
  })

  it('takes those who died in an attack as its victims, still referring back, for a count conflict', async () => {
    const text =
      'Rebels killed 14 soldiers in an attack on a base on Monday, the rebels said. ' +
      'A spokesman said only three soldiers died in the attack.'
    const doc = await analysed(text, {
      attributions: [
        ['Rebels killed 14 soldiers in an attack on a base on Monday'],
        ['only three soldiers died in the attack'],
      ],
    })
    const list = findEvents(doc)
    expect(list).toHaveLength(1)
    expect(words(doc, (list[0] as Event).targets)).toContain('14 soldiers')
    expect(findConflicts(doc.withLayers({ events: list })).map((c) => c.slot)).toEqual(['count'])
  })

  it('takes a killing told inside "the bombing" as that bombing, for a count conflict', async () => {
    const text =
      'A bomber killed 23 people at a checkpoint on Tuesday, police said. ' +
      'Hospital officials said 31 people were killed in the bombing.'
    const doc = await analysed(text, {
      attributions: [
        ['A bomber killed 23 people at a checkpoint on Tuesday'],
        ['31 people were killed in the bombing'],
      ],
    })
    const list = findEvents(doc)
    expect(list.map((e) => words(doc, e.triggers))).toEqual([['killed', 'killed', 'bombing']])
    expect(findConflicts(doc.withLayers({ events: list })).map((c) => c.slot)).toEqual(['count'])
  })

  it('leaves out a toll that moved and a toll with no attack to count', async () => {
    const moved = await analysed('Gunmen attacked a convoy. The death toll later rose to 30.')
    const attack = eventOf(moved, findEvents(moved), 'attacked')
    expect(words(moved, attack.triggers)).toEqual(['attacked'])
    const brought = await analysed('Gunmen attacked a convoy, bringing the death toll this week to 30.')
    expect(words(brought, eventOf(brought, findEvents(brought), 'attacked').triggers)).toEqual(['attacked'])
    const flood = await analysed('The river burst its banks. The death toll stood at 14.')
    expect(findEvents(flood)).toEqual([])
  })
})

describe('crowd sizes', () => {
  it('joins the figures organisers and police give to the protest, for a count conflict', async () => {
    const text =
      'Thousands marched in the capital on Saturday against the new tax. ' +
      'Organisers said more than 80,000 people took part. Police put the number at 15,000.'
    const doc = await analysed(text, {
      attributions: [['more than 80,000 people took part'], ['the number at 15,000']],
    })
    const list = findEvents(doc)
    const march = eventOf(doc, list, 'marched')
    expect(words(doc, march.triggers)).toEqual(['marched', 'took part', 'number'])
    expect(words(doc, march.actors)).toEqual(['Thousands', 'more than 80,000 people', '15,000'])
    const [conflict] = findConflicts(doc.withLayers({ events: list }))
    expect(conflict?.slot).toBe('count')
    expect(conflict?.values.map((v) => [(v.value as { value: string }).value, v.attributions])).toEqual([
      ['80000', ['a1']],
      ['15000', ['a2']],
    ])
  })

  it('reads a crowd and a turnout by their nouns, and no size without a protest', async () => {
    const rally = await analysed('Farmers protested outside parliament. A crowd of about 3,000 blocked the road.')
    expect(words(rally, eventOf(rally, findEvents(rally), 'protested').actors)).toContain('about 3,000')
    const match = await analysed('The final was played on Sunday. More than 60,000 people attended.')
    expect(findEvents(match)).toEqual([])
  })
})

describe('triggers in a business or court sense', () => {
  it('reads no assault in beating forecasts or a rival', async () => {
    const firm = await analysed("The retailer beat analysts' forecasts in the third quarter.")
    expect(findEvents(firm)).toEqual([])
    const team = await analysed('The home side beat their old rival 3-1 on Sunday.')
    expect(findEvents(team)).toEqual([])
    const mob = await analysed('A mob beat two journalists outside the stadium.')
    expect(findEvents(mob).map((e) => e.type)).toEqual(['ASSAULT'])
  })

  it('reads no accusation in "alleged" before a noun', async () => {
    const probe = await analysed('Police opened an inquiry into alleged kickbacks paid by the firm.')
    expect(findEvents(probe).map((e) => e.type)).not.toContain('ACCUSE')
    const hedged = await analysed('The court freed the alleged ringleader on bail.')
    expect(findEvents(hedged).map((e) => e.type)).not.toContain('ACCUSE')
    const said = await analysed('The opposition alleged fraud in three districts.')
    expect(findEvents(said).map((e) => e.type)).toEqual(['ACCUSE'])
  })
})

describe('disasters', () => {
  it('reads no assault in floods or storms that kill, though a plural opening the sentence is tagged a name', async () => {
    const floods = await analysed('Floods in the north of the country killed 12 people on Monday.')
    expect(findEvents(floods)).toEqual([])
    const storms = await analysed('Storms killed two fishermen off the coast.')
    expect(findEvents(storms)).toEqual([])
    const gunmen = await analysed('Gunmen killed two fishermen off the coast.')
    expect(findEvents(gunmen).map((e) => e.type)).toEqual(['ASSAULT'])
  })

  it('joins no toll of an earthquake to the floods told after it', async () => {
    const text =
      'An earthquake struck the region on Saturday. Officials put the death toll at 40. ' +
      'Floods in a nearby province killed three people last week.'
    expect(findEvents(await analysed(text))).toEqual([])
  })
})

describe('spoken acts', () => {
  it("keeps apart two speakers' demands told near each other", async () => {
    const text =
      'Teachers are demanding a 10 percent raise. ' +
      'Education Minister Ana Lopes urged both sides to return to talks on Tuesday.'
    const doc = await analysed(text, { names: [['Ana Lopes', 'PERSON', 'e1']] })
    const requests = findEvents(doc).filter((e) => e.type === 'REQUEST')
    expect(requests.map((e) => words(doc, e.triggers))).toEqual([['demanding'], ['urged']])
  })

  it("still joins a headline's demand to the body's, whose subject is missed", async () => {
    const text =
      'Union demands recount\nThe union on Monday rejected the count and demanded a recount in three districts.'
    const doc = await analysed(text)
    const requests = findEvents(doc).filter((e) => e.type === 'REQUEST')
    expect(requests.map((e) => words(doc, e.triggers))).toEqual([['demands', 'demanded']])
  })
})

describe('threats', () => {
  it('reads no threat in endangering stability or a harvest', async () => {
    const pact = await analysed('Beijing said the new pact threatened regional stability.')
    expect(findEvents(pact)).toEqual([])
    const walkout = await analysed("The strike threatens this year's coffee exports.")
    expect(findEvents(walkout).map((e) => e.type)).not.toContain('THREATEN')
    const made = await analysed('The rebels threatened the mayor with death.')
    expect(findEvents(made).map((e) => e.type)).toEqual(['THREATEN'])
    // `security` and `health` also open the people a threat is made to.
    const guards = await analysed('Militants threatened security forces and health workers in the north.')
    expect(findEvents(guards).map((e) => e.type)).toEqual(['THREATEN'])
  })
})

describe('strike sizes', () => {
  it('counts the workers who had joined a walkout, for a count conflict with another estimate', async () => {
    const text =
      'Bus drivers went on strike in the capital on Monday. ' +
      'The union said about 4,000 members had joined the walkout, while the city put the number at 1,500.'
    const doc = await analysed(text, {
      attributions: [['about 4,000 members had joined the walkout'], ['the number at 1,500']],
    })
    const list = findEvents(doc)
    const strike = eventOf(doc, list, 'went on strike')
    expect(words(doc, strike.actors)).toEqual(['Bus drivers', 'about 4,000 members', '1,500'])
    const [conflict] = findConflicts(doc.withLayers({ events: list }))
    expect(conflict?.values.map((v) => (v.value as { value: string }).value)).toEqual(['4000', '1500'])
  })
})

describe('searches', () => {
  it('reads a raid on premises, or by prosecutors, as a search, and troops raiding a village as an attack', async () => {
    const tax = await analysed('Tax inspectors raided the headquarters of a mining company on Tuesday.')
    expect(findEvents(tax).map((e) => [e.type, e.mode])).toEqual([['COERCE', 'seize']])
    const paper = await analysed('Police raided the offices of an opposition newspaper.')
    expect(findEvents(paper).map((e) => [e.type, e.mode])).toEqual([['COERCE', 'seize']])
    const prosecutors = await analysed('Prosecutors raided two banks in the capital.')
    expect(findEvents(prosecutors).map((e) => [e.type, e.mode])).toEqual([['COERCE', 'seize']])
    const village = await analysed('Troops raided a village near the border.')
    expect(findEvents(village).map((e) => e.type)).toEqual(['ASSAULT'])
  })
})

describe('times owning a noun', () => {
  it("dates the clause by its own time, not by a time owning its object (last week's election)", async () => {
    const text = "The opposition on Monday rejected the results of last week's election."
    const { e } = await first(text, 'rejected')
    expect(e.time).toEqual({ value: '2024-03-11' })
    const sunday = await first("Police arrested two organisers of Sunday's march.", 'arrested')
    expect(sunday.e.time).toEqual({ before: '2024-03-15' })
  })
})

describe('visits in the diary', () => {
  it('reads an act someone is expected, due, scheduled or set to do as planned, with its subject', async () => {
    const expected = await first('The president was expected to visit the flooded region on Sunday.', 'visit')
    expect([expected.actors, expected.e.modality]).toEqual([['The president'], 'planned'])
    const due = await first('The envoy is due to meet the rebel leaders in Doha.', 'meet')
    expect([due.actors, due.e.modality]).toEqual([['The envoy'], 'planned'])
    const scheduled = await first('The minister is scheduled to meet union leaders on Monday.', 'meet')
    expect([scheduled.actors, scheduled.e.modality]).toEqual([['The minister'], 'planned'])
    const set = await first('The envoy is set to visit the capital next week.', 'visit')
    expect(set.e.modality).toBe('planned')
  })
})

describe('light verbs of filing and offering', () => {
  it("gives a filed petition or offered aid the light verb's subject and auxiliaries", async () => {
    const text =
      'The opposition party would file a petition with the court. Foreign observers urged both sides to show restraint.'
    const doc = await analysed(text)
    const requests = findEvents(doc).filter((e) => e.type === 'REQUEST')
    expect(requests.map((e) => [words(doc, e.triggers), words(doc, e.actors), e.modality])).toEqual([
      [['petition'], ['The opposition party'], 'hypothetical'],
      [['urged'], ['Foreign observers'], 'asserted'],
    ])
    const aid = await first('Japan offered aid to the flooded towns.', 'aid', { names: [['Japan', 'GPE', 'e1', 'JP']] })
    expect(aid.actors).toEqual(['Japan'])
  })
})

describe('market demand', () => {
  it('reads no request in demand that a verb of amount moves', async () => {
    const drought = await analysed('The brewer said a drought had hit demand for beer.')
    expect(findEvents(drought).map((e) => e.type)).not.toContain('REQUEST')
    const rates = await analysed('The bank cut rates to boost demand.')
    expect(findEvents(rates).map((e) => e.type)).not.toContain('REQUEST')
    const made = await analysed('Nurses repeated their demand for higher pay.')
    expect(findEvents(made).map((e) => e.type)).toEqual(['REQUEST'])
  })
})

describe('subjects past a time', () => {
  it('gives a joined or participle verb the subject before "on Monday", not the day', async () => {
    const joined = await first(
      'The opposition party on Monday rejected the results and demanded a recount in three districts.',
      'demanded',
    )
    expect(joined.actors).toEqual(['The opposition party'])
    const participle = await first(
      'The high court on Thursday upheld the ban, rejecting an appeal by the group.',
      'rejecting',
    )
    expect(participle.actors).toEqual(['The high court'])
  })
})

describe('strikes', () => {
  it('reads a walkout and a stoppage as strikes', async () => {
    const walked = await first('Dock workers walked off the job at three terminals.', 'walked off the job')
    expect([walked.e.type, walked.e.mode]).toEqual(['PROTEST', 'strike'])
    const stoppage = await first('Dockers held a one-hour stoppage.', 'stoppage')
    expect([stoppage.e.type, stoppage.e.mode]).toEqual(['PROTEST', 'strike'])
  })

  it('takes the subject before a place as the actor of a light verb: "Workers in X held a protest"', async () => {
    const held = await first('Workers in Mombasa held a protest on Monday.', 'protest')
    expect(held.actors).toEqual(['Workers'])
  })

  it('keeps protests by two groups with nothing else shared apart', async () => {
    const doc = await analysed('Dockers held a stoppage on Monday.\n\nTeachers went on strike.')
    expect(findEvents(doc).map((e) => words(doc, e.actors ?? []))).toEqual([['Dockers'], ['Teachers']])
  })
})

describe('counts of one arrest by two sources', () => {
  it('reads "35 of its monitors" as the target, not the clause before it', async () => {
    const detained = await first('The party said 35 of its monitors were detained.', 'detained')
    expect(detained.targets).toEqual(['35 of its monitors'])
  })

  it('takes two counts of the same kind of people as one arrest whose count the sources dispute', async () => {
    const text =
      'Police said they had arrested 41 election monitors on Wednesday. The party said 35 of its monitors were detained.'
    const doc = await analysed(text, {
      attributions: [
        ['they had arrested 41 election monitors on Wednesday', 'assert', 'said', 's1'],
        ['35 of its monitors were detained', 'assert', 'said', 's2'],
      ],
    })
    const list = findEvents(doc)
    expect(list.map((e) => e.type)).toEqual(['COERCE'])
    const [conflict] = findConflicts(doc.withLayers({ events: list }))
    expect(conflict?.slot).toBe('count')
  })
})

describe('speakers as actors', () => {
  it('takes "they" opening a claim as the speakers: "Police said they had arrested ..."', async () => {
    const text = 'Police said they had arrested 41 monitors.'
    const doc = await analysed(text)
    const said: Attribution = {
      id: 'a1',
      source: { mention: spanOf(text, 'Police'), named: true, count: null },
      cue: spanOf(text, 'said'),
      content: spanOf(text, 'they had arrested 41 monitors'),
      kind: 'indirect',
      stance: 'assert',
    }
    const arrest = eventOf(doc, findEvents(doc.withLayers({ attributions: [said] })), 'arrested')
    expect(words(doc, arrest.actors)).toEqual(['Police'])
  })
})

describe('parts of a group', () => {
  it('takes "one of its guards" as the one hurt, not the body that said so', async () => {
    const hurt = await first('Velmora said one of its guards had been slightly injured.', 'injured', {
      names: [['Velmora', 'GPE', 'velmora']],
      references: [['its', 'velmora']],
    })
    expect(hurt.targets).toEqual(['one of its guards'])
    const held = await first('Police said two of the marchers were detained.', 'detained')
    expect(held.targets).toEqual(['two of the marchers'])
  })
})

describe('a lapse of time', () => {
  it('takes no target from "came two weeks after"', async () => {
    const came = await first('The detention came two weeks after a raid on the port.', 'detention')
    expect(came.targets).toEqual([])
  })
})

describe('a possessive refers back', () => {
  it('joins a denied "its leader had been arrested" to the capture of "a leader" told before', async () => {
    const doc = await analysed(
      'A leader of the rebels was captured near the dam on Friday, two officers said. The rebels denied that its leader had been arrested.',
      {
        attributions: [
          ['A leader of the rebels was captured near the dam on Friday', 'assert', 'said'],
          ['its leader had been arrested', 'deny', 'denied'],
        ],
      },
    )
    const list = findEvents(doc)
    expect(eventOf(doc, list, 'captured')).toBe(eventOf(doc, list, 'arrested'))
  })
})

describe('a denial answers the deed another source tells', () => {
  it('joins "denied opening fire" to the shelling one side is accused of, as a conflict of modality', async () => {
    const doc = await analysed(
      'Ruritania accused Borduria of shelling farms near the frontier, but Borduria denied opening fire.',
      {
        attributions: [
          ['Borduria of shelling farms near the frontier', 'assert', 'accused', 'ruritania'],
          ['opening fire', 'deny', 'denied', 'borduria'],
        ],
      },
    )
    const list = findEvents(doc)
    const shelling = eventOf(doc, list, 'shelling')
    expect(eventOf(doc, list, 'opening fire')).toBe(shelling)
    const conflicts = findConflicts(doc.withLayers({ events: list }))
    expect(conflicts.map((c) => [c.event, c.values.map((v) => v.attributions)])).toEqual([
      [shelling.id, [['a1'], ['a2']]],
    ])
  })

  it('keeps apart a denial told sentences away from the deed', async () => {
    const doc = await analysed(
      'Ruritania accused Borduria of shelling farms. The harvest was poor. Prices rose. Exports fell. Borduria denied opening fire.',
      {
        attributions: [
          ['Borduria of shelling farms', 'assert', 'accused', 'ruritania'],
          ['opening fire', 'deny', 'denied', 'borduria'],
        ],
      },
    )
    const list = findEvents(doc)
    expect(eventOf(doc, list, 'opening fire')).not.toBe(eventOf(doc, list, 'shelling'))
  })
})

describe('the one accused of a deed', () => {
  it('acts in the deed: "accused Y of shelling", "blamed Y for the raid"', async () => {
    const shelled = await first('Ruritania accused Borduria of shelling two farms.', 'shelling')
    expect(shelled.actors).toEqual(['Borduria'])
    const raid = await first('The mayor blamed the militia for the raid on the market.', 'raid')
    expect(raid.actors).toEqual(['the militia'])
  })
})

describe('a saying with no subject of its own', () => {
  it('is done by the source the attribution stage read for its cue: "X, which ..., on Monday accused Y of D"', async () => {
    const text =
      'The party, which won 40 seats in 2019 and has long dominated the north, on Monday accused the board of fraud.'
    const doc = await analysed(text)
    const accused = spanOf(text, 'accused')
    const attribution: Attribution = {
      id: 'a1',
      source: { mention: spanOf(text, 'The party'), named: true, count: 1 },
      cue: accused,
      content: spanOf(text, 'the board of fraud'),
      kind: 'indirect',
      stance: 'assert',
    }
    const list = findEvents(doc.withLayers({ attributions: [attribution] }))
    expect(words(doc, eventOf(doc, list, 'accused').actors)).toEqual(['The party'])
  })
})
