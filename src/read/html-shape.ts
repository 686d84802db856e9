import { NewsgraphError } from '../doc/message.js'
import { MAX_HTML_DEPTH, MAX_HTML_ELEMENTS } from '../limits.js'

/*
 * A cheap look at the markup before parsing it: the DOM parser and the extractor take time
 * that grows quadratically with nesting, so a page built to be deep (50,000 nested <div>s took
 * minutes) is refused from its tags alone, in one pass over the string.
 */

// Elements that never hold others, or whose end tag the parser may imply: they add no depth.
const FLAT = new Set(
  'area base br col embed hr img input link meta source track wbr p li dt dd option optgroup tr td th thead tbody tfoot rp rt colgroup caption'.split(
    ' ',
  ),
)
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g

/** Throws `read/too-complex` when the markup has too many elements or nests them too deep. */
export function checkHtmlShape(html: string, input?: string): void {
  let elements = 0
  let depth = 0
  let deepest = 0
  for (const m of html.matchAll(TAG)) {
    const name = (m[2] as string).toLowerCase()
    if (m[1]) {
      if (!FLAT.has(name) && depth > 0) depth--
      continue
    }
    elements++
    if (!FLAT.has(name) && !m[3]) depth++
    if (depth > deepest) deepest = depth
    if (elements > MAX_HTML_ELEMENTS || deepest > MAX_HTML_DEPTH) {
      const reason =
        elements > MAX_HTML_ELEMENTS
          ? `HTML page has more than ${MAX_HTML_ELEMENTS} elements, the limit`
          : `HTML page nests elements more than ${MAX_HTML_DEPTH} deep, the limit`
      throw new NewsgraphError({ severity: 'error', rule: 'read/too-complex', reason, ...(input ? { input } : {}) })
    }
  }
}
