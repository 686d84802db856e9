import { describe, expect, it } from 'vitest'
import { readings } from './testing.js'

/*
 * A quotation set off by a comma after its cue, or after whom or how it was said to (frames.ts
 * `complementStart`, attributions.ts `isQuotationAfter`), on sentences written for these tests.
 */

describe('a quotation after a verb of saying and a comma', () => {
  it('is the claim after whom it was said with: joked with reporters, "C"', () => {
    expect(readings('The minister joked with reporters, "We have more drones than they have roads."')).toEqual([
      ['The minister', 'joked', 'We have more drones than they have roads.'],
    ])
  })

  it('is the claim after how it was said: said with a smile, "C"', () => {
    expect(readings('The general said with a smile, "They will not come back."')).toEqual([
      ['The general', 'said', 'They will not come back.'],
    ])
  })

  it('is the claim of a verb the cue model doubts, when the quote stands right after it', () => {
    expect(readings('The envoy quipped to reporters, "Nobody reads these reports." The talks ended.')).toEqual([
      ['The envoy', 'quipped', 'Nobody reads these reports.'],
    ])
  })

  it('does not take a quote that ended the sentence before: "A." X said, "B."', () => {
    expect(
      readings('The mayor joked, "We need more roads." The general said with a smile, "They will not come back."'),
    ).toEqual([
      ['The mayor', 'joked', 'We need more roads.'],
      ['The general', 'said', 'They will not come back.'],
    ])
  })
})
