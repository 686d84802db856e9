import { beforeAll, describe, expect, it } from 'vitest'
import type { AnalysisJson } from '../../src/doc/analysis-json.js'
import { analyseStory } from './story.js'

/*
 * A story written for this test: militants take a town, anonymous security sources and a local
 * official tell AFP, the army gives its own losses and the official puts them higher, a resident
 * asks not to be named and the junta declines to comment.
 */
let analysis: AnalysisJson
let words: (spans: readonly { start: number; end: number }[]) => string[]
beforeAll(async () => {
  ;({ analysis, words } = await analyseStory('seized-town', '2023-06-18'))
}, 120_000)
const claimBy = (source: string) =>
  analysis.attributions.find((a) => a.source.mention && words([a.source.mention])[0] === source)

describe('a seized town', () => {
  it('counts the anonymous sources who told AFP and records why one of them is unnamed', () => {
    const told = claimBy('two security sources and a local official')
    expect(told?.source).toMatchObject({ named: false, count: 3 })
    const one = claimBy('one of the security sources')
    const source = analysis.sources.find((s) => s.id === one?.source.id)
    expect(source?.group).toBeDefined()
    expect(source?.anonymity && words([source.anonymity])[0]).toMatch(/^because he was not authorised/)
  })

  it("sets the army's own losses against the official's estimate", () => {
    const fighting = analysis.events.find((e) => words(e.triggers).includes('fighting'))
    expect(fighting).toBeDefined()
    const counts = analysis.conflicts.filter((c) => c.event === fighting?.id && c.slot === 'count')
    expect(counts).toHaveLength(1)
  })

  it("records the junta's refusal and the resident's fear of reprisals", () => {
    expect(claimBy("The junta's spokesman")?.stance).toBe('decline')
    const resident = analysis.sources.find((s) => words(s.mentions)[0]?.startsWith('A resident'))
    expect(resident?.named).toBe(false)
    expect(resident?.anonymity && words([resident.anonymity])[0]).toBe('for fear of reprisals')
  })
})
