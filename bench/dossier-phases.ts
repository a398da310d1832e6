/**
 * Where a dossier's time goes on the stage bench's story (bench/stages/dossier.ts: generated
 * articles through the real language layer): CPU milliseconds per phase of a cold build, and of
 * the rebuild after one more article joins (per-article features cached).
 * Usage: node --import tsx bench/dossier-phases.ts [--size 200]
 */
import { analyze } from "../src/nlp/index.js";
import { DEFAULT_DOSSIER_OPTIONS, type DossierInput } from "../src/dossier/index.js";
import { buildContext } from "../src/dossier/context.js";
import { buildClaims } from "../src/dossier/claims.js";
import { findContradictions } from "../src/dossier/contradictions.js";
import { buildQuotes } from "../src/dossier/quotes.js";
import { buildCoverage, buildEntities, buildEvents, buildFraming, buildTimeline } from "../src/dossier/sections.js";
import { buildSummary } from "../src/dossier/summary.js";
import { generateStream } from "./lib/generator.js";

const i = process.argv.indexOf("--size");
const size = i >= 0 ? Number(process.argv[i + 1]) : 200;
const inputs: DossierInput[] = [...generateStream({ articles: size + 1, seed: 3, maxStories: 1 })].map((g) => ({
  article: g.article,
  analysis: analyze(g.article),
  assignment: { id: g.article.id, event: g.event, story: g.story, duplicate_of: g.copyOf },
}));
const cpuMs = (u: NodeJS.CpuUsage): number => Math.round((u.user + u.system) / 1000);
for (const [name, items] of [["cold", inputs.slice(0, size)], ["rebuild +1", inputs]] as const) {
  const times: Record<string, number> = {};
  const time = <T>(phase: string, f: () => T): T => {
    const c = process.cpuUsage();
    const r = f();
    times[phase] = cpuMs(process.cpuUsage(c));
    return r;
  };
  const ctx = time("context+align", () => buildContext([...items], DEFAULT_DOSSIER_OPTIONS));
  const claims = time("claims", () => buildClaims(ctx));
  time("contradictions", () => findContradictions(ctx, claims));
  time("quotes", () => buildQuotes(ctx));
  time("coverage+events+entities", () => [buildCoverage(ctx), buildEvents(ctx), buildEntities(ctx)]);
  time("timeline", () => buildTimeline(ctx, claims));
  time("summary", () => buildSummary(ctx, claims, 5));
  time("framing", () => buildFraming(ctx, claims));
  const total = Object.values(times).reduce((a, b) => a + b, 0);
  console.log(JSON.stringify({ build: name, articles: items.length, clauses: ctx.clauses.length, totalCpuMs: total, ...times }));
}
