import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

/*
 * The API token is compared in constant time. No test may assert on timing (STYLE.md §6), so
 * this fences the code instead: the one comparison is `isSameToken` in `src/server/auth.ts`, a
 * `timingSafeEqual` of SHA-256 digests (equal lengths whatever was sent, so it neither throws
 * nor ends early), and nothing else under `src/server` compares a token with `==` or `!=`.
 * `src/server/auth.test.ts` checks what `isSameToken` answers; `test/http/api.test.ts` and
 * `access.test.ts` that wrong tokens of other lengths get 403.
 */

const SERVER = join(import.meta.dirname, '..', '..', 'src', 'server')

/** The server's own source files, tests left out, recursively. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sources(path)
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : []
  })
}

describe('the API token comparison', () => {
  it('is a timingSafeEqual of SHA-256 digests', () => {
    const auth = readFileSync(join(SERVER, 'auth.ts'), 'utf8')
    expect(auth).toMatch(/createHash\('sha256'\)/)
    expect(auth).toMatch(/return timingSafeEqual\(digest\(given\), digest\(expected\)\)/)
    expect(auth).toMatch(/if \(!isSameToken\(given, token\)\)/)
  })

  it('is the only place a token is compared: no == or != on a token anywhere in src/server', () => {
    const files = sources(SERVER)
    expect(files.length).toBeGreaterThan(5)
    for (const file of files) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (!/token|given|expected/i.test(line)) return
          const compared = line.replace(/[!=]==? undefined\b/g, '')
          expect(compared, `${file}:${i + 1}`).not.toMatch(/[!=]=|\.localeCompare\(|\.startsWith\(|\.includes\(/)
        })
    }
  })
})
