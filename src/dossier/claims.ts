/** Claims: aligned clause groups, each with its supporting articles and independent sources. */
import { forEachShared } from "./align.js";
import { cite, sourceOf, type StoryContext } from "./context.js";
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
