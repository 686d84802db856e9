import { describe, expect, it } from 'vitest'
import type { Argument, Attribution, Event, Mention, Place } from '../../doc/layers.js'
import { makeDoc, spanOf } from '../../doc/testing.js'
import { conflicts, countOf, countRange, findConflicts, isHurtCount } from './index.js'
import { isCompatible, locate } from './refinement.js'

/*
 * Events, attributions and places built by hand: the conflicts stage only compares what the
 * events stage found inside each account.
 */

const TEXT =
  'Officials said the pilot was held in Chad. Rebels said the pilot was held in southern Libya. ' +
  'A witness said the pilot was held in Libya. Aides said the pilot was held in Benghazi. ' +
  'A medic said the raid killed 9 people in 2020. A nurse said the raid killed 14 people in March 2021.'

const at = (phrase: string, n = 1) => spanOf(TEXT, phrase, n)

const mentions: Mention[] = [
  { ...at('Chad'), type: 'GPE', entity: 'chad' },
  { ...at('Libya'), type: 'GPE', entity: 'libya' },
  { ...at('Libya', 2), type: 'GPE', entity: 'libya' },
  { ...at('Benghazi'), type: 'GPE', entity: 'benghazi' },
]
const places: Place[] = [
  { entity: 'chad', lat: 15, lon: 19, country: 'TD', kind: 'country', extent: 6 },
  { entity: 'libya', lat: 27, lon: 17, country: 'LY', kind: 'country', extent: 8 },
  { entity: 'benghazi', lat: 32.1, lon: 20.1, country: 'LY', kind: 'city' },
  {
    entity: 'libya',
    span: at('southern Libya'),
    direction: 'south',
    lat: 24,
    lon: 17,
    country: 'LY',
    kind: 'region',
    extent: 4,
  },
]

function account(id: string, content: string, n = 1): Attribution {
  const span = at(content, n)
  return {
    id,
    source: { mention: null, named: false, count: null },
    cue: span,
    content: span,
    kind: 'indirect',
    stance: 'assert',
  }
}

/** `said(id, phrase)`: an account of `text` whose cue and content are `phrase`. */
function saidIn(text: string): (id: string, phrase: string) => Attribution {
  return (id, phrase) => ({ ...account(id, 'the raid'), cue: spanOf(text, phrase), content: spanOf(text, phrase) })
}

function event(id: string, triggers: string[][], place: Argument[], extra: Partial<Event> = {}): Event {
  return {
    id,
    type: 'COERCE',
    mode: 'arrest',
    triggers: triggers.map(([w, n]) => at(w as string, Number(n ?? 1))),
    actors: [],
    targets: [],
    place,
    time: null,
    modality: 'reported',
    attributions: [],
    ...extra,
  }
}

function run(events: Event[], attributions: Attribution[]) {
  const doc = makeDoc(TEXT, { events, attributions, places, mentions })
  return findConflicts(doc)
}

const held = (n: number) => ['held', String(n)]

