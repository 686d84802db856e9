import { beforeAll, describe, expect, it } from 'vitest'
import type { Doc } from '../../doc/doc.js'
import type { Entity } from '../../doc/layers.js'
import { makeDoc } from '../../doc/testing.js'
import { createPipeline, type Pipeline, type Stage } from '../../pipeline.js'
import { tokens } from '../tokens/index.js'
import { entities } from './index.js'

let pipeline: Pipeline
beforeAll(async () => {
  pipeline = createPipeline([tokens(), entities()] as Stage[])
  await pipeline.prepare()
})

const analyse = (text: string): Doc => pipeline.runSync(makeDoc(text))
const entityNamed = (doc: Doc, name: string): Entity | undefined => doc.layer('entities').find((e) => e.name === name)
const typeAt = (doc: Doc, phrase: string): string | undefined => {
  const start = doc.text.indexOf(phrase)
  return doc.layer('mentions').find((m) => m.start === start && m.end === start + phrase.length)?.type
}

describe('entities stage', () => {
  it('types people, organisations, countries and nationalities', () => {
    const doc = analyse(
      'Egyptian police arrested Mohamed Farouk Hassan in Cairo on Tuesday, the Interior Ministry said. ' +
        'The United Nations condemned the arrest.',
    )
    expect(typeAt(doc, 'Egyptian')).toBe('NORP')
    expect(typeAt(doc, 'Mohamed Farouk Hassan')).toBe('PERSON')
    expect(typeAt(doc, 'Cairo')).toBe('GPE')
    expect(typeAt(doc, 'United Nations')).toBe('ORG')
  })

  it('types names CoNLL never showed by the words used alike (word classes)', () => {
    // Without class features the resorts were an organisation and a person, and the leaders an organisation and a place.
    const resorts = analyse('Bodrum and Marmaris were hit by fires.')
    expect(typeAt(resorts, 'Bodrum')).toBe('GPE')
    expect(typeAt(resorts, 'Marmaris')).toBe('GPE')
    const headline = analyse('MUSHARRAF MEETS KARZAI')
    expect(typeAt(headline, 'MUSHARRAF')).toBe('PERSON')
    expect(typeAt(headline, 'KARZAI')).toBe('PERSON')
  })

  it('ends a name at its last capitalised word', () => {
    const doc = analyse('He accused the paramilitary Rapid Support Forces of firing on the market.')
    expect(doc.layer('entities').map((e) => e.name)).toEqual(['Rapid Support Forces'])
  })

  it('takes the outlet in a dateline for an organisation, whatever its words', () => {
    const doc = analyse('NAIROBI, May 2 (Gulf Observer) - Police closed the road on Friday.')
    expect(typeAt(doc, 'Gulf Observer')).toBe('ORG')
  })

  it('knows a listed name with a lower-case particle when it opens a sentence', () => {
    const doc = analyse('Al Shabaab denied the report. A spokesman for al Shabaab said so.')
    const group = doc.layer('entities').find((e) => e.type === 'ORG')
    expect(group?.mentions).toHaveLength(2)
  })

  it('types a named building or structure as a facility', () => {
    const doc = analyse('The wounded were taken to Mercy Hospital from the area near Lagos Airport.')
    expect(typeAt(doc, 'Lagos Airport')).toBe('FAC')
    // A facility word alone names no facility.
    expect(
      doc.layer('mentions').filter((m) => m.type === 'FAC' && !doc.text.slice(m.start, m.end).includes(' ')),
    ).toEqual([])
  })

  it("takes no organisation from the portfolio in a minister's title", () => {
    const doc = analyse('Interior Minister Ana Ortiz met Defence Secretary Tom Hale at the Interior Ministry.')
    expect(doc.layer('entities').map((e) => [e.type, e.name])).toEqual([
      ['PERSON', 'Ana Ortiz'],
      ['PERSON', 'Tom Hale'],
      ['ORG', 'Interior Ministry'],
    ])
  })

  it('types a name used only as a place as a place, and a name used otherwise as a person', () => {
    const doc = analyse(
      'The shell hit a house in Tall Qasra, near Beit Hanun, and a school in the Karam Yusuf district. ' +
        'Tall Qasra was quiet by noon. Relatives of Omar Haddad said he was hurt in Tall Qasra.',
    )
    expect(typeAt(doc, 'Beit Hanun')).toBe('GPE')
    expect(typeAt(doc, 'Karam Yusuf')).toBe('GPE')
    expect(typeAt(doc, 'Omar Haddad')).toBe('PERSON')
  })

  it('keeps a known city whole across its small word (Dar es Salaam, Rio de Janeiro)', () => {
    const doc = analyse('The embassy in Dar es Salaam and the consulate in Rio de Janeiro were closed on Monday.')
    expect(doc.layer('entities').map((e) => [e.type, e.name])).toEqual([
      ['GPE', 'Dar es Salaam'],
      ['GPE', 'Rio de Janeiro'],
    ])
  })

  it('types a named street as a facility, whatever kind of name the tagger took it for', () => {
    const doc = analyse(
      'Demonstrators blocked Moi Avenue with tyres, then marched down Parliament Road to Mandela Street.',
    )
    expect(['Moi Avenue', 'Parliament Road', 'Mandela Street'].map((name) => typeAt(doc, name))).toEqual([
      'FAC',
      'FAC',
      'FAC',
    ])
  })

  it('joins an organisation name split at a small word (the Committee to Protect Journalists)', () => {
    const doc = analyse(
      'The Committee to Protect Journalists said two reporters were held. The Council on Foreign Relations ' +
        'and the Campaign for Nuclear Disarmament agreed. Money went to Ohio for Smith.',
    )
    expect(typeAt(doc, 'Committee to Protect Journalists')).toBe('ORG')
    expect(typeAt(doc, 'Council on Foreign Relations')).toBe('ORG')
    expect(typeAt(doc, 'Campaign for Nuclear Disarmament')).toBe('ORG')
    expect(typeAt(doc, 'Ohio')).toBe('GPE')
    expect(entityNamed(doc, 'Ohio for Smith')).toBeUndefined()
  })

  it('keeps a sea or strait named with `of` whole and a place (Gulf of Oman, Bay of Bengal)', () => {
    const doc = analyse(
      'A tanker was seized in the Gulf of Oman. A storm grew in the Bay of Bengal. Oman and the Bank of Ghana said nothing.',
    )
    expect(typeAt(doc, 'Gulf of Oman')).toBe('LOC')
    expect(typeAt(doc, 'Bay of Bengal')).toBe('LOC')
    expect(typeAt(doc, 'Bank of Ghana')).toBe('ORG')
    expect(entityNamed(doc, 'Oman')?.mentions).toHaveLength(1)
  })

  it('links a bare surname to the full name and names the entity fully', () => {
    const doc = analyse('Police detained Karim Yusuf al-Masri near the border. Later, Yusuf was moved to a prison.')
    const person = entityNamed(doc, 'Karim Yusuf al-Masri')
    expect(person?.type).toBe('PERSON')
    expect(person?.mentions).toHaveLength(2)
    expect(person?.aliases).toContain('Yusuf')
  })

  it('links a company named without its trade word to its full name, as an organisation', () => {
    const doc = analyse(
      'Regulators opened an inquiry into Harwick Shipping on Monday. Harwick said it would cooperate, ' +
        'and Harwick shares fell.',
    )
    const company = entityNamed(doc, 'Harwick Shipping')
    expect(company?.type).toBe('ORG')
    expect(company?.mentions).toHaveLength(3)
  })

  it('joins gazetteer aliases into one entity with a cross-article key', () => {
    const doc = analyse(
      'Daesh fighters attacked a village. Islamic State later claimed the attack, and ISIS media praised it.',
    )
    const group = doc.layer('entities').find((e) => e.key === 'org:islamic-state')
    expect(group?.type).toBe('ORG')
    expect(group?.mentions).toHaveLength(3)
    expect(group?.name).toBe('Islamic State')
  })

  it('joins an acronym to the organisation it abbreviates', () => {
    const doc = analyse(
      'The Federation of Independent Grain Traders said prices rose. A spokesman for FIGT declined to say more.',
    )
    const ids = new Set(
      doc
        .layer('mentions')
        .filter((m) => ['Federation of Independent Grain Traders', 'FIGT'].includes(doc.text.slice(m.start, m.end)))
        .map((m) => m.entity),
    )
    expect(ids.size).toBe(1)
  })

  it('keeps U.S. and the United States as one country, and U.S. inside U.S.-led', () => {
    const doc = analyse('The U.S.-led coalition struck the town. The United States said it would send aid.')
    const us = doc.layer('entities').find((e) => e.key === 'gpe:US')
    expect(us?.name).toBe('United States')
    expect(us?.mentions).toHaveLength(2)
    expect(typeAt(doc, 'U.S.')).toBe('GPE')
  })

  it('reads a direction before a country as the country, not a new name', () => {
    const doc = analyse('Southern Lebanon was shelled overnight, officials in Beirut said.')
    expect(typeAt(doc, 'Lebanon')).toBe('GPE')
    expect(typeAt(doc, 'Southern Lebanon')).toBeUndefined()
  })

  it('gives every mention an entity that lists it', () => {
    const doc = analyse('Angela Merkel met Emmanuel Macron in Berlin. Merkel said Germany and France agreed.')
    const byId = new Map(doc.layer('entities').map((e) => [e.id, e]))
    for (const m of doc.layer('mentions')) {
      expect(byId.get(m.entity)?.mentions.some((s) => s.start === m.start && s.end === m.end)).toBe(true)
    }
  })
})

