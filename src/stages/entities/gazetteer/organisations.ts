import { isAscii } from '../letters.js'

/** A well-known organisation with the names news uses for it. */
export interface KnownOrganisation {
  /** The usual full name: `Islamic State`, `Agence France-Presse`. */
  readonly name: string
  /** Other names and acronyms: `ISIS`, `ISIL`, `Daesh`. */
  readonly aliases: readonly string[]
  /** The cross-article key: `org:islamic-state`. */
  readonly key: string
  readonly kind: 'agency' | 'outlet' | 'international' | 'armed' | 'security' | 'party' | 'think-tank' | 'government'
}

const org = (kind: KnownOrganisation['kind'], name: string, ...aliases: string[]): KnownOrganisation => ({
  name,
  aliases,
  key: `org:${slug(name)}`,
  kind,
})

/** `Agence France-Presse` -> `agence-france-presse`. */
export function slug(name: string): string {
  // ASCII has no accents to take off; most names are ASCII.
  return (isAscii(name) ? name : name.normalize('NFD').replace(/\p{M}/gu, ''))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

/*
 * News agencies and outlets (who a source spoke to), international bodies, armed groups and
 * security services and think tanks that world news names most, with the aliases that make acronym and alias
 * coreference possible without a model. Short all-capital aliases that are also English words
 * (`IS`, `WHO`, `AP`) are matched only in mixed-case sentences (see phrases.ts).
 */
export const ORGANISATIONS: readonly KnownOrganisation[] = [
  org('agency', 'Reuters'),
  org('agency', 'Agence France-Presse', 'AFP'),
  org('agency', 'Associated Press', 'AP'),
  org('agency', 'Bloomberg'),
  org('agency', 'Xinhua', 'Xinhua News Agency'),
  org('agency', 'TASS'),
  org('agency', 'Interfax'),
  org('agency', 'RIA Novosti', 'RIA'),
  org('agency', 'Anadolu Agency', 'Anadolu'),
  org('agency', 'Kyodo', 'Kyodo News'),
  org('agency', 'Yonhap'),
  org('agency', 'Deutsche Presse-Agentur', 'dpa'),
  org('agency', 'ANSA'),
  org('agency', 'EFE'),
  org('agency', 'IRNA'),
  org('agency', 'SANA'),
  org('agency', 'Press Trust of India', 'PTI'),
  org('outlet', 'Al Jazeera', 'Al-Jazeera'),
  org('outlet', 'Al Arabiya', 'Al-Arabiya'),
  org('outlet', 'BBC'),
  org('outlet', 'CNN'),
  org('outlet', 'The New York Times', 'New York Times'),
  org('outlet', 'The Washington Post', 'Washington Post'),
  org('outlet', 'The Wall Street Journal', 'Wall Street Journal', 'WSJ'),
  org('outlet', 'Financial Times'),
  org('outlet', 'The Guardian'),
  org('outlet', 'Fox News'),
  org('outlet', 'Sputnik'),
  org('outlet', 'Haaretz'),
  org('international', 'United Nations', 'UN', 'U.N.'),
  org('international', 'UN Security Council', 'U.N. Security Council', 'Security Council'),
  org('international', 'NATO', 'North Atlantic Treaty Organization'),
  org('international', 'European Union', 'EU', 'E.U.'),
  org('international', 'European Commission'),
  org('international', 'World Health Organization', 'WHO'),
  org('international', 'International Monetary Fund', 'IMF'),
  org('international', 'World Bank'),
  org('international', 'OPEC'),
  org('international', 'African Union', 'AU'),
  org('international', 'Arab League'),
  org('international', 'ASEAN'),
  org('international', 'International Committee of the Red Cross', 'ICRC', 'Red Cross'),
  org('international', 'Amnesty International', 'Amnesty'),
  org('international', 'Human Rights Watch', 'HRW'),
  org('international', 'UNICEF'),
  org('international', 'UNHCR'),
  org('international', 'World Trade Organization', 'WTO'),
  org('international', 'International Criminal Court', 'ICC'),
  org('international', 'Interpol'),
  org('international', 'OSCE'),
  org('international', 'International Atomic Energy Agency', 'IAEA'),
  org('armed', 'Islamic State', 'ISIS', 'ISIL', 'IS', 'Daesh', 'Islamic State of Iraq and the Levant'),
  org('armed', 'al Qaeda', 'al-Qaeda', 'Al-Qaeda', 'Al Qaeda', 'al Qaida', 'al-Qaida', 'Al-Qaida'),
  org('armed', 'Hamas'),
  org('armed', 'Hezbollah', 'Hizbollah', 'Hizbullah'),
  org('armed', 'Taliban'),
  org('armed', 'Boko Haram'),
  org('armed', 'al-Shabaab', 'al Shabaab', 'Al-Shabaab'),
  org('armed', 'Hayat Tahrir al-Sham', 'HTS'),
  org('armed', "Kurdistan Workers' Party", 'PKK'),
  org('armed', "People's Protection Units", 'YPG'),
  org('armed', 'Syrian Democratic Forces', 'SDF'),
  org('armed', 'Free Syrian Army', 'FSA'),
  org('armed', 'Islamic Jihad'),
  org('armed', 'Wagner Group', 'Wagner'),
  org('armed', 'Nusra Front', 'al-Nusra Front', 'Jabhat al-Nusra'),
  org('party', 'Muslim Brotherhood'),
  org('security', 'Central Intelligence Agency', 'CIA'),
  org('security', 'Federal Bureau of Investigation', 'FBI'),
  org('security', 'National Security Agency', 'NSA'),
  org('security', 'Mossad'),
  org('security', 'Pentagon'),
  org('government', 'White House'),
  org('government', 'Kremlin'),
  org('international', 'Syrian Observatory for Human Rights', 'SOHR'),
  org('security', 'MI6'),
  org('security', 'MI5'),
  org('think-tank', 'Royal United Services Institute', 'RUSI'),
  org('think-tank', 'Chatham House'),
  org('think-tank', 'Brookings Institution', 'Brookings'),
  org('think-tank', 'RAND Corporation', 'RAND'),
  org('think-tank', 'Carnegie Endowment for International Peace', 'Carnegie Endowment'),
  org('think-tank', 'Council on Foreign Relations', 'CFR'),
  org('think-tank', 'International Crisis Group', 'Crisis Group'),
  org('think-tank', 'Atlantic Council'),
  org('think-tank', 'International Institute for Strategic Studies', 'IISS'),
  org('think-tank', 'Stockholm International Peace Research Institute', 'SIPRI'),
  org('think-tank', 'Institute for the Study of War', 'ISW'),
  org('think-tank', 'Washington Institute for Near East Policy', 'Washington Institute'),
  org('think-tank', 'Soufan Center'),
  org('think-tank', 'Center for Strategic and International Studies', 'CSIS'),
]
