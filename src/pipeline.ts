import type { Doc } from './doc/doc.js'
import type { LayerName, Layers } from './doc/layers.js'
import type { Message, Reporter } from './doc/message.js'
import type { Span } from './doc/span.js'

/** The per-article work of a stage: reads a Doc, returns its layers, never mutates or does I/O. */
export type Step<Out extends LayerName = LayerName> = (doc: Doc, report: Reporter) => Pick<Layers, Out>

/** A pipeline stage: what it needs, what it adds, and a `prepare` for work done once. */
export interface Stage<Out extends LayerName = LayerName> {
  readonly name: string
  readonly requires: readonly LayerName[]
  readonly provides: readonly Out[]
  prepare(): Promise<Step<Out>>
}

/** Time spent in each stage, in milliseconds, summed over the articles run. */
export type StageTimes = Record<string, number>

export interface Pipeline {
  readonly stages: readonly Stage[]
  /** Loads lexicons and models; call once before `run`. `run` calls it when needed. */
  prepare(): Promise<void>
  /** Analyses one article. Must follow `prepare()`. */
  runSync(doc: Doc): Doc
  run(doc: Doc): Promise<Doc>
  readonly times: StageTimes
}

/**
 * Builds a pipeline from a list of stages, checking before the first article that every
 * requirement comes from an earlier stage (or from `given`) and that no layer comes twice.
 */
export function createPipeline(stages: readonly Stage[], given: readonly LayerName[] = []): Pipeline {
  checkStages(stages, given)
  const list = Object.freeze([...stages])
  const times: StageTimes = Object.fromEntries(list.map((s) => [s.name, 0]))
  let steps: Step[] | undefined
  let preparing: Promise<void> | undefined

  const prepare = (): Promise<void> => {
    preparing ??= Promise.all(list.map((s) => s.prepare())).then((prepared) => {
      steps = prepared
    })
    return preparing
  }

  const runSync = (doc: Doc): Doc => {
    if (!steps) throw new Error('pipeline.runSync called before prepare()')
    let current = doc
    for (let i = 0; i < list.length; i++) {
      const stage = list[i] as Stage
      const step = steps[i] as Step
      const messages: Message[] = []
      const started = performance.now()
      const added = step(current, reporterFor(stage.name, messages))
      times[stage.name] = (times[stage.name] ?? 0) + performance.now() - started
      current = current.withLayers(pickProvided(stage, added), messages)
    }
    return current
  }

  return {
    stages: list,
    prepare,
    runSync,
    async run(doc) {
      await prepare()
      return runSync(doc)
    },
    times,
  }
}

function checkStages(stages: readonly Stage[], given: readonly LayerName[]): void {
  const have = new Map<LayerName, string>(given.map((l) => [l, 'input']))
  const names = new Set<string>()
  for (const stage of stages) {
    if (names.has(stage.name)) throw new Error(`stage "${stage.name}" appears twice in the pipeline`)
    names.add(stage.name)
    for (const need of stage.requires) {
      if (!have.has(need)) {
        throw new Error(`stage "${stage.name}" requires layer "${need}", which no earlier stage provides`)
      }
    }
    for (const out of stage.provides) {
      const by = have.get(out)
      if (by) throw new Error(`layer "${out}" is provided twice: by "${by}" and by "${stage.name}"`)
      have.set(out, stage.name)
    }
  }
}

function pickProvided(stage: Stage, added: Partial<Layers>): Partial<Layers> {
  const out: Partial<Layers> = {}
  for (const name of stage.provides) {
    const layer = added[name]
    if (layer === undefined) throw new Error(`stage "${stage.name}" did not return its layer "${name}"`)
    ;(out as Record<string, unknown>)[name] = Object.freeze(layer)
  }
  return out
}

function reporterFor(stage: string, into: Message[]): Reporter {
  const add = (severity: Message['severity'], rule: string, reason: string, span?: Span) => {
    const full = rule.includes('/') ? rule : `${stage}/${rule}`
    into.push(span ? { severity, rule: full, reason, span } : { severity, rule: full, reason })
  }
  return {
    warn: (rule, reason, span) => add('warning', rule, reason, span),
    info: (rule, reason, span) => add('info', rule, reason, span),
  }
}
