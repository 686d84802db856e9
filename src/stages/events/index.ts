import type { Stage } from '../../pipeline.js'

/** Placeholder until the stage lands: adds empty layers so the pipeline runs end to end. */
export function events(): Stage<'events'> {
  return {
    name: 'events',
    requires: ['sentences', 'tokens', 'times', 'mentions', 'entities', 'references', 'places', 'attributions'],
    provides: ['events'],
    async prepare() {
      return () => ({ events: [] })
    },
  }
}
