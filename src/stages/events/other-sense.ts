import { isInstrument, type Report } from './arguments.js'
import type { Cluster } from './coreference.js'
import type { TokenView } from './phrases.js'

const PAPERS = ['report', 'statement', 'data', 'document', 'record', 'return', 'video', 'footage', 'album', 'film']
const MORE_PAPERS = [
  'figure',
  'result',
  'detail',
  'information',
  'email',
  'plan',
  'list',
  'version',
  'transcript',
  'photo',
]
const GOALS = ['requirement', 'standard', 'deadline', 'goal', 'target', 'need', 'criterion', 'expectation', 'demand']

/**
 * Objects that show a trigger verb in another sense: one releases prisoners but also reports
 * (no concession), meets a rival but also a deadline (no consultation), charges a suspect but
 * also a battery, backs a candidate but also a car.
 */
const OTHER_SENSE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['release', new Set([...PAPERS, ...MORE_PAPERS, 'product', 'song', 'book', 'poll', 'survey', 'study', 'finding'])],
  ['free', new Set(['time', 'space', 'up', 'fund'])],
  ['meet', new Set(GOALS)],
  // Riot police charge at or into a crowd: a rush, no accusation.
  ['charge', new Set(['fee', 'battery', 'price', 'phone', 'interest', 'at', 'into', 'toward', 'towards'])],
  ['back', new Set(['car', 'truck', 'vehicle', 'away', 'off', 'down'])],
  ['track', new Set(['record', 'progress', 'spending', 'data', 'change', 'trend', 'performance'])],
  ['shoot', new Set(['film', 'video', 'footage', 'scene', 'photo', 'movie'])],
  ['block', new Set(['vote', 'bill', 'nomination', 'legislation', 'measure', 'proposal'])],
  ['fight', new Set(['fire', 'disease', 'cancer', 'poverty', 'corruption', 'inflation', 'climate', 'battle'])],
  ['storm', new Set(['stage', 'chart', 'market'])],
  // One attacks a bill or a record in words: criticism, no assault.
  [
    'attack',
    new Set([
      'bill',
      'plan',
      'policy',
      'idea',
      'proposal',
      'law',
      'decision',
      'deal',
      'record',
      'ruling',
      'budget',
      'remark',
    ]),
  ],
  ['strike', new Set(['deal', 'balance', 'tone', 'chord', 'agreement', 'note', 'pose'])],
  // A firm beats forecasts, a runner the record, a team its rival: a result outdone, no blow.
  [
    'beat',
    new Set([
      'forecast',
      'expectation',
      'estimate',
      'projection',
      'consensus',
      'prediction',
      'record',
      'odds',
      'deadline',
      'target',
      'market',
      'inflation',
      'rival',
      'competitor',
      'opponent',
      'champion',
    ]),
  ],
  // A pact threatens stability, a strike the harvest: a danger described, no threat made. Not
  // `security` or `health`, which also open the people threatened (`security forces`).
  [
    'threaten',
    new Set([
      'stability',
      'peace',
      'future',
      'existence',
      'livelihood',
      'economy',
      'recovery',
      'growth',
      'supply',
      'harvest',
      'export',
      'job',
    ]),
  ],
  // A plea in court (`pleaded not guilty`) asks for nothing.
  ['plead', new Set(['guilty', 'not', 'innocent', 'no'])],
])

