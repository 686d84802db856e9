/**
 * One weight per feature hash (feature-key.ts) in an open-addressing table. The cue model reads
 * some twenty weights for each verb and noun of an article, and this is read about twice as fast
 * as a Map: a look-up is a few integer reads. Weights of names with one hash are summed, as the
 * model is loaded.
 */
export class WeightTable {
  /**
   * Per slot the hash kept there, -1 when empty (feature hashes are 30-bit, never negative); twice
   * as many slots as weights keeps probes short.
   */
  readonly #slots: Int32Array
  readonly #weights: Float64Array
  readonly #mask: number

  constructor(weights: ReadonlyMap<number, number>) {
    let size = 2
    while (size < 2 * weights.size) size *= 2
    this.#slots = new Int32Array(size).fill(-1)
    this.#weights = new Float64Array(size)
    this.#mask = size - 1
    for (const [hash, weight] of weights) {
      let slot = hash & this.#mask
      while (this.#slots[slot] !== -1) slot = (slot + 1) & this.#mask
      this.#slots[slot] = hash
      this.#weights[slot] = weight
    }
  }

  /** The weight of the feature with hash `hash`, or undefined when the model does not know it. */
  get(hash: number): number | undefined {
    let slot = hash & this.#mask
    for (let kept = this.#slots[slot] as number; kept !== -1; kept = this.#slots[slot] as number) {
      if (kept === hash) return this.#weights[slot] as number
      slot = (slot + 1) & this.#mask
    }
    return undefined
  }
}
