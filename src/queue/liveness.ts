import type pg from 'pg'

/*
 * graphile-worker 0.16 leaves a job locked for four hours when the process running it dies
 * (kill -9, a lost machine). To hand such jobs on at once, every worker holds a session advisory
 * lock named after its worker id on a connection of its own; PostgreSQL drops the lock the moment
 * that connection dies. A worker that can take another worker's lock knows that worker is gone,
 * and unlocks its jobs.
 */

/** Namespace of the liveness locks (the store's write lock uses another number). */
const LIVENESS = 7_316_002

/** Holds liveness locks for this process's workers and finds the jobs of dead ones. */
export class Liveness {
  constructor(private readonly client: pg.Client) {}

  /** Declares a worker alive for as long as this process's connection lives. */
  async hold(workerId: string): Promise<void> {
    await this.client.query('select pg_advisory_lock($1, hashtext($2))', [LIVENESS, workerId])
  }

  /** Worker ids that hold jobs but whose process is gone. */
  async deadWorkers(ownIds: ReadonlySet<string>): Promise<string[]> {
    const { rows } = await this.client.query<{ locked_by: string }>(
      'select distinct locked_by from graphile_worker.jobs where locked_by is not null',
    )
    const dead: string[] = []
    for (const { locked_by: id } of rows) {
      if (ownIds.has(id)) continue
      const taken = await this.client.query<{ ok: boolean }>('select pg_try_advisory_lock($1, hashtext($2)) as ok', [
        LIVENESS,
        id,
      ])
      if (taken.rows[0]?.ok) {
        dead.push(id)
        await this.client.query('select pg_advisory_unlock($1, hashtext($2))', [LIVENESS, id])
      }
    }
    return dead
  }
}
