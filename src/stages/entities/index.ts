import type { Stage } from '../../pipeline.js'

/** Placeholder until the stage lands: adds empty layers so the pipeline runs end to end. */
export function entities(): Stage<'mentions' | 'entities'> {
  return {
    name: 'entities',
    requires: ['sentences', 'tokens'],
    provides: ['mentions', 'entities'],
    async prepare() {
      return () => ({ mentions: [], entities: [] })
    },
  }
}
