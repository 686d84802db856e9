import { describe, expect, it } from 'vitest'
import { readings } from './testing.js'

/*
 * A closing quotation mark typed as an opening one (context.ts, quotes.ts), on sentences written
 * for these tests.
 */

describe('an opening curly mark that closes a quote', () => {
  it('closes the quote after a comma and before a space: “C,“ said X', () => {
    expect(readings('“The bridge will open in May,“ said Ann Lee, an engineer with the city.')).toEqual([
      ['Ann Lee', 'said', 'The bridge will open in May,'],
    ])
  })

  it('still opens a quote after a space', () => {
    expect(readings('Ann Lee said, “The bridge will open in May.”')).toEqual([
      ['Ann Lee', 'said', 'The bridge will open in May.'],
    ])
  })
})
