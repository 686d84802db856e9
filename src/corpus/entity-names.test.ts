import { describe, expect, it } from 'vitest'
import { nameKeys, nameSkeleton, normaliseName } from './entity-names.js'

const keys = (type: string, name: string, aliases: string[] = []) => nameKeys({ type, name, aliases }).map((k) => k.key)

describe('entity names', () => {
  it('files ISIS, ISIL, Daesh and Islamic State under one name', () => {
    for (const name of ['ISIS', 'ISIL', 'Daesh', 'the Islamic State', 'Islamic State of Iraq and the Levant']) {
      expect(normaliseName(name), name).toBe('islamic state')
    }
  })

  it('gives al-Jaburi and al-Jabouri one transliteration skeleton', () => {
    expect(nameSkeleton(normaliseName('Sami al-Jaburi'))).toBe(nameSkeleton(normaliseName('Sami al-Jabouri')))
    expect(nameSkeleton(normaliseName('Mohammed Qasim'))).toBe(nameSkeleton(normaliseName('Muhammad Kasim')))
  })

  it('drops titles from person names and diacritics from all', () => {
    expect(normaliseName('President Recep Tayyip Erdoğan', 'PERSON')).toBe('recep tayyip erdogan')
    expect(normaliseName('Gen. Haider Salman', 'PERSON')).toBe('haider salman')
  })

  it('keys a bare person surname only as a surname, never as a full name', () => {
    expect(keys('PERSON', 'Jasim')).toEqual(['surname:jasim'])
    expect(keys('PERSON', 'Sami Jasim al-Jaburi')).toContain('surname:jaburi')
    expect(keys('PERSON', 'Sami Jasim al-Jaburi')).toContain('variant:person:samijaburi')
  })

  it('keeps ORG and NORP in one class and places in another', () => {
    expect(keys('NORP', 'ISIS')).toContain('name:group:islamic state')
    expect(keys('GPE', 'Syria')).toContain('name:place:syria')
  })
})
