import type { FastifyInstance } from "fastify";
import { formatProblem, type InputProblem } from "../core/input.js";
import { recordsToRaw } from "../pipeline/records.js";
import type { Ingester } from "../pipeline/ingest.js";
import type { DossierReader } from "../pipeline/dossiers.js";
import type { Store, StoryQuery } from "../store/types.js";
import {
  errorSchema,
  idParamsSchema,
  ingestBodySchema,
  ingestResponseSchema,
  looseObject,
  searchQuerySchema,
  storyListQuerySchema,
  storySummarySchema,
} from "./schemas.js";

/** The JSON API under /api, plus /health. Thin: every route is one store or ingester call. */
export function registerApi(app: FastifyInstance, store: Store, ingester: Ingester, dossiers: DossierReader): void {
  app.get("/health", { schema: { response: { 200: looseObject } } }, async () => ({
    status: "ok",
    store: store.kind,
    articles: await store.articleCount(),
  }));

  app.get<{ Querystring: StoryQuery }>(
    "/api/stories",
    {
      schema: {
        summary: "List or search stories",
        querystring: storyListQuerySchema,
        response: { 200: { type: "object", properties: { stories: { type: "array", items: storySummarySchema } } } },
      },
    },
    async (req) => ({ stories: await store.listStories(req.query) }),
  );

  app.get<{ Params: { id: string } }>(
    "/api/stories/:id",
    { schema: { summary: "A story and its dossier", params: idParamsSchema, response: { 200: looseObject, 404: errorSchema } } },
    async (req, reply) => {
      const [story, dossier] = await Promise.all([store.getStory(req.params.id), dossiers.get(req.params.id)]);
      if (!story || !dossier) return reply.code(404).send({ statusCode: 404, error: "Not Found", message: `no story ${req.params.id}` });
      return { story, dossier };
    },
  );

  app.get<{ Params: { id: string } }>(
    "/api/articles/:id",
    { schema: { summary: "An article with its analysis and cluster assignment", params: idParamsSchema, response: { 200: looseObject, 404: errorSchema } } },
    async (req, reply) => {
      const article = await store.getArticle(req.params.id);
      if (!article) return reply.code(404).send({ statusCode: 404, error: "Not Found", message: `no article ${req.params.id}` });
      const [analysis, assignment] = await Promise.all([store.getAnalysis(article.id), store.getAssignment(article.id)]);
      return { article, analysis, assignment };
    },
  );

  app.get<{ Querystring: { q: string; limit?: number } }>(
    "/api/search",
    { schema: { summary: "Full-text search over articles and stories", querystring: searchQuerySchema, response: { 200: looseObject } } },
    async (req) => ({ hits: await store.search(req.query.q, req.query.limit) }),
  );

  app.post<{ Body: unknown }>(
    "/api/articles",
    {
      schema: {
        summary: "Ingest article records: one JSON record, an array, or JSON Lines (application/x-ndjson)",
        body: ingestBodySchema,
        response: { 200: ingestResponseSchema, 400: errorSchema, 413: errorSchema },
      },
    },
    async (req) => {
      const records = Array.isArray(req.body) ? req.body : [req.body];
      const problems: InputProblem[] = [];
      const summary = await ingester.ingest(recordsToRaw(records, "request"), { onProblem: (p) => problems.push(p) });
      return { ...summary, problems: problems.map(formatProblem) };
    },
  );
}
