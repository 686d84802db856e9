import type { PloverType } from '../../doc/layers.js'

/** Whether a trigger counts when used as a verb, as a noun, or either way. */
export type TriggerUse = 'verb' | 'noun' | 'any'

/** One trigger family: a lemma sequence that reports a PLOVER event of one type and mode. */
export interface TriggerEntry {
  /** Lemmas in order; `...` stands for a gap of up to three tokens (`send ... troop`). */
  readonly lemmas: readonly string[]
  readonly type: PloverType
  readonly mode: string | null
  readonly use: TriggerUse
  /**
   * The phrase holds the verb's object after its gap (`fire ... gas`, `sign ... deal`), so the
   * verb is active: no reduced relative (`Police fired tear gas` is not police who were fired).
   */
  readonly holdsObject: boolean
}

type Row = readonly [phrase: string, mode: string | null, use?: TriggerUse]

/*
 * The trigger lexicon, by PLOVER type. Modes follow the PLOVER codebook where it names one
 * (COERCE arrest/seize/censor/curfew/deport/restrict, ASSAULT aerial/firearms/explosives/beat/
 * abduct, PROTEST demonstrate/riot/hunger-strike/strike/boycott, MOBILIZE troops/police/militia,
 * AID military/economic/humanitarian/intelligence). Verbs that are too general to report an
 * event on their own (`take`, `send`) enter only inside a multiword phrase, and `hit` only with a
 * weapon as its subject or agent. Words whose
 * commonest sense is an attribution (`deny`, `decline`, `say`) stay out: attribution owns them.
 */
