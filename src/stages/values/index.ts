import type { Stage } from '../../pipeline.js'

/** Placeholder until the stage lands: adds empty layers so the pipeline runs end to end. */
export function values(): Stage<'values'> {
  return {
    name: 'values',
    requires: ['tokens'],
    provides: ['values'],
    async prepare() {
      return () => ({ values: [] })
    },
  }
}
