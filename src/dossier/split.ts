/**
 * Listed claims that say one thing. Alignment joins clauses that share the words of one
 * happening, and two statements about it can share most of them:
 * - the two sides of a dispute ("a partial evacuation was ordered" / "no evacuation was
 *   ordered"): left in one claim, they would be listed as one corroborated statement right above
 *   the contradiction that sets them apart;
 * - different figures for one unit ("a 9 per cent rise" / "a 6 percent increase": a demand and a
 *   deal, or a disagreement the dossier does not report, which is no corroboration either).
 * Such a claim is split into parts. Only the listed claims are split: the summary, timeline and
 * framing still read the aligned groups, as the parts are still one happening.
 */
import type { StoryContext } from "./context.js";
import { claimGroup, type ClaimGroup } from "./claims.js";
import type { Contradiction } from "./types.js";

/** The claims as listed: each aligned group split by contradiction side, then by figures. */
export function listedClaims(ctx: StoryContext, groups: ClaimGroup[], contradictions: Contradiction[]): ClaimGroup[] {
  const cited = contradictions.map((x) => new Set(x.sides.flatMap((s) => s.citations.map((c) => c.article))));
  const bySide = (g: ClaimGroup): number[][] => sideParts(ctx, g, contradictions, cited);
  const byFigure = (g: ClaimGroup): number[][] => figureParts(ctx, g);
  return splitGroups(ctx, splitGroups(ctx, groups, bySide), byFigure);
}

/**
 * Each group replaced by the claims of its parts (positions into its clauses; one part: kept
 * as it is), in buildClaims's order with each part ranked by its own number of sources.
 */
function splitGroups(ctx: StoryContext, groups: ClaimGroup[], partition: (g: ClaimGroup) => number[][]): ClaimGroup[] {
  const out: { group: ClaimGroup; rank: number }[] = [];
  groups.forEach((g, rank) => {
    const parts = partition(g);
    if (parts.length <= 1) out.push({ group: g, rank });
    else {
      for (const positions of parts) {
        const part = partGroup(ctx, g, positions);
        if (part) out.push({ group: part, rank });
      }
    }
  });
  out.sort((x, y) => y.group.claim.independentSources - x.group.claim.independentSources || x.rank - y.rank || x.group.clauses[0]! - y.group.clauses[0]!);
  return out.map(({ group }, i) => ({ clauses: group.clauses, claim: { ...group.claim, id: "c" + i } }));
}

/** The group's clauses by the side they take in the first contradiction they take two sides of (none: one part). */
function sideParts(ctx: StoryContext, g: ClaimGroup, contradictions: Contradiction[], cited: Set<string>[]): number[][] {
  const sideOf = (x: Contradiction, clause: number): number => {
    const c = ctx.clauses[clause]!;
    return x.sides.findIndex((s) => s.citations.some((t) => t.article === c.article && t.start < c.end && c.start < t.end));
  };
  for (const [xi, x] of contradictions.entries()) {
    // Two sides need two of the group's clauses in articles the contradiction cites.
    let inCited = 0;
    for (const i of g.clauses) if (cited[xi]!.has(ctx.clauses[i]!.article) && ++inCited >= 2) break;
    if (inCited < 2) continue;
    const sides = g.clauses.map((i) => sideOf(x, i));
    if (new Set(sides.filter((s) => s >= 0)).size < 2) continue;
    const parts = new Map<number, number[]>();
    sides.forEach((s, k) => {
      let p = parts.get(s);
      if (!p) parts.set(s, (p = []));
      p.push(k);
    });
    return [...parts.values()];
  }
  return [];
}

/**
 * The group's clauses in parts that give no two figures for one unit (the features' exact counts
 * with the word after them): in order, each into the first part none of whose clauses gives
 * another figure for a unit both count; a clause without figures joins the first part.
 */
function figureParts(ctx: StoryContext, g: ClaimGroup): number[][] {
  // Two clauses with unit figures at least, or nothing can differ (most groups: no work).
  let counted = 0;
  for (const i of g.clauses) if (ctx.clauses[i]!.numbers.some((n) => n.unit) && ++counted >= 2) break;
  if (counted < 2) return [];
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
    if (figures[a]!.size === 0 || figures[b]!.size === 0) return false;
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
  return parts;
}

/** The claim made of the clauses at `positions` of a group (its keys those they hold), or null for a lone fragment. */
function partGroup(ctx: StoryContext, g: ClaimGroup, positions: number[]): ClaimGroup | null {
  const clauses = positions.map((k) => g.clauses[k]!);
  const present = new Set(clauses.flatMap((i) => ctx.clauses[i]!.keys));
  return claimGroup(
    ctx,
    clauses,
    positions.map((k) => g.claim.support[k]!),
    g.claim.keys.filter((k) => present.has(k)),
  );
}
