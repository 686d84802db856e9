import type { Token } from '../../doc/layers.js'
import type { Span } from '../../doc/span.js'
import type { Context } from './frames.js'

const ON_CONDITION = String.raw`(?:on|under)\s+(?:the\s+)?conditions?\s+of\s+anonymity\b`
const NOT_NAMED = String.raw`(?:declined|declining|refused|refusing|asked|asking|requested|requesting)\s+(?:not\s+)?to\s+(?:be\s+(?:named|identified)|(?:give|provide|reveal|disclose)\s+(?:his|her|their)\s+(?:full\s+|last\s+)?(?:name|names|surname|identity))\b`
/** `not authorized to discuss the talks publicly`: why a source goes unnamed, without the word anonymity. */
const NOT_AUTHORISED = String.raw`not\s+(?:authori[sz]ed|permitted|allowed|cleared)\s+to\s+(?:speak|discuss|comment|talk|brief|be\s+(?:named|identified|quoted))\b`
const CONDITION = new RegExp(`^${ON_CONDITION}`, 'i')
const UNAUTHORISED = new RegExp(`^${NOT_AUTHORISED}`, 'i')
const UNNAMED = new RegExp(`^${NOT_NAMED}`, 'i')
const ASKS_ANONYMITY = new RegExp(`\\b(?:${ON_CONDITION}|${NOT_NAMED}|${NOT_AUTHORISED})`, 'i')

/** Whether a phrase says its people asked not to be named: `two officials, who declined to be identified`. */
export function asksAnonymity(phrase: string): boolean {
  return ASKS_ANONYMITY.test(phrase)
}

/** The words an anonymity request opens with, whole and as the start of the text. */
const REQUEST_OPENERS = /^(on|under|declined|declining|refused|refusing|asked|asking|requested|requesting)$/
const REQUEST_START = /^(on|under|declin|refus|ask|request)/i

/** Whether the text at `start` asks for anonymity: `on condition of anonymity`, `asking not to be named`. */
export function opensAnonymityRequest(text: string, start: number): boolean {
  if (!REQUEST_START.test(text.slice(start, start + 7))) return false
  const rest = text.slice(start, start + 60)
  return CONDITION.test(rest) || UNNAMED.test(rest)
}

/**
 * The stated reasons for anonymity: `spoke on the condition of anonymity because they were
 * discussing covert operations` gives the `because` clause, `... anonymity to discuss private
 * talks` the purpose; with no reason given, the phrase itself (`declined to be named`) is kept so
 * a reader sees that anonymity was asked for.
 */
export function anonymityReasons(ctx: Context): Span[] {
  const { text, tokens } = ctx
  const out: Span[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    if (ctx.words[i] === 'not') {
      // `who were not authorized to discuss the talks`: the clause is itself the reason.
      if (!UNAUTHORISED.test(text.slice(t.start, t.start + 60))) continue
      const [, s1] = ctx.sentenceRange(i)
      const clause = text.slice(t.start, (tokens[s1 - 1] as Token).end).search(/[,;]|\.\s*$/)
      out.push({ start: t.start, end: clause > 0 ? t.start + clause : (tokens[s1 - 1] as Token).end })
      continue
    }
    if (!REQUEST_OPENERS.test(ctx.words[i] as string)) continue
    const rest = text.slice(t.start, t.start + 60)
    const m = CONDITION.exec(rest) ?? UNNAMED.exec(rest)
    if (!m) continue
    const [, s1] = ctx.sentenceRange(i)
    const phraseEnd = t.start + m[0].length
    const last = tokens[s1 - 1] as Token
    let end = last.end
    while (end > phraseEnd && /[\s.,;]/.test(text[end - 1] as string)) end--
    const after = text.slice(phraseEnd, end)
    // `because they were not authorised`, or a purpose or fear right after the phrase: `to discuss
    // private talks`, `for fear of reprisals`.
    const because =
      /^\s*((?:in order )?to [a-z]|for (?:fear|their|his|her|security|safety|reasons)\b)/i.exec(after) ??
      // Right after the phrase: a `because` past the source's verb is the claim's (`who asked not
      // to be named, said the count differed because C`).
      /^\s*,?\s*(because|as|since|given|due to)\b/i.exec(after)
    const start = because ? phraseEnd + because.index + because[0].indexOf(because[1] as string) : t.start
    if (!because) end = phraseEnd
    else {
      // The reason ends at the next clause boundary.
      const comma = text.slice(start, end).search(/[,;]/)
      if (comma > 0) end = start + comma
    }
    out.push({ start, end })
  }
  return out
}
