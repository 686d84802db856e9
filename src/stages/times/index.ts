import type { Stage } from '../../pipeline.js'

/** Placeholder until the stage lands: adds empty layers so the pipeline runs end to end. */
export function times(): Stage<'times'> {
  return {
    name: 'times',
    requires: ['sentences', 'tokens'],
    provides: ['times'],
    async prepare() {
      return () => ({ times: [] })
    },
  }
}
