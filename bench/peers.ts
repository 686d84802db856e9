import nlp from 'compromise'
import model from 'wink-eng-lite-web-model'
import winkNLP from 'wink-nlp'
import { type BenchArticle, WARM_UP } from './corpus.js'

/*
 * The peers on the same input in the same run: compromise's people, places and organisations
 * pass (its bare entity pass) and wink-nlp's annotation pass (readDoc, then entities and
 * part-of-speech tags). Each gets the same warm-up as newsgraph (`WARM_UP`).
 */

export interface PeerResult {
  name: string
  articles: number
  wallMs: number
  cpuMs: number
}

function timed(name: string, input: BenchArticle[], pass: (text: string) => unknown): PeerResult {
  for (const a of input.slice(0, WARM_UP)) pass(a.text)
  const cpu = process.cpuUsage()
  const started = performance.now()
  let sink = 0
  for (const a of input) sink += (pass(a.text) as unknown[]).length
  const wallMs = performance.now() - started
  const used = process.cpuUsage(cpu)
  if (sink < 0) throw new Error('unreachable: keeps the results alive')
  return { name, articles: input.length, wallMs, cpuMs: (used.user + used.system) / 1000 }
}

/** compromise: people, places and organisations of each article. */
export function compromisePass(input: BenchArticle[]): PeerResult {
  return timed('compromise 14 (people/places/organisations)', input, (text) => {
    const doc = nlp(text)
    return [...doc.people().out('array'), ...doc.places().out('array'), ...doc.organizations().out('array')]
  })
}

/** wink-nlp with its lite English model: entities and part-of-speech tags of each article. */
export function winkPass(input: BenchArticle[]): PeerResult {
  const wink = winkNLP(model)
  const its = wink.its
  return timed('wink-nlp 2 (readDoc + entities/pos)', input, (text) => {
    const doc = wink.readDoc(text)
    return [...doc.entities().out(), ...doc.tokens().out(its.pos)]
  })
}
