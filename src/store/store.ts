import type { AnalysisJson } from '../doc/analysis-json.js'
import type { EntityType, PloverType } from '../doc/layers.js'

/*
 * The corpus store: every analysed article, and what links them across articles (wire copies,
 * stories, corpus entities, corpus events with their corroboration). One interface, two engines:
 * SQLite (a file path, the default `./newsgraph.db`) and PostgreSQL (a `postgres://` URL).
 * The CLI, server and queue see only this interface and `openStore`.
 */

/** Where an analysis came from, kept beside it so that old analyses can be found and re-run. */
export interface PutOptions {
  /** The raw input (file bytes, HTML, JSON record); its SHA-256 makes re-runs skip it before analysis. */
  readonly raw?: string | Uint8Array
  /** A file path, `feed.jsonl:12` or a URL: what `ingest --failed` and `show` name. */
  readonly source?: string
  /** Which pipeline made the analysis (`0.1.0+full`); defaults to `unknown`. */
  readonly pipelineVersion?: string
  /**
   * When the content is stored already but by another pipeline version, replace its analysis
   * and everything linked from it (a re-run); the article keeps its id.
   */
  readonly replace?: boolean
}

export interface PutResult {
  readonly articleId: string
  /** False when the same content was already stored: nothing was written (unless replaced). */
  readonly added: boolean
  /** True when an older analysis of the same content was replaced. */
  readonly replaced?: boolean
}

/** A page of results; pass `next` back as `cursor` for the following page, null at the end. */
export interface Page<T> {
  readonly items: T[]
  readonly next: string | null
}

export interface PageOptions {
  /** At most this many items (default 50, capped at 500). */
  readonly limit?: number
  readonly cursor?: string | null
}

export interface ArticleSummary {
  readonly id: string
  readonly title: string | null
  readonly published: string | null
  readonly outlet: string | null
  readonly origin: readonly string[]
  readonly url: string | null
  /** Where it was ingested from: a path, `file.jsonl:3`, a URL. */
  readonly source: string | null
  /** Copies of one wire story share a group; its id is the origin article's id. Null when alone. */
  readonly wireGroup: string | null
  /** True for the copy taken as the wire story's origin. */
  readonly isOrigin: boolean
  readonly story: string | null
  readonly pipelineVersion: string
  /** ISO 8601 timestamp of ingest. */
  readonly ingestedAt: string
}

export interface ArticleDetail extends ArticleSummary {
  /** SHA-256 of the stored content (text and metadata): what makes ingest idempotent. */
  readonly contentHash: string
  /** SHA-256 of the raw input, when given. */
  readonly rawHash: string | null
  readonly analysis: AnalysisJson
  /** Other copies of the same wire story, origin first. */
  readonly copies: ArticleSummary[]
  /** Local entity id (`e1`) -> corpus entity id, for linking the analysis to corpus pages. */
  readonly entityLinks: Record<string, string>
  /** Local event id (`v1`) -> corpus event id. */
  readonly eventLinks: Record<string, string>
}

/** One thing (person, body, place) across the corpus. */
export interface CorpusEntity {
  readonly id: string
  readonly type: EntityType
  readonly name: string
  /** Every other name it goes by in the corpus. */
  readonly aliases: readonly string[]
  readonly key: string | null
  readonly articles: number
  readonly mentions: number
  readonly geo: { readonly lat: number; readonly lon: number; readonly country: string | null } | null
}

/** Who said what, in which article. */
export interface Claim {
  readonly articleId: string
  /** The attribution's id in its article's analysis (`a3`). */
  readonly attribution: string
  readonly source: {
    readonly label: string | null
    readonly named: boolean | null
    readonly count: number | null
    /** Corpus entity id of the source, when it names one. */
    readonly entity: string | null
  }
  readonly cue: string
  readonly content: string | null
  /** The source's own words, when the attribution interrupts the content (`"A," said X. "B."`). */
  readonly spoken: readonly string[] | null
  readonly kind: string
  readonly stance: string
  /** Corpus entity id of the outlet told, for a relay (`told Reuters`). */
  readonly channel: string | null
  readonly article: { readonly title: string | null; readonly outlet: string | null; readonly published: string | null }
}