describe('place conflicts', () => {
  const attributions = [
    account('a1', 'the pilot was held in Chad'),
    account('a2', 'the pilot was held in southern Libya'),
    account('a3', 'the pilot was held in Libya'),
    account('a4', 'the pilot was held in Benghazi'),
  ]

  it('records places in different countries as a conflict, each with its attributions', () => {
    const e = event('v1', [held(1), held(2)], [{ ...at('Chad'), entity: 'chad' }, at('southern Libya')], {
      attributions: ['a1', 'a2'],
    })
    const [c, ...rest] = run([e], attributions)
    expect(rest).toEqual([])
    expect(c?.slot).toBe('place')
    expect(
      c?.values.map((v) => [TEXT.slice((v.value as Argument).start, (v.value as Argument).end), v.attributions]),
    ).toEqual([
      ['Chad', ['a1']],
      ['southern Libya', ['a2']],
    ])
  })

  it('takes a country and a region of it as one account, shown by the region', () => {
    const e = event('v1', [held(2), held(3)], [at('southern Libya'), { ...at('Libya', 2), entity: 'libya' }], {
      attributions: ['a2', 'a3'],
    })
    expect(run([e], attributions)).toEqual([])
  })

  it('groups refinements together against the account that disagrees', () => {
    const e = event(
      'v1',
      [held(1), held(3), held(4)],
      [
        { ...at('Chad'), entity: 'chad' },
        { ...at('Libya', 2), entity: 'libya' },
        { ...at('Benghazi'), entity: 'benghazi' },
      ],
      { attributions: ['a1', 'a3', 'a4'] },
    )
    const [c] = run([e], attributions)
    expect(c?.values.map((v) => v.attributions)).toEqual([['a1'], ['a3', 'a4']])
    expect(c?.values[1]?.value).toMatchObject({ entity: 'benghazi' })
  })

  it('takes two places in one account as that account, not a disagreement', () => {
    const e = event('v1', [held(1), held(2)], [{ ...at('Chad'), entity: 'chad' }, at('southern Libya')], {
      attributions: ['a1', 'a2'],
    })
    const both = {
      ...account('a1', 'the pilot was held in Chad'),
      content: { start: 0, end: TEXT.indexOf('A witness') },
    }
    expect(run([e], [both, account('a2', 'the pilot was held in Libya')])).toEqual([])
  })

  it('needs two accounts: one source alone cannot disagree', () => {
    const e = event('v1', [held(1)], [{ ...at('Chad'), entity: 'chad' }], { attributions: ['a1'] })
    expect(run([e], attributions)).toEqual([])
  })
})

describe('refinement', () => {
  const loc = (arg: Argument) => locate(arg, places, mentions)
  it('holds a city inside the region around it, not inside a far one', () => {
    const benghazi = loc({ ...at('Benghazi'), entity: 'benghazi' })
    const south = loc(at('southern Libya'))
    expect(isCompatible(benghazi, loc({ ...at('Libya', 2), entity: 'libya' }))).toBe(true)
    expect(isCompatible(benghazi, south)).toBe(false)
  })
})

describe('towns the gazetteer does not know', () => {
  const text =
    'A monitor said gunmen raided Kabkabiya in North Darfur. The army said gunmen raided Tawila. ' +
    'Medics said gunmen raided North Darfur. Aides said gunmen raided Kutum in North Darfur.'
  const in_ = (phrase: string, n = 1) => spanOf(text, phrase, n)
  const said = saidIn(text)
  const townMentions: Mention[] = [
    { ...in_('Kabkabiya'), type: 'GPE', entity: 'kabkabiya' },
    { ...in_('North Darfur'), type: 'GPE', entity: 'north-darfur' },
    { ...in_('Tawila'), type: 'GPE', entity: 'tawila' },
    { ...in_('North Darfur', 2), type: 'GPE', entity: 'north-darfur' },
    { ...in_('Kutum'), type: 'GPE', entity: 'kutum' },
    { ...in_('North Darfur', 3), type: 'GPE', entity: 'north-darfur' },
  ]
  const townPlaces: Place[] = [{ entity: 'north-darfur', lat: 15, lon: 25, country: 'SD', kind: 'region', extent: 2 }]
  const accounts = [
    said('a1', 'gunmen raided Kabkabiya in North Darfur'),
    said('a2', 'gunmen raided Tawila'),
    said('a3', 'gunmen raided North Darfur'),
    said('a4', 'gunmen raided Kutum in North Darfur'),
  ]
  const place = (phrase: string, entity: string, n = 1): Argument => ({ ...in_(phrase, n), entity })
  const raid = (ids: string[], place: Argument[]): Event => ({
    id: 'v1',
    type: 'ASSAULT',
    mode: null,
    triggers: [1, 2, 3, 4].map((n) => in_('raided', n)),
    actors: [],
    targets: [],
    place,
    time: null,
    modality: 'reported',
    attributions: ids,
  })
  const slots = (e: Event) =>
    findConflicts(makeDoc(text, { events: [e], attributions: accounts, places: townPlaces, mentions: townMentions }))
  const kabkabiya = [place('Kabkabiya', 'kabkabiya'), place('North Darfur', 'north-darfur')]

  it('sets a town told as lying in a known region against another town, shown by the town', () => {
    const [c] = slots(raid(['a1', 'a2'], [...kabkabiya, place('Tawila', 'tawila')]))
    expect(
      c?.values.map((v) => [text.slice((v.value as Argument).start, (v.value as Argument).end), v.attributions]),
    ).toEqual([
      ['Kabkabiya', ['a1']],
      ['Tawila', ['a2']],
    ])
  })

  it('sets two such towns of one country apart, but not a town and its region', () => {
    const kutum = [place('Kutum', 'kutum'), place('North Darfur', 'north-darfur', 3)]
    expect(slots(raid(['a1', 'a4'], [...kabkabiya, ...kutum])).map((c) => c.slot)).toEqual(['place'])
    expect(slots(raid(['a1', 'a3'], [...kabkabiya, place('North Darfur', 'north-darfur', 2)]))).toEqual([])
  })
})

