import { describe, expect, it } from 'vitest'
import { readings } from './testing.js'

/* A `call` with a quoted name (quoted-object.ts), on sentences written for these tests. */

describe('a call naming something with a quoted name', () => {
  it('claims the thing named with its name', () => {
    expect(readings('The union called the offer "an insult" on Friday.')).toEqual([
      ['The union', 'called', 'the offer "an insult"'],
    ])
  })

  it('claims nothing of its own after who, which or what', () => {
    expect(readings('Lee, who called the offer "an insult" on Friday, left early.')).toEqual([])
  })
})
