/**
 * Split contradictions: one source says a whole is shared equally (`the cost will be split
 * equally between the two countries`) and another gives unequal shares of it (`A will pay 60%
 * and B 40%`). The shares seldom align with the equal-split clause (they name the parties, not
 * the thing shared, and are often in another sentence or language); what ties them is the
 * sentence of their own article next to them that states the same claim as the equal split.
 */
import { cite, sourceOf, type StoryContext } from "./context.js";
import type { Clause } from "./features.js";
import type { Contradiction } from "./types.js";
import { articlesMentioning } from "./mentions.js";

/**
 * An even division, said in the usual English ways: a sharing verb with `equally`/`evenly`
 * either side, `in equal shares/parts`, `half each`, `50-50`, `fifty-fifty`. A bare `equally`
 * (`equally important`) divides nothing.
 */
const EQUAL_SPLIT =
  /\b(?:split|shared?|divided|paid|funded|borne)\s+(?:\w+\s+)?(?:equally|evenly)\b|\b(?:equally|evenly)\s+(?:split|shared?|divided|paid|funded|borne)\b|\bin equal (?:shares|parts|proportions)\b|\bhalf each\b|\b(?:50-50|50\/50|fifty-fifty)\b/i;

/** How far two printed shares may fall short of or exceed a whole (rounding: 33/33/33). */
const WHOLE_SLACK = 1.5;

/** The percentages of a clause when they add up to a whole and are not all equal, else null. */
export function unequalShares(c: Clause): number[] | null {
  const values = c.numbers.filter((n) => n.unit === "w:percent").map((n) => Number(n.value));
  if (values.length < 2 || values.some((v) => !Number.isFinite(v) || v <= 0 || v >= 100)) return null;
  const sum = values.reduce((s, v) => s + v, 0);
  if (Math.abs(sum - 100) > WHOLE_SLACK) return null;
  return Math.max(...values) - Math.min(...values) > WHOLE_SLACK ? values : null;
}

/**
 * Equal-split statements against unequal shares of another source. The shares' clause is tied
 * to the equal split when a clause of its own article in the same or the previous sentence is
 * in the claim group of a clause of the equal split's sentence: the shares then divide what
 * that claim names.
 */
export function splitContradictions(ctx: StoryContext): Contradiction[] {
  const { clauses } = ctx;
  const text = (c: Clause): string => ctx.members.get(c.article)!.input.article.text.slice(c.start, c.end);
  const usable = (c: Clause): boolean => !c.conditional && !c.hedged && !ctx.members.get(c.article)!.copy;
  const cued = articlesMentioning(ctx, /equally|evenly|in equal|half each|50-50|50\/50|fifty-fifty/i);
  if (cued.size === 0) return [];
  const equal: number[] = [];
  const shares: { clause: number; values: number[] }[] = [];
  clauses.forEach((c, i) => {
    if (!usable(c)) return;
    // A negated split (`will not be split equally`) agrees with unequal shares.
    if (!c.anyNegation && cued.has(c.article) && EQUAL_SPLIT.test(text(c))) equal.push(i);
    const values = unequalShares(c);
    if (values) shares.push({ clause: i, values });
  });
  if (equal.length === 0 || shares.length === 0) return [];
  // The clauses of each article by sentence, to find the shares' neighbours.
  const bySentence = new Map<string, number[]>();
  clauses.forEach((c, i) => {
    const k = c.article + "\u0000" + c.sentence;
    const list = bySentence.get(k);
    if (list) list.push(i);
    else bySentence.set(k, [i]);
  });
  const out: Contradiction[] = [];
  // The claims an equal split is about: its own and those of its sentence's other clauses (`The
  // pier will cost 12 million crowns, which will be shared equally`). Equal splits of one
  // claim are one side of one dispute.
  const sentenceRoots = (article: string, sentence: number): number[] => (bySentence.get(article + "\u0000" + sentence) ?? []).map((j) => ctx.groups.find(j));
  const byRoots = new Map<string, { roots: Set<number>; clauses: number[] }>();
  for (const e of equal) {
    const roots = new Set(sentenceRoots(clauses[e]!.article, clauses[e]!.sentence));
    const sig = [...roots].sort((a, b) => a - b).join(",");
    const entry = byRoots.get(sig) ?? { roots, clauses: [] };
    entry.clauses.push(e);
    byRoots.set(sig, entry);
  }
  for (const { roots, clauses: equalSide } of byRoots.values()) {
    const sources = new Set(equalSide.map((i) => sourceOf(ctx, clauses[i]!.article)));
    const against = shares.filter((s) => {
      const cs = clauses[s.clause]!;
      // An outlet giving both tells how an equal deal was later changed, not a dispute.
      if (sources.has(sourceOf(ctx, cs.article))) return false;
      return [cs.sentence, cs.sentence - 1].some((sentence) => sentenceRoots(cs.article, sentence).some((r) => roots.has(r)));
    });
    if (against.length === 0) continue;
    out.push({
      id: "",
      kind: "number",
      about: "how it is shared",
      sides: [
        { label: "equal shares", citations: equalSide.map((i) => cite(ctx, clauses[i]!.article, clauses[i]!.start, clauses[i]!.end)) },
        {
          label: against.map((s) => s.values.map((v) => `${v}%`).join("/")).join(", "),
          citations: against.map((s) => cite(ctx, clauses[s.clause]!.article, clauses[s.clause]!.start, clauses[s.clause]!.end)),
        },
      ],
      confidence: 0.6,
    });
  }
  return out;
}
