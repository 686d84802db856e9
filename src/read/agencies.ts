/*
 * Wire agencies: the services whose copy other outlets republish. `article.origin` holds the
 * canonical names. Short aliases (`AP`, `AA`) are matched case-sensitively and as whole words.
 */

/** A wire agency: its canonical name and the names it goes by in credits. */
export interface Agency {
  readonly name: string
  readonly aliases: readonly string[]
}

/** The agencies recognised in datelines, trailers and credits. */
export const AGENCIES: readonly Agency[] = [
  { name: 'Reuters', aliases: ['Reuters', 'Thomson Reuters'] },
  { name: 'AFP', aliases: ['AFP', 'Agence France-Presse', 'Agence France Presse', 'Agence France–Presse'] },
  { name: 'AP', aliases: ['AP', 'Associated Press', 'The Associated Press'] },
  { name: 'dpa', aliases: ['dpa', 'DPA', 'Deutsche Presse-Agentur'] },
  { name: 'Xinhua', aliases: ['Xinhua', 'Xinhua News Agency'] },
  { name: 'ANI', aliases: ['ANI', 'Asian News International'] },
  { name: 'PTI', aliases: ['PTI', 'Press Trust of India'] },
  { name: 'IANS', aliases: ['IANS', 'Indo-Asian News Service'] },
  { name: 'Anadolu', aliases: ['Anadolu Agency', 'Anadolu', 'AA'] },
  { name: 'EFE', aliases: ['EFE', 'Agencia EFE'] },
  { name: 'ANSA', aliases: ['ANSA'] },
  { name: 'Kyodo', aliases: ['Kyodo News', 'Kyodo'] },
  { name: 'Yonhap', aliases: ['Yonhap News Agency', 'Yonhap'] },
  { name: 'TASS', aliases: ['TASS', 'Tass'] },
  { name: 'Interfax', aliases: ['Interfax'] },
  { name: 'UPI', aliases: ['UPI', 'United Press International'] },
  { name: 'Bernama', aliases: ['Bernama'] },
  { name: 'Antara', aliases: ['Antara'] },
  { name: 'KUNA', aliases: ['KUNA', 'Kuwait News Agency'] },
  { name: 'WAM', aliases: ['WAM', 'Emirates News Agency'] },
  { name: 'IRNA', aliases: ['IRNA', 'Islamic Republic News Agency'] },
  { name: 'Bloomberg', aliases: ['Bloomberg News', 'Bloomberg'] },
  { name: 'AAP', aliases: ['AAP', 'Australian Associated Press'] },
  { name: 'CP', aliases: ['The Canadian Press', 'Canadian Press', 'CP'] },
  { name: 'PA', aliases: ['PA Media', 'Press Association', 'PA'] },
  { name: 'NTB', aliases: ['NTB'] },
  { name: 'TT', aliases: ['TT News Agency', 'TT'] },
  { name: 'Ritzau', aliases: ['Ritzau'] },
  { name: 'ANP', aliases: ['ANP'] },
  { name: 'Belga', aliases: ['Belga'] },
  { name: 'APA', aliases: ['APA'] },
  { name: 'PAP', aliases: ['PAP', 'Polish Press Agency'] },
  { name: 'CTK', aliases: ['CTK', 'ČTK'] },
  { name: 'MTI', aliases: ['MTI'] },
  { name: 'Lusa', aliases: ['Lusa'] },
  { name: 'Jiji', aliases: ['Jiji Press', 'Jiji'] },
  { name: 'CNA', aliases: ['Central News Agency', 'CNA'] },
  { name: 'UNI', aliases: ['United News of India', 'UNI'] },
  { name: 'APP', aliases: ['Associated Press of Pakistan', 'APP'] },
  { name: 'MENA', aliases: ['MENA', 'Middle East News Agency'] },
  { name: 'SPA', aliases: ['Saudi Press Agency', 'SPA'] },
  { name: 'QNA', aliases: ['QNA', 'Qatar News Agency'] },
]

const BY_ALIAS = new Map(AGENCIES.flatMap((a) => a.aliases.map((alias) => [alias, a.name] as const)))

/** The canonical agency a name stands for (`Agence France-Presse` -> `AFP`), or undefined. */
export function agencyNamed(name: string): string | undefined {
  const trimmed = name.trim().replace(/^the\s+/i, (m) => (m.startsWith('T') ? 'The ' : 'the '))
  return BY_ALIAS.get(trimmed) ?? BY_ALIAS.get(trimmed.replace(/^the /i, ''))
}

/** A regular-expression alternation of every alias, longest first so `Kyodo News` beats `Kyodo`. */
export const AGENCY_PATTERN = [...BY_ALIAS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((a) => a.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&'))
  .join('|')
