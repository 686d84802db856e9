import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { ROOT, runCli } from './run-cli.js'

/*
 * kill -9 in the middle of an ingest: what was committed stays whole, nothing is half written,
 * and a re-run stores the rest without duplicates. Every story is fictional.
 */

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-kill-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const SYLLABLES = ['ka', 'lo', 'mi', 'ver', 'sund', 'bra', 'tel', 'os', 'ny', 'hav']
const town = (i: number) => {
  const name = `${SYLLABLES[i % 10]}${SYLLABLES[Math.floor(i / 10) % 10]}${SYLLABLES[Math.floor(i / 100) % 10]}`
  return name[0]?.toUpperCase() + name.slice(1)
}
const record = (i: number) =>
  JSON.stringify({
    id: `story-${i}`,
    outlet: i % 2 ? 'Coastal Times' : 'Harbor Daily',
    published: `2024-0${1 + (i % 9)}-1${i % 10}`,
    text: `${town(i)} council votes on ferry plan\nThe council of ${town(i)} voted ${i % 7} to ${(i * 3) % 11} on Tuesday to keep the ferry to ${town(i + 1)} running, said its mayor, Ada ${town(i + 2)}. About ${i + 40} people use the ferry each day.`,
  })

const COUNT = 400

function articleCount(db: string): number {
  if (!existsSync(db)) return 0
  const sqlite = new BetterSqlite3(db, { readonly: true, fileMustExist: true })
  try {
    sqlite.pragma('busy_timeout = 5000')
    return (sqlite.prepare('select count(*) as n from articles').get() as { n: number }).n
  } catch {
    return 0
  } finally {
    sqlite.close()
  }
}

describe('newsgraph ingest killed with SIGKILL', { timeout: 240_000 }, () => {
  it('keeps every committed article whole and resumes without duplicates', async () => {
    const file = join(dir, 'many.jsonl')
    writeFileSync(file, Array.from({ length: COUNT }, (_, i) => record(i)).join('\n'))
    const db = join(dir, 'kill.db')
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'ingest', file, '--db', db], {
      cwd: ROOT,
      stdio: 'ignore',
    })
    const exited = new Promise((resolve) => child.on('exit', resolve))
    // Kill once some articles are in and while more are coming.
    let before = 0
    for (let i = 0; i < 1200 && before < 20; i++) {
      await new Promise((r) => setTimeout(r, 100))
      before = articleCount(db)
    }
    child.kill('SIGKILL')
    await exited
    const committed = articleCount(db)
    expect(committed).toBeGreaterThanOrEqual(20)
    expect(committed).toBeLessThan(COUNT)

    const sqlite = new BetterSqlite3(db)
    try {
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
      // FTS5 checks that its index matches the articles table row for row.
      sqlite.exec(`insert into articles_fts(articles_fts) values ('integrity-check')`)
      const rows = sqlite.prepare('select id, analysis from articles').all() as { id: string; analysis: string }[]
      const entities = sqlite.prepare('select count(*) as n from article_entities where article_id = ?')
      const bands = sqlite.prepare('select count(*) as n from article_bands where article_id = ?')
      for (const row of rows) {
        const analysis = JSON.parse(row.analysis) as { entities: unknown[] }
        expect((entities.get(row.id) as { n: number }).n, row.id).toBe(analysis.entities.length)
        expect((bands.get(row.id) as { n: number }).n, row.id).toBe(32)
      }
    } finally {
      sqlite.close()
    }

    const resume = await runCli(['ingest', file, '--db', db])
    expect(resume.stdout).toContain(`added ${COUNT - committed}, duplicates ${committed}, failed 0`)
    const after = new BetterSqlite3(db, { readonly: true })
    try {
      const counts = after.prepare('select count(*) as n, count(distinct content_hash) as h from articles').get() as {
        n: number
        h: number
      }
      expect(counts).toEqual({ n: COUNT, h: COUNT })
    } finally {
      after.close()
    }
  })
})
