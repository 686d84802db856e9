import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll } from 'vitest'
import { openStore } from '../../src/store/store.js'
import { storeSuite } from '../../src/store/store.suite.js'

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-store-'))
let n = 0
afterAll(() => rmSync(dir, { recursive: true, force: true }))

storeSuite('SQLite', () => openStore(join(dir, `store-${n++}.db`)))
