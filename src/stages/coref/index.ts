import type { Stage } from '../../pipeline.js'

/** Placeholder until the stage lands: adds empty layers so the pipeline runs end to end. */
export function coref(): Stage<'references' | 'descriptors'> {
  return {
    name: 'coref',
    requires: ['sentences', 'tokens', 'mentions', 'entities'],
    provides: ['references', 'descriptors'],
    async prepare() {
      return () => ({ references: [], descriptors: [] })
    },
  }
}
