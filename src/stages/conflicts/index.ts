import type { Stage } from '../../pipeline.js'

/** Placeholder until the stage lands: adds empty layers so the pipeline runs end to end. */
export function conflicts(): Stage<'conflicts'> {
  return {
    name: 'conflicts',
    requires: ['events', 'attributions', 'places'],
    provides: ['conflicts'],
    async prepare() {
      return () => ({ conflicts: [] })
    },
  }
}
