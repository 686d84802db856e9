import { describe, expect, it } from 'vitest'
import type { EntityType } from '../../doc/layers.js'
import { corefer, initialsOf } from './coreference.js'
import type { Candidate } from './recognise.js'

/* Candidates laid out one after another, as the recogniser would give them. */
function candidates(...names: [string, EntityType][]): Candidate[] {
  let at = 0
  return names.map(([text, type]) => {
    const c = { start: at, end: at + text.length, type, text }
    at += text.length + 10
    return c
  })
}

describe('initialsOf', () => {
  it('takes the capitalised words of a name', () => {
    expect(initialsOf('Royal United Services Institute')).toBe('RUSI')
    expect(initialsOf('the Committee to Protect Journalists')).toBe('CPJ')
  })
})

describe('corefer', () => {
  it('puts a company named short with its full name, one word before the designator apart', () => {
    const { entities } = corefer(
      candidates(
        ['Kestrel', 'ORG'],
        ['Kestrel Motor Corp', 'ORG'],
        ['Kestrel', 'ORG'],
        ['Kestrel River Bridge', 'FAC'],
      ),
    )
    expect(entities.map((e) => [e.name, e.mentions.length])).toEqual([
      ['Kestrel Motor Corp', 3],
      ['Kestrel River Bridge', 1],
    ])
  })

  it('puts part-names with the full name, whichever comes first', () => {
    const { entities } = corefer(
      candidates(['Dolan', 'PERSON'], ['Maria Ines Dolan', 'PERSON'], ['Ines', 'PERSON'], ['Dolan', 'PERSON']),
    )
    expect(entities).toHaveLength(1)
    expect(entities[0]?.name).toBe('Maria Ines Dolan')
    expect(entities[0]?.key).toBe('person:maria-ines-dolan')
    expect(entities[0]?.aliases).toEqual(expect.arrayContaining(['Dolan', 'Ines']))
  })

  it('ignores the al- particle when matching a surname', () => {
    const { entities } = corefer(candidates(['Omar Khalil al-Rawi', 'PERSON'], ['Rawi', 'PERSON']))
    expect(entities).toHaveLength(1)
  })

  it('keeps two people who share no name apart', () => {
    const { entities } = corefer(candidates(['Anna Berg', 'PERSON'], ['Tomas Lind', 'PERSON']))
    expect(entities).toHaveLength(2)
  })

  it('joins an acronym to the organisation whose initials it is', () => {
    const { entities } = corefer(candidates(['Committee to Protect Journalists', 'ORG'], ['CPJ', 'ORG']))
    expect(entities).toHaveLength(1)
    expect(entities[0]?.aliases).toEqual(['CPJ'])
  })

  it('keys a country by its ISO code and a nationality by its country', () => {
    const { entities } = corefer(
      candidates(['United States', 'GPE'], ['U.S.', 'GPE'], ['American', 'NORP'], ['Americans', 'NORP']),
    )
    expect(entities.map((e) => e.key)).toEqual(['gpe:US', 'norp:US'])
    expect(entities[1]?.mentions).toHaveLength(2)
  })

  it('gives every mention the type of its entity and the entity id', () => {
    const { mentions, entities } = corefer(
      candidates(['Selim Aydin', 'PERSON'], ['Aydin', 'PERSON'], ['Selim Aydin', 'ORG'], ['Aydin', 'PERSON']),
    )
    expect(entities).toHaveLength(1)
    expect(mentions.every((m) => m.type === 'PERSON' && m.entity === entities[0]?.id)).toBe(true)
  })
})

describe('corefer with the text', () => {
  it('takes an acronym in brackets after a name for that name everywhere', () => {
    const text = 'The Kurdistan Workers Movement (PAK) said on Monday that PAK fighters withdrew.'
    const at = (phrase: string, n = 1): Candidate => {
      let start = -1
      for (let k = 0; k < n; k++) start = text.indexOf(phrase, start + 1)
      return { start, end: start + phrase.length, type: 'ORG', text: phrase }
    }
    const { entities } = corefer([at('Kurdistan Workers Movement'), at('PAK'), at('PAK', 2)], text)
    expect(entities).toHaveLength(1)
    expect(entities[0]?.aliases).toEqual(['PAK'])
  })
})
