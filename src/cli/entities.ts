import type { Command } from 'commander'
import type { EntityType } from '../doc/layers.js'
import { NewsgraphError } from '../doc/message.js'
import { addDbOption, withStore } from './store-option.js'

interface ListFlags {
  db?: string
  type?: EntityType
  limit: string
  json?: boolean
}

/** `newsgraph entities`: list corpus entities, and merge or split them by hand. */
export function registerEntities(program: Command): void {
  const entities = program.command('entities').description('list corpus entities; merge or split them by hand')
  addDbOption(
    entities
      .command('list', { isDefault: true })
      .description('entities, most mentioned first')
      .argument('[name]', 'only entities going by a name containing this')
      .option('--type <TYPE>', 'PERSON, ORG, GPE, LOC, NORP, ...')
      .option('--limit <n>', 'how many', '50')
      .option('--json', 'print as JSON'),
  ).action(async (name: string | undefined, flags: ListFlags) => {
    await withStore(flags.db, async (store) => {
      const page = await store.listEntities({
        limit: Number(flags.limit) || 50,
        ...(name ? { q: name } : {}),
        ...(flags.type ? { type: flags.type } : {}),
      })
      if (flags.json) return console.log(JSON.stringify(page, null, 2))
      for (const e of page.items) {
        const also = e.aliases.length ? `  also ${e.aliases.slice(0, 5).join(', ')}` : ''
        console.log(`${e.id}  ${e.type.padEnd(7)} ${e.name}  (${e.articles} articles, ${e.mentions} mentions)${also}`)
      }
    })
  })
  addDbOption(
    entities
      .command('merge')
      .description('fold entities into one; holds for articles ingested later')
      .argument('<into>', 'the entity id that stays')
      .argument('<from...>', 'entity ids folded into it'),
  ).action(async (into: string, from: string[], flags: { db?: string }) => {
    await edit(flags.db, async (store) => {
      const merged = await store.mergeEntities(into, from)
      console.log(
        `${merged.id} ${merged.name}: ${merged.articles} articles, also ${merged.aliases.join(', ') || 'no other name'}`,
      )
    })
  })
  addDbOption(
    entities
      .command('split')
      .description('move the articles calling an entity by some names to a new entity; holds for later articles')
      .argument('<id>', 'the entity to split')
      .argument('<names...>', 'names whose articles move to the new entity'),
  ).action(async (id: string, names: string[], flags: { db?: string }) => {
    await edit(flags.db, async (store) => {
      const created = await store.splitEntity(id, names)
      console.log(`${created.id} ${created.name}: ${created.articles} articles split from ${id}`)
    })
  })
}

async function edit(db: string | undefined, fn: Parameters<typeof withStore>[1]): Promise<void> {
  try {
    await withStore(db, fn)
  } catch (error) {
    if (!(error instanceof NewsgraphError)) throw error
    console.error(`newsgraph: error ${error.message} [${error.rule}]`)
    process.exitCode = 1
  }
}
