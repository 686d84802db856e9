import type { Command } from 'commander'
import type { SearchQuery, SourceKind } from '../store/store.js'
import { addDbOption, withStore } from './store-option.js'

interface SearchFlags {
  db?: string
  entity?: string
  type?: string
  place?: string
  from?: string
  to?: string
  outlet?: string
  sourceKind?: SourceKind
  limit: string
  cursor?: string
  json?: boolean
}

/** `newsgraph search`: full text over the corpus with filters. */
export function registerSearch(program: Command): void {
  addDbOption(
    program
      .command('search')
      .description('search the corpus: words in title and text, with filters')
      .argument('[query...]', 'words that must all appear')
      .option('--entity <id|name>', 'articles naming this entity (corpus id or any name it goes by)')
      .option('--type <PLOVER>', 'articles reporting an event of this type (ASSAULT, COERCE, PROTEST, ...)')
      .option('--place <name|id>', 'articles reporting events at, or naming, this place')
      .option('--from <date>', 'published on or after this date (YYYY-MM-DD)')
      .option('--to <date>', 'published on or before this date (YYYY-MM-DD)')
      .option('--outlet <name>', 'published by this outlet')
      .option('--source-kind <kind>', 'with at least one named or anonymous source: named | anonymous')
      .option('--limit <n>', 'results per page', '20')
      .option('--cursor <cursor>', 'the next page, as printed at the end of the previous one')
      .option('--json', 'print the results as JSON'),
  ).action(async (words: string[], flags: SearchFlags) => {
    if (flags.sourceKind && flags.sourceKind !== 'named' && flags.sourceKind !== 'anonymous') {
      console.error('newsgraph: error --source-kind must be named or anonymous [cli/usage]')
      process.exitCode = 2
      return
    }
    const query: SearchQuery = {
      q: words.join(' '),
      limit: Number(flags.limit) || 20,
      cursor: flags.cursor ?? null,
      ...(flags.entity ? { entity: flags.entity } : {}),
      ...(flags.type ? { eventType: flags.type } : {}),
      ...(flags.place ? { place: flags.place } : {}),
      ...(flags.from ? { from: flags.from } : {}),
      ...(flags.to ? { to: flags.to } : {}),
      ...(flags.outlet ? { outlet: flags.outlet } : {}),
      ...(flags.sourceKind ? { sourceKind: flags.sourceKind } : {}),
    }
    await withStore(flags.db, async (store) => {
      const page = await store.search(query)
      if (flags.json) {
        console.log(JSON.stringify(page, null, 2))
        return
      }
      if (!page.items.length) console.error('no articles found')
      for (const hit of page.items) {
        const a = hit.article
        const copy = a.wireGroup ? (a.isOrigin ? ' [wire origin]' : ` [copy of ${a.wireGroup}]`) : ''
        console.log(`${a.id}  ${a.published ?? '----------'}  ${a.outlet ?? '?'}${copy}`)
        console.log(`  ${a.title ?? '(no title)'}`)
        console.log(`  ${hit.snippet}`)
      }
      if (page.next) console.log(`more: --cursor ${page.next}`)
    })
  })
}
