/** Every `{start, end}` object anywhere in an analysis (its `text` when it has one), with its path. */
export function* spansIn(
  value: unknown,
  path = '$',
): Generator<{ path: string; start: number; end: number; text?: string }> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* spansIn(item, `${path}[${i}]`)
    return
  }
  if (typeof value !== 'object' || value === null) return
  const o = value as Record<string, unknown>
  if (typeof o.start === 'number' && typeof o.end === 'number') {
    yield { path, start: o.start, end: o.end, ...(typeof o.text === 'string' ? { text: o.text } : {}) }
  }
  for (const [key, child] of Object.entries(o)) yield* spansIn(child, `${path}.${key}`)
}

/**
 * The spans of an analysis that fall outside `text` or whose `text` is not the slice they
 * point at, described for a failure message. `text` defaults to the analysis's own.
 */
export function brokenSpans(
  analysis: { article: { text: unknown } },
  text = analysis.article.text as string,
): string[] {
  const broken: string[] = []
  for (const s of spansIn(analysis)) {
    const inRange =
      Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length
    if (!inRange) broken.push(`${s.path} [${s.start}, ${s.end}) is outside the text of ${text.length} characters`)
    else if (s.text !== undefined && text.slice(s.start, s.end) !== s.text) {
      broken.push(
        `${s.path} [${s.start}, ${s.end}) says "${s.text}" but the text there is "${text.slice(s.start, s.end)}"`,
      )
    }
  }
  return broken
}