const TABLE: Readonly<Record<PloverType, readonly Row[]>> = {
  AGREE: [
    ['agree', null, 'verb'],
    ['agreement', null, 'noun'],
    ['sign ... deal', null],
    ['sign ... accord', null],
    ['sign ... treaty', null],
    ['reach ... deal', null],
    ['accord', null, 'noun'],
    ['pledge', null, 'verb'],
  ],
  CONSULT: [
    ['meet', 'visit', 'verb'],
    ['meeting', 'visit', 'noun'],
    ['visit', 'visit'],
    ['talk', null, 'noun'],
    ['consult', null, 'verb'],
    ['negotiate', null, 'verb'],
    ['negotiation', null, 'noun'],
    ['summit', 'multilateral', 'noun'],
    ['phone call', 'phone'],
    ['host', 'host', 'verb'],
    ['hold talk', null],
    ['phone', 'phone', 'verb'],
    ['mediate', 'third-party', 'verb'],
  ],
  SUPPORT: [
    ['back', null, 'verb'],
    ['support', null, 'verb'],
    ['endorse', null, 'verb'],
    ['praise', null, 'verb'],
    ['applaud', null, 'verb'],
    ['commend', null, 'verb'],
    ['welcome', null, 'verb'],
    ['side with', null],
  ],
  CONCEDE: [
    ['release', 'release', 'verb'],
    ['free', 'release', 'verb'],
    ['concede', null, 'verb'],
    ['surrender', 'disarm'],
    ['disarm', 'disarm', 'verb'],
    ['lift ... sanction', 'policy'],
    ['lift ... curfew', 'policy'],
    ['lift ... ban', 'policy'],
    ['ease ... restriction', 'policy'],
    ['pardon', 'release', 'verb'],
    ['apologize', null, 'verb'],
    ['ceasefire', 'ceasefire', 'noun'],
    ['hand over', 'release'],
  ],
  COOPERATE: [
    ['cooperate', null, 'verb'],
    ['cooperation', null, 'noun'],
    ['collaborate', null, 'verb'],
    ['join force', null],
    ['share intelligence', 'intelligence'],
    ['work with', null],
    ['coordinate', null, 'verb'],
  ],
  AID: [
    ['help', null, 'verb'],
    ['assist', null, 'verb'],
    ['aid', null],
    ['assistance', null, 'noun'],
    ['supply', null, 'verb'],
    ['arm', 'military', 'verb'],
    ['fund', 'economic', 'verb'],
    ['donate', 'economic', 'verb'],
    ['loan', 'economic', 'noun'],
    ['evacuate', 'humanitarian', 'verb'],
    ['shelter', 'humanitarian', 'verb'],
  ],
  RETREAT: [
    ['withdraw', 'withdraw', 'verb'],
    ['withdrawal', 'withdraw', 'noun'],
    ['pull out', 'withdraw'],
    ['pull back', 'withdraw'],
    ['retreat', 'withdraw'],
    ['reduce ... presence', 'withdraw'],
  ],
  REQUEST: [
    ['request', null],
    ['urge', null, 'verb'],
    ['appeal', null],
    ['call for', null],
    ['demand', null],
    ['plead', null, 'verb'],
    ['petition', null],
  ],
  ACCUSE: [
    ['accuse', 'allege', 'verb'],
    ['accusation', 'allege', 'noun'],
    ['allege', 'allege', 'verb'],
    ['blame', 'allege', 'verb'],
    ['condemn', 'disapprove', 'verb'],
    ['criticize', 'disapprove', 'verb'],
    ['criticise', 'disapprove', 'verb'],
    ['denounce', 'disapprove', 'verb'],
    ['investigate', 'investigate', 'verb'],
    ['investigation', 'investigate', 'noun'],
    ['probe', 'investigate'],
    ['track', 'investigate', 'verb'],
    ['charge', 'allege', 'verb'],
    ['sue', 'allege', 'verb'],
  ],
  REJECT: [
    ['reject', null, 'verb'],
    ['rejection', null, 'noun'],
    ['refuse', null, 'verb'],
    ['veto', null],
    ['rebuff', null, 'verb'],
    ['oppose', null, 'verb'],
  ],
  THREATEN: [
    ['threaten', null, 'verb'],
    ['threat', null, 'noun'],
    ['ultimatum', null, 'noun'],
    ['vow ... retaliate', null],
  ],
  PROTEST: [
    ['protest', 'demonstrate'],
    ['demonstrate', 'demonstrate', 'verb'],
    ['demonstration', 'demonstrate', 'noun'],
    ['rally', 'demonstrate'],
    ['march', 'demonstrate', 'verb'],
    ['riot', 'riot'],
    ['hunger strike', 'hunger-strike'],
    ['hunger-strike', 'hunger-strike'],
    ['go on strike', 'strike'],
    ['general strike', 'strike'],
    ['walkout', 'strike', 'noun'],
    ['walk off the job', 'strike'],
    ['stoppage', 'strike', 'noun'],
    ['boycott', 'boycott'],
    ['sit-in', 'demonstrate', 'noun'],
  ],
  SANCTION: [
    ['sanction', null],
    ['embargo', null],
    ['freeze ... asset', 'economic'],
    ['expel', 'expel', 'verb'],
    ['sever ... tie', 'discontinue'],
    ['cut ... tie', 'discontinue'],
    ['suspend ... aid', 'discontinue'],
    ['convict', 'convict', 'verb'],
    ['sentence', 'convict', 'verb'],
    ['blacklist', null],
    ['tariff', 'economic', 'noun'],
  ],
  MOBILIZE: [
    ['deploy', 'troops', 'verb'],
    ['deployment', 'troops', 'noun'],
    ['mobilize', 'troops', 'verb'],
    ['mobilise', 'troops', 'verb'],
    ['mobilization', 'troops', 'noun'],
    ['send ... troop', 'troops'],
    ['send ... soldier', 'troops'],
    ['send ... force', 'troops'],
    ['dispatch ... troop', 'troops'],
    ['mass ... troop', 'troops'],
    ['send ... police', 'police'],
    ['call up ... reservist', 'troops'],
    ['reinforce', 'troops', 'verb'],
    ['put ... on alert', 'troops'],
    ['troop buildup', 'troops'],
  ],
  COERCE: [
    ['arrest', 'arrest'],
    ['detain', 'arrest', 'verb'],
    ['detention', 'arrest', 'noun'],
    ['capture', 'arrest'],
    ['catch', 'arrest', 'verb'],
    ['apprehend', 'arrest', 'verb'],
    ['imprison', 'arrest', 'verb'],
    ['jail', 'arrest', 'verb'],
    ['round up', 'arrest'],
    ['take ... into custody', 'arrest'],
    ['take ... prisoner', 'arrest'],
    ['take ... captive', 'arrest'],
    ['seize', 'seize', 'verb'],
    ['seizure', 'seize', 'noun'],
    ['confiscate', 'seize', 'verb'],
    ['censor', 'censor', 'verb'],
    ['curfew', 'curfew', 'noun'],
    ['deport', 'deport', 'verb'],
    ['deportation', 'deport', 'noun'],
    ['ban', 'restrict', 'verb'],
    ['crackdown', 'restrict', 'noun'],
    ['crack down', 'restrict'],
    ['evict', 'deport', 'verb'],
    ['block', 'restrict', 'verb'],
    ['shut down', 'censor'],
  ],
  ASSAULT: [
    ['kill', null, 'verb'],
    ['killing', null, 'noun'],
    ['murder', null],
    ['assassinate', null, 'verb'],
    ['assassination', null, 'noun'],
    ['massacre', null],
    ['attack', null],
    ['assault', null],
    ['raid', null],
    ['ambush', null],
    ['strike', null, 'verb'],
    // Only with a weapon doing the hitting (other-sense.ts): prices hit a record.
    ['hit', null, 'verb'],
    ['incursion', null, 'noun'],
    ['clash', null],
    ['fight', null, 'verb'],
    ['fighting', null, 'noun'],
    ['battle', null],
    ['bombard', 'explosives', 'verb'],
    ['bombardment', 'explosives', 'noun'],
    ['storm', null, 'verb'],
    ['open fire', 'firearms'],
    ['invade', null, 'verb'],
    ['invasion', null, 'noun'],
    ['airstrike', 'aerial'],
    ['air strike', 'aerial'],
    ['drone strike', 'aerial'],
    ['bomb', 'explosives'],
    ['bombing', 'explosives', 'noun'],
    ['explosion', 'explosives', 'noun'],
    ['shell', 'explosives', 'verb'],
    ['shelling', 'explosives', 'noun'],
    ['shoot', 'firearms', 'verb'],
    // Downing aircraft, drones or missiles is air warfare.
    ['shoot down', 'aerial'],
    // `fire` alone is too general (`fired the coach`): only with what is fired, or at whom. What
    // is fired names the mode, so those rows come before `at` and `on`.
    ['fire ... tear gas', null, 'verb'],
    ['fire ... gas', null, 'verb'],
    ['fire ... water cannon', null, 'verb'],
    // `used tear gas to disperse`: riot weapons used on a crowd, as when fired.
    ['use ... tear gas', null, 'verb'],
    ['use ... water cannon', null, 'verb'],
    ['fire ... bullet', 'firearms', 'verb'],
    ['fire ... shot', 'firearms', 'verb'],
    ['fire ... rocket', 'explosives', 'verb'],
    ['fire ... missile', 'explosives', 'verb'],
    ['fire ... mortar', 'explosives', 'verb'],
    ['fire ... at', 'firearms', 'verb'],
    ['fire ... on', 'firearms', 'verb'],
    ['shooting', 'firearms', 'noun'],
    ['gun down', 'firearms'],
    ['stab', 'beat', 'verb'],
    ['beat', 'beat', 'verb'],
    ['torture', 'beat'],
    ['abduct', 'abduct', 'verb'],
    ['abduction', 'abduct', 'noun'],
    ['kidnap', 'abduct', 'verb'],
    ['kidnapping', 'abduct', 'noun'],
    ['wound', null, 'verb'],
    ['injure', null, 'verb'],
  ],
}

