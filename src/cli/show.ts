import type { Command } from 'commander'
import { joinSpoken } from '../doc/spoken.js'
import type { ArticleDetail, Claim, EntityDetail, EventDetail, Store, StoryDetail } from '../store/store.js'
import { addDbOption, withStore } from './store-option.js'

/*
 * `newsgraph show ID`: an article, entity, event or story, found by its id, printed for a
 * reader (or as JSON). An entity shows every claim by and about it with where it was made.
 */

interface ShowFlags {
  db?: string
  json?: boolean
}

type Found =
  | { kind: 'article'; value: ArticleDetail }
  | { kind: 'entity'; value: EntityDetail }
  | { kind: 'event'; value: EventDetail }
  | { kind: 'story'; value: StoryDetail }

async function find(store: Store, id: string): Promise<Found | null> {
  const article = await store.getArticle(id)
  if (article) return { kind: 'article', value: article }
  const entity = await store.getEntity(id)
  if (entity) return { kind: 'entity', value: entity }
  const event = await store.getEvent(id)
  if (event) return { kind: 'event', value: event }
  const story = await store.getStory(id)
  if (story) return { kind: 'story', value: story }
  // A name instead of an id: the best-known entity going by it.
  const named = (await store.listEntities({ q: id, limit: 1 })).items[0]
  const byName = named ? await store.getEntity(named.id) : null
  return byName ? { kind: 'entity', value: byName } : null
}

/** One claim for `show`: a broken quote as its source said it, without the writer's interruption. */
export function claimLine(c: Claim): string {
  const who = c.source.label ?? 'unnamed source'
  const kind = c.source.named === false ? ' (anonymous)' : ''
  const said = c.spoken ? joinSpoken(c.spoken) : c.content
  const what = said ? `: "${said}"` : ''
  const where = `${c.article.outlet ?? '?'} ${c.article.published ?? ''}`.trim()
  return `  - ${who}${kind} ${c.cue}${what}  [${c.stance}; ${where}; ${c.articleId}#${c.attribution}]`
}

function printArticle(a: ArticleDetail): void {
  console.log(
    `${a.title ?? '(no title)'}\n${a.id} | ${a.outlet ?? '?'} | ${a.published ?? 'undated'} | ${a.url ?? a.source ?? ''}`,
  )
  if (a.origin.length) console.log(`origin: ${a.origin.join(', ')}`)
  if (a.wireGroup)
    console.log(
      `wire group ${a.wireGroup}${a.isOrigin ? ' (this is the origin)' : ''}; copies: ${a.copies.map((c) => `${c.id} (${c.outlet ?? '?'})`).join(', ') || 'none'}`,
    )
  if (a.story) console.log(`story: ${a.story}`)
  console.log(`analysed by ${a.pipelineVersion}`)
  const p = a.analysis.profile
  console.log(
    `sources ${p.sources} (named ${p.named}, anonymous ${p.anonymous}); claims ${p.claims}; refusals ${p.refusals}`,
  )
  console.log('entities:')
  for (const e of a.analysis.entities) console.log(`  - ${e.name} (${e.type}) -> ${a.entityLinks[e.id] ?? '?'}`)
  console.log('events:')
  for (const e of a.analysis.events) {
    console.log(
      `  - ${e.type}${e.mode ? `/${e.mode}` : ''} "${e.triggers.map((t) => t.text).join(', ')}" -> ${a.eventLinks[e.id] ?? '?'}`,
    )
  }
}

function printEntity(e: EntityDetail): void {
  console.log(`${e.name} (${e.type}) ${e.id}`)
  if (e.aliases.length) console.log(`also: ${e.aliases.join(', ')}`)
  console.log(`${e.articles} articles, ${e.mentions} mentions${e.geo ? `; at ${e.geo.lat}, ${e.geo.lon}` : ''}`)
  console.log(`claims by ${e.name} (${e.claimsBy.length}):`)
  for (const c of e.claimsBy) console.log(claimLine(c))
  console.log(`claims about ${e.name} (${e.claimsAbout.length}):`)
  for (const c of e.claimsAbout) console.log(claimLine(c))
  console.log(`events (${e.events.length}):`)
  for (const v of e.events)
    console.log(`  - ${v.id} ${v.type}${v.mode ? `/${v.mode}` : ''} ${v.time ?? ''} ${v.place?.name ?? ''}`)
}

function printEvent(v: EventDetail): void {
  console.log(`${v.type}${v.mode ? `/${v.mode}` : ''} ${v.id}  ${v.time ?? 'undated'}  ${v.place?.name ?? 'unplaced'}`)
  if (v.actors.length) console.log(`actors: ${v.actors.map((a) => a.text).join('; ')}`)
  if (v.targets.length) console.log(`targets: ${v.targets.map((a) => a.text).join('; ')}`)
  console.log(
    `reported by ${v.articles} articles: ${v.independentReports} independent reports, ${v.independentSources} independent sources`,
  )
  for (const r of v.reports) {
    console.log(
      `* ${r.article.outlet ?? '?'} ${r.article.published ?? ''} ${r.article.id}${r.article.wireGroup && !r.article.isOrigin ? ` (copy of ${r.article.wireGroup})` : ''}: ${r.modality}, "${r.triggers.join(', ')}"${r.place.length ? ` at ${r.place.join(', ')}` : ''}${r.time ? `, ${r.time}` : ''}`,
    )
    for (const c of r.claims) console.log(claimLine(c))
  }
  if (v.conflictList.length) console.log('conflicts:')
  for (const c of v.conflictList) {
    const values = c.values.map((x) => `${x.value} (${x.articles.join(', ')})`).join(' vs ')
    console.log(`  - ${c.slot}${c.crossArticle ? ' between articles' : ' within one article'}: ${values}`)
  }
}

function printStory(s: StoryDetail): void {
  console.log(`${s.title ?? '(untitled story)'} ${s.id}  ${s.firstPublished ?? ''} to ${s.lastPublished ?? ''}`)
  for (const a of s.articleList) console.log(`* ${a.id} ${a.outlet ?? '?'} ${a.published ?? ''} ${a.title ?? ''}`)
  for (const v of s.eventList)
    console.log(`  - ${v.id} ${v.type} ${v.time ?? ''} ${v.place?.name ?? ''} (${v.articles} articles)`)
}

/** `newsgraph show`: one article, entity, event or story. */
export function registerShow(program: Command): void {
  addDbOption(
    program
      .command('show')
      .description('show an article, entity, event or story by id (an entity also by name)')
      .argument('<id>')
      .option('--json', 'print it as JSON'),
  ).action(async (id: string, flags: ShowFlags) => {
    await withStore(flags.db, async (store) => {
      const found = await find(store, id)
      if (!found) {
        console.error(`newsgraph: error nothing with id or name "${id}" in the corpus [store/not-found]`)
        process.exitCode = 1
        return
      }
      if (flags.json) console.log(JSON.stringify({ kind: found.kind, ...found.value }, null, 2))
      else if (found.kind === 'article') printArticle(found.value)
      else if (found.kind === 'entity') printEntity(found.value)
      else if (found.kind === 'event') printEvent(found.value)
      else printStory(found.value)
    })
  })
}
