import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Doc } from '../../src/doc/doc.js'
import { readRecord, readText } from '../../src/read/index.js'

/*
 * The articles whose whole analyses are kept in test/golden/NAME.json. The founding report is
 * read from ../shared/corpus at run time (its text is never copied into the project); the
 * sample story is the project's own. `scripts/update-golden.ts` rewrites the files.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
/** Where the shared corpus and gold live: `../shared` beside the checkout, or NEWSGRAPH_SHARED (as `npm run eval`). */
export const SHARED = `${resolve(process.env.NEWSGRAPH_SHARED ?? resolve(ROOT, '../shared'))}/`
export const GOLDEN_DIR = fileURLToPath(new URL('./', import.meta.url))

/** One golden article: how to read it, or why it cannot be read on this machine. */
export interface GoldenCase {
  readonly name: string
  /** True for articles the project may not copy: their golden file keeps offsets, not text. */
  readonly redact: boolean
  /** Null when the input is not on this machine (a fresh clone without ../shared). */
  read(): Doc | null
}

const FOUNDING = 'duvar-2021-10-12-isis-capture'

export const GOLDEN_CASES: readonly GoldenCase[] = [
  {
    name: FOUNDING,
    redact: true,
    read() {
      const path = `${SHARED}corpus/${FOUNDING}.txt`
      if (!existsSync(path)) return null
      // The publication date is given, as `npm run eval` gives it: the text has no dated dateline.
      return readText(readFileSync(path, 'utf8'), { id: FOUNDING, published: '2021-10-12', input: path })
    },
  },
  {
    name: 'sample-story',
    redact: false,
    read() {
      const path = `${ROOT}examples/sample-story.json`
      return readRecord(JSON.parse(readFileSync(path, 'utf8')), { input: path })
    },
  },
]

/** The gold article record of the founding report, when ../shared is here. */
export function foundingGold(): { title: string; outlet: string; origin: string[]; published: string } | null {
  const path = `${SHARED}eval/gold/${FOUNDING}.json`
  if (!existsSync(path)) return null
  return (JSON.parse(readFileSync(path, 'utf8')) as { article: ReturnType<typeof foundingGold> & object }).article
}

export const FOUNDING_NAME = FOUNDING

/**
 * The analysis as stored in its golden file. For a real article no text is copied into the
 * project: the article text becomes its SHA-256 and length, and spans (and source labels,
 * which are span text) keep only their offsets, which the test checks against the corpus.
 */
export function goldenForm(analysis: object, redact: boolean): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(analysis)) as Record<string, unknown>
  delete copy.timings
  if (!redact) return copy
  const article = copy.article as Record<string, unknown>
  const text = article.text as string
  article.text = { sha256: createHash('sha256').update(text).digest('hex'), length: text.length }
  const strip = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(strip)
    else if (typeof value === 'object' && value !== null) {
      const o = value as Record<string, unknown>
      if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') delete o.text
      if (typeof o.label === 'string' && Array.isArray(o.mentions)) delete o.label
      for (const [k, v] of Object.entries(o)) if (!(o === article && k === 'text')) strip(v)
    }
  }
  strip(copy)
  return copy
}
