/*
 * Names that mean one body whatever the spelling: acronyms and translations that no rule over
 * letters can join (ISIS / ISIL / Daesh). Keys are normalised names (see entity-names.ts);
 * values the name every variant is filed under. Kept to bodies common in conflict reporting.
 */
const GROUPS: Record<string, readonly string[]> = {
  'islamic state': [
    'isis',
    'isil',
    'is',
    'daesh',
    'daish',
    'islamic state group',
    'islamic state of iraq and syria',
    'islamic state of iraq and the levant',
    'islamic state in iraq and syria',
    'islamic state in iraq and the levant',
  ],
  'united nations': ['un', 'u n'],
  'united states': ['us', 'u s', 'usa', 'u s a', 'united states of america', 'america'],
  'united kingdom': ['uk', 'u k', 'britain', 'great britain'],
  'european union': ['eu', 'e u'],
  nato: ['north atlantic treaty organization', 'north atlantic treaty organisation'],
  'kurdistan workers party': ['pkk'],
  'syrian democratic forces': ['sdf'],
  'people s protection units': ['ypg', 'peoples protection units'],
  'hayat tahrir al sham': ['hts', 'tahrir al sham'],
  reuters: ['thomson reuters'],
  'agence france presse': ['afp'],
  'associated press': ['ap', 'the associated press'],
  'national intelligence organization': ['mit', 'turkish national intelligence organization'],
}

const CANONICAL = new Map<string, string>()
for (const [name, variants] of Object.entries(GROUPS)) {
  CANONICAL.set(name, name)
  for (const v of variants) CANONICAL.set(v, name)
}

/** The name a normalised name is filed under: itself unless it is a known alias. */
export function canonicalName(normalised: string): string {
  return CANONICAL.get(normalised) ?? normalised
}
