/**
 * A second look at the claim groups: grouping joins the strongest links first and never puts two
 * clauses of one article in a group, so a clause that met a weak partner early (a name-sharing
 * aside of another outlet) is kept out of the group it matches best, where its article is not yet
 * represented. Here a clause moves to the group it is linked to most, when that group holds
 * several of its links; a clause left on its own joins the group of the clause next to it in its
 * article when it is linked to that group too (one statement told in two sentences); and a clause
 * still alone takes its article's place in the group it is linked to most when the article's
 * clause there is linked to it less; and a clause held in its group by one link pairs off with a
 * clause left alone that it is linked to more strongly.
 */
import { adjacency, DisjointSets, groupMembers, type KeyWeights, type PairList } from "./align.js";

/**
 * Least links of a clause into another group for it to move there: three outlets' wordings. With
 * two, a lead sentence that tells two facts (an evacuation, `hours after an explosion killed 12`)
 * was pulled from one claim into the other.
 */
const MIN_LINKS = 3;

/** Least links of a lone clause into a group for it to take its article's place there. */
const SWAP_LINKS = 2;

/** Least links of a lone clause into the group of the clause next to it in its article. */
const COMPANION_LINKS = 2;

/**
 * The groups after each clause, in index order, moved to the group its aligned links weigh most in
 * (summed cosines of its links, at least MIN_LINKS of them: its article's best matches in other
 * sources, see alignClauses), when that group holds no clause of its article, its links there
 * outweigh those to its own group, and it is alike to the group's first clause (`alike`, as
 * grouping asks); then each clause still alone joined to the group of its article's previous or
 * next clause (same or next sentence) when COMPANION_LINKS of its links point there, the one case
 * where a group holds two clauses of one article; last, each clause still alone takes the place of
 * its article's one clause in the group it is linked to most (at least SWAP_LINKS links), when that
 * clause has fewer links there and a lower sum and the newcomer is alike to the rest of the group;
 * the clause it replaces is left on its own; last, a clause of a group of three or more with one
 * link into it, whose strongest link to a clause on its own is stronger and alike, leaves with that
 * clause as a group of two. Returns `groups` itself when nothing changed.
 */
