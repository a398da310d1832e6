/** JSON schemas of the HTTP API: they validate requests and document responses in /openapi.json. */

export const errorSchema = {
  type: "object",
  properties: { statusCode: { type: "integer" }, error: { type: "string" }, message: { type: "string" } },
  required: ["statusCode", "error", "message"],
} as const;

export const storySummarySchema = {
  type: "object",
  properties: {
    id: { type: "string" },
    headline: { type: "string" },
    articles: { type: "array", items: { type: "string" } },
    outlets: { type: "array", items: { type: "string" } },
    first_seen: { type: ["string", "null"] },
    last_update: { type: ["string", "null"] },
  },
  required: ["id", "headline", "articles", "outlets", "first_seen", "last_update"],
} as const;

export const storyListQuerySchema = {
  type: "object",
  properties: {
    q: { type: "string", maxLength: 500 },
    outlet: { type: "string", maxLength: 200 },
    from: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}" },
    to: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}" },
    limit: { type: "integer", minimum: 1, maximum: 500, default: 50 },
    offset: { type: "integer", minimum: 0, default: 0 },
  },
  additionalProperties: false,
} as const;

export const idParamsSchema = {
  type: "object",
  properties: { id: { type: "string", minLength: 1, maxLength: 2000 } },
  required: ["id"],
} as const;

export const articleRecordSchema = {
  type: "object",
  properties: {
    id: { type: "string", minLength: 1, maxLength: 2000 },
    text: { type: "string" },
    html: { type: "string" },
    title: { type: "string" },
    url: { type: "string" },
    outlet: { type: "string" },
    published: { type: "string" },
    language: { type: "string" },
  },
  required: ["id"],
  anyOf: [{ required: ["text"] }, { required: ["html"] }],
} as const;

/**
 * One record must be valid as a whole (400 otherwise); in an array or JSON Lines body each bad
 * record is skipped and named in `problems`, so one bad line never loses the others.
 */
export const ingestBodySchema = {
  oneOf: [articleRecordSchema, { type: "array", items: { type: "object" }, minItems: 1, maxItems: 10000 }],
} as const;

export const ingestResponseSchema = {
  type: "object",
  properties: {
    read: { type: "integer" },
    stored: { type: "integer" },
    duplicates: { type: "integer" },
    skipped: { type: "integer" },
    storiesNew: { type: "integer" },
    storiesUpdated: { type: "integer" },
    ids: { type: "array", items: { type: "string" } },
    problems: { type: "array", items: { type: "string" } },
  },
} as const;

export const searchQuerySchema = {
  type: "object",
  properties: { q: { type: "string", minLength: 1, maxLength: 500 }, limit: { type: "integer", minimum: 1, maximum: 200, default: 20 } },
  required: ["q"],
  additionalProperties: false,
} as const;

/** Dossiers, analyses and articles are large documented records: described loosely here, fully in docs/. */
export const looseObject = { type: "object", additionalProperties: true } as const;
