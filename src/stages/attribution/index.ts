import type { Stage } from '../../pipeline.js'

/** Placeholder until the stage lands: adds empty layers so the pipeline runs end to end. */
export function attribution(): Stage<'sources' | 'attributions'> {
  return {
    name: 'attribution',
    requires: ['sentences', 'tokens', 'mentions', 'entities', 'references'],
    provides: ['sources', 'attributions'],
    async prepare() {
      return () => ({ sources: [], attributions: [] })
    },
  }
}