/** `released a report`, `met the deadline`: the trigger verb in a sense that reports no event. */
export function isOtherSense(r: Report, view: TokenView): boolean {
  if (r.hit.form === 'noun') return isOccupation(r, view) || isCampaignRally(r, view) || isMarketDemand(r, view)
  if (r.hit.form !== 'verb') return false
  if (isNaturalForce(r, view)) return true
  const lemma = r.hit.entry.lemmas[0] as string
  if (lemma === 'demonstrate' && r.hit.passive) return true
  if (r.hit.passive) {
    // `a poll released on Thursday`, `a report was released`: what was released is the subject.
    const other = OTHER_SENSE.get(lemma)
    return !!other && [...r.targets, ...r.actors].some((t) => other.has(t.head))
  }
  // Workers strike (a walkout); jets strike something: the verb attacks only with an object.
  if (lemma === 'strike' && r.hit.entry.type === 'ASSAULT' && !r.targets.length) return true
  // A missile hits a school; prices hit a record: an attack only when a weapon does the hitting.
  if (lemma === 'hit') return !r.actors.some(isInstrument)
  // Police block a road; `an apartment block in Dnipro`, with nothing blocked, is a building.
  if (lemma === 'block' && !r.targets.length) return true
  // `the striking miners`, `at striking dockers`: a participle before its noun, opening a phrase,
  // describes the noun.
  if (lemma === 'strike' && isPrenominal(view, r.hit.first)) return true
  // `a probe into alleged bribes`, `the alleged ringleader`: the adjective hedges a noun; no one
  // is shown alleging anything.
  if (lemma === 'allege' && isPrenominal(view, r.hit.first)) return true
  // Crowds demonstrate; a leader demonstrates resolve: with an object it is no protest.
  if (lemma === 'demonstrate' && r.targets.length) return true
  const other = OTHER_SENSE.get(lemma)
  if (!other) return false
  if (other.has(view.word(r.hit.end)) || other.has(view.lemma(r.hit.end))) return true
  if (other.has(lastNounAfter(view, r.hit.end))) return true
  // `a poll released on Thursday` read as active: a paper does no releasing.
  return r.targets.some((t) => other.has(t.head)) || (!r.targets.length && r.actors.some((a) => other.has(a.head)))
}

/**
 * The last noun of the phrase after the verb, read past an owner (`beat analysts' forecasts`) and
 * a noun the tagger took for an adjective (`beat their old rival`), which the reader may not take
 * as the object's head.
 */
function lastNounAfter(view: TokenView, from: number): string {
  let last = ''
  for (let k = from; k < from + 6; k++) {
    const w = view.word(k)
    if (/^(NOUN|ADJ)$/.test(view.pos(k))) last = view.lemma(k)
    else if (!(view.pos(k) === 'DET' || view.isPossessive(k) || view.isGenitive(k) || w === "'" || w === '’')) break
  }
  return last
}

function isPrenominal(view: TokenView, i: number): boolean {
  if (!/(ing|ed)$/.test(view.word(i)) || !/^(NOUN|ADJ)$/.test(view.pos(i + 1))) return false
  const before = view.sentenceOf(i - 1) === view.sentenceOf(i) ? view.pos(i - 1) : 'PUNCT'
  return /^(DET|ADP|ADJ|NUM|CCONJ|PUNCT)$/.test(before)
}

/** Words that make `demand` the market's: `weak demand`, `consumer demand`, `supply and demand`. */
const MARKET_WORDS = new Set(
  (
    'weak weaker weakening strong stronger robust sluggish soft softer slowing falling rising soaring ' +
    'booming global domestic consumer customer export import oil energy housing market supply peak ' +
    'seasonal pent-up underlying'
  ).split(' '),
)

/** `weak demand would keep hurting profits`, `as demand slumps`: buyers' demand, no request made of anyone. */
function isMarketDemand(r: Report, view: TokenView): boolean {
  if (r.hit.entry.type !== 'REQUEST' || view.lemma(r.hit.first) !== 'demand') return false
  const before = view.word(r.hit.first - 1)
  if (MARKET_WORDS.has(before) || (before === 'and' && view.word(r.hit.first - 2) === 'supply')) return true
  // `a drought hit demand for beer`, `to boost demand`: a verb of amount right before a bare
  // `demand` moves the market's; a request made has its article or owner (`met their demands`).
  if (view.pos(r.hit.first - 1) === 'VERB' && DEMAND_MOVERS.has(view.lemma(r.hit.first - 1))) return true
  // `demand slumps`, `demand for oil fell`: what a market does, the verb after it or its `for` phrase.
  let k = r.hit.first + 1
  if (view.word(k) === 'for') while (k < r.hit.first + 5 && view.pos(k) !== 'VERB') k++
  // A headline's verb may be tagged a noun (`as demand slumps`).
  return /^(VERB|NOUN)$/.test(view.pos(k)) && MARKET_MOVES.has(view.lemma(k))
}

/** Verbs that raise or lower an amount, said of buyers' demand: `hit demand`, `boost demand`. */
const DEMAND_MOVERS = new Set(
  'hit boost curb dampen fuel reduce cut spur stoke weaken sap lift dent hurt depress cool drive outstrip exceed'.split(
    ' ',
  ),
)

const MARKET_MOVES = new Set(
  'slump fall drop rise grow slow weaken strengthen recover surge soar plunge decline increase ease pick'.split(' '),
)

