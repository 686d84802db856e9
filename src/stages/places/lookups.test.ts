import { describe, expect, it } from 'vitest'
import { areaByName } from './areas.js'
import { usStateByAbbreviation } from './us-states.js'

describe('place lookups by name', () => {
  it('find regions and US states', () => {
    expect(areaByName('the Gaza Strip')?.country).toBe('PS')
    // The Gulf of Oman lies east of the Gulf itself, off Oman and Iran.
    expect(areaByName('the Gulf of Oman')?.lon).toBeGreaterThan(areaByName('the Gulf')?.lon as number)
    expect(usStateByAbbreviation('N.C.')).toBe('North Carolina')
    expect(usStateByAbbreviation('Wis')).toBe('Wisconsin')
  })

  it("find nothing for the names of JavaScript's object members", () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(areaByName(name)).toBeUndefined()
      expect(usStateByAbbreviation(name)).toBeUndefined()
    }
  })
})
