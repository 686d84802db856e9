import type { Entity, EntityType, Mention } from '../../doc/layers.js'
import { countryByDemonym, countryByName } from './gazetteer/countries.js'
import { ORG_WORDS } from './gazetteer/lexicon.js'
import { slug } from './gazetteer/organisations.js'
import type { Candidate } from './recognise.js'

/** Mentions and the entities they name, as the stage returns them. */
export interface Coreference {
  mentions: Mention[]
  entities: Entity[]
}

interface Cluster {
  key: string
  members: Candidate[]
  /** The first member's identifying words, worked out once. */
  words: readonly string[]
}

/** Words that say what kind of body a name is, lower-cased: `shipping`, `inc`, `group`. */
const DESIGNATORS: ReadonlySet<string> = new Set([...ORG_WORDS].map((w) => w.toLowerCase()))

/** Leading article and trailing possessive dropped: `the United States'` -> `United States`. */
function bare(name: string): string {
  return name
    .replace(/^the\s+/i, '')
    .replace(/['’]s?$/, '')
    .trim()
}

/** The words of a name that identify a person, without `al-` and similar particles. */
function nameWords(name: string): string[] {
  return bare(name)
    .split(/\s+/)
    .map((w) => w.replace(/^(al|el|ad|as|ash|an|ar|at|az)-/i, '').toLowerCase())
    .filter((w) => w && !/^(al|el|bin|ibn|abu|de|van|von|der|la|le|da|di|mr\.?|mrs\.?|ms\.?|dr\.?)$/.test(w))
}

/** `f` with its results kept by argument, for one article. */
function remembered<T>(f: (name: string) => T): (name: string) => T {
  const known = new Map<string, T>()
  return (name) => {
    let words = known.get(name)
    if (words === undefined) {
      words = f(name)
      known.set(name, words)
    }
    return words
  }
}

/** `Royal United Services Institute` -> `RUSI`: initials of its capitalised words. */
export function initialsOf(name: string): string {
  return bare(name)
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('')
}

/** A key that stays the same for the same thing in another article, when one can be made. */
function globalKey(c: Candidate, bareOf: (name: string) => string): string | undefined {
  if (c.hit?.kind === 'org') return c.hit.organisation.key
  if (c.type === 'GPE' || c.type === 'LOC') {
    const country = c.hit?.kind === 'country' ? c.hit.country : countryByName(bareOf(c.text))
    if (country) return `gpe:${country.code}`
  }
  if (c.type === 'NORP') {
    const country = countryByDemonym(c.text)
    if (country) return `norp:${country.code}`
  }
  return undefined
}

const PREFIX: Record<EntityType, string> = {
  PERSON: 'person',
  ORG: 'org',
  GPE: 'gpe',
  LOC: 'loc',
  NORP: 'norp',
  FAC: 'fac',
  EVENT: 'event',
  LAW: 'law',
  PRODUCT: 'product',
}

/**
 * Groups an article's names into entities: the same gazetteer key (`ISIS`, `Islamic State`;
 * `U.S.`, `United States`), the same name, a person's part-name (`Jasim` in `Sami Jasim
 * al-Jaburi`), or an acronym of an organisation's name (`RUSI`). The entity's name is its
 * fullest mention, its type the one most of its mentions carry.
 */
export function corefer(found: readonly Candidate[], text = ''): Coreference {
  const defined = definedAcronyms(found, text)
  // An article names the same thing many times, and a name's words take several expressions.
  const wordsOf = remembered<readonly string[]>(nameWords)
  const bareOf = remembered(bare)
  const keyOf = new Map<Candidate, string>()
  const clusters: Cluster[] = []
  const byKey = new Map<string, Cluster>()
  const join = (c: Candidate, key: string) => {
    let cluster = byKey.get(key)
    if (!cluster) {
      cluster = { key, members: [], words: wordsOf(c.text) }
      byKey.set(key, cluster)
      clusters.push(cluster)
    }
    cluster.members.push(c)
  }
  // Longer names first, so a part-name finds the full name whichever comes first in the text.
  // Each name's length is worked out once, not at every comparison of the sort.
  const length = new Map(found.map((c) => [c, wordsOf(c.text).length]))
  const size = (c: Candidate) => length.get(c) as number
  const order = [...found].sort((a, b) => size(b) - size(a) || a.start - b.start)
  for (const c of order) {
    const expansion = defined.get(bareOf(c.text))
    const key =
      globalKey(c, bareOf) ?? (expansion && keyOf.get(expansion)) ?? localKey(c, clusters, byKey, wordsOf, bareOf)
    keyOf.set(c, key)
    join(c, key)
  }
  return build(clusters, bareOf)
}

/*
 * Acronyms defined in the text, `Syrian Observatory for Human Rights (SOHR)`: the capitals in
 * brackets right after a name stand for it everywhere in the article, initials or not.
 */
function definedAcronyms(found: readonly Candidate[], text: string): Map<string, Candidate> {
  const out = new Map<string, Candidate>()
  for (let i = 1; i < found.length; i++) {
    const c = found[i] as Candidate
    const before = found[i - 1] as Candidate
    if (!/^\p{Lu}[\p{Lu}\d&.-]{1,7}$/u.test(c.text) || before.type === 'PERSON') continue
    if (/^\s*\($/.test(text.slice(before.end, c.start)) && text[c.end] === ')' && !out.has(c.text))
      out.set(c.text, before)
  }
  return out
}

function localKey(
  c: Candidate,
  clusters: readonly Cluster[],
  byKey: ReadonlyMap<string, Cluster>,
  wordsOf: (name: string) => readonly string[],
  bareOf: (name: string) => string,
): string {
  const name = bareOf(c.text)
  const words = wordsOf(name)
  const same = `${c.type === 'NORP' ? 'name-norp' : 'name'}:${words.join(' ')}`
  if (byKey.has(same)) return same
  if (c.type === 'PERSON' && words.length) {
    const people = clusters.filter((k) => k.members[0]?.type === 'PERSON' && words.every((w) => k.words.includes(w)))
    // The nearest earlier full name when several fit (`Bush` after `George W. Bush`).
    const fit = people.sort((a, b) => nearest(b, c) - nearest(a, c))[0]
    if (fit) return fit.key
  }
  if ((c.type === 'ORG' || c.type === 'PERSON') && words.length) {
    // `Northline` after `Northline Shipping`, `Vesta` after `Vesta Energy Inc`: a company named
    // without the words that say what kind of body it is (which the tagger may take for a person);
    // and `Toyota` for `Toyota Motor Corp`, one more word before its designator.
    const fuller = clusters.find((k) => {
      if (k.members[0]?.type !== 'ORG' || k.words.length <= words.length) return false
      if (!words.every((w, i) => k.words[i] === w)) return false
      const rest = k.words.slice(words.length)
      return rest.every((w) => DESIGNATORS.has(w)) || (rest.length === 2 && DESIGNATORS.has(rest[1] as string))
    })
    if (fuller) return fuller.key
  }
  if (c.type === 'ORG' && /^\p{Lu}{2,6}$/u.test(name)) {
    const expanded = clusters.find((k) => k.members.some((m) => m.type === 'ORG' && initialsOf(m.text) === name))
    if (expanded) return expanded.key
  }
  return same
}

function nearest(cluster: Cluster, c: Candidate): number {
  let best = Number.NEGATIVE_INFINITY
  for (const m of cluster.members) if (m.start < c.start && m.start > best) best = m.start
  return best === Number.NEGATIVE_INFINITY ? -1e9 : best
}

function build(clusters: readonly Cluster[], bareOf: (name: string) => string): Coreference {
  const sorted = clusters
    .map((k) => ({ ...k, members: [...k.members].sort((a, b) => a.start - b.start) }))
    .sort((a, b) => (a.members[0]?.start ?? 0) - (b.members[0]?.start ?? 0))
  const mentions: Mention[] = []
  const entities: Entity[] = sorted.map((k, i) => {
    const id = `e${i + 1}`
    const type = majorityType(k.members)
    const names = [...new Set(k.members.map((m) => bareOf(m.text)))]
    const name =
      type === 'NORP'
        ? mostUsed(k.members.map((m) => bareOf(m.text)))
        : names.reduce((a, b) => (b.length > a.length ? b : a))
    for (const m of k.members) mentions.push({ start: m.start, end: m.end, type, entity: id })
    const key = k.key.startsWith('name') ? `${PREFIX[type]}:${slug(name)}` : k.key
    return {
      id,
      type,
      name,
      aliases: names.filter((n) => n !== name),
      mentions: k.members.map((m) => ({ start: m.start, end: m.end })),
      key,
    }
  })
  mentions.sort((a, b) => a.start - b.start || a.end - b.end)
  return { mentions, entities }
}

/* A group is named as the article names it most (`Iraqi`, not `Iraqis`). */
function mostUsed(names: readonly string[]): string {
  const counts = new Map<string, number>()
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? ''
}

function majorityType(members: readonly Candidate[]): EntityType {
  const counts = new Map<EntityType, number>()
  for (const m of members) counts.set(m.type, (counts.get(m.type) ?? 0) + 1 + m.text.length / 1000)
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'ORG'
}
