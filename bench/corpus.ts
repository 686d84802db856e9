import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ReadMeta } from '../src/read/meta.js'

/*
 * The bench's input: real news text from ../shared (PolNeAR, CoNLL-2003, the founding report),
 * read at run time and never copied into the project; the demo corpus in examples/ when
 * ../shared is absent. Nothing here is invented text.
 */

/** One article to analyse: its text and the metadata a reader would be given. */
export interface BenchArticle {
  readonly text: string
  readonly meta: ReadMeta
}

const root = join(import.meta.dirname, '..')
const shared = join(root, '..', 'shared')

/** True when ../shared holds the data the bench is specified on. */
export const HAS_SHARED = existsSync(join(shared, 'data', 'polnear', 'train.jsonl'))

function jsonl(path: string): BenchArticle[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const a = JSON.parse(l).article
      return { text: a.text, meta: { id: a.id, title: a.title, published: a.published, outlet: a.outlet } }
    })
}

function textFiles(dir: string): BenchArticle[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ text: readFileSync(join(dir, f), 'utf8'), meta: { id: f.replace(/\.txt$/, ''), input: f } }))
}

/** The CoNLL-2003 training documents, tokens joined by spaces and sentences by line breaks. */
function conllDocs(path: string): BenchArticle[] {
  if (!existsSync(path)) return []
  const docs: BenchArticle[] = []
  let sentences: string[] = []
  let tokens: string[] = []
  const flush = () => {
    if (tokens.length) sentences.push(tokens.join(' '))
    tokens = []
  }
  const close = () => {
    flush()
    if (sentences.length > 2) docs.push({ text: sentences.join('\n'), meta: { id: `conll-train-${docs.length}` } })
    sentences = []
  }
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) close()
    else if (!line.trim()) flush()
    else tokens.push(line.split(' ')[0] as string)
  }
  close()
  return docs
}

/**
 * The throughput input: PolNeAR's 840 training articles and the founding report, cycled to at
 * least `atLeast` (each repeat keeps its text and gets its own id); examples/ without ../shared.
 */
/**
 * Articles each tool analyses before its clock starts. V8 keeps compiling a large pipeline's hot
 * functions on its own threads for the first few hundred articles, and `process.cpuUsage` counts
 * those threads: after 50 articles about a third of the CPU measured was still compilation.
 */
export const WARM_UP = 300

export function throughputCorpus(atLeast = 1000): BenchArticle[] {
  const base = HAS_SHARED
    ? [...jsonl(join(shared, 'data', 'polnear', 'train.jsonl')), ...textFiles(join(shared, 'corpus'))]
    : textFiles(join(root, 'examples', 'corpus'))
  const out: BenchArticle[] = []
  for (let i = 0; out.length < atLeast; i++) {
    const a = base[i % base.length] as BenchArticle
    const round = Math.floor(i / base.length)
    out.push(round ? { text: a.text, meta: { ...a.meta, id: `${a.meta.id}-r${round}` } } : a)
  }
  return out
}

/** Every distinct real article available: PolNeAR train and dev, CoNLL train and valid, the corpus. */
export function distinctArticles(): BenchArticle[] {
  if (!HAS_SHARED) return textFiles(join(root, 'examples', 'corpus'))
  return [
    ...jsonl(join(shared, 'data', 'polnear', 'train.jsonl')),
    ...jsonl(join(shared, 'data', 'polnear', 'dev.jsonl')),
    ...jsonl(join(shared, 'data', 'conll2003', 'valid-gold.jsonl')),
    ...conllDocs(join(shared, 'data', 'conll2003', 'train.txt')),
    ...textFiles(join(shared, 'corpus')),
  ]
}

const OUTLETS = ['wire-a', 'wire-b', 'daily-c', 'weekly-d', 'site-e', 'paper-f', 'radio-g']

/**
 * The metadata of the `n`th copy of a search-corpus article: its own id, outlet and date
 * (variant 0 keeps the article's outlet), so the corpus holds real text under varied metadata.
 */
export function variantMeta(a: BenchArticle, n: number): ReadMeta {
  const date = new Date(Date.UTC(2016, 0, 1) + ((n * 7919 + a.text.length) % 3650) * 86_400_000)
  const outlet = OUTLETS[(n + a.text.length) % OUTLETS.length] ?? null
  return {
    ...a.meta,
    id: `${a.meta.id}-v${n}`,
    outlet: n === 0 ? (a.meta.outlet ?? outlet) : outlet,
    published: date.toISOString().slice(0, 10),
  }
}
