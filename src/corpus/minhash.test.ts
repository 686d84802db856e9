import { describe, expect, it } from 'vitest'
import { bands, decodeSignature, encodeSignature, minhash, similarity } from './minhash.js'

const story = Array.from(
  { length: 120 },
  (_, i) => `sentence ${i} tells of the harbour council and its ${i % 7} boats near the river mouth`,
).join('. ')

describe('minhash', () => {
  it('scores a copy with a new headline and credit line as near-identical', () => {
    const copy = `A different headline\n${story}\nReporting by the desk.`
    expect(similarity(minhash(story), minhash(copy))).toBeGreaterThan(0.8)
  })

  it('scores unrelated texts near zero', () => {
    const other = Array.from({ length: 80 }, (_, i) => `the festival drew ${i} visitors to the old quarter today`).join(
      '. ',
    )
    expect(similarity(minhash(story), minhash(other))).toBeLessThan(0.1)
  })

  it('puts copies in a shared bucket and survives its stored form', () => {
    const a = minhash(story)
    const b = minhash(`${story} One more line.`)
    expect(bands(a).some((bucket) => bands(b).includes(bucket))).toBe(true)
    expect(decodeSignature(encodeSignature(a))).toEqual(a)
  })
})
