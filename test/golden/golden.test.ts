import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { type Analyzer, createAnalyzer } from '../../src/analyze.js'
import type { AnalysisJson } from '../../src/doc/analysis-json.js'
import { FOUNDING_NAME, foundingGold, GOLDEN_CASES, GOLDEN_DIR, goldenForm, SHARED } from './cases.js'
import { brokenSpans } from './span-invariant.js'

/*
 * Whole-article analyses compared with test/golden/NAME.json, key by key, and the span
 * invariant (each span's text is the slice it points at) checked on every golden file and on
 * every fresh analysis. After a deliberate change to a stage: `npm run golden`, then review
 * `git diff test/golden` before committing.
 */

type Golden = Record<string, unknown> & { article: { text: string | { sha256: string; length: number } } }
const stored = readdirSync(GOLDEN_DIR).filter((f) => f.endsWith('.json'))
const load = (file: string) => JSON.parse(readFileSync(`${GOLDEN_DIR}${file}`, 'utf8')) as Golden
const cases = GOLDEN_CASES.map((c) => ({ ...c, doc: c.read() }))

let analyzer: Analyzer
beforeAll(async () => {
  analyzer = await createAnalyzer()
}, 120_000)

describe('golden files', () => {
  it('exist for every case', () => {
    for (const c of cases) expect(stored).toContain(`${c.name}.json`)
  })

  it.each(stored)('%s: every span holds the text it points at', (file) => {
    const golden = load(file)
    const own = golden.article.text
    if (typeof own === 'string') {
      expect(brokenSpans(golden)).toEqual([])
      return
    }
    // A redacted file keeps offsets only: check them against the article it was made from.
    const doc = cases.find((c) => `${c.name}.json` === file)?.doc
    if (!doc) return
    expect(createHash('sha256').update(doc.text).digest('hex')).toBe(own.sha256)
    expect(brokenSpans(golden, doc.text)).toEqual([])
  })
})

describe.each(cases.map((c) => [c.name, c] as const))('%s', (name, c) => {
  let cached: AnalysisJson | undefined
  const fresh = () => {
    cached ??= analyzer.analyze(c.doc as NonNullable<typeof c.doc>)
    return cached
  }
  // On a fresh clone without ../shared the founding report is not there to read.
  const run = c.doc ? it : it.skip

  run('every span of a fresh analysis holds the text it points at', () => {
    expect(brokenSpans(fresh())).toEqual([])
  })

  const golden = stored.includes(`${name}.json`) ? load(`${name}.json`) : undefined
  run('has the same top-level keys as the golden file', () => {
    expect(Object.keys(goldenForm(fresh(), c.redact)).sort()).toEqual(Object.keys(golden ?? {}).sort())
  })

  run.each(golden ? Object.keys(golden) : [])(`matches test/golden/${name}.json in "%s"`, (key) => {
    expect(goldenForm(fresh(), c.redact)[key]).toEqual((golden as Golden)[key])
  })
})

describe('founding report', () => {
  const gold = foundingGold()
  const doc = cases.find((c) => c.name === FOUNDING_NAME)?.doc ?? null
  const run = gold && doc ? it : it.skip

  run('reads title, outlet, origin and date as the gold has them', () => {
    const a = (doc as NonNullable<typeof doc>).article
    const g = gold as NonNullable<typeof gold>
    expect({ title: a.title, outlet: a.outlet, origin: a.origin, published: a.published }).toEqual({
      title: g.title,
      outlet: g.outlet,
      origin: g.origin,
      published: g.published,
    })
  })

  run('keeps the text exactly, so offsets agree with the gold', () => {
    const g = JSON.parse(readFileSync(`${SHARED}eval/gold/${FOUNDING_NAME}.json`, 'utf8')) as AnalysisJson
    expect((doc as NonNullable<typeof doc>).text).toBe(g.article.text)
  })
})
