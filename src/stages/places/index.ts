import type { Stage } from '../../pipeline.js'

/** Placeholder until the stage lands: adds empty layers so the pipeline runs end to end. */
export function places(): Stage<'places'> {
  return {
    name: 'places',
    requires: ['sentences', 'tokens', 'mentions', 'entities'],
    provides: ['places'],
    async prepare() {
      return () => ({ places: [] })
    },
  }
}
