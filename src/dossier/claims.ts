/** Claims: aligned clause groups, each with its supporting articles and independent sources. */
import { forEachShared } from "./align.js";
import { cite, sourceOf, type StoryContext } from "./context.js";
import { wordKey } from "./text.js";
import type { Claim, ClaimSupport } from "./types.js";

/** A claim with the clause indices it was built from, for later sections. */
export interface ClaimGroup {
  claim: Claim;
  clauses: number[];
}

/**
 * Every clause group of the story as a claim: corroborated ones (2+ independent sources) first,
 * by number of sources, then single-source ones by salience, at most `maxSingleSource` of them.
 */
export function buildClaims(ctx: StoryContext): ClaimGroup[] {
  const byRoot = new Map<number, number[]>();
  ctx.clauses.forEach((_, i) => {
    const r = ctx.groups.find(i);
    let g = byRoot.get(r);
    if (!g) byRoot.set(r, (g = []));
    g.push(i);
  });
  // Per group its links, in link order, for the group's key list below.
  const pairsByRoot = new Map<number, number[]>();
  const pairs = ctx.pairs;
  for (let x = 0; x < pairs.length; x++) {
    const r = ctx.groups.find(pairs.a[x]!);
    const list = pairsByRoot.get(r);
    if (list) list.push(x);
    else pairsByRoot.set(r, [x]);
  }
  const keyOfId = ctx.weights.keyOfId;
  // Per key id, how many of a group's links share it and where it first appeared (link index,
  // then place in the link's first clause): the tie order of the key list. Reused across groups.
  const count = new Int32Array(ctx.weights.postings.size);
  const first = new Float64Array(ctx.weights.postings.size);
  const seen: number[] = [];
  const sharedKeys = (root: number): string[] => {
    seen.length = 0;
    for (const x of pairsByRoot.get(root) ?? []) {
      forEachShared(ctx.weights, pairs.a[x]!, pairs.b[x]!, (id, pos) => {
        if (count[id] === 0) {
          seen.push(id);
          first[id] = x * 65536 + pos;
        }
        count[id]!++;
      });
    }
    const keys = [...seen].sort((a, b) => count[b]! - count[a]! || first[a]! - first[b]!).map((id) => keyOfId[id]!);
    for (const id of seen) count[id] = 0;
    return keys;
  };
  for (const [root, extra] of secondTells(ctx, byRoot)) byRoot.get(root)!.push(...extra);
  const out: { group: ClaimGroup; salience: number }[] = [];
  for (const [root, idxs] of byRoot) {
    const support = idxs.map((i) => {
      const c = ctx.clauses[i]!;
      return cite(ctx, c.article, c.start, c.end);
    });
    const group = claimGroup(ctx, idxs, support, sharedKeys(root));
    if (!group) continue;
    const first = ctx.clauses[idxs[0]!]!;
    const salience = first.keys.reduce((s, k) => s + (k.startsWith("w:") ? 0 : ctx.weights.weight(k)), 0) + first.keys.length * 0.1;
    out.push({ group, salience });
  }
  out.sort((x, y) => y.group.claim.independentSources - x.group.claim.independentSources || y.salience - x.salience || x.group.clauses[0]! - y.group.clauses[0]!);
  const kept: ClaimGroup[] = [];
  let singles = 0;
  for (const { group } of out) {
    if (group.claim.status === "single-source" && singles++ >= ctx.options.maxSingleSource) continue;
    group.claim.id = "c" + kept.length;
    kept.push(group);
  }
  return kept;
}

/**
 * The claim of the given clauses (in publication order, so the first is the earliest wording)
 * with their citations and keys, or null for a lone fragment (`Read more`, a byline), which is
 * no statement.
 */
