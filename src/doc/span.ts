/** A stretch of `doc.text`: UTF-16 indices, end exclusive, as in the analysis format. */
export interface Span {
  readonly start: number
  readonly end: number
}

/** The characters a span covers. */
export function textOf(text: string, span: Span): string {
  return text.slice(span.start, span.end)
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end
}

export function isValidSpan(span: Span, textLength: number): boolean {
  return (
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.end <= textLength &&
    span.start < span.end
  )
}

/** Orders by start, then end: the order of every layer. */
export function bySpan(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end
}

/** The index of the span in a sorted layer that contains `offset`, or -1 (binary search). */
export function indexAt(layer: readonly Span[], offset: number): number {
  let lo = 0
  let hi = layer.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const span = layer[mid] as Span
    if (offset < span.start) hi = mid - 1
    else if (offset >= span.end) lo = mid + 1
    else return mid
  }
  return -1
}

/** The sentence (or any covering span) of a sorted, non-overlapping layer that holds `span`. */
export function sentenceOf<S extends Span>(sentences: readonly S[], span: Span): S | undefined {
  const i = indexAt(sentences, span.start)
  return i < 0 ? undefined : sentences[i]
}

export type CharMode = 'exact' | 'shrink' | 'grow'

/**
 * The token indices `[first, last)` that a character span covers, as spaCy's `char_span`:
 * `exact` demands token boundaries, `shrink` keeps only whole tokens inside, `grow` takes
 * every token the span touches. Returns null when no token fits.
 */
export function tokenRange(tokens: readonly Span[], span: Span, mode: CharMode = 'exact'): [number, number] | null {
  let first = -1
  let last = -1
  for (let i = lowerBound(tokens, span.start); i < tokens.length; i++) {
    const t = tokens[i] as Span
    if (t.start >= span.end) break
    const inside = t.start >= span.start && t.end <= span.end
    const touches = t.end > span.start && t.start < span.end
    if (mode === 'exact' && touches && !inside) return null
    if (mode === 'grow' ? touches : inside) {
      if (first < 0) first = i
      last = i + 1
    }
  }
  if (first < 0) return null
  if (mode === 'exact') {
    const a = tokens[first] as Span
    const b = tokens[last - 1] as Span
    if (a.start !== span.start || b.end !== span.end) return null
  }
  return [first, last]
}

/** The first index whose span ends after `offset`. */
export function lowerBound(layer: readonly Span[], offset: number): number {
  let lo = 0
  let hi = layer.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((layer[mid] as Span).end <= offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The first index whose span starts at or after `offset` (the layer's length when none does). */
export function firstStartingAt(layer: readonly Span[], offset: number): number {
  let lo = 0
  let hi = layer.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((layer[mid] as Span).start < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * For each token, the first span of `layer`, in the layer's order, that `covers` it: a lookup
 * per token where a search of the layer ran for each. `covers` is asked only of spans that
 * start at or before the token's start and end after it.
 */
export function firstCoveringEachToken<S extends Span>(
  tokens: readonly Span[],
  layer: readonly S[],
  covers: (span: S, token: Span) => boolean,
): (S | undefined)[] {
  const found: (S | undefined)[] = new Array(tokens.length).fill(undefined)
  for (const span of layer) {
    for (let k = firstStartingAt(tokens, span.start); k < tokens.length; k++) {
      const token = tokens[k] as Span
      if (token.start >= span.end) break
      if (found[k] === undefined && covers(span, token)) found[k] = span
    }
  }
  return found
}

/** Line and column (both 1-based) of an offset, for printing only. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}
