import { monthNumber } from '../times/calendar.js'
import type { Candidate } from './recognise.js'

/*
 * Capitalised words the tagger takes for names but that are parts of a date or of a lawmaker's
 * party label. Each is dropped before coreference, where a false name would draw the references
 * (`The suspect`, `he`) that belong to a real one.
 */

/**
 * Whether a name the tagger found is a month before its day or year: `ISTANBUL, Feb 2 (Reuters)`
 * gave a person called Feb, whom later pronouns then took for their antecedent. `Theresa May` or
 * `May said` stay names: only a bare month followed by a number is dropped.
 */
export function isMonthOfDate(candidate: Candidate, text: string): boolean {
  return monthNumber(candidate.text) > 0 && /^\s+\d{1,4}\b/.test(text.slice(candidate.end, candidate.end + 6))
}

/** `(D-N.Y.)`, `(R-Utah)`, `(I-Vt.)`: a lawmaker's party and state, in US political copy. */
const PARTY_LABEL = /^\((?:D|R|I|Dem|Rep|Ind)\.?\s?-\s?[A-Z][A-Za-z. ]{0,16}\)$/

/**
 * Whether a name the tagger found lies inside a party label: `Y.` of `(D-N.Y.)`, `R-Utah`. The
 * brackets are looked for only as far as a label reaches: a search of the whole text for the
 * nearest one went through all of an article without brackets for each of its names.
 */
export function isInPartyLabel(candidate: Candidate, text: string): boolean {
  const from = Math.max(0, candidate.start - 8)
  const open = text.slice(from, candidate.start + 1).lastIndexOf('(')
  if (open < 0) return false
  const close = text.slice(candidate.end - 1, candidate.end + 17).indexOf(')')
  if (close < 0) return false
  return PARTY_LABEL.test(text.slice(from + open, candidate.end - 1 + close + 1))
}
