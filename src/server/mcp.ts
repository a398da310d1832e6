import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { formatProblem, type InputProblem } from "../core/input.js";
import { recordsToRaw } from "../pipeline/records.js";
import { Ingester } from "../pipeline/ingest.js";
import { DossierReader } from "../pipeline/dossiers.js";
import type { Store } from "../store/types.js";

function text(value: unknown) {
  return { content: [{ type: "text" as const, text: typeof value === "string" ? value : JSON.stringify(value, null, 1) }] };
}

function failure(message: string) {
  return { content: [{ type: "text" as const, text: message }], isError: true };
}

/**
 * The story desk as Model Context Protocol tools, so an analyst's assistant can search stories,
 * read dossiers and articles, and ingest new articles. Transport-agnostic: `newsfold mcp` binds it
 * to stdio.
 */
export function createMcpServer(
  store: Store,
  ingester: Ingester = new Ingester(store, { dossiers: "defer" }),
  version = "0",
  dossiers: DossierReader = new DossierReader(store),
): McpServer {
  const server = new McpServer({ name: "newsfold", version });

  server.registerTool(
    "search_stories",
    {
      description: "List stories, optionally matching a full-text query or covered by an outlet. Returns id, headline, article ids, outlets, first seen, last update.",
      inputSchema: { query: z.string().max(500).optional(), outlet: z.string().max(200).optional(), limit: z.number().int().min(1).max(200).optional() },
    },
    async ({ query, outlet, limit }) =>
      text(await store.listStories({ ...(query ? { q: query } : {}), ...(outlet ? { outlet } : {}), limit: limit ?? 20 })),
  );

  server.registerTool(
    "get_dossier",
    {
      description: "The dossier of a story: coverage, corroborated and single-source claims, contradictions, quote variants, entities, timeline, cited summary.",
      inputSchema: { story: z.string().min(1) },
    },
    async ({ story }) => {
      const d = await dossiers.get(story);
      return d ? text(d) : failure(`no story ${story}`);
    },
  );

  server.registerTool(
    "get_article",
    {
      description: "One stored article: clean text and metadata, with its story and event.",
      inputSchema: { id: z.string().min(1) },
    },
    async ({ id }) => {
      const article = await store.getArticle(id);
      if (!article) return failure(`no article ${id}`);
      return text({ article, assignment: await store.getAssignment(id) });
    },
  );

  server.registerTool(
    "ingest_articles",
    {
      description: "Ingest article records ({id, text or html, title?, url?, outlet?, published?, language?}); returns counts and the problems of skipped records.",
      inputSchema: { records: z.array(z.record(z.string(), z.unknown())).min(1).max(1000) },
    },
    async ({ records }) => {
      const problems: InputProblem[] = [];
      const summary = await ingester.ingest(recordsToRaw(records, "mcp"), { onProblem: (p) => problems.push(p) });
      return text({ ...summary, problems: problems.map(formatProblem) });
    },
  );
  return server;
}