describe('time and count conflicts', () => {
  const attributions = [
    account('a1', 'the raid killed 9 people in 2020'),
    account('a2', 'the raid killed 14 people in March 2021'),
  ]
  const e = event('v1', [['killed'], ['killed', '2']], [], {
    type: 'ASSAULT',
    mode: null,
    targets: [at('9 people'), at('14 people')],
    attributions: ['a1', 'a2'],
    triggerTimes: [
      { trigger: 0, value: '2020' },
      { trigger: 1, value: '2021-03' },
    ],
  })

  it('records different years and different casualty numbers', () => {
    const found = run([e], attributions)
    expect(found.map((c) => [c.slot, c.values.map((v) => (v.value as { value: string }).value)])).toEqual([
      ['time', ['2020', '2021-03']],
      ['count', ['9', '14']],
    ])
  })

  it('takes a month inside the year another account gives as agreement', () => {
    const same = {
      ...e,
      triggerTimes: [
        { trigger: 0, value: '2021' },
        { trigger: 1, value: '2021-03' },
      ],
      targets: [],
    }
    expect(run([same], attributions)).toEqual([])
  })

  it('counts the wounded apart from the dead', () => {
    const text = 'A medic said the blast killed 9 people. A nurse said 14 people were wounded, wounding 30 in all.'
    const span = (p: string) => spanOf(text, p)
    const said = saidIn(text)
    const blast = event('v1', [], [], {
      type: 'ASSAULT',
      triggers: [span('killed'), span('wounded')],
      targets: [span('9 people'), span('14 people'), span('30')],
      attributions: ['a1', 'a2'],
    })
    const accounts = [said('a1', 'the blast killed 9 people'), said('a2', '14 people were wounded, wounding 30 in all')]
    expect(findConflicts(makeDoc(text, { events: [blast], attributions: accounts, places, mentions: [] }))).toEqual([])
    expect(isHurtCount(text, span('9 people'))).toBe(false)
    expect(isHurtCount(text, span('14 people'))).toBe(true)
    expect(isHurtCount(text, span('30'))).toBe(true)
  })

  it('counts nothing in a phrase without a number, whatever its words', () => {
    expect(countOf('five soldiers')).toBe(5)
    expect(countOf('the constructor of the dam')).toBeNull()
    expect(countRange('toString')).toBeNull()
  })

  it('reads bounds and round numbers as ranges', () => {
    expect(countRange('at least 9 people')).toEqual({ value: 9, min: 9, max: Number.POSITIVE_INFINITY })
    expect(countRange('about 12 people')).toEqual({ value: 12, min: 10, max: 14 })
    expect(countRange('up to 30 people')).toEqual({ value: 30, min: 0, max: 30 })
  })

  it('takes a lower bound and a larger number as agreement, two exact numbers as a conflict', () => {
    const text = 'A medic said at least 9 people died. A nurse said 14 people died. A guard said 11 people died.'
    const span = (p: string) => spanOf(text, p)
    const said = saidIn(text)
    const accounts = [said('a1', 'at least 9 people died'), said('a2', '14 people died'), said('a3', '11 people died')]
    const died = (n: number) => spanOf(text, 'died', n)
    const base = event('v1', [], [], { type: 'ASSAULT', attributions: ['a1', 'a2'] })
    const two = { ...base, triggers: [died(1), died(2)], targets: [span('at least 9 people'), span('14 people')] }
    expect(findConflicts(makeDoc(text, { events: [two], attributions: accounts, places, mentions: [] }))).toEqual([])
    const three = { ...two, triggers: [died(1), died(2), died(3)], targets: [...two.targets, span('11 people')] }
    const found = findConflicts(
      makeDoc(text, {
        events: [{ ...three, attributions: ['a1', 'a2', 'a3'] }],
        attributions: accounts,
        places,
        mentions: [],
      }),
    )
    expect(found.map((c) => c.values.map((v) => v.attributions))).toEqual([[['a1', 'a2'], ['a3']]])
  })

  it('gives a count to the innermost account that tells it, not to one that holds it', () => {
    const text = 'The army denied the strike, after medics said 30 people died. A nurse said 12 people died.'
    const span = (p: string) => spanOf(text, p)
    const said = saidIn(text)
    const accounts = [
      said('a1', 'the strike, after medics said 30 people died'),
      said('a2', '30 people died'),
      said('a3', '12 people died'),
    ]
    const died = (n: number) => spanOf(text, 'died', n)
    const strike = event('v1', [], [], {
      type: 'ASSAULT',
      triggers: [died(1), died(2)],
      targets: [span('30 people'), span('12 people')],
      attributions: ['a1', 'a2', 'a3'],
    })
    const found = findConflicts(makeDoc(text, { events: [strike], attributions: accounts, places, mentions: [] }))
    expect(found.map((c) => c.values.map((v) => v.attributions))).toEqual([[['a2'], ['a3']]])
  })

  it('reads counts written as digits or words', () => {
    expect(countOf('at least 1,200 people')).toBe(1200)
    expect(countOf('five soldiers')).toBe(5)
    expect(countOf('the soldiers')).toBeNull()
  })
})

