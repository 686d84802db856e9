import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { createAnalyzer } from '../src/analyze.js'
import { GOLDEN_CASES, GOLDEN_DIR, goldenForm } from '../test/golden/cases.js'

/*
 * Rewrites test/golden/NAME.json from the current pipeline. Run it after a stage changes
 * (`npm run golden`), then review the change as a diff (`git diff test/golden`) before
 * committing: the golden test fails until the files agree with the code.
 */

const analyzer = await createAnalyzer()
for (const c of GOLDEN_CASES) {
  const doc = c.read()
  if (!doc) {
    console.log(`${c.name}: input not on this machine, kept as it was`)
    continue
  }
  const path = `${GOLDEN_DIR}${c.name}.json`
  const json = `${JSON.stringify(goldenForm(analyzer.analyze(doc), c.redact), null, 2)}\n`
  const before = existsSync(path) ? readFileSync(path, 'utf8') : ''
  if (before === json) {
    console.log(`${c.name}: unchanged`)
    continue
  }
  writeFileSync(path, json)
  const old = before ? (JSON.parse(before) as Record<string, unknown>) : {}
  const now = JSON.parse(json) as Record<string, unknown>
  const changed = Object.keys(now).filter((k) => JSON.stringify(old[k]) !== JSON.stringify(now[k]))
  console.log(`${c.name}: updated (${changed.join(', ')})`)
}
