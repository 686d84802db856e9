import { z } from '@hono/zod-openapi'

/*
 * Request and response shapes of the HTTP API. Routes validate requests with them and the
 * OpenAPI document at /openapi.json is generated from them, so the two cannot drift apart.
 * Analysis objects are described field by field but left open (`looseObject`): stages may add
 * fields before this file learns of them.
 */

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'http/not-found' }),
      message: z.string(),
    }),
  })
  .openapi('Error')

/** A read-only list: store and analysis records hand out readonly arrays. */
export const list = <T extends z.ZodType>(item: T) => z.array(item).readonly()

const SpanSchema = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() }).openapi('Span')
const ArgumentSchema = z.object({ ...SpanSchema.shape, entity: z.string().optional() }).openapi('Argument')

const ArticleSchema = z
  .object({
    id: z.string(),
    title: z.string().nullable(),
    published: z.string().nullable(),
    outlet: z.string().nullable(),
    origin: list(z.string()),
    url: z.string().nullable(),
    text: z.string(),
  })
  .openapi('Article')

const EntitySchema = z
  .object({
    id: z.string(),
    type: z.string(),
    name: z.string(),
    aliases: list(z.string()),
    mentions: list(SpanSchema),
    descriptors: list(SpanSchema),
    key: z.string().optional(),
    geo: z.object({ lat: z.number(), lon: z.number(), country: z.string().nullable() }).optional(),
  })
  .openapi('Entity')

const AttributionSchema = z
  .object({
    id: z.string(),
    source: z.object({
      mention: SpanSchema.nullable(),
      named: z.boolean().nullable(),
      count: z.number().nullable(),
      entity: z.string().optional(),
      id: z.string().optional(),
    }),
    cue: SpanSchema,
    content: SpanSchema.nullable(),
    spoken: list(SpanSchema)
      .optional()
      .openapi({ description: "The source's own words, when the attribution interrupts its content" }),
    kind: z.string(),
    stance: z.string(),
    channel: z.string().optional(),
  })
  .openapi('Attribution')

const EventSchema = z
  .object({
    id: z.string(),
    type: z.string(),
    mode: z.string().nullable(),
    triggers: list(SpanSchema),
    actors: list(ArgumentSchema),
    targets: list(ArgumentSchema),
    place: list(ArgumentSchema),
    time: z.union([z.object({ value: z.string() }), z.object({ before: z.string() }), z.null()]),
    attributions: list(z.string()),
  })
  .openapi('Event')

const ConflictSchema = z
  .object({
    event: z.string(),
    slot: z.string(),
    values: list(
      z.object({ value: z.union([ArgumentSchema, z.object({ value: z.string() })]), attributions: list(z.string()) }),
    ),
  })
  .openapi('Conflict')

const ProfileSchema = z
  .object({
    sources: z.number(),
    named: z.number(),
    anonymous: z.number(),
    claims: z.number(),
    anonymousClaims: z.number(),
    anonymousShare: z.number().nullable(),
    refusals: z.number(),
    relays: list(z.object({ outlet: z.string(), entity: z.string(), claims: z.number() })),
  })
  .openapi('SourcingProfile')

/** One article's analysis, in the analysis format (eval/FORMAT.md) plus sources and profile. */
export const AnalysisSchema = z
  .object({
    version: z.literal(1),
    article: ArticleSchema,
    entities: list(EntitySchema),
    times: list(z.object({ ...SpanSchema.shape, value: z.string().nullable() })),
    values: list(z.object({ ...SpanSchema.shape, type: z.string(), amount: z.number() })),
    sources: list(z.object({ id: z.string(), label: z.string(), named: z.boolean().nullable() })),
    attributions: list(AttributionSchema),
    events: list(EventSchema),
    conflicts: list(ConflictSchema),
    profile: ProfileSchema,
    messages: list(z.object({ severity: z.string(), rule: z.string(), reason: z.string() })),
  })
  .openapi('Analysis')

const metaFields = {
  id: z.string().min(1).max(200).optional().openapi({ description: 'Article id; a content hash when absent' }),
  title: z.string().max(2000).nullable().optional(),
  published: z
    .string()
    .max(40)
    .nullable()
    .optional()
    .openapi({ description: 'ISO 8601 date; anchors relative times such as "on Monday"', example: '2021-10-12' }),
  outlet: z.string().max(200).nullable().optional().openapi({ example: 'Duvar English' }),
}

/** An article to read: exactly one of text, html or url, and what is known of it. */
export const ArticleInputSchema = z
  .object({
    text: z.string().optional().openapi({ description: 'Plain text; offsets point into it unchanged' }),
    html: z.string().optional().openapi({ description: 'An HTML page; the article text is extracted' }),
    url: z
      .url({ protocol: /^https?$/ })
      .optional()
      .openapi({ description: 'Fetched; private addresses refused' }),
    ...metaFields,
  })
  .refine((a) => [a.text, a.html, a.url].filter((x) => x !== undefined).length === 1, {
    message: 'give exactly one of text, html or url',
  })
  .openapi('ArticleInput')

export type ArticleInput = z.infer<typeof ArticleInputSchema>

export const IngestRequestSchema = z
  .object({ articles: z.array(ArticleInputSchema).min(1).max(100) })
  .openapi('IngestRequest')

export const IngestResponseSchema = z
  .object({
    articles: z.array(z.object({ id: z.string(), added: z.boolean() })),
  })
  .openapi('IngestResponse')

/** `limit` and `cursor`, shared by every list. */
export const PageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(20).openapi({ description: 'Items per page, 1 to 200' }),
  cursor: z.string().max(200).optional().openapi({ description: 'The `next` of the previous page' }),
})

/** A page of a list: its items and the cursor of the next page, null on the last. */
export function pageOf<T extends z.ZodType>(item: T, name: string) {
  return z.object({ items: list(item), next: z.string().nullable() }).openapi(name)
}

export const IdParamSchema = z.object({
  id: z
    .string()
    .min(1)
    .max(300)
    .openapi({ param: { name: 'id', in: 'path' } }),
})

/** Any JSON object: for store records whose shape the store owns. */
export const RecordSchema = z.looseObject({}).openapi('Record')
