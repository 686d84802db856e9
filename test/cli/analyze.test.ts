import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AnalysisJson } from '../../src/doc/analysis-json.js'
import { type CliResult, runCli } from './run-cli.js'

let dir: string
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}
const story = (id: string, extra = '') =>
  JSON.stringify({
    id,
    text: `Harbour plan approved\nThe council approved the harbour plan on Monday, officials said.${extra}`,
  })

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-cli-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

describe('newsgraph analyze on bad input', { timeout: 120_000 }, () => {
  // One run over every bad file (children are slow to start), each reported on its own line.
  const cases: [string, string | Uint8Array, string][] = [
    ['empty.txt', '', 'read/empty'],
    ['blank.txt', '  \n\t\n', 'read/empty'],
    ['image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), 'read/binary'],
    ['latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]), 'read/invalid-utf8'],
    ['menu.html', '<html><body><nav><a href="/">Home</a> <a href="/b">Blog</a></nav></body></html>', 'read/no-article'],
    ['record.json', '{"title": "no text here"}', 'read/missing-text'],
    ['broken.json', '{"text": "unfinished', 'read/invalid-json'],
    ['huge.txt', '', 'read/too-large'],
    ['missing.txt', '', 'read/unreadable'],
  ]
  let run: CliResult
  let paths: string[]
  let good: string

  beforeAll(async () => {
    paths = cases.map(([name, content]) => (name === 'missing.txt' ? join(dir, name) : file(name, content)))
    truncateSync(join(dir, 'huge.txt'), 50 * 1024 * 1024)
    good = file('good.txt', 'Harbour plan approved\nThe council approved the plan on Monday, officials said.')
    run = await runCli(['analyze', ...paths.slice(0, 4), good, ...paths.slice(4), '--format', 'jsonl'])
  }, 120_000)

  it('exits with code 1 and still analyses the good file among them', async () => {
    expect(run.code).toBe(1)
    expect(run.stdout.trim().split('\n')).toHaveLength(1)
    expect(run.stderr.trim().split('\n')).toHaveLength(cases.length)
  })

  it.each(cases.map(([name, , rule], i) => [name, rule, i] as const))('reports %s as %s on one line', (_, rule, i) => {
    const line = run.stderr.trim().split('\n')[i] ?? ''
    expect(line).toMatch(new RegExp(`^${escapeRegExp(paths[i] as string)}: error \\S.* \\[${escapeRegExp(rule)}\\]$`))
  })

  it('names the byte offset of invalid UTF-8 and the size limit broken', async () => {
    expect(run.stderr).toContain('bad byte 0xe9 at byte offset 3')
    expect(run.stderr).toMatch(/huge\.txt: error input is 50\.0 MB, more than the limit of 10 MB/)
  })

  it('reports a bad JSON Lines record with its line number and analyses the rest in order', async () => {
    const path = file(
      'batch.jsonl',
      [story('a'), '{"id": "b", "text": ', story('c'), '{"id": "d"}', story('e')].join('\n'),
    )
    const { code, stdout, stderr } = await runCli(['analyze', path])
    expect(code).toBe(1)
    const errors = stderr.trim().split('\n')
    expect(errors).toHaveLength(2)
    expect(errors[0]).toMatch(new RegExp(`^${escapeRegExp(path)}:2: error .*\\[read/invalid-json\\]$`))
    expect(errors[1]).toMatch(new RegExp(`^${escapeRegExp(path)}:4: error .*\\[read/missing-text\\]$`))
    const ids = stdout
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as AnalysisJson).article.id)
    expect(ids).toEqual(['a', 'c', 'e'])
  })

  it.concurrent.for([
    [['analyze', '--bogus', 'x.txt'], 'unknown option'],
    [['analyze', '--published', '2021-02-30', 'x.txt'], 'read/invalid-date'],
    [['analyze', '--format', 'xml', 'x.txt'], 'xml'],
  ] as const)('treats %j as a usage error: one line, exit code 2', async ([args, words], { expect }) => {
    const { code, stdout, stderr } = await runCli([...args])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(stderr).toContain(words)
  })
})

// Children start slowly on a busy machine (tsx compiles the source): allow them time.
describe('newsgraph analyze on good input', { timeout: 120_000 }, () => {
  it('prints one JSON analysis for one text file, with the date given', async () => {
    const path = file(
      'one.txt',
      'Harbour plan approved\nKETTLE BAY (Reuters) - The council approved the plan on Monday.',
    )
    const { code, stdout, stderr } = await runCli([
      'analyze',
      path,
      '--published',
      '2024-06-10',
      '--outlet',
      'Kettle Gazette',
    ])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const analysis = JSON.parse(stdout) as AnalysisJson
    expect(analysis.article).toMatchObject({
      published: '2024-06-10',
      outlet: 'Kettle Gazette',
      origin: ['Reuters'],
      title: 'Harbour plan approved',
    })
    expect(analysis.article.dateline?.text).toBe('KETTLE BAY (Reuters) -')
  })

  it('reads standard input for -, guessing the format from the content', async () => {
    const { code, stdout } = await runCli(['analyze', '-', '--format', 'jsonl'], `${story('s1')}\n${story('s2')}\n`)
    expect(code).toBe(0)
    expect(
      stdout
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as AnalysisJson).article.id),
    ).toEqual(['s1', 's2'])
  })

  it('reads HTML given --input-format whatever the extension', async () => {
    const html = `<html><body><article><h1>Harbour plan approved</h1><p>${'The council approved the plan after a long debate. '.repeat(6)}</p></article></body></html>`
    const path = file('page.data', html)
    const { code, stdout } = await runCli(['analyze', path, '--input-format', 'html'])
    expect(code).toBe(0)
    expect((JSON.parse(stdout) as AnalysisJson).article.text).toMatch(/^Harbour plan approved\nThe council approved/)
  })

  it('prints a readable summary of the sample story, without colour off a terminal', async () => {
    const { code, stdout } = await runCli(['analyze', 'examples/sample-story.txt', '--format', 'pretty'])
    expect(code).toBe(0)
    expect(stdout).toContain("Norvania's former energy minister detained abroad over missing $40 million")
    expect(stdout).toMatch(/origin AP/)
    for (const section of ['Sourcing', 'Entities', 'Sources', 'Claims', 'Events', 'Conflicts', 'Times and values']) {
      expect(stdout).toContain(section)
    }
    expect(stdout).not.toContain('\u001b[')
  })
})

describe('--help', { timeout: 120_000 }, () => {
  it('is there for the program and every command', async () => {
    const top = await runCli(['--help'])
    expect(top.code).toBe(0)
    const commands = [...top.stdout.matchAll(/^ {2}([a-z][\w-]*)\b/gm)]
      .map((m) => m[1] as string)
      .filter((c) => c !== 'help')
    expect(commands).toContain('analyze')
    const runs = await Promise.all(commands.map((command) => runCli([command, '--help'])))
    for (const [i, { code, stdout }] of runs.entries()) {
      const command = commands[i] as string
      expect(code, command).toBe(0)
      expect(stdout, command).toMatch(new RegExp(`^Usage: newsgraph ${command}\\b`))
    }
  })
})
