import { describe, expect, it } from 'vitest'
import { readings } from './testing.js'

/* A `call` with a quoted name, a statement announced (quoted-object.ts), on sentences written for these tests. */

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

describe('a quotation the cue announces with `the following`', () => {
  it('is what was said', () => {
    expect(readings('The coach issued the following statement:\n\n“Our players did nothing wrong.”')).toEqual([
      ['The coach', 'issued', '“Our players did nothing wrong.”'],
    ])
    expect(
      readings(
        'The coach issued the following statement: “Our players did nothing wrong,” adding that the league agreed.',
      ),
    ).toContainEqual(['The coach', 'issued', '“Our players did nothing wrong,”'])
  })
})
