import { describe, expect, it } from 'vitest'
import { readings } from './testing.js'

/*
 * A saying that breaks into a sentence after a fronted phrase (fronted-adjunct.ts), on sentences
 * written for these tests, through the real tokens stage.
 */
describe('a phrase fronted before a saying that breaks into the sentence', () => {
  it('reads the fronted phrase into the claim', () => {
    const text = 'In the long run, many planners say, the new bridge will cut traffic downtown.'
    expect(readings(text)).toEqual([
      ['many planners', 'say', 'In the long run, many planners say, the new bridge will cut traffic downtown'],
    ])
  })

  it('reads a fronted clause of time into the claim', () => {
    const text = 'After the storm passed, the mayor said, crews began clearing the roads.'
    expect(readings(text)).toEqual([
      ['the mayor', 'said', 'After the storm passed, the mayor said, crews began clearing the roads'],
    ])
  })

  it('leaves out an opening with a comma of its own', () => {
    const text = 'In May, the council, he said, voted to close the pool.'
    expect(readings(text)[0]?.[2]).not.toMatch(/^In May/)
  })
})