export function regroup(w: KeyWeights, pairs: PairList, groups: DisjointSets, alike: (root: number, clause: number) => boolean): DisjointSets {
  const clauses = w.clauses;
  const n = clauses.length;
  if (pairs.length === 0) return groups;
  // Links per clause (both directions) in compressed rows.
  const { other, sim, start: degree } = adjacency(pairs, n);
  const { label, members } = groupMembers(groups, n);
  let moved = false;
  // Summed cosines and link counts per group label, in reused typed scratch (labels are clause indices).
  // A clause the swap below leaves alone gets a label of its own past n (labels name groups; a
  // group keeps its label when its first clause moves out, so a clause index may still be taken).
  const score = new Float64Array(2 * n);
  const count = new Int32Array(2 * n);
  let freeLabel = n;
  const touched: number[] = [];
  for (let c = 0; c < n; c++) {
    if (degree[c + 1]! - degree[c]! < MIN_LINKS) continue;
    touched.length = 0;
    for (let e = degree[c]!; e < degree[c + 1]!; e++) {
      const g = label[other[e]!]!;
      if (count[g] === 0) touched.push(g);
      score[g] = score[g]! + sim[e]!;
      count[g]!++;
    }
    const own = label[c]!;
    let best = -1;
    let bestScore = score[own]!;
    for (const g of touched) {
      if (g !== own && count[g]! >= MIN_LINKS && score[g]! > bestScore) {
        best = g;
        bestScore = score[g]!;
      }
    }
    for (const g of touched) {
      score[g] = 0;
      count[g] = 0;
    }
    if (best < 0) continue;
    const target = members.get(best)!;
    const article = clauses[c]!.article;
    if (target.some((i) => clauses[i]!.article === article)) continue;
    if (!alike(Math.min(...target), c)) continue;
    const from = members.get(own)!;
    from.splice(from.indexOf(c), 1);
    target.push(c);
    label[c] = best;
    moved = true;
  }
  // A statement an article tells in two sentences (`Seven of the nine members voted for the
  // increase. The other two wanted to keep the rate.`): a clause left on its own joins the group
  // that holds the clause next to it in its article, when two or more of its links point there.
  for (let c = 0; c < n; c++) {
    const own = label[c]!;
    if (members.get(own)!.length !== 1 || degree[c + 1]! - degree[c]! < COMPANION_LINKS) continue;
    for (const d of [c - 1, c + 1]) {
      if (d < 0 || d >= n || clauses[d]!.article !== clauses[c]!.article || Math.abs(clauses[d]!.sentence - clauses[c]!.sentence) > 1) continue;
      const g = label[d]!;
      const target = members.get(g)!;
      // Two sentences at most: a chain of neighbours would widen the claim into a passage.
      if (target.length < 2 || target.some((i) => i !== d && clauses[i]!.article === clauses[c]!.article)) continue;
      let links = 0;
      for (let e = degree[c]!; e < degree[c + 1]!; e++) if (label[other[e]!] === g) links++;
      if (links < COMPANION_LINKS) continue;
      members.delete(own);
      target.push(c);
      label[c] = g;
      moved = true;
      break;
    }
  }
  // A clause left on its own whose article's place in the group it is linked to most is taken by
  // a clause of the article linked there less (`voted to accept a pay deal` beside `6% pay rise
  // over two years and voluntary night shifts`, where the deal's terms are the group's statement
  // and the article tells them in its next sentence): the two change places.
  for (let d = 0; d < n; d++) {
    if (members.get(label[d]!)!.length !== 1 || degree[d + 1]! - degree[d]! < SWAP_LINKS) continue;
    touched.length = 0;
    for (let e = degree[d]!; e < degree[d + 1]!; e++) {
      const g = label[other[e]!]!;
      if (count[g] === 0) touched.push(g);
      score[g] = score[g]! + sim[e]!;
      count[g]!++;
    }
    let best = -1;
    for (const g of touched) if (count[g]! >= SWAP_LINKS && (best < 0 || score[g]! > score[best]!)) best = g;
    const bestScore = best >= 0 ? score[best]! : 0;
    const bestCount = best >= 0 ? count[best]! : 0;
    for (const g of touched) {
      score[g] = 0;
      count[g] = 0;
    }
    if (best < 0) continue;
    const target = members.get(best)!;
    const article = clauses[d]!.article;
    const own = target.filter((i) => clauses[i]!.article === article);
    // A group without the article is the first pass's to fill (with more links); one with two
    // clauses of it holds a statement the article told in two sentences.
    if (own.length !== 1) continue;
    const c = own[0]!;
    let cScore = 0;
    let cCount = 0;
    for (let e = degree[c]!; e < degree[c + 1]!; e++) {
      if (label[other[e]!] === best) {
        cScore += sim[e]!;
        cCount++;
      }
    }
    if (bestCount <= cCount || bestScore <= cScore) continue;
    const rest = target.filter((i) => i !== c);
    if (rest.length === 0 || !alike(Math.min(...rest), d)) continue;
    members.delete(label[d]!);
    rest.push(d);
    members.set(best, rest);
    label[d] = best;
    members.set(freeLabel, [c]);
    label[c] = freeLabel++;
    moved = true;
  }
  // A clause held in its group by one link, linked more strongly to a clause left on its own (one
  // the swap above set free: `voted on Wednesday to accept a pay deal`), pairs off with that clause
  // when the two are alike: the group had taken it through a looser link (`agreed on Wednesday to
  // end a strike that had shut the port` beside the strike's first day).
  for (let c = 0; c < n; c++) {
    const own = label[c]!;
    const group = members.get(own)!;
    if (group.length < 3) continue;
    let inside = 0;
    let insideSim = 0;
    let lone = -1;
    let loneSim = 0;
    for (let e = degree[c]!; e < degree[c + 1]!; e++) {
      const d = other[e]!;
      if (label[d] === own) {
        inside++;
        insideSim = sim[e]!;
      } else if (members.get(label[d]!)!.length === 1 && sim[e]! > loneSim) {
        lone = d;
        loneSim = sim[e]!;
      }
    }
    if (inside !== 1 || lone < 0 || loneSim <= insideSim || !alike(lone, c)) continue;
    group.splice(group.indexOf(c), 1);
    members.get(label[lone]!)!.push(c);
    label[c] = label[lone]!;
    moved = true;
  }
  if (!moved) return groups;
  const out = new DisjointSets(n);
  for (const list of members.values()) for (let k = 1; k < list.length; k++) out.union(list[0]!, list[k]!);
  return out;
}
