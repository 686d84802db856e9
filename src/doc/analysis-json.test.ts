import { describe, expect, it } from 'vitest'
import { sourceLabel } from './analysis-json.js'
import type { Source } from './layers.js'
import { spanOf } from './testing.js'

describe('source labels', () => {
  const text = 'Activist says police held her. "They hit me," Ana Kimani told reporters. She said she was freed.'
  const source = (...phrases: [string, number?][]): Source => ({
    id: 's1',
    mentions: phrases.map(([p, n]) => spanOf(text, p, n)),
    named: true,
    count: 1,
    entity: 'kimani',
    affiliation: [],
    role: [],
    rank: [],
  })
  const names = (id: string) => (id === 'kimani' ? 'Ana Kimani' : undefined)

  it('shows the words that name the source, though a description came first', () => {
    expect(sourceLabel(text, source(['Activist'], ['Ana Kimani'], ['She']), names)).toBe('Ana Kimani')
  })

  it('shows the first description when no mention names the source', () => {
    expect(sourceLabel(text, source(['Activist'], ['She']), names)).toBe('Activist')
  })

  it('shows the name coreference gives a source met only as a pronoun', () => {
    expect(sourceLabel(text, source(['She']), names)).toBe('Ana Kimani')
  })
})
