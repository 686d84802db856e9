import { describe, expect, it } from 'vitest'
import type { Layers } from './doc/layers.js'
import { makeDoc } from './doc/testing.js'
import { createPipeline, type Stage } from './pipeline.js'

const stage = (name: string, requires: Stage['requires'], provides: Stage['provides']): Stage => ({
  name,
  requires,
  provides,
  async prepare() {
    return () => Object.fromEntries(provides.map((p) => [p, []])) as unknown as Layers
  },
})

describe('createPipeline', () => {
  it('names the stage and layer when a requirement comes from no earlier stage', () => {
    expect(() => createPipeline([stage('entities', ['tokens'], ['entities'])])).toThrow(
      'stage "entities" requires layer "tokens"',
    )
  })

  it('refuses a layer provided twice', () => {
    expect(() => createPipeline([stage('a', [], ['tokens']), stage('b', [], ['tokens'])])).toThrow(
      'layer "tokens" is provided twice: by "a" and by "b"',
    )
  })

  it('runs stages in order and adds their layers, leaving the input doc unchanged', async () => {
    const pipeline = createPipeline([stage('t', [], ['tokens']), stage('e', ['tokens'], ['entities'])])
    const input = makeDoc('Hello.')
    const out = await pipeline.run(input)
    expect(out.has('tokens') && out.has('entities')).toBe(true)
    expect(input.has('tokens')).toBe(false)
    expect(Object.keys(pipeline.times)).toEqual(['t', 'e'])
  })

  it('accepts layers given with the input', () => {
    expect(() => createPipeline([stage('e', ['tokens'], ['entities'])], ['tokens'])).not.toThrow()
  })
})
