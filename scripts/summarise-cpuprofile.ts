import { readFileSync } from 'node:fs'

/*
 * The top self-time functions of a V8 .cpuprofile (from `node --cpu-prof`), as a table:
 *
 *   npx tsx scripts/summarise-cpuprofile.ts CPU.….cpuprofile [--top 40] [--lines tagSentence]
 *
 * Self time is summed per function and location, so a function inlined into its caller is
 * counted in the caller, as V8 sampled it. `--lines NAME` adds the sampled lines of the functions
 * so named: useful for JavaScript dependencies (wink-nlp), not for our TypeScript, which tsx
 * hands to V8 on one line (every position reads `:1`), so split a hot function to see inside it.
 */

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  hitCount?: number
  positionTicks?: { line: number; ticks: number }[]
}
interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

const file = process.argv[2]
if (!file) throw new Error('usage: summarise-cpuprofile.ts <file.cpuprofile> [--top N]')
const topAt = process.argv.indexOf('--top')
const top = topAt >= 0 ? Number(process.argv[topAt + 1]) : 40
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile

const nodeById = new Map(profile.nodes.map((n) => [n.id, n]))
const selfUs = new Map<string, number>()
let totalUs = 0
profile.samples.forEach((id, i) => {
  const node = nodeById.get(id)
  const delta = profile.timeDeltas[i] ?? 0
  if (!node) return
  const { functionName, url, lineNumber } = node.callFrame
  const where = url ? `${url.replace(/^.*\/(src|node_modules)\//, '$1/')}:${lineNumber + 1}` : ''
  const key = `${functionName || '(anonymous)'} ${where}`
  selfUs.set(key, (selfUs.get(key) ?? 0) + delta)
  totalUs += delta
})

const rows = [...selfUs.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)
console.log(`total ${(totalUs / 1000).toFixed(0)} ms sampled`)
for (const [key, us] of rows) {
  console.log(`${(us / 1000).toFixed(1).padStart(9)} ms ${((us / totalUs) * 100).toFixed(1).padStart(5)}%  ${key}`)
}

const linesAt = process.argv.indexOf('--lines')
const lineOf = linesAt >= 0 ? process.argv[linesAt + 1] : undefined
if (lineOf) {
  const ticks = new Map<string, number>()
  for (const node of profile.nodes) {
    if (node.callFrame.functionName !== lineOf) continue
    for (const { line, ticks: n } of node.positionTicks ?? []) {
      const key = `${node.callFrame.url.replace(/^.*\/src\//, 'src/')}:${line}`
      ticks.set(key, (ticks.get(key) ?? 0) + n)
    }
  }
  console.log(`\nsampled lines of ${lineOf}`)
  for (const [key, n] of [...ticks.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${String(n).padStart(7)}  ${key}`)
  }
}
