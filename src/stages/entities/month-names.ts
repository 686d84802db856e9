import type { Candidate } from './recognise.js'

/** Month names and their news abbreviations, with or without a period: `Feb`, `Sept.`, `March`. */
const MONTH =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i

/**
 * Whether a name the tagger found is a month before its day or year: `ISTANBUL, Feb 2 (Reuters)`
 * gave a person called Feb, whom later pronouns then took for their antecedent. `Theresa May` or
 * `May said` stay names: only a bare month followed by a number is dropped.
 */
export function isMonthOfDate(candidate: Candidate, text: string): boolean {
  return MONTH.test(candidate.text) && /^\s+\d{1,4}\b/.test(text.slice(candidate.end, candidate.end + 6))
}
