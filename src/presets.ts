import type { Stage } from './pipeline.js'
import { attribution } from './stages/attribution/index.js'
import { conflicts } from './stages/conflicts/index.js'
import { coref } from './stages/coref/index.js'
import { entities } from './stages/entities/index.js'
import { events } from './stages/events/index.js'
import { places } from './stages/places/index.js'
import { times } from './stages/times/index.js'
import { tokens } from './stages/tokens/index.js'
import { values } from './stages/values/index.js'

/** Every stage, in order: the full analysis that `newsgraph analyze` prints. */
export function fullPreset(): Stage[] {
  return [tokens(), times(), values(), entities(), coref(), places(), attribution(), events(), conflicts()] as Stage[]
}

/** Sentences, tokens and entities only: enough for entity search and the CoNLL measurement. */
export function entityPreset(): Stage[] {
  return [tokens(), entities(), coref(), places()] as Stage[]
}
