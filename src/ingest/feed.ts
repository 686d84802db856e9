import { parseFeed } from 'feedsmith'
import { NewsgraphError } from '../doc/message.js'

/*
 * RSS, Atom, RDF and JSON Feed, parsed by feedsmith into one shape: the items ingest fetches.
 */

/** One feed item: where the article is, and what the feed says of it. */
export interface FeedItem {
  readonly link: string | null
  readonly title: string | null
  readonly published: string | null
  /** The item's HTML content, for feeds that carry whole articles (or when the link cannot be fetched). */
  readonly html: string | null
}

type Loose = Record<string, unknown> | undefined

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null
  if (value && typeof value === 'object' && 'value' in value) return text((value as { value: unknown }).value)
  return null
}

function atomLink(links: unknown): string | null {
  if (!Array.isArray(links)) return null
  const list = links as { href?: string; rel?: string }[]
  return (list.find((l) => !l.rel || l.rel === 'alternate') ?? list[0])?.href ?? null
}

/** The items of a feed document; throws `ingest/invalid-feed` for anything that is not a feed. */
export function readFeedItems(body: string, input: string): FeedItem[] {
  let parsed: ReturnType<typeof parseFeed>
  try {
    parsed = parseFeed(body.replace(/^\uFEFF/, ''))
  } catch (error) {
    throw new NewsgraphError({
      severity: 'error',
      rule: 'ingest/invalid-feed',
      reason: `not an RSS, Atom, RDF or JSON feed: ${(error as Error).message}`,
      input,
    })
  }
  const feed = parsed.feed as Record<string, unknown>
  if (parsed.format === 'atom') {
    return ((feed.entries as Loose[] | undefined) ?? []).map((e) => ({
      link: atomLink(e?.links),
      title: text(e?.title),
      published: text(e?.published) ?? text(e?.updated),
      html: text(e?.content) ?? text(e?.summary),
    }))
  }
  if (parsed.format === 'json') {
    return ((feed.items as Loose[] | undefined) ?? []).map((i) => ({
      link: text(i?.url) ?? text(i?.externalUrl),
      title: text(i?.title),
      published: text(i?.datePublished),
      html: text(i?.contentHtml) ?? text(i?.contentText),
    }))
  }
  // RSS and RDF.
  return ((feed.items as Loose[] | undefined) ?? []).map((i) => {
    const guid = text((i?.guid as Loose)?.value) ?? text(i?.guid)
    return {
      link: text(i?.link) ?? (guid && /^https?:\/\//.test(guid) ? guid : null),
      title: text(i?.title),
      published: text(i?.pubDate) ?? text((i?.dc as Loose)?.date),
      html: text((i?.content as Loose)?.encoded) ?? text(i?.description),
    }
  })
}
