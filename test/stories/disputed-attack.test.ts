import { beforeAll, describe, expect, it } from 'vitest'
import type { AnalysisJson } from '../../src/doc/analysis-json.js'
import { analyseStory } from './story.js'

/*
 * A story written for this test in which four sources tell of one attack and two more: the aid
 * group's toll against the residents' count, the attackers' denial, and the army's own strike
 * elsewhere, which must stay an event of its own and not become a place conflict.
 */
let analysis: AnalysisJson
let words: (spans: readonly { start: number; end: number }[]) => string[]
beforeAll(async () => {
  ;({ analysis, words } = await analyseStory('disputed-attack', '2024-05-12'))
}, 120_000)

describe('a disputed attack', () => {
  it('keeps the army strike in Wadi Kora apart from the attack on the camp', () => {
    const camp = analysis.events.find((e) => words(e.triggers).includes('attacked'))
    const strike = analysis.events.find((e) => words(e.triggers).includes('struck'))
    expect(camp).toBeDefined()
    expect(strike).toBeDefined()
    expect(strike?.id).not.toBe(camp?.id)
  })

  it("sets the aid group's toll against the residents' count, and the denial against the reports", () => {
    const camp = analysis.events.find((e) => words(e.triggers).includes('attacked'))
    const kinds = analysis.conflicts.filter((c) => c.event === camp?.id).map((c) => c.slot)
    expect(kinds).toContain('count')
    expect(kinds).toContain('modality')
    expect(kinds).not.toContain('place')
  })
})
