/**
 * US state abbreviations in news-agency (AP) style, which wire copy puts after a city
 * (`Charlotte, N.C.`, `Tulsa, Okla.`), with the two-letter postal codes of the states whose
 * code is no common word. Names as in the division index.
 */
const ABBREVIATIONS: Record<string, string> = {
  'Ala.': 'Alabama',
  'Ariz.': 'Arizona',
  'Ark.': 'Arkansas',
  'Calif.': 'California',
  'Colo.': 'Colorado',
  'Conn.': 'Connecticut',
  'Del.': 'Delaware',
  'Fla.': 'Florida',
  'Ga.': 'Georgia',
  'Ill.': 'Illinois',
  'Ind.': 'Indiana',
  'Kan.': 'Kansas',
  'Kans.': 'Kansas',
  'Ky.': 'Kentucky',
  'La.': 'Louisiana',
  'Md.': 'Maryland',
  'Mass.': 'Massachusetts',
  'Mich.': 'Michigan',
  'Minn.': 'Minnesota',
  'Miss.': 'Mississippi',
  'Mo.': 'Missouri',
  'Mont.': 'Montana',
  'Neb.': 'Nebraska',
  'Nebr.': 'Nebraska',
  'Nev.': 'Nevada',
  'N.H.': 'New Hampshire',
  'N.J.': 'New Jersey',
  'N.M.': 'New Mexico',
  'N.Y.': 'New York',
  'N.C.': 'North Carolina',
  'N.D.': 'North Dakota',
  'Okla.': 'Oklahoma',
  'Ore.': 'Oregon',
  'Pa.': 'Pennsylvania',
  'R.I.': 'Rhode Island',
  'S.C.': 'South Carolina',
  'S.D.': 'South Dakota',
  'Tenn.': 'Tennessee',
  'Tex.': 'Texas',
  'Vt.': 'Vermont',
  'Va.': 'Virginia',
  'Wash.': 'Washington',
  'W.Va.': 'West Virginia',
  'W. Va.': 'West Virginia',
  'Wis.': 'Wisconsin',
  'Wisc.': 'Wisconsin',
  'Wyo.': 'Wyoming',
  NJ: 'New Jersey',
  NY: 'New York',
  NC: 'North Carolina',
  SC: 'South Carolina',
  NH: 'New Hampshire',
  NM: 'New Mexico',
  ND: 'North Dakota',
  SD: 'South Dakota',
  RI: 'Rhode Island',
  WV: 'West Virginia',
  DC: 'District of Columbia',
}

/** The US state an abbreviation stands for: `Fla.` -> `Florida`, `N.C.` -> `North Carolina`. */
export function usStateByAbbreviation(name: string): string | undefined {
  // A tokenizer may leave the final full stop to the sentence: `Madison, Wis.` ends with `Wis`.
  const n = name.trim()
  return stateOf(n) ?? (n.includes('.') || n.length < 3 ? undefined : stateOf(`${n}.`))
}

/** Own keys only: `constructor` must not find Object's members. */
function stateOf(abbreviation: string): string | undefined {
  return Object.hasOwn(ABBREVIATIONS, abbreviation) ? ABBREVIATIONS[abbreviation] : undefined
}
