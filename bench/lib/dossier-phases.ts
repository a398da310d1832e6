// CPU time of each phase of one dossier build, shared by the dossier benches.
import { DEFAULT_DOSSIER_OPTIONS, type DossierInput } from "../../src/dossier/index.js";
import { buildContext } from "../../src/dossier/context.js";
import { buildClaims } from "../../src/dossier/claims.js";
import { findContradictions } from "../../src/dossier/contradictions.js";
import { buildQuotes } from "../../src/dossier/quotes.js";
import { buildCoverage, buildEntities, buildEvents, buildFraming, buildTimeline } from "../../src/dossier/sections.js";
import { buildSummary } from "../../src/dossier/summary.js";

/** CPU milliseconds per phase of building one story's dossier, and the story's clause count. */
export function dossierPhaseCpu(inputs: DossierInput[]): { clauses: number; times: Record<string, number> } {
  const times: Record<string, number> = {};
  const time = <T>(phase: string, f: () => T): T => {
    const c = process.cpuUsage();
    const r = f();
    const u = process.cpuUsage(c);
    times[phase] = Math.round((u.user + u.system) / 1000);
    return r;
  };
  const ctx = time("context+align", () => buildContext(inputs, DEFAULT_DOSSIER_OPTIONS));
  const claims = time("claims", () => buildClaims(ctx));
  time("contradictions", () => findContradictions(ctx, claims));
  time("quotes", () => buildQuotes(ctx));
  time("coverage+events+entities", () => [buildCoverage(ctx), buildEvents(ctx), buildEntities(ctx)]);
  time("timeline", () => buildTimeline(ctx, claims));
  time("summary", () => buildSummary(ctx, claims, 5));
  time("framing", () => buildFraming(ctx, claims));
  return { clauses: ctx.clauses.length, times };
}