describe('actor conflicts', () => {
  it('records two accounts naming different entities as the one who acted', () => {
    const attributions = [account('a1', 'Officials said'), account('a2', 'Rebels said')]
    const e = event('v1', [], [], {
      actors: [
        { ...at('Officials'), entity: 'government' },
        { ...at('Rebels'), entity: 'rebels' },
      ],
      attributions: ['a1', 'a2'],
    })
    const [c] = run([e], attributions)
    expect(c?.slot).toBe('actor')
    expect(c?.values.map((v) => v.attributions)).toEqual([['a1'], ['a2']])
  })
})

describe('modality conflicts', () => {
  const text = 'Aides said the mayor was detained. The police denied that the mayor was detained. A lawyer said so.'
  const said = saidIn(text)
  const detained = (n: number) => spanOf(text, 'detained', n)
  const arrest = (attributions: string[]): Event => ({
    ...event('v1', [], []),
    triggers: [detained(1), detained(2)],
    denied: [detained(2)],
    attributions,
  })
  const accounts = [
    said('a1', 'the mayor was detained'),
    { ...said('a2', 'that the mayor was detained'), stance: 'deny' as const },
  ]

  it('records an account that denies the event against one that tells it', () => {
    const [c] = findConflicts(
      makeDoc(text, { events: [arrest(['a1', 'a2'])], attributions: accounts, places: [], mentions: [] }),
    )
    expect(c?.slot).toBe('modality')
    expect(c?.values.map((v) => [(v.value as { value: string }).value, v.attributions])).toEqual([
      ['reported', ['a1']],
      ['denied', ['a2']],
    ])
  })

  it('takes no side from a denial of something else that the event sits in', () => {
    const given = { ...arrest(['a1', 'a2']), denied: [] }
    const doc = makeDoc(text, { events: [given], attributions: accounts, places: [], mentions: [] })
    expect(findConflicts(doc)).toEqual([])
  })

  it('needs both sides: denials alone disagree with no one', () => {
    const denials = accounts.map((a) => ({ ...a, stance: 'deny' as const }))
    const doc = makeDoc(text, { events: [arrest(['a1', 'a2'])], attributions: denials, places: [], mentions: [] })
    expect(findConflicts(doc)).toEqual([])
  })
})

describe('stage', () => {
  it('declares its layers', async () => {
    const stage = conflicts()
    expect(stage.provides).toEqual(['conflicts'])
    const step = await stage.prepare()
    const doc = makeDoc(TEXT, { events: [], attributions: [], places, mentions })
    expect(step(doc, { warn() {}, info() {} }).conflicts).toEqual([])
  })
})
