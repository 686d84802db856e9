import type { LayerName, Layers } from './layers.js'
import type { Message } from './message.js'
import type { Span } from './span.js'

/** What is known of an article apart from its text. */
export interface Article {
  /** As given in the input, else a content hash. */
  readonly id: string
  readonly title: string | null
  /** ISO 8601 date (`2021-10-12`), or null when unknown. */
  readonly published: string | null
  /** Who published this copy: `Duvar English`. */
  readonly outlet: string | null
  /** Wire agencies the story comes from: `Reuters`. */
  readonly origin: readonly string[]
  readonly url: string | null
  /** Where the headline line, dateline and trailer sit in the text, when found. */
  readonly headline?: Span
  readonly dateline?: Span
  readonly trailer?: Span
  /** The place named in the dateline (`BAGHDAD`), for disambiguating places. */
  readonly datelinePlace?: string
}

/**
 * One article: its text, what is known about it, the layers stages have added and the
 * messages they reported. A Doc is never changed; `withLayers` makes the next one.
 */
export class Doc {
  constructor(
    readonly text: string,
    readonly article: Article,
    readonly layers: Readonly<Partial<Layers>> = {},
    readonly messages: readonly Message[] = [],
  ) {}

  has(name: LayerName): boolean {
    return this.layers[name] !== undefined
  }

  /** A layer a stage declared it requires; missing means the pipeline was built wrong. */
  layer<N extends LayerName>(name: N): Layers[N] {
    const layer = this.layers[name]
    if (layer === undefined) throw new Error(`layer "${name}" is missing: no earlier stage provides it`)
    return layer as Layers[N]
  }

  withLayers(added: Partial<Layers>, messages: readonly Message[] = []): Doc {
    return new Doc(this.text, this.article, { ...this.layers, ...added }, [...this.messages, ...messages])
  }

  withArticle(article: Partial<Article>): Doc {
    return new Doc(this.text, { ...this.article, ...article }, this.layers, this.messages)
  }
}
