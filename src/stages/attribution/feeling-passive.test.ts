import { describe, expect, it } from 'vitest'
import { readings } from './testing.js'

/*
 * The passive of a verb of feeling or conviction (attributions.ts, FEELING), on sentences written
 * for these tests: its subject holds the attitude, unlike an agentless passive's.
 */
describe('a passive verb of feeling', () => {
  it('is held by its subject', () => {
    expect(readings('Farm leaders are worried about losing the subsidy before the vote.')).toEqual([
      ['Farm leaders', 'worried', 'losing the subsidy before the vote'],
    ])
  })

  it('leaves other agentless passives without a source', () => {
    expect(readings('The officer was charged with manslaughter on Friday.')).toEqual([[null, 'charged', 'The officer']])
  })
})
