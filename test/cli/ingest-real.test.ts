import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Analyzer, createAnalyzer } from '../../src/analyze.js'
import { ingest } from '../../src/ingest/ingest.js'
import { openStore, type Store } from '../../src/store/store.js'
import { postgresDatabase, postgresUnavailable } from '../store/postgres-database.js'
import { ROOT } from './run-cli.js'

/*
 * Ingest of real articles, read from ../shared at test time (never copied into the project):
 * the founding report and the first PolNeAR dev articles, on SQLite and on PostgreSQL.
 */

const SHARED = join(ROOT, '..', 'shared')
const FOUNDING = join(SHARED, 'corpus', 'duvar-2021-10-12-isis-capture.txt')
const POLNEAR = join(SHARED, 'data', 'polnear', 'dev.jsonl')
const ARTICLES = 12
const missing = !existsSync(FOUNDING) || !existsSync(POLNEAR)

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-real-'))
let analyzer: Analyzer
let batch: string
const postgres = postgresDatabase('newsgraph_ingest_real')
const unavailable = missing ? 'shared data missing' : await postgresUnavailable()

beforeAll(async () => {
  if (missing) return
  analyzer = await createAnalyzer()
  batch = join(dir, 'polnear-head.jsonl')
  writeFileSync(batch, readFileSync(POLNEAR, 'utf8').split('\n').slice(0, ARTICLES).join('\n'))
}, 120_000)
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true })
  if (!unavailable) await postgres.drop()
})

async function check(store: Store): Promise<void> {
  const analyze = (doc: Parameters<Analyzer['analyze']>[0]) => analyzer.analyze(doc)
  const first = await ingest(store, analyze, [FOUNDING, batch], { pipelineVersion: 'test' })
  expect(first.failed).toEqual([])
  expect(first.added).toBe(ARTICLES + 1)
  const again = await ingest(store, analyze, [FOUNDING, batch], { pipelineVersion: 'test' })
  expect(again).toEqual({ added: 0, duplicates: ARTICLES + 1, failed: [] })

  // The founding report calls the group both Islamic State and ISIS: one corpus entity.
  const group = (await store.listEntities({ q: 'Islamic State' })).items
  const isis = (await store.listEntities({ q: 'ISIS' })).items
  expect(group.map((e) => e.id)).toEqual(isis.map((e) => e.id))
  const hits = await store.search({ q: 'Jasim', entity: 'ISIS' })
  expect(hits.items.map((h) => h.article.outlet)).toEqual(['Duvar English'])
  const founding = await store.getArticle(hits.items[0]?.article.id as string)
  expect(founding?.analysis.entities.length).toBe(Object.keys(founding?.entityLinks ?? {}).length)
  expect((await store.stats()).articles).toBe(ARTICLES + 1)

  // A newer pipeline re-runs them all in place: same articles, new version, nothing doubled.
  const rerun = await ingest(store, analyze, [FOUNDING, batch], { pipelineVersion: 'test-2', reanalyse: true })
  expect(rerun).toEqual({ added: ARTICLES + 1, duplicates: 0, failed: [] })
  expect((await store.listArticles({ pipelineVersion: 'test' })).items).toEqual([])
  expect((await store.stats()).articles).toBe(ARTICLES + 1)
  expect((await store.search({ q: 'Jasim' })).items).toHaveLength(1)
}

describe.skipIf(missing)(
  `ingest of real articles${missing ? ' (skipped: ../shared is missing)' : ''}`,
  { timeout: 240_000 },
  () => {
    it('stores the founding report and PolNeAR articles once each on SQLite', async () => {
      const store = await openStore(join(dir, 'real.db'))
      try {
        await check(store)
      } finally {
        await store.close()
      }
    })

    it.skipIf(!!unavailable)(
      `does the same on PostgreSQL${unavailable ? ` (skipped: ${unavailable})` : ''}`,
      async () => {
        const store = await openStore(await postgres.empty())
        try {
          await check(store)
        } finally {
          await store.close()
        }
      },
    )
  },
)
