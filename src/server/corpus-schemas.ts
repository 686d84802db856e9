import { z } from '@hono/zod-openapi'
import { AnalysisSchema, list, PageQuerySchema, pageOf } from './schemas.js'

/*
 * Shapes of the corpus records the store returns (src/store/store.ts), for the OpenAPI
 * document, and the query strings that filter them.
 */

const nullableString = z.string().nullable()

export const ArticleSummarySchema = z
  .object({
    id: z.string(),
    title: nullableString,
    published: nullableString,
    outlet: nullableString,
    origin: list(z.string()),
    url: nullableString,
    source: nullableString,
    wireGroup: nullableString,
    isOrigin: z.boolean(),
    story: nullableString,
    ingestedAt: z.string(),
  })
  .openapi('ArticleSummary')

export const ArticleDetailSchema = z
  .object({
    ...ArticleSummarySchema.shape,
    analysis: AnalysisSchema,
    copies: list(ArticleSummarySchema),
    entityLinks: z.record(z.string(), z.string()),
    eventLinks: z.record(z.string(), z.string()),
  })
  .openapi('ArticleDetail')

const geo = z.object({ lat: z.number(), lon: z.number(), country: nullableString }).nullable()

export const CorpusEntitySchema = z
  .object({
    id: z.string(),
    type: z.string(),
    name: z.string(),
    aliases: list(z.string()),
    key: nullableString,
    articles: z.number(),
    mentions: z.number(),
    geo,
  })
  .openapi('CorpusEntity')

export const ClaimSchema = z
  .object({
    articleId: z.string(),
    attribution: z.string(),
    source: z.object({
      label: nullableString,
      named: z.boolean().nullable(),
      count: z.number().nullable(),
      entity: nullableString,
    }),
    cue: z.string(),
    content: nullableString,
    spoken: list(z.string())
      .nullable()
      .openapi({ description: "The source's own words, when the attribution interrupts its content" }),
    kind: z.string(),
    stance: z.string(),
    channel: nullableString,
    article: z.object({ title: nullableString, outlet: nullableString, published: nullableString }),
  })
  .openapi('Claim')

const CorpusArgumentSchema = z.object({ text: z.string(), entity: nullableString })

export const CorpusEventSchema = z
  .object({
    id: z.string(),
    type: z.string(),
    mode: nullableString,
    time: nullableString,
    place: z
      .object({ name: z.string(), entity: nullableString, lat: z.number().nullable(), lon: z.number().nullable() })
      .nullable(),
    actors: list(CorpusArgumentSchema),
    targets: list(CorpusArgumentSchema),
    story: nullableString,
    articles: z.number(),
    independentReports: z.number(),
    independentSources: z.number(),
    conflicts: z.number(),
  })
  .openapi('CorpusEvent')

export const EntityDetailSchema = z
  .object({
    ...CorpusEntitySchema.shape,
    articleList: list(ArticleSummarySchema),
    claimsBy: list(ClaimSchema),
    claimsAbout: list(ClaimSchema),
    events: list(CorpusEventSchema),
  })
  .openapi('EntityDetail')

export const EventDetailSchema = z
  .object({
    ...CorpusEventSchema.shape,
    reports: list(
      z.object({
        article: ArticleSummarySchema,
        localId: z.string(),
        modality: z.string(),
        triggers: list(z.string()),
        time: nullableString,
        place: list(z.string()),
        claims: list(ClaimSchema),
      }),
    ),
    conflictList: list(
      z.object({
        slot: z.string(),
        crossArticle: z.boolean(),
        values: list(z.object({ value: z.string(), articles: list(z.string()), attributions: list(z.string()) })),
      }),
    ),
  })
  .openapi('EventDetail')

export const StorySchema = z
  .object({
    id: z.string(),
    title: nullableString,
    articles: z.number(),
    events: z.number(),
    firstPublished: nullableString,
    lastPublished: nullableString,
  })
  .openapi('Story')

export const StoryDetailSchema = z
  .object({
    ...StorySchema.shape,
    articleList: list(ArticleSummarySchema),
    eventList: list(CorpusEventSchema),
  })
  .openapi('StoryDetail')

export const SearchHitSchema = z.object({ article: ArticleSummarySchema, snippet: z.string() }).openapi('SearchHit')

export const StatsSchema = z
  .object({
    articles: z.number(),
    entities: z.number(),
    events: z.number(),
    stories: z.number(),
    wireGroups: z.number(),
    failures: z.number(),
  })
  .openapi('Stats')

const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'an ISO date: YYYY, YYYY-MM or YYYY-MM-DD')
  .optional()
const word = z.string().max(200).optional()

export const SearchQuerySchema = PageQuerySchema.extend({
  q: z.string().max(500).optional().openapi({ description: 'Words in title and text, all required' }),
  entity: word.openapi({ description: 'A corpus entity id or a name' }),
  eventType: word.openapi({ description: 'A PLOVER event type reported in the article', example: 'COERCE' }),
  place: word.openapi({ description: 'A place where a reported event happened, or a place mentioned' }),
  from: isoDate,
  to: isoDate,
  outlet: word,
  sourceKind: z.enum(['named', 'anonymous']).optional().openapi({ description: 'Articles with such a source' }),
})

export const ArticleListQuerySchema = PageQuerySchema.extend({ outlet: word })

export const EntityListQuerySchema = PageQuerySchema.extend({
  q: word.openapi({ description: 'Part of a name or alias' }),
  type: z.enum(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC', 'EVENT', 'LAW', 'PRODUCT']).optional(),
})

export const EventListQuerySchema = PageQuerySchema.extend({
  type: word,
  entity: word.openapi({ description: 'A corpus entity taking part' }),
  story: word,
  from: isoDate,
  to: isoDate,
})

export const ClaimListQuerySchema = PageQuerySchema.extend({
  article: word.openapi({ description: 'Claims made in this article' }),
  source: word.openapi({ description: 'Claims by this corpus entity' }),
})

export const SearchPageSchema = pageOf(SearchHitSchema, 'SearchPage')
export const ArticlePageSchema = pageOf(ArticleSummarySchema, 'ArticlePage')
export const EntityPageSchema = pageOf(CorpusEntitySchema, 'EntityPage')
export const EventPageSchema = pageOf(CorpusEventSchema, 'EventPage')
export const ClaimPageSchema = pageOf(ClaimSchema, 'ClaimPage')
export const StoryPageSchema = pageOf(StorySchema, 'StoryPage')
