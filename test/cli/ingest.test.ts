import { once } from 'node:events'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openStore } from '../../src/store/store.js'
import { runCli } from './run-cli.js'

/*
 * `newsgraph ingest` end to end: the CLI as a child process, a real SQLite file, a real HTTP
 * server on a free port. Every story here is fictional.
 */

let dir: string
let server: Server
let base: string

const story = (town: string, n: number) =>
  `${town} council approves new harbour budget\nThe ${town} harbour council approved a budget of ${n} million for dredging on Monday, its chairwoman Mara Lind said. Fishermen in ${town} had asked for the work for years, and ${n * 3} boats are registered in the port.`

const page = (town: string, n: number) =>
  `<!doctype html><html><head><title>${town} budget</title></head><body><article><h1>${town} council approves new harbour budget</h1>${story(
    town,
    n,
  )
    .split('\n')
    .slice(1)
    .map((p) => `<p>${p}</p>`)
    .join(
      '',
    )}<p>The council meets again next month to discuss the ${town} ferry timetable and repairs to the ${town} sea wall.</p></article></body></html>`

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-ingest-'))
  server = createServer((req, res) => {
    const url = req.url ?? '/'
    if (url === '/feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' })
      res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour news</title><link>${base}/</link>
<item><title>Ostby budget</title><link>${base}/ostby.html</link><pubDate>Mon, 04 Mar 2024 09:00:00 GMT</pubDate></item>
<item><title>Varnes budget</title><link>${base}/varnes.html</link><pubDate>Tue, 05 Mar 2024 09:00:00 GMT</pubDate></item>
</channel></rss>`)
    } else if (url === '/ostby.html' || url === '/varnes.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      res.end(url === '/ostby.html' ? page('Ostby', 4) : page('Varnes', 9))
    } else if (url === '/loop') {
      res.writeHead(302, { location: '/loop' })
      res.end()
    } else {
      res.writeHead(404)
      res.end()
    }
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('newsgraph ingest', { timeout: 120_000 }, () => {
  it('ingests a folder and JSON Lines, skips duplicates, records a bad line, and resumes', async () => {
    const folder = join(dir, 'stories')
    mkdirSync(join(folder, 'nested'), { recursive: true })
    writeFileSync(join(folder, 'brekke.txt'), story('Brekke', 2))
    writeFileSync(join(folder, 'nested', 'dalen.html'), page('Dalen', 3))
    writeFileSync(join(folder, 'notes.bin'), 'not an article kind')
    const lines = join(dir, 'batch.jsonl')
    writeFileSync(
      lines,
      [
        JSON.stringify({ id: 'fjell', outlet: 'Coastal Times', text: story('Fjell', 5) }),
        '{"id": "broken", "text": ',
        JSON.stringify({ id: 'brekke-again', text: story('Brekke', 2) }),
        '',
        JSON.stringify({ id: 'haug', outlet: 'Coastal Times', published: '2024-03-06', text: story('Haug', 7) }),
      ].join('\n'),
    )
    const db = join(dir, 'folder.db')
    const first = await runCli(['ingest', folder, lines, '--db', db])
    expect(first.stdout).toContain('added 4, duplicates 1, failed 1')
    expect(first.stderr).toContain('batch.jsonl:2')
    expect(first.code).toBe(1)

    const failed = await runCli(['ingest', '--failed', '--db', db])
    expect(failed.stdout).toMatch(/batch\.jsonl:2: error .*\[read\/invalid-json\]/)

    const again = await runCli(['ingest', folder, lines, '--db', db])
    expect(again.stdout).toContain('added 0, duplicates 5, failed 1')
    // The same code and models give the same pipeline version in a new process: nothing is replaced.
    const reanalysed = await runCli(['ingest', folder, lines, '--db', db, '--reanalyse'])
    expect(reanalysed.stdout).toContain('added 0, duplicates 5, failed 1')

    const store = await openStore(db)
    try {
      expect((await store.stats()).articles).toBe(4)
      const haug = await store.getArticle('haug')
      expect(haug?.published).toBe('2024-03-06')
      expect(haug?.source).toBe(`${lines}:5`)
      expect(haug?.pipelineVersion).toMatch(/^newsgraph@[\d.]+\+[0-9a-f]{10} tokens,/)
      expect((await store.search({ q: 'Dalen dredging' })).items).toHaveLength(1)
    } finally {
      await store.close()
    }
  })

  it('ingests a feed from a local server with --allow-private', async () => {
    const db = join(dir, 'feed.db')
    const run = await runCli(['ingest', '--feed', `${base}/feed.xml`, '--allow-private', '--db', db])
    expect(run.stdout).toContain('added 2, duplicates 0, failed 0')
    expect(run.code).toBe(0)
    const store = await openStore(db)
    try {
      const urls = (await store.listArticles()).items.map((a) => a.url).sort()
      expect(urls).toEqual([`${base}/ostby.html`, `${base}/varnes.html`])
    } finally {
      await store.close()
    }
  })

  it('refuses loopback addresses, by number and by name, without --allow-private', async () => {
    const db = join(dir, 'refuse.db')
    const port = new URL(base).port
    const run = await runCli(['ingest', `${base}/ostby.html`, `http://localhost:${port}/varnes.html`, '--db', db])
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('added 0, duplicates 0, failed 2')
    expect(run.stderr.match(/\[ingest\/private-address\]/g)).toHaveLength(2)
  })

  it('stops following redirects after five', async () => {
    const run = await runCli(['ingest', `${base}/loop`, '--allow-private', '--db', join(dir, 'loop.db')])
    expect(run.stderr).toContain('[ingest/too-many-redirects]')
  })
})
