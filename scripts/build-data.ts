/*
 * npm run data: rebuilds every committed data file from its source, one script per file set.
 * Each script documents its inputs; the README beside each data/ folder records provenance.
 * The entity model is retrained only when the CoNLL-2003 training file is present
 * (../shared/data/conll2003/train.txt), since that corpus is not redistributed with the project.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const run = (script: string, ...args: string[]) => {
  console.log(`> tsx ${script} ${args.join(' ')}`)
  execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, script), ...args], { stdio: 'inherit', cwd: ROOT })
}

run('scripts/ner/build-countries.ts')
run('scripts/ner/build-lists.ts')
if (existsSync(join(ROOT, 'scripts/build-places.ts'))) run('scripts/build-places.ts')
if (existsSync(join(ROOT, '../shared/data/conll2003/train.txt'))) run('scripts/train-ner.ts')
else console.log('skipping scripts/train-ner.ts: ../shared/data/conll2003/train.txt is not here')
