import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { articleCounts, exited, freshDatabase, newsgraph, reachable, run, waitFor, writeBatch } from './batch.js'
import { type PrivatePostgres, privatePostgresUnavailable, startPrivatePostgres } from './private-postgres.js'

/*
 * The job queue under faults, against real PostgreSQL and real worker processes: a worker killed
 * with SIGKILL mid-batch, the database stopped mid-batch, and two workers racing on one article.
 * Each ends with the whole batch stored once.
 */

const SERVER = process.env.NEWSGRAPH_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
const BATCH = 24
const serverUp = await reachable(SERVER)

describe.skipIf(!serverUp)(
  serverUp ? 'job queue on PostgreSQL' : `job queue on PostgreSQL: skipped, none answers at ${SERVER}`,
  () => {
    let batch: string
    beforeAll(() => {
      batch = writeBatch(BATCH)
    })

    it('finishes the batch with no duplicates after a worker is killed with SIGKILL mid-batch', async () => {
      const db = await freshDatabase(SERVER, 'newsgraph_fault_kill')
      expect((await run(['ingest', '--queue', '--db', db, batch])).code).toBe(0)
      const first = newsgraph(['worker', '--db', db])
      await waitFor('a few articles stored', async () => (await articleCounts(db)).articles >= 3)
      first.kill('SIGKILL')
      await exited(first)
      const partial = await articleCounts(db)
      expect(partial.articles).toBeLessThan(BATCH)

      const second = await run(['worker', '--db', db, '--until-empty'])
      expect(second.code).toBe(0)
      expect(await articleCounts(db)).toEqual({ articles: BATCH, distinct: BATCH })
      const jobs = await run(['jobs', '--db', db])
      expect(jobs.stdout.trim()).toBe('')
    }, 240_000)

    it('stores one article when two workers race on the same article', async () => {
      const db = await freshDatabase(SERVER, 'newsgraph_fault_race')
      // The same file under two names makes two jobs with one content.
      const { copyFileSync } = await import('node:fs')
      const twin = batch.replace(/\.jsonl$/, '-twin.jsonl')
      copyFileSync(batch, twin)
      expect((await run(['ingest', '--queue', '--db', db, batch])).code).toBe(0)
      // Job keys are the raw bytes' hash: the twin's lines would fold into the same jobs, so
      // the twin is enqueued after a prefix changes its bytes but not its content.
      const { readFileSync, writeFileSync } = await import('node:fs')
      writeFileSync(
        twin,
        readFileSync(batch, 'utf8')
          .split('\n')
          .map((l) => (l ? ` ${l}` : l))
          .join('\n'),
      )
      expect((await run(['ingest', '--queue', '--db', db, twin])).code).toBe(0)
      const workers = [run(['worker', '--db', db, '--until-empty']), run(['worker', '--db', db, '--until-empty'])]
      const results = await Promise.all(workers)
      expect(results.map((r) => r.code)).toEqual([0, 0])
      expect(await articleCounts(db)).toEqual({ articles: BATCH, distinct: BATCH })
    }, 240_000)
  },
)

const noPrivate = privatePostgresUnavailable()

describe.skipIf(noPrivate !== null)(
  `job queue when PostgreSQL stops mid-batch (${noPrivate ?? 'private cluster'})`,
  () => {
    let server: PrivatePostgres
    beforeAll(async () => {
      server = await startPrivatePostgres()
    }, 120_000)
    afterAll(() => server?.destroy())

    it('recovers after the database is down for a few seconds and finishes the batch', async () => {
      const batch = writeBatch(BATCH)
      const db = await freshDatabase(server.url, 'newsgraph_fault_down')
      expect((await run(['ingest', '--queue', '--db', db, batch])).code).toBe(0)
      const worker = newsgraph(['worker', '--db', db, '--until-empty'])
      let stderr = ''
      worker.stderr?.on('data', (d) => {
        stderr += d
      })
      await waitFor('a few articles stored', async () => (await articleCounts(db)).articles >= 3)
      server.stop()
      await new Promise((r) => setTimeout(r, 3_000))
      server.start()
      const code = await Promise.race([exited(worker), new Promise((r) => setTimeout(() => r('timeout'), 180_000))])
      if (code === 'timeout') worker.kill('SIGKILL')
      // The first lines say what went wrong; an error's dump of its connection can run to pages.
      expect(code, `${stderr.slice(0, 2000)}\n…\n${stderr.slice(-500)}`).toBe(0)
      expect(await articleCounts(db)).toEqual({ articles: BATCH, distinct: BATCH })
    }, 240_000)
  },
)
