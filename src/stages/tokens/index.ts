import type { Stage } from '../../pipeline.js'

/** Placeholder until the stage lands: adds empty layers so the pipeline runs end to end. */
export function tokens(): Stage<'paragraphs' | 'sentences' | 'tokens'> {
  return {
    name: 'tokens',
    requires: [],
    provides: ['paragraphs', 'sentences', 'tokens'],
    async prepare() {
      return () => ({ paragraphs: [], sentences: [], tokens: [] })
    },
  }
}
