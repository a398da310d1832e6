/**
 * Listed claims that say one thing. Alignment joins clauses that share the words of one
 * happening, and two statements about it can share most of them: the two sides of a dispute ("a
 * partial evacuation was ordered" / "no evacuation was ordered"). Left in one claim, they would be
 * listed as one corroborated statement right above the contradiction that sets them apart, so
 * such a claim is split into one part per side. Only the listed claims are split: the summary,
 * timeline and framing still read the aligned groups, as the parts are still one happening.
 *
 * Different exact figures for one unit from different outlets (`cutting 640 jobs` / `wiping out
 * 700 jobs`), or two days given for one act, do not split a claim, whether a contradiction reports
 * them or not: its sources still corroborate the happening (the closure). The claim lists its
 * figures under `figures`, so a reader sees the disagreement even where no contradiction reports
 * it. An outlet that gives two figures for one unit (`asked for 9%`, `accepted 6%`), or two
 * events' figures, tell two things, a demand and a deal: such a claim is split by figure.
 */
import type { StoryContext } from "./context.js";
import { claimGroup, type ClaimGroup } from "./claims.js";
import type { ClaimFigures, Contradiction } from "./types.js";

/** The claims as listed: each aligned group split by contradiction side, then by figures. */
export function listedClaims(ctx: StoryContext, groups: ClaimGroup[], contradictions: Contradiction[]): ClaimGroup[] {
  const cited = contradictions.map((x) => new Set(x.sides.flatMap((s) => s.citations.map((c) => c.article))));
  const bySide = (g: ClaimGroup): number[][] => sideParts(ctx, g, contradictions, cited);
  const byFigure = (g: ClaimGroup): number[][] => figureParts(ctx, g);
  return splitGroups(ctx, splitGroups(ctx, groups, bySide), byFigure).map((g) => {
    const figures = differingFigures(ctx, g);
    return figures.length ? { ...g, claim: { ...g.claim, figures } } : g;
  });
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

/** Kinds of contradiction whose sides state and deny the claim itself, and so split it. */
const SPLITTING: ReadonlySet<Contradiction["kind"]> = new Set(["negation", "modality"]);

/** The group's clauses by the side they take in the first contradiction they take two sides of (none: one part). */
function sideParts(ctx: StoryContext, g: ClaimGroup, contradictions: Contradiction[], cited: Set<string>[]): number[][] {
  const sideOf = (x: Contradiction, clause: number): number => {
    const c = ctx.clauses[clause]!;
    return x.sides.findIndex((s) => s.citations.some((t) => t.article === c.article && t.start < c.end && c.start < t.end));
  };
  for (const [xi, x] of contradictions.entries()) {
    // A dispute over a figure or a day leaves the happening itself agreed: the claim stays whole.
    if (!SPLITTING.has(x.kind)) continue;
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

/** Whether two clauses of the group give figures with a unit: else nothing can differ (most groups: no work). */
function twoCounting(ctx: StoryContext, g: ClaimGroup): boolean {
  let counted = 0;
  for (const i of g.clauses) if (ctx.clauses[i]!.numbers.some((n) => n.unit) && ++counted >= 2) return true;
  return false;
}

/**
 * The group's clauses in parts that give no two figures for one unit (the features' exact counts
 * with the word after them): in order, each into the first part none of whose clauses gives
 * another figure for a unit both count; a clause without figures joins the first part. Only units
 * one article gives two values for in the group, or two clauses of different events: they tell two
 * things (`the union asked for 9%` and `accepted a 6% rise`: a demand and a deal), not a figure
 * other outlets dispute.
 */
function figureParts(ctx: StoryContext, g: ClaimGroup): number[][] {
  if (!twoCounting(ctx, g)) return [];
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
  // Per article and unit, the values its clauses give: two mean two things were counted.
  const told = new Map<string, Set<string>>();
  g.clauses.forEach((i, k) => {
    for (const [unit, values] of figures[k]!) {
      const key = `${ctx.clauses[i]!.article}\u0000${unit}`;
      const set = told.get(key) ?? new Set<string>();
      for (const v of values) set.add(v);
      told.set(key, set);
    }
  });
  const twoThings = new Set([...told].filter(([, v]) => v.size >= 2).map(([k]) => k.split("\u0000")[1]!));
  // Figures of two events count two happenings (a demand when a strike began, the deal that ended it).
  const eventOf = (k: number): string => ctx.members.get(ctx.clauses[g.clauses[k]!]!.article)!.input.assignment.event;
  const oneEvent = g.clauses.every((_, k) => eventOf(k) === eventOf(0));
  if (twoThings.size === 0 && oneEvent) return [];
  const differ = (a: number, b: number): boolean => {
    if (figures[a]!.size === 0 || figures[b]!.size === 0) return false;
    for (const [unit, values] of figures[a]!) {
      if (!twoThings.has(unit) && eventOf(a) === eventOf(b)) continue;
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


/**
 * The exact figures the group's wordings give differently for one unit (the features' counts
 * with the word after them), each value with the articles giving it; none when all agree. A unit
 * one clause gives two values (`150 miles off X, 13 miles from Y`) counts two things and is left out.
 */
function differingFigures(ctx: StoryContext, g: ClaimGroup): ClaimFigures[] {
  if (!twoCounting(ctx, g)) return [];
  const byUnit = new Map<string, { label: string; values: Map<string, Set<string>> }>();
  const ambiguous = new Set<string>();
  for (const i of g.clauses) {
    const c = ctx.clauses[i]!;
    const text = ctx.members.get(c.article)!.input.article.text;
    const own = new Map<string, string>();
    for (const n of c.numbers) {
      if (!n.unit) continue;
      if (own.has(n.unit) && own.get(n.unit) !== n.value) ambiguous.add(n.unit);
      own.set(n.unit, n.value);
      let u = byUnit.get(n.unit);
      // The unit as the first wording prints it (`jobs`, `diplomats`).
      if (!u) byUnit.set(n.unit, (u = { label: /^[\s-]*(\p{L}[\p{L}'’-]*)/u.exec(text.slice(n.end, c.end))?.[1]?.toLowerCase() ?? n.unit.slice(2), values: new Map() }));
      let arts = u.values.get(n.value);
      if (!arts) u.values.set(n.value, (arts = new Set()));
      arts.add(c.article);
    }
  }
  const out: ClaimFigures[] = [];
  for (const [unit, u] of byUnit) {
    if (u.values.size < 2 || ambiguous.has(unit)) continue;
    out.push({ unit: u.label, values: [...u.values].map(([value, arts]) => ({ value, articles: [...arts] })) });
  }
  return out;
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
