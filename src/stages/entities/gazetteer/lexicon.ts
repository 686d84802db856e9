/*
 * Small closed word lists the recogniser uses as features and the typing rules use to decide
 * between CoNLL's coarse types and ours. Each is general English news vocabulary.
 */

/** Last words that mark an organisation's name: `Ministry`, `Party`, `Forces`. */
export const ORG_WORDS: ReadonlySet<string> = new Set(
  (
    'Inc Corp Corporation Co Ltd LLC Plc Group Holdings Ministry Department Party Army Forces Force Council Agency ' +
    'University Institute Bank Committee Commission Organization Organisation Association Union Federation Front ' +
    'Movement Brigade Brigades Court Parliament Assembly Service Services Office Authority Company Foundation Fund ' +
    'Club Board Bureau League Police Guard Guards Corps Airlines Airways News Post Times Press Network Coalition ' +
    'Alliance Centre Center Society Church Navy Command Directorate Unit Units Regiment Battalion Cabinet Senate Congress ' +
    // Company names by trade: `Northline Shipping`, `Vesta Energy`.
    'Shipping Energy Petroleum Motors Pharmaceuticals Pharma Technologies Industries Logistics Capital Partners ' +
    'Resources Mining Electric Steel Foods Insurance Securities Telecom Communications Chemicals Therapeutics Ventures'
  ).split(' '),
)

/** Words before a person's name: `President`, `Mr.`, `Gen.`. */
export const PERSON_TITLES: ReadonlySet<string> = new Set(
  (
    'President Minister Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Gen. General Col. Colonel Lt. Maj. Major Capt. Captain Sgt. ' +
    'Sheikh King Queen Prince Princess Pope Sen. Senator Rep. Gov. Governor Mayor Chancellor Secretary spokesman ' +
    'spokeswoman spokesperson Judge Justice Ayatollah Imam Commander Sir Lord Lady Emir Sultan Premier Archbishop ' +
    'Bishop Rev. Father Professor Prof. Ambassador Envoy leader chief coach striker'
  ).split(' '),
)

/** Words that make a place a geographic feature (LOC) rather than a polity (GPE). */
export const LOC_WORDS: ReadonlySet<string> = new Set(
  (
    'River Sea Ocean Gulf Lake Mountain Mountains Mount Mt. Valley Desert Peninsula Strait Straits Bay Island Islands ' +
    'Coast Basin Plateau Plains Canal Channel Heights Hills Range Sahara Himalayas Alps Balkans Caucasus Levant ' +
    'Europe Asia Africa Antarctica Arctic Mideast Sahel Scandinavia Eurasia Oceania Americas'
  ).split(' '),
)

/** Last words that make a named place a building or structure (FAC): `Jinnah Hospital`, `Evin Prison`. */
export const FAC_WORDS: ReadonlySet<string> = new Set(
  (
    'Airport Airbase Hospital Clinic Stadium Arena Bridge Prison Jail Mosque Cathedral Temple Shrine Synagogue ' +
    'Palace Hotel Museum Square Station Tower Towers Dam Terminal Highway Motorway Checkpoint Crossing'
  ).split(' '),
)

/**
 * Last words of street names (`Moi Avenue`, `Downing Street`): a street is a place in every
 * reading, whatever kind of name the tagger took it for, where `Hilton Hotel` may be the company.
 */
export const STREET_WORDS: ReadonlySet<string> = new Set(['Street', 'Avenue', 'Road', 'Boulevard'])

/** Whole names of regions that are LOC though they have no feature word. */
export const LOC_NAMES: ReadonlySet<string> = new Set([
  'Middle East',
  'Near East',
  'Far East',
  'North America',
  'South America',
  'Latin America',
  'Central America',
  'Central Asia',
  'Southeast Asia',
  'South Asia',
  'East Asia',
  'Western Europe',
  'Eastern Europe',
  'North Africa',
  'West Africa',
  'East Africa',
  'Horn of Africa',
  'Gaza Strip',
  'West Bank',
  'Kurdistan',
])

/** Religious, ethnic and political groups that are NORP though no country's demonym. */
export const GROUP_WORDS: ReadonlySet<string> = new Set(
  (
    "Muslim Muslims Christian Christians Jew Jews Jewish Sunni Sunnis Shiite Shiites Shi'ite Shi'ites Shia " +
    'Kurd Kurds Kurdish ' +
    'Arab Arabs Alawite Alawites Druze Yazidi Yazidis Pashtun Pashtuns Uighur Uighurs Uyghur Uyghurs Rohingya ' +
    'Catholic Catholics Protestant Protestants Hindu Hindus Buddhist Buddhists Sikh Sikhs Islamist Islamists ' +
    'Democrat Democrats Republican Republicans Communist Communists Socialist Socialists Conservative Conservatives ' +
    'European Europeans African Africans Asian Asians Western Arabic Persian Berber Berbers Tamil Tamils Baloch ' +
    'Palestinian Palestinians Kosovar Chechen Chechens Tatar Tatars Basque Catalan Flemish Scottish Welsh English Scot Scots'
  ).split(' '),
)

/** Last words of events and laws, for CoNLL's MISC names that are neither people nor groups. */
export const EVENT_WORDS: ReadonlySet<string> = new Set(
  'War Cup Olympics Games Championship Championships Open Summit Conference Festival Revolution Uprising Spring Election Marathon Grand Prix'.split(
    ' ',
  ),
)
export const LAW_WORDS: ReadonlySet<string> = new Set(
  'Act Treaty Accord Accords Convention Agreement Constitution Amendment Protocol Charter Resolution Doctrine'.split(
    ' ',
  ),
)
