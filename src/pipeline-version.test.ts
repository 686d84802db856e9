import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { analysisFingerprint, pipelineVersion } from './pipeline-version.js'

let root: string

function write(path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true })
  writeFileSync(join(root, path), text)
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'newsgraph-version-'))
  write('stages/tokens/index.js', 'export const rule = 1')
  write('stages/attribution/data/cue-model.json', '{"weights":[0.5]}')
  write('doc/span.js', 'export const overlaps = () => true')
  write('cli/main.js', 'console.log("usage")')
})

afterEach(() => rmSync(root, { recursive: true, force: true }))

describe('analysisFingerprint', () => {
  it('changes when a stage, its model or the document code changes', () => {
    const before = analysisFingerprint(root)
    write('stages/attribution/data/cue-model.json', '{"weights":[0.6]}')
    const afterModel = analysisFingerprint(root)
    write('doc/span.js', 'export const overlaps = () => false')
    const afterDoc = analysisFingerprint(root)
    expect(new Set([before, afterModel, afterDoc]).size).toBe(3)
    expect(before).toMatch(/^[0-9a-f]{10}$/)
  })

  it('changes when a file is renamed, even with the same bytes', () => {
    const before = analysisFingerprint(root)
    rmSync(join(root, 'stages/tokens/index.js'))
    write('stages/tokens/rules.js', 'export const rule = 1')
    expect(analysisFingerprint(root)).not.toBe(before)
  })

  it('stays when only the CLI, a test, a map or a type declaration changes', () => {
    const before = analysisFingerprint(root)
    write('cli/main.js', 'console.log("usage: newsgraph")')
    write('stages/tokens/index.test.js', 'it("reads")')
    write('stages/tokens/index.js.map', '{}')
    write('stages/tokens/index.d.ts', 'export declare const rule: number')
    write('stages/attribution/testing.js', 'export const helper = 1')
    expect(analysisFingerprint(root)).toBe(before)
  })
})

describe('pipelineVersion', () => {
  it('names the package version, the fingerprint of this checkout and the stages in order', () => {
    expect(pipelineVersion([{ name: 'tokens' }, { name: 'entities' }])).toMatch(
      /^newsgraph@\d+\.\d+\.\d+\+[0-9a-f]{10} tokens,entities$/,
    )
  })
})
