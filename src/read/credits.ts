import { AGENCY_PATTERN, agencyNamed } from './agencies.js'

/*
 * Credits to wire agencies inside the body of a story. "told Reuters" alone cannot say whether
 * Reuters wrote the story or is being relayed (`told Agence France-Presse` in a Reuters story),
 * so only phrases an agency uses about its own reporting count as origin: it asked, saw,
 * reviewed, could not verify, has learned, or sent a witness. A relay is never phrased so,
 * since an outlet cannot vouch for another's newsroom. Citations (`Reuters reported`,
 * `according to AFP`) mark a relay and never count.
 */

const A = `(?:the )?(${AGENCY_PATTERN})`
const OWN_REPORTING: readonly RegExp[] = [
  new RegExp(
    `\\b(?:[Aa]sked|[Cc]ontacted|[Ss]een|[Rr]eviewed|[Oo]btained|[Vv]erified|[Ii]nterviewed|[Aa]pproached|[Rr]eached) by ${A}\\b`,
    'g',
  ),
  new RegExp(
    `\\b${A} (?:could not|was unable to|were unable to|cannot|can not|has not been able to|did not) (?:independently |immediately )?(?:verify|confirm|reach|corroborate|establish)`,
    'g',
  ),
  new RegExp(`\\b${A} (?:has|had) (?:learned|learnt|seen|reviewed|obtained)\\b`, 'g'),
  new RegExp(
    `\\b(?:[Aa]n?|[Tt]he) ${A} (?:witness|reporter|correspondent|photographer|journalist|tally|count|calculation|analysis|review|investigation|examination)\\b`,
    'g',
  ),
  new RegExp(
    `\\b${A} (?:reporters|journalists|witnesses|correspondents|photographers) (?:saw|visited|counted|witnessed|found|heard|observed)\\b`,
    'g',
  ),
  new RegExp(`\\b(?:told|said to) ${A} in an exclusive\\b`, 'g'),
]

/*
 * Every pattern above holds an agency's name, so a text naming none needs no further look: one
 * scan instead of six over most articles, which were a measurable part of reading a text.
 */
const ANY_AGENCY = new RegExp(AGENCY_PATTERN)

/** The canonical agencies that the text credits with its own first-hand reporting. */
export function ownReportingAgencies(text: string): string[] {
  const found = new Set<string>()
  if (!ANY_AGENCY.test(text)) return []
  for (const pattern of OWN_REPORTING) {
    for (const m of text.matchAll(pattern)) {
      const agency = agencyNamed(m[1] as string)
      if (agency) found.add(agency)
    }
  }
  return [...found]
}