/** Nouns a trigger noun can name a trade or body of, not a happening: `aid workers`, `aid agency`. */
const OCCUPATIONS = new Set([
  'worker',
  'group',
  'agency',
  'organisation',
  'organization',
  'official',
  'charity',
  'sector',
])

/** `aid workers were killed`: the noun trigger modifies who they are, and nothing was given. */
function isOccupation(r: Report, view: TokenView): boolean {
  return r.hit.entry.type === 'AID' && r.hit.end === r.hit.first + 1 && OCCUPATIONS.has(view.lemma(r.hit.end))
}

/**
 * `the president's rallies`, `a campaign rally`: a candidate's rally is campaigning, not protest.
 * Protesters rally as a crowd; a rally owned by a candidate or a campaign is theirs.
 */
function isCampaignRally(r: Report, view: TokenView): boolean {
  if (r.hit.entry.type !== 'PROTEST' || r.hit.entry.lemmas[0] !== 'rally') return false
  const before = r.hit.first - 1
  if (/^(campaign|election|electoral|reelection|re-election)$/.test(view.lemma(before))) return true
  if (!view.isGenitive(before)) return false
  // `Trump's rallies`, `the president's rallies`; not `the union's rally`.
  const owner = before - 1
  return view.pos(owner) === 'PROPN' || CANDIDATES.has(view.lemma(owner))
}

const CANDIDATES = new Set([
  'president',
  'candidate',
  'nominee',
  'senator',
  'governor',
  'mayor',
  'premier',
  'challenger',
])

/**
 * Forces of nature and disease. An earthquake that kills, a flood that strikes a town, people
 * killed in a storm: disasters, which event data such as PLOVER leaves out, since no one acted.
 */
const NATURAL_FORCES = new Set(
  (
    'earthquake quake tremor aftershock flood flooding storm hurricane typhoon cyclone tornado landslide mudslide ' +
    'avalanche tsunami wildfire eruption volcano lightning blizzard snowstorm monsoon rain drought heatwave ' +
    'disease virus outbreak epidemic pandemic cholera ebola measles malaria covid-19 covid coronavirus flu influenza'
  ).split(' '),
)

/** `an earthquake killed 20`, `killed in the floods`: the one acting is a force of nature. */
function isNaturalForce(r: Report, view: TokenView): boolean {
  if (r.actors.some((a) => isForceOfNature(a.head))) return true
  // `were killed in the earthquake`, `killed by floods`: the force in a phrase right after the verb.
  let k = r.hit.end
  if (!/^(in|by|during|after)$/.test(view.word(k))) return false
  for (k++; k < r.hit.end + 5 && /^(DET|ADJ|NOUN|PROPN|NUM|PRON)$/.test(view.pos(k)); k++)
    if (isForceOfNature(view.lemma(k)) && view.pos(k + 1) !== 'NOUN') return true
  return false
}

/**
 * A plural opening a sentence is tagged a name and keeps its plural as lemma (`Floods in the
 * province killed three`), so the singular is tried too.
 */
function isForceOfNature(lemma: string): boolean {
  return isOneOf(NATURAL_FORCES, lemma)
}

/** Whether a lemma, or its singular when a plural was tagged a name (`Prosecutors raided`), is in the set. */
function isOneOf(set: ReadonlySet<string>, lemma: string): boolean {
  return set.has(lemma) || (lemma.endsWith('s') && set.has(lemma.slice(0, -1)))
}

/** Who searches premises under the law: a raid by them is a search, not an attack. */
const SEARCHERS = new Set(['prosecutor', 'investigator', 'regulator', 'inspector', 'auditor', 'detective'])
/** Places searched for papers: `raided the offices of a carmaker`. */
const PREMISES = new Set(['office', 'headquarters', 'premises', 'newsroom', 'studio', 'branch'])

/**
 * `Prosecutors raided the offices of Nordwerk`, `a police raid on the party's headquarters`: a
 * search of premises by the law is coercion (papers seized), not an assault; troops raiding a
 * village still attack it. Read over the whole event, so a headline's bare `raid` goes with it.
 */
export function asSearch(c: Cluster): Cluster {
  if (c.type !== 'ASSAULT' || !c.reports.every((r) => r.hit.entry.lemmas[0] === 'raid')) return c
  const searched = c.reports.some(
    (r) => r.actors.some((a) => isOneOf(SEARCHERS, a.head)) || r.targets.some((t) => isOneOf(PREMISES, t.head)),
  )
  return searched ? { ...c, type: 'COERCE', mode: 'seize' } : c
}
