import { readFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import type { Store } from "../../store/types.js";
import type { DossierReader } from "../../pipeline/dossiers.js";
import { articlePage } from "./pages/article.js";
import { comparePage } from "./pages/compare.js";
import { dossierPage } from "./pages/dossier.js";
import { storyListPage } from "./pages/story-list.js";
import { page } from "./layout.js";
import { html } from "./html.js";

/** The static assets ship as source files (no build step): found beside this file or in src/ when compiled. */
function assetDir(): string {
  for (const rel of ["./assets/", "../../../../src/server/ui/assets/"]) {
    const dir = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(dir + "app.css")) return dir;
  }
  throw new Error("web UI assets not found");
}

const ASSET_TYPES: Record<string, string> = { "app.css": "text/css; charset=utf-8", "app.js": "text/javascript; charset=utf-8" };

function parseHl(v: unknown): { start: number; end: number } | null {
  const m = typeof v === "string" ? /^(\d+)-(\d+)$/.exec(v) : null;
  return m ? { start: Number(m[1]), end: Number(m[2]) } : null;
}

function notFound(what: string): string {
  return page("Not found", html`<h1>Not found</h1><p>${what}</p><p><a href="/">All stories</a></p>`);
}

/** Server-rendered pages of the story desk: list, story dossier, article, compare. */
export function registerUi(app: FastifyInstance, store: Store, dossiers: DossierReader): void {
  const dir = assetDir();
  const assets = new Map(Object.keys(ASSET_TYPES).map((name) => [name, readFileSync(dir + name)]));

  app.get<{ Params: { name: string } }>("/assets/:name", { schema: { hide: true } }, async (req, reply) => {
    const body = assets.get(req.params.name);
    if (!body) return reply.code(404).send({ statusCode: 404, error: "Not Found", message: "no such asset" });
    return reply.type(ASSET_TYPES[req.params.name]!).header("cache-control", "public, max-age=300").send(body);
  });

  app.get<{ Querystring: Record<string, string | undefined> }>("/", { schema: { hide: true } }, async (req, reply) => {
    const q = (req.query.q ?? "").slice(0, 500);
    const outlet = (req.query.outlet ?? "").slice(0, 200);
    const from = /^\d{4}-\d{2}-\d{2}$/.test(req.query.from ?? "") ? req.query.from! : "";
    const to = /^\d{4}-\d{2}-\d{2}$/.test(req.query.to ?? "") ? req.query.to! : "";
    const stories = await store.listStories({ ...(q ? { q } : {}), ...(outlet ? { outlet } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}), limit: 200 });
    const all = await store.listStories({ limit: 500 });
    const outlets = [...new Set(all.flatMap((s) => s.outlets))].sort();
    return reply.type("text/html; charset=utf-8").send(storyListPage({ stories, q, outlet, from, to, outlets }));
  });

  app.get<{ Params: { id: string } }>("/stories/:id", { schema: { hide: true } }, async (req, reply) => {
    const d = await dossiers.get(req.params.id);
    if (!d) return reply.code(404).type("text/html; charset=utf-8").send(notFound(`No story ${req.params.id}.`));
    return reply.type("text/html; charset=utf-8").send(dossierPage(d));
  });

  app.get<{ Params: { id: string }; Querystring: { hl?: string } }>("/articles/:id", { schema: { hide: true } }, async (req, reply) => {
    const a = await store.getArticle(req.params.id);
    if (!a) return reply.code(404).type("text/html; charset=utf-8").send(notFound(`No article ${req.params.id}.`));
    const [analysis, assignment] = await Promise.all([store.getAnalysis(a.id), store.getAssignment(a.id)]);
    return reply.type("text/html; charset=utf-8").send(articlePage(a, analysis, assignment, parseHl(req.query.hl)));
  });

  app.get<{ Querystring: { ids?: string | string[] } }>("/compare", { schema: { hide: true } }, async (req, reply) => {
    const raw = req.query.ids ?? [];
    const ids = [...new Set((Array.isArray(raw) ? raw : [raw]).flatMap((s) => s.split(",")).filter(Boolean))].slice(0, 6);
    const items = [];
    for (const id of ids) {
      const article = await store.getArticle(id);
      if (article) items.push({ article, analysis: await store.getAnalysis(id) });
    }
    if (items.length < 2) return reply.code(400).type("text/html; charset=utf-8").send(page("Compare", html`<h1>Compare</h1><p>Pick at least two articles of a story to compare.</p>`));
    return reply.type("text/html; charset=utf-8").send(comparePage(items));
  });
}
