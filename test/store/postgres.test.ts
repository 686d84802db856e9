import { afterAll, describe, it } from 'vitest'
import { openStore } from '../../src/store/store.js'
import { storeSuite } from '../../src/store/store.suite.js'
import { postgresDatabase, postgresUnavailable } from './postgres-database.js'

const unavailable = await postgresUnavailable()

if (unavailable) {
  describe('store conformance: PostgreSQL', () => {
    it.skip(`skipped: ${unavailable}`, () => {})
  })
} else {
  const database = postgresDatabase('newsgraph_store')
  afterAll(() => database.drop())
  storeSuite('PostgreSQL', async () => openStore(await database.empty()))
}
