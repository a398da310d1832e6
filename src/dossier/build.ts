/** Assembles one dossier from a story's (or an event's) articles. */
import { buildContext, DEFAULT_OPTIONS, type DossierInput, type DossierOptions } from "./context.js";
import { buildClaims } from "./claims.js";
import { findContradictions } from "./contradictions.js";
import { buildQuotes } from "./quotes.js";
import { buildCoverage, buildEntities, buildEvents, buildFraming, buildTimeline, headlineOf } from "./sections.js";
import { buildSummary } from "./summary.js";
import { listedClaims } from "./split.js";
import { withFactClaims } from "./attributes.js";
import { DOSSIER_SCHEMA, type Dossier } from "./types.js";

/** The dossier of the given articles, all of one story (and of one event when `event` is set). */
export function buildDossier(story: string, event: string | null, items: DossierInput[], options: Partial<DossierOptions> = {}): Dossier {
  const opts = { ...DEFAULT_OPTIONS, ...options };
  const ctx = buildContext(items, opts);
  const aligned = buildClaims(ctx);
  const quotes = buildQuotes(ctx);
  const contradictions = [...findContradictions(ctx, aligned), ...quotes.contradictions]
    .filter((c) => c.confidence >= opts.contradictionThreshold)
    .sort((a, b) => b.confidence - a.confidence)
    .map((c, i) => ({ ...c, id: "x" + i }));
  const listed = withFactClaims(ctx, listedClaims(ctx, aligned, contradictions));
  return {
    schema: DOSSIER_SCHEMA,
    story,
    event,
    headline: headlineOf(ctx, ctx.order.filter((m) => !m.copy).map((m) => m.input.article.id)),
    coverage: buildCoverage(ctx),
    events: buildEvents(ctx),
    claims: listed.map((g) => g.claim),
    contradictions,
    quotes: { groups: quotes.groups, single: quotes.single },
    entities: buildEntities(ctx),
    timeline: buildTimeline(ctx, aligned),
    summary: buildSummary(ctx, aligned, opts.summarySentences),
    framing: buildFraming(ctx, aligned),
  };
}
