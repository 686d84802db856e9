/** A value found by a pattern or in the tokens, before overlaps are settled, with offsets into the text. */
export interface FoundValue {
  readonly start: number
  readonly end: number
  readonly type: 'MONEY' | 'PERCENT' | 'COUNT' | 'QUANTITY'
  readonly amount: number
  readonly currency?: string
  readonly unit?: string
}
