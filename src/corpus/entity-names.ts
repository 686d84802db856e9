import type { EntityType } from '../doc/layers.js'
import { canonicalName } from './aliases.js'

/*
 * How an article's entity is keyed for finding the same thing in other articles. Pure
 * functions; link-entities.ts looks the keys up. Kinds, strongest first:
 *   key      the analysis's own cross-article key (`org:islamic-state`)
 *   name     the normalised full name, aliases folded (`islamic state`)
 *   variant  a transliteration skeleton (`al-Jabouri` and `al-Jaburi` -> `jabari`), five letters or more
 *   surname  a single-word person name; links only when exactly one corpus entity has it
 */

export type KeyKind = 'key' | 'name' | 'variant' | 'surname'

export interface NameKey {
  readonly key: string
  readonly kind: KeyKind
}

/** Entity types that may be the same thing under two labels (ISIS tagged ORG in one article, NORP in another). */
export function typeClass(type: EntityType | string): string {
  if (type === 'GPE' || type === 'LOC' || type === 'FAC') return 'place'
  if (type === 'ORG' || type === 'NORP') return 'group'
  return type.toLowerCase()
}

const TITLES = new Set([
  'president',
  'prime',
  'minister',
  'gen',
  'general',
  'lt',
  'col',
  'colonel',
  'maj',
  'major',
  'capt',
  'captain',
  'dr',
  'mr',
  'mrs',
  'ms',
  'sheikh',
  'shaikh',
  'king',
  'queen',
  'prince',
  'sir',
  'rev',
  'judge',
  'senator',
  'sen',
  'rep',
  'commander',
  'spokesman',
  'spokeswoman',
])

/** Arabic article forms at the start of a name part: `al-`, `el-`, `ad-`, `as-`, `ash-`. */
const ARTICLE = /^(al|el|ad|as|ash|an|ar|at|az)$/

/** Lower case, no diacritics or punctuation, no leading `the`, known aliases folded. */
export function normaliseName(name: string, type?: EntityType | string): string {
  let s = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`]s\b/g, 's')
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
  s = s.replace(/^the /, '')
  if (type === 'PERSON') {
    const words = s.split(' ')
    while (words.length > 1 && TITLES.has(words[0] as string)) words.shift()
    s = words.join(' ')
  }
  return canonicalName(s)
}

/**
 * A spelling-independent skeleton: Arabic articles dropped, common transliteration pairs
 * merged (ou/u, ee/i, q/k, kh/k, dh/d), vowels e/a and o/u merged, doubled letters single.
 */
export function nameSkeleton(normalised: string): string {
  return normalised
    .split(' ')
    .filter((w) => !ARTICLE.test(w))
    .join(' ')
    .replace(/ou|oo/g, 'u')
    .replace(/ee|ie|ey|y/g, 'i')
    .replace(/kh|q|ck|c(?=[aou])/g, 'k')
    .replace(/dh/g, 'd')
    .replace(/th/g, 't')
    .replace(/gh/g, 'g')
    .replace(/ph/g, 'f')
    .replace(/e/g, 'a')
    .replace(/o/g, 'u')
    .replace(/(\p{L})\1+/gu, '$1')
    .replace(/ /g, '')
}

/** Shortest skeleton trusted to join spellings: shorter ones join unrelated names too easily. */
const MIN_SKELETON = 5

/** The keys under which an article entity is filed and looked up. */
export function nameKeys(entity: {
  type: EntityType | string
  name: string
  aliases: readonly string[]
  key?: string | undefined
}): NameKey[] {
  const cls = typeClass(entity.type)
  const out = new Map<string, KeyKind>()
  if (entity.key) out.set(`key:${entity.key}`, 'key')
  for (const name of [entity.name, ...entity.aliases]) {
    const norm = normaliseName(name, entity.type)
    if (!norm) continue
    const words = norm.split(' ').filter((w) => !ARTICLE.test(w))
    if (cls === 'person' && words.length < 2) {
      // A bare surname (`Jasim`, `Erdogan`) names different people in different stories.
      out.set(`surname:${nameSkeleton(norm)}`, 'surname')
      continue
    }
    if (!out.has(`name:${cls}:${norm}`)) out.set(`name:${cls}:${norm}`, 'name')
    const skeleton = nameSkeleton(norm)
    if (skeleton.length >= MIN_SKELETON && !out.has(`variant:${cls}:${skeleton}`)) {
      out.set(`variant:${cls}:${skeleton}`, 'variant')
    }
    if (cls === 'person') {
      const last = words[words.length - 1] as string
      // Middle names come and go (`Karim Hadi al-Jaburi`, `Karim al-Jabouri`): first and last
      // name together are a variant key too.
      const firstLast = nameSkeleton(`${words[0]} ${last}`)
      if (words.length > 2 && firstLast.length >= MIN_SKELETON) out.set(`variant:${cls}:${firstLast}`, 'variant')
      out.set(`surname:${nameSkeleton(last)}`, 'surname')
    }
  }
  return [...out].map(([key, kind]) => ({ key, kind }))
}

/** Every class an entity type falls in, for looking up a name whose type is not known. */
const CLASSES = ['person', 'group', 'place', 'event', 'law', 'product'] as const

/** The keys a name typed by a user may be filed under, whatever the entity's type. */
export function lookupKeys(name: string): string[] {
  const out = new Set<string>()
  // A full name must not find everyone sharing its surname; a single word may.
  const single = normaliseName(name).split(' ').length === 1
  for (const cls of CLASSES) {
    const type = cls === 'person' ? 'PERSON' : cls === 'group' ? 'ORG' : cls === 'place' ? 'GPE' : cls.toUpperCase()
    for (const k of nameKeys({ type, name, aliases: [] })) if (k.kind !== 'surname' || single) out.add(k.key)
  }
  return [...out]
}
