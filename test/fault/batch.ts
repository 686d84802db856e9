import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import pg from 'pg'

/*
 * What the fault tests share: a batch of real articles as a JSON Lines file, worker processes
 * started as a user would start them, and a look at the corpus through plain SQL.
 */

const ROOT = resolve(import.meta.dirname, '../..')
const POLNEAR = resolve(ROOT, '../shared/data/polnear/dev.jsonl')

/** Writes `count` distinct articles to a JSON Lines file: PolNeAR dev articles, else the demo corpus. */
export function writeBatch(count: number): string {
  const records: object[] = []
  if (existsSync(POLNEAR)) {
    for (const line of readFileSync(POLNEAR, 'utf8').split('\n')) {
      if (!line.trim() || records.length >= count) continue
      const { article } = JSON.parse(line) as { article: { id: string; title: string | null; text: string } }
      records.push({ id: article.id, title: article.title, published: '2016-10-01', text: article.text })
    }
  }
  const demo = join(ROOT, 'examples/corpus')
  const files = readdirSync(demo).filter((f) => f.endsWith('.json'))
  for (let i = 0; records.length < count; i++) {
    const record = JSON.parse(readFileSync(join(demo, files[i % files.length] as string), 'utf8'))
    // A different outlet makes a different article: copies of one story, stored once each.
    records.push({ ...record, id: `${record.id}-${i}`, outlet: `Outlet ${i}` })
  }
  const file = join(mkdtempSync(join(tmpdir(), 'newsgraph-batch-')), 'batch.jsonl')
  writeFileSync(file, `${records.map((r) => JSON.stringify(r)).join('\n')}\n`)
  return file
}

/** Runs the newsgraph CLI from source, as a separate process. */
export function newsgraph(args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
}

/** Resolves with the exit code (or signal) once the process ends. */
export function exited(child: ChildProcess): Promise<number | string> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode ?? (child.signalCode as string))
    child.once('exit', (code, signal) => resolve(code ?? (signal as string)))
  })
}

export async function run(args: string[]): Promise<{ code: number | string; stdout: string; stderr: string }> {
  const child = newsgraph(args)
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (d) => {
    stdout += d
  })
  child.stderr?.on('data', (d) => {
    stderr += d
  })
  const code = await exited(child)
  return { code, stdout, stderr }
}

/** Polls `check` until it is true; fails naming `what` after `ms`. */
export async function waitFor(what: string, check: () => Promise<boolean>, ms = 120_000): Promise<void> {
  const until = Date.now() + ms
  while (Date.now() < until) {
    try {
      if (await check()) return
    } catch {
      // The database may be away on purpose; ask again.
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`timed out after ${ms / 1000} s waiting for ${what}`)
}

/** Articles stored, and distinct contents among them (equal when there are no duplicates). */
export async function articleCounts(url: string): Promise<{ articles: number; distinct: number }> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query<{ n: string; d: string }>(
      `select count(*) as n, count(distinct content_hash) as d from articles`,
    )
    return { articles: Number(rows[0]?.n), distinct: Number(rows[0]?.d) }
  } finally {
    await client.end()
  }
}

/** A fresh database on the server at `serverUrl`; returns its URL. */
export async function freshDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    await client.query(`drop database if exists ${name} with (force)`)
    await client.query(`create database ${name}`)
  } finally {
    await client.end()
  }
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return url.toString()
}

/** True when a PostgreSQL answers at `url`. */
export async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 })
  try {
    await client.connect()
    await client.end()
    return true
  } catch {
    return false
  }
}
