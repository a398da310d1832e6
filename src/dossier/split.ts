/**
 * A claim never holds two sides of a contradiction the dossier reports. Alignment joins clauses
 * that share the words of one happening, and the two sides of a dispute share most of them ("a
 * partial evacuation was ordered" / "no evacuation was ordered"): left in one claim, they would
 * be listed as one corroborated statement right above the contradiction that sets them apart.
 * Such a claim is split: each side's clauses become a claim of their own, and the clauses on no
 * side stay together. Only the listed claims are split: the summary, timeline and framing still
 * read the aligned groups, as the sides of a dispute are still one happening.
 */
import { sourceOf, type StoryContext } from "./context.js";
import type { ClaimGroup } from "./claims.js";
import type { Contradiction } from "./types.js";

/** The claim groups with every group that spans two sides of a contradiction split by side. */
export function splitBySides(ctx: StoryContext, groups: ClaimGroup[], contradictions: Contradiction[]): ClaimGroup[] {
  if (contradictions.length === 0) return groups;
  const out: { group: ClaimGroup; rank: number }[] = [];
  groups.forEach((g, rank) => {
    for (const part of partsOf(ctx, g, contradictions)) out.push({ group: part, rank });
  });
  // The order buildClaims gives, with split parts ranked by their own number of sources.
  out.sort((x, y) => y.group.claim.independentSources - x.group.claim.independentSources || x.rank - y.rank || x.group.clauses[0]! - y.group.clauses[0]!);
  return out.map(({ group }, i) => ({ clauses: group.clauses, claim: { ...group.claim, id: "c" + i } }));
}

/** The group itself, or its parts when it holds two sides of one contradiction. */
function partsOf(ctx: StoryContext, g: ClaimGroup, contradictions: Contradiction[]): ClaimGroup[] {
  const sideOf = (x: Contradiction, clause: number): number => {
    const c = ctx.clauses[clause]!;
    return x.sides.findIndex((s) => s.citations.some((t) => t.article === c.article && t.start < c.end && c.start < t.end));
  };
  for (const x of contradictions) {
    const sides = g.clauses.map((i) => sideOf(x, i));
    if (new Set(sides.filter((s) => s >= 0)).size < 2) continue;
    const parts = new Map<number, number[]>();
    sides.forEach((s, k) => {
      let p = parts.get(s);
      if (!p) parts.set(s, (p = []));
      p.push(k);
    });
    const made: ClaimGroup[] = [];
    for (const positions of parts.values()) {
      const part = partGroup(ctx, g, positions);
      if (part) made.push(part);
    }
    return made;
  }
  return [g];
}

/** The claim made of the clauses at `positions` of a group, or null for a lone fragment. */
function partGroup(ctx: StoryContext, g: ClaimGroup, positions: number[]): ClaimGroup | null {
  const clauses = positions.map((k) => g.clauses[k]!);
  const support = positions.map((k) => g.claim.support[k]!);
  const sources = new Set(clauses.map((i) => sourceOf(ctx, ctx.clauses[i]!.article)));
  const present = new Set(clauses.flatMap((i) => ctx.clauses[i]!.keys));
  const keys = g.claim.keys.filter((k) => present.has(k));
  // As in buildClaims: a lone fragment is no statement.
  if (sources.size < 2 && ctx.clauses[clauses[0]!]!.keys.length < 3) return null;
  return {
    clauses,
    claim: {
      id: "",
      text: support[0]!.text,
      status: sources.size >= 2 ? "corroborated" : "single-source",
      independentSources: sources.size,
      support,
      keys,
    },
  };
}

/**
 * Splits each listed claim whose clauses give different figures for one unit ("a 9 per cent
 * rise" / "a 6 percent increase": a demand and a deal, or a disagreement). A disagreement the
 * dossier reports was split by side already; one it does not report is no corroboration either.
 * Clauses are taken in order into the first part none of whose clauses gives another figure for
 * a unit they both count; a clause without figures joins the first part.
 */
export function splitByFigures(ctx: StoryContext, groups: ClaimGroup[]): ClaimGroup[] {
  const out: { group: ClaimGroup; rank: number }[] = [];
  groups.forEach((g, rank) => {
    const figures = g.clauses.map((i) => {
      const byUnit = new Map<string, Set<string>>();
      for (const n of ctx.clauses[i]!.numbers) {
        if (!n.unit) continue;
        let s = byUnit.get(n.unit);
        if (!s) byUnit.set(n.unit, (s = new Set()));
        s.add(n.value);
      }
      return byUnit;
    });
    const differ = (a: number, b: number): boolean => {
      for (const [unit, values] of figures[a]!) {
        const other = figures[b]!.get(unit);
        if (other && ![...values].some((v) => other.has(v))) return true;
      }
      return false;
    };
    const parts: number[][] = [];
    g.clauses.forEach((_, k) => {
      const home = parts.find((p) => p.every((j) => !differ(j, k)));
      if (home) home.push(k);
      else parts.push([k]);
    });
    if (parts.length === 1) out.push({ group: g, rank });
    else {
      for (const p of parts) {
        const part = partGroup(ctx, g, p);
        if (part) out.push({ group: part, rank });
      }
    }
  });
  out.sort((x, y) => y.group.claim.independentSources - x.group.claim.independentSources || x.rank - y.rank || x.group.clauses[0]! - y.group.clauses[0]!);
  return out.map(({ group }, i) => ({ clauses: group.clauses, claim: { ...group.claim, id: "c" + i } }));
}