export interface EntityDetail extends CorpusEntity {
  readonly articleList: ArticleSummary[]
  /** Claims whose source is this entity. */
  readonly claimsBy: Claim[]
  /** Claims whose content mentions this entity. */
  readonly claimsAbout: Claim[]
  readonly events: CorpusEvent[]
}

/** An event argument in the corpus: the words used, and the corpus entity when resolved. */
export interface CorpusArgument {
  readonly text: string
  readonly entity: string | null
}

/** One happening, as reported by one or more articles. */
export interface CorpusEvent {
  readonly id: string
  readonly type: PloverType
  readonly mode: string | null
  /** The most precise ISO date the reports give, or null. */
  readonly time: string | null
  readonly place: {
    readonly name: string
    readonly entity: string | null
    readonly lat: number | null
    readonly lon: number | null
    /** ISO 3166-1 alpha-2, when the place is resolved. */
    readonly country: string | null
  } | null
  readonly actors: CorpusArgument[]
  readonly targets: CorpusArgument[]
  readonly story: string | null
  /** Articles reporting it (wire copies each count). */
  readonly articles: number
  /** Distinct reports once wire copies and relays through one agency are counted once. */
  readonly independentReports: number
  /** Distinct sources behind it, a named source once across articles, wire copies once. */
  readonly independentSources: number
  /** Cross-article and in-article disagreements. */
  readonly conflicts: number
}

/** A slot on which accounts disagree, with who says what. */
export interface EventConflict {
  readonly slot: string
  /** True when the disagreement is between articles; false when within one article's account. */
  readonly crossArticle: boolean
  readonly values: { readonly value: string; readonly articles: string[]; readonly attributions: string[] }[]
}

export interface EventReport {
  readonly article: ArticleSummary
  /** The event's id in that article's analysis. */
  readonly localId: string
  readonly modality: string
  readonly triggers: string[]
  readonly time: string | null
  readonly place: string[]
  readonly claims: Claim[]
}

export interface EventDetail extends CorpusEvent {
  readonly reports: EventReport[]
  readonly conflictList: EventConflict[]
}

/** Different articles about the same events. */
export interface Story {
  readonly id: string
  readonly title: string | null
  readonly articles: number
  readonly events: number
  readonly firstPublished: string | null
  readonly lastPublished: string | null
}

export interface StoryDetail extends Story {
  readonly articleList: ArticleSummary[]
  readonly eventList: CorpusEvent[]
}

export type SourceKind = 'named' | 'anonymous'

/** Full text and filters; every field is optional and they combine with AND. */
export interface SearchQuery extends PageOptions {
  /** Words to find in title and text (engine full-text syntax is not exposed: words are ANDed). */
  readonly q?: string
  /** A corpus entity id or a name. */
  readonly entity?: string
  readonly eventType?: string
  /** A place name or corpus entity id where a reported event happened, or a place mentioned. */
  readonly place?: string
  /** ISO date bounds on `published`, inclusive. */
  readonly from?: string
  readonly to?: string
  readonly outlet?: string
  /** Articles with at least one source of this kind. */
  readonly sourceKind?: SourceKind
}

export interface SearchHit {
  readonly article: ArticleSummary
  /** A short passage around the words found, with matches wrapped in `[` `]`. */
  readonly snippet: string
}

export interface Failure {
  readonly id: string
  /** A path, `file.jsonl:12` or URL. */
  readonly input: string
  readonly rule: string
  readonly reason: string
  readonly at: string
}

export interface CorpusStats {
  readonly articles: number
  readonly entities: number
  readonly events: number
  readonly stories: number
  readonly wireGroups: number
  readonly failures: number
}

export interface ListEntitiesOptions extends PageOptions {
  /** Name or alias prefix/substring. */
  readonly q?: string
  readonly type?: EntityType
}

export interface ListEventsOptions extends PageOptions {
  readonly type?: string
  /** Corpus entity id taking part (actor, target or place). */
  readonly entity?: string
  readonly story?: string
  readonly from?: string
  readonly to?: string
}