export function claimGroup(ctx: StoryContext, clauses: number[], support: ClaimSupport[], keys: string[]): ClaimGroup | null {
  const sources = new Set(clauses.map((i) => sourceOf(ctx, ctx.clauses[i]!.article)));
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
 * Least plain words a link must share beyond what its clause shares with its own group for the
 * clause to tell a second fact there.
 */
const SECOND_FACT_WORDS = 2;

/** Word keys of when something happened (`in the early afternoon`): they tell no fact of their own. */
const WHEN_WORDS = new Set(
  "morning afternoon evening night early late dawn midnight noon today yesterday tomorrow hour day week month year monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december"
    .split(" ")
    .map((t) => "w:" + wordKey(t)),
);

/**
 * Clauses that also support a second statement: one sentence can tell two facts (`The ministers
 * signed in the town hall while protesters banged pots outside`), and grouping puts it in one
 * claim only. A clause aligned with a clause of another group, which the two groups could not
 * share because they hold clauses of one article (the other outlets told the two facts in two
 * sentences), also supports that group's claim when the group has no wording of the clause's
 * article yet and the link shares SECOND_FACT_WORDS plain words (not names, not attribution) that
 * the clause shares with no other clause of its own group: a fact its own group does not tell.
 * Each clause supports at most one such statement (its strongest link), listed per root after
 * the group's clauses, whose wording the claim keeps.
 */
function secondTells(ctx: StoryContext, byRoot: Map<number, number[]>): Map<number, number[]> {
  const { pairs, weights: w, clauses } = ctx;
  const best = new Map<number, { root: number; sim: number }>();
  // Per group (by root), lazily: its articles, and per word key how many of its clauses hold it.
  // Walking a large group's members for every one of its links cost most of the claims phase.
  const articlesOf = new Map<number, Set<string>>();
  const groupArticles = (root: number): Set<string> => {
    let v = articlesOf.get(root);
    if (!v) articlesOf.set(root, (v = new Set(byRoot.get(root)!.map((i) => clauses[i]!.article))));
    return v;
  };
  const keyCounts = new Map<number, Map<string, number>>();
  const groupKeys = (root: number): Map<string, number> => {
    let v = keyCounts.get(root);
    if (!v) {
      v = new Map();
      for (const i of byRoot.get(root)!) for (const k of clauses[i]!.keys) v.set(k, (v.get(k) ?? 0) + 1);
      keyCounts.set(root, v);
    }
    return v;
  };
  // Keyed by home root * clause count + target root: a number, not a string built per link.
  const sharesArticle = new Map<number, boolean>();
  const n = clauses.length;
  for (let x = 0; x < pairs.length; x++) {
    for (let side = 0; side < 2; side++) {
      const from = side === 0 ? pairs.a[x]! : pairs.b[x]!;
      const to = side === 0 ? pairs.b[x]! : pairs.a[x]!;
      const there = ctx.groups.find(to);
      const homeRoot = ctx.groups.find(from);
      if (there === homeRoot) continue;
      // The claim can take `from` only where it has no wording of `from`'s article yet.
      const own = clauses[from]!.article;
      const targetArticles = groupArticles(there);
      if (targetArticles.has(own)) continue;
      // Apart because the two groups hold clauses of one article (grouping never puts two in one
      // group); otherwise grouping weighed the link and passed it over.
      const pairKey = homeRoot * n + there;
      let shared = sharesArticle.get(pairKey);
      if (shared === undefined) {
        const homeArticles = groupArticles(homeRoot);
        shared = false;
        for (const a of homeArticles) {
          if (!targetArticles.has(a)) continue;
          shared = true;
          break;
        }
        sharesArticle.set(pairKey, shared);
      }
      if (!shared) continue;
      const mine = w.keySet(from);
      const c = clauses[from]!;
      const d = clauses[to]!;
      const homeKeys = groupKeys(homeRoot);
      let fresh = 0;
      for (const k of d.keys) {
        if (k.charCodeAt(0) !== 119 || !mine.has(k) || WHEN_WORDS.has(k)) continue;
        if (c.nameKeys.has(k) || c.attributionOnly.has(k) || d.nameKeys.has(k) || d.attributionOnly.has(k)) continue;
        // A word another clause of its own group holds is part of the fact that group tells
        // (`from` holds it once: its keys are a set).
        if (homeKeys.get(k)! > 1) continue;
        if (++fresh >= SECOND_FACT_WORDS) break;
      }
      if (fresh < SECOND_FACT_WORDS) continue;
      const prev = best.get(from);
      if (!prev || pairs.sim[x]! > prev.sim) best.set(from, { root: there, sim: pairs.sim[x]! });
    }
  }
  const out = new Map<number, number[]>();
  for (const [clause, { root }] of best) {
    const list = out.get(root) ?? [];
    // One clause per article in a group, the second tellings included.
    if (list.some((i) => clauses[i]!.article === clauses[clause]!.article)) continue;
    list.push(clause);
    out.set(root, list);
  }
  return out;
}