/** Irregular or mis-lemmatised forms the tagger leaves as they are (`shot`, `Airstrikes`). */
export const FORMS: ReadonlyMap<string, string> = new Map([
  ['shot', 'shoot'],
  ['caught', 'catch'],
  ['beaten', 'beat'],
  ['sent', 'send'],
  ['froze', 'freeze'],
  ['frozen', 'freeze'],
  ['withdrew', 'withdraw'],
  ['withdrawn', 'withdraw'],
  ['met', 'meet'],
  ['fought', 'fight'],
  ['taken', 'take'],
  ['took', 'take'],
  ['forces', 'force'],
  ['troops', 'troop'],
  ['ties', 'tie'],
])

/** How a MOBILIZE object names its mode (`deployed police` -> police). */
export const MOBILIZE_MODES: ReadonlyMap<string, string> = new Map([
  ['troop', 'troops'],
  ['soldier', 'troops'],
  ['tank', 'troops'],
  ['reservist', 'troops'],
  ['force', 'troops'],
  ['police', 'police'],
  ['officer', 'police'],
  ['militia', 'militia'],
  ['fighter', 'militia'],
])

/** How an AID object or helper names its mode (`sent food` -> humanitarian). */
export const AID_MODES: ReadonlyMap<string, string> = new Map([
  ['weapon', 'military'],
  ['arm', 'military'],
  ['ammunition', 'military'],
  ['money', 'economic'],
  ['fund', 'economic'],
  ['loan', 'economic'],
  ['food', 'humanitarian'],
  ['medicine', 'humanitarian'],
  ['relief', 'humanitarian'],
  ['intelligence', 'intelligence'],
])

/**
 * Words after a gap that are no object: a preposition (`take ... into custody`), a complement
 * (`taken prisoner`) or a verb (`vowed to retaliate`).
 */
const NOT_OBJECTS = new Set(['into', 'on', 'at', 'to', 'from', 'out', 'off', 'prisoner', 'captive', 'retaliate'])

function compile(): Map<string, TriggerEntry[]> {
  const byFirst = new Map<string, TriggerEntry[]>()
  for (const [type, rows] of Object.entries(TABLE) as [PloverType, readonly Row[]][]) {
    for (const [phrase, mode, use = 'any'] of rows) {
      const lemmas = phrase.split(' ')
      const first = lemmas[0] as string
      const list = byFirst.get(first) ?? []
      const afterGap = lemmas[lemmas.indexOf('...') + 1]
      const holdsObject = lemmas.includes('...') && afterGap !== undefined && !NOT_OBJECTS.has(afterGap)
      list.push({ lemmas, type, mode, use, holdsObject })
      // Longest phrases first, so `hunger strike` wins over a bare `strike`.
      list.sort((a, b) => b.lemmas.length - a.lemmas.length)
      byFirst.set(first, list)
    }
  }
  return byFirst
}

/** Trigger entries indexed by their first lemma, longest phrase first. */
export const LEXICON: ReadonlyMap<string, readonly TriggerEntry[]> = compile()

/** The PLOVER types that have at least one trigger family. */
export function coveredTypes(): PloverType[] {
  return (Object.keys(TABLE) as PloverType[]).filter((t) => TABLE[t].length > 0)
}
