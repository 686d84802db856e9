import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Stage } from './pipeline.js'

/*
 * Which pipeline made an analysis, as the store records it: `newsgraph@0.1.0+3f9a0c1b2d tokens,…`.
 * The package version alone does not change when a stage's rules or models do between releases,
 * so `ingest --reanalyse` could not tell an analysis made before a fix from one made after it.
 * The fingerprint after `+` is a digest of the code and data the analysis runs on, so any change
 * to them gives a new version; a change elsewhere (the CLI, the server, the store) does not.
 */

const { version } = createRequire(import.meta.url)('../package.json') as { version: string }

/** The code root (src/ under tsx, dist/ when built) and the parts of it that decide an analysis. */
const ROOT = fileURLToPath(new URL('.', import.meta.url))
const ANALYSIS_PARTS = ['doc', 'read', 'lexicon', 'stages', 'analyze', 'pipeline', 'presets', 'limits']

/** Tests, type declarations and source maps are beside the code but never run in an analysis. */
const NOT_RUN = /\.(test|suite|property\.test)\.[cm]?[jt]s$|\.d\.ts$|\.map$|(^|\/)testing\.[jt]s$/

let fingerprint: string | undefined

/** `newsgraph@VERSION+FINGERPRINT stage,stage,…` for a pipeline of these stages. */
export function pipelineVersion(stages: readonly Pick<Stage, 'name'>[]): string {
  fingerprint ??= analysisFingerprint(ROOT)
  return `newsgraph@${version}+${fingerprint} ${stages.map((s) => s.name).join(',')}`
}

/**
 * Ten hex digits of a SHA-1 over the path and bytes of each file that decides an analysis under `root`.
 * A fingerprint, not a seal, as in git: SHA-1 hashes the 12 MB of models several times faster.
 */
export function analysisFingerprint(root: string): string {
  const hash = createHash('sha1')
  for (const file of analysisFiles(root)) {
    hash.update(relative(root, file).replaceAll('\\', '/'))
    hash.update('\0')
    hash.update(readFileSync(file))
    hash.update('\0')
  }
  return hash.digest('hex').slice(0, 10)
}

function analysisFiles(root: string): string[] {
  const files: string[] = []
  for (const entry of readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    const part = relative(root, path)
      .split(/[\\/]/)[0]
      ?.replace(/\.[cm]?[jt]s$/, '')
    if (part && ANALYSIS_PARTS.includes(part) && !NOT_RUN.test(path)) files.push(path)
  }
  // The same tree gives the same digest whatever order the file system lists it in.
  return files.sort()
}