describe('entities stage on headlines and bylines', () => {
  it('leaves a person title out of the name', () => {
    const doc = analyse('The ruling was read by Judge Marta Okonkwo of the district court on Monday.')
    expect(typeAt(doc, 'Marta Okonkwo')).toBe('PERSON')
    expect(typeAt(doc, 'Judge Marta Okonkwo')).toBeUndefined()
  })

  it('reads a title-case headline without taking every capital for a name', () => {
    const doc = analyse('Rising Prices Leave Families Struggling Across Kenya\nNAIROBI, March 3 - Prices rose again.')
    expect(typeAt(doc, 'Kenya')).toBe('GPE')
    expect(doc.layer('mentions').some((m) => doc.text.slice(m.start, m.end).includes('Families'))).toBe(false)
  })

  it('takes the name on a credit line for the outlet that published the story', () => {
    const doc = analyse('Officials said the bridge would reopen in May.\nSource: Harbour Daily Courier')
    expect(typeAt(doc, 'Harbour Daily Courier')).toBe('ORG')
  })
})

describe('entities stage on Arabic names', () => {
  it('finds a surname written with and without its article as the same person', () => {
    const doc = analyse('Prime Minister Hamid al-Zubaidi met envoys on Sunday. Zubaidi said al-Zubaidi would travel.')
    const person = entityNamed(doc, 'Hamid al-Zubaidi')
    expect(person?.mentions).toHaveLength(3)
  })
})