export interface ListClaimsOptions extends PageOptions {
  readonly article?: string
  /** Claims by this corpus entity. */
  readonly source?: string
}

/**
 * An edge of the corpus graph. `from` is a corpus entity id, or `anonymous:LABEL` for an
 * anonymous source grouped by its label (`anonymous:security officials`).
 */
export interface EntityLink {
  readonly from: string
  readonly to: string
  /** claim: `from` says something about `to`; relay: `from` told outlet `to`; event: `from` acted on `to`. */
  readonly kind: 'claim' | 'relay' | 'event'
  /** The PLOVER type, for event edges. */
  readonly label: string | null
  weight: number
}

/** The corpus store. Every write is one transaction: a crash leaves no half-written article. */
export interface Store {
  readonly engine: 'sqlite' | 'postgres'
  /** Stores an analysis and links it into the corpus; stores nothing when the content is already there. */
  putAnalysis(analysis: AnalysisJson, options?: PutOptions): Promise<PutResult>
  /** The article stored from this raw input (SHA-256 hex of the raw bytes), if any. */
  findByRawHash(rawHash: string): Promise<string | null>
  getArticle(id: string): Promise<ArticleDetail | null>
  /** Newest ingested first; `pipelineVersion` finds the analyses one pipeline made, to re-run them. */
  listArticles(
    options?: PageOptions & { readonly outlet?: string; readonly pipelineVersion?: string },
  ): Promise<Page<ArticleSummary>>
  search(query: SearchQuery): Promise<Page<SearchHit>>
  getEntity(id: string): Promise<EntityDetail | null>
  /** Most mentioned first. */
  listEntities(options?: ListEntitiesOptions): Promise<Page<CorpusEntity>>
  getEvent(id: string): Promise<EventDetail | null>
  /** Most reported first. */
  listEvents(options?: ListEventsOptions): Promise<Page<CorpusEvent>>
  listClaims(options?: ListClaimsOptions): Promise<Page<Claim>>
  /** Every edge of the corpus graph, weighted by how many claims or events make it. */
  listEntityLinks(): Promise<EntityLink[]>
  getStory(id: string): Promise<StoryDetail | null>
  listStories(options?: PageOptions): Promise<Page<Story>>
  /** Records an input that could not be read or analysed; `ingest --failed` lists them. */
  recordFailure(failure: { input: string; rule: string; reason: string }): Promise<void>
  /** Drops the failures recorded for an input, once it has been ingested. */
  clearFailures(input: string): Promise<void>
  listFailures(options?: PageOptions): Promise<Page<Failure>>
  /** Folds entities into `into`; kept across re-ingest (their names keep pointing at `into`). */
  mergeEntities(into: string, from: readonly string[]): Promise<CorpusEntity>
  /** Moves the article entities known by `names` to a new corpus entity; kept across re-ingest. */
  splitEntity(id: string, names: readonly string[]): Promise<CorpusEntity>
  stats(): Promise<CorpusStats>
  close(): Promise<void>
}

/** The database used when neither `--db` nor `NEWSGRAPH_DATABASE_URL` is given. */
export const DEFAULT_DATABASE = './newsgraph.db'

/** `--db`, else `NEWSGRAPH_DATABASE_URL`, else `./newsgraph.db`. */
export function databaseUrl(given?: string | null): string {
  return given || process.env.NEWSGRAPH_DATABASE_URL || DEFAULT_DATABASE
}

/** True for a PostgreSQL connection string. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url)
}

/**
 * Opens (creating and migrating when needed) the store at `url`: a file path for SQLite, a
 * `postgres://` URL for PostgreSQL; `databaseUrl()` picks the default. Engines load on demand.
 */
export async function openStore(url?: string | null): Promise<Store> {
  const target = databaseUrl(url)
  if (isPostgresUrl(target)) {
    const { openPostgresStore } = await import('./postgres/postgres-connect.js')
    return openPostgresStore(target)
  }
  const { openSqliteStore } = await import('./sqlite/sqlite-connect.js')
  return openSqliteStore(target)
}
