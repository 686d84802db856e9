import { createHash } from 'node:crypto'
import type { Kysely } from 'kysely'
import { linkEntities } from '../corpus/link-entities.js'
import { linkEvents } from '../corpus/link-events.js'
import { encodeSignature, minhash } from '../corpus/minhash.js'
import { removeArticle } from '../corpus/remove-article.js'
import { assignStory } from '../corpus/stories.js'
import { assignWireGroup } from '../corpus/wire-copies.js'
import type { AnalysisJson } from '../doc/analysis-json.js'
import type { StoreDialect } from './dialect.js'
import type { Database } from './schema.js'
import type { PutOptions, PutResult } from './store.js'

/*
 * Stores one analysis and links it into the corpus, all in one transaction: a crash at any point
 * leaves either the whole article with its links or nothing of it.
 */

/** SHA-256 hex of bytes or text. */
export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

/**
 * What makes two inputs the same article: the outlet and the text, whitespace folded. Titles and
 * dates are left out because readers extract them differently from one page fetched twice.
 */
export function contentHash(article: AnalysisJson['article']): string {
  return sha256(`${(article.outlet ?? '').trim().toLowerCase()}\n${article.text.replace(/\s+/g, ' ').trim()}`)
}

const CHUNK = 400

/** Stores an analysis unless its content is already there. */
export async function writeArticle(
  dialect: StoreDialect,
  analysis: AnalysisJson,
  options: PutOptions = {},
): Promise<PutResult> {
  const hash = contentHash(analysis.article)
  const rawHash = options.raw !== undefined ? sha256(options.raw) : null
  const signature = minhash(analysis.article.text)
  return dialect.write(async (trx) => {
    const existing = await trx
      .selectFrom('articles')
      .select(['id', 'seq', 'title', 'text', 'pipeline_version'])
      .where('content_hash', '=', hash)
      .executeTakeFirst()
    const version = options.pipelineVersion ?? 'unknown'
    if (existing && !(options.replace && existing.pipeline_version !== version)) {
      return { articleId: existing.id, added: false }
    }
    if (existing) {
      await dialect.unindexText(trx, Number(existing.seq), existing.title, existing.text)
      await removeArticle(trx, existing.id)
    }
    const a = analysis.article
    const id = existing ? existing.id : await freeId(trx, a.id || hash.slice(0, 16), hash)
    const { seq } = await trx
      .insertInto('articles')
      .values({
        id,
        content_hash: hash,
        raw_hash: rawHash,
        title: a.title,
        published: a.published,
        outlet: a.outlet,
        origin: JSON.stringify(a.origin),
        url: a.url,
        source: options.source ?? null,
        text: a.text,
        analysis: JSON.stringify(analysis),
        pipeline_version: version,
        ingested_at: new Date().toISOString(),
        minhash: encodeSignature(signature),
        wire_group: null,
        is_origin: 0,
        story_id: null,
      })
      .returning('seq')
      .executeTakeFirstOrThrow()
    await dialect.indexText(trx, Number(seq), a.title, a.text)
    const entityLinks = await linkEntities(trx, id, analysis)
    await writeSources(trx, id, analysis, entityLinks)
    const eventLinks = await linkEvents(trx, id, analysis, entityLinks)
    const wireGroup = await assignWireGroup(trx, id, signature)
    await assignStory(
      trx,
      { id, title: a.title, published: a.published, wireGroup },
      [...new Set(eventLinks.values())],
      [...new Set(entityLinks.values())],
    )
    return existing ? { articleId: id, added: true, replaced: true } : { articleId: id, added: true }
  })
}

/** The article's own id when free, else one made unique with its content hash. */
async function freeId(trx: Kysely<Database>, wanted: string, hash: string): Promise<string> {
  const taken = await trx.selectFrom('articles').select('id').where('id', '=', wanted).executeTakeFirst()
  return taken ? `${wanted}-${hash.slice(0, 8)}` : wanted
}

async function writeSources(
  trx: Kysely<Database>,
  articleId: string,
  analysis: AnalysisJson,
  entityLinks: ReadonlyMap<string, string>,
): Promise<void> {
  const link = (local: string | undefined) => (local ? (entityLinks.get(local) ?? null) : null)
  const flag = (b: boolean | null | undefined) => (b === true ? 1 : b === false ? 0 : null)
  const sources = analysis.sources.map((s) => ({
    article_id: articleId,
    local_id: s.id,
    label: s.label,
    named: flag(s.named),
    count: s.count,
    entity_id: link(s.entity),
    affiliation: JSON.stringify(s.affiliation ?? []),
    role: JSON.stringify(s.role ?? []),
  }))
  for (let i = 0; i < sources.length; i += CHUNK) {
    await trx
      .insertInto('sources')
      .values(sources.slice(i, i + CHUNK))
      .execute()
  }
  const byId = new Map(analysis.sources.map((s) => [s.id, s]))
  const attributions = analysis.attributions.map((at) => {
    const source = at.source.id ? byId.get(at.source.id) : undefined
    return {
      article_id: articleId,
      local_id: at.id,
      source_local: at.source.id ?? null,
      source_label: at.source.mention?.text ?? source?.label ?? null,
      named: flag(at.source.named ?? source?.named),
      count: at.source.count ?? source?.count ?? null,
      source_entity: link(at.source.entity ?? source?.entity),
      span_start: Math.min(at.cue.start, at.content?.start ?? at.cue.start),
      cue: at.cue.text,
      content: at.content?.text ?? null,
      content_start: at.content?.start ?? null,
      content_end: at.content?.end ?? null,
      spoken: at.spoken ? JSON.stringify(at.spoken.map((p) => p.text)) : null,
      aside_start: at.spoken?.[0]?.end ?? null,
      aside_end: at.spoken?.at(-1)?.start ?? null,
      kind: at.kind,
      stance: at.stance,
      channel_entity: link(at.channel),
      parent: at.parent ?? null,
    }
  })
  for (let i = 0; i < attributions.length; i += CHUNK) {
    await trx
      .insertInto('attributions')
      .values(attributions.slice(i, i + CHUNK))
      .execute()
  }
}
