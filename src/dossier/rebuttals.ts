/**
 * Rebuttals: an outlet that says its own finding contradicts someone's statement (`files include
 * diagnosis codes, contradicting the company's assurance that medical information was safe`)
 * names a dispute itself. When another outlet prints that statement (`no medical records were
 * taken, according to the company`), the two are sides of it, though they share few words: the
 * rebuttal's evidence and the statement it rebuts are told in different terms.
 */
import { cite, sourceOf, type StoryContext } from "./context.js";
import type { Clause } from "./features.js";
import { similarity } from "./align.js";
import type { Contradiction } from "./types.js";
import { articlesMentioning } from "./mentions.js";

/**
 * A contradiction marker followed, within a few words, by a noun naming a statement: the words
 * after it tell what was stated. Without the statement noun (`at odds with its neighbours`,
 * `contrary to expectations`) nothing said by anyone is rebutted.
 */
const REBUTTAL =
  /\b(?:contradict(?:s|ed|ing)?|refut(?:es|ed|ing)|belie(?:s|d)?|belying|contrary to|disproving)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:assurances?|claims?|statements?|assertions?|insistence|denials?|accounts?|reports?|version)\b(?:\s+that\b)?/iu;

/** Where the marker starts and where the rebutted statement starts in a clause, or null. */
function rebuttalAt(text: string, c: Clause): { marker: number; from: number } | null {
  const m = REBUTTAL.exec(text.slice(c.start, c.end));
  return m ? { marker: c.start + m.index, from: c.start + m.index + m[0].length } : null;
}

/**
 * Statements of other outlets that an outlet says it contradicts. The statement must share a
 * rare word of what was rebutted (not a name: the story's actors are everywhere) and one more
 * key with the rebuttal, and no word with the rebuttal's own evidence: an outlet telling the
 * evidence agrees with it. Each outlet gives its clause closest to the rebuttal.
 */
export function rebuttalContradictions(ctx: StoryContext): Contradiction[] {
  const { clauses, weights } = ctx;
  const cap = weights.postingCap();
  const out: Contradiction[] = [];
  const cued = articlesMentioning(ctx, /contradict|refut|belie|contrary|disprov/i);
  if (cued.size === 0) return out;
  clauses.forEach((c, i) => {
    if (!cued.has(c.article) || c.conditional || ctx.members.get(c.article)!.copy) return;
    const text = ctx.members.get(c.article)!.input.article.text;
    const at = rebuttalAt(text, c);
    if (!at || at.from >= c.end) return;
    const { marker, from } = at;
    const rebutted = new Set<string>();
    const evidence = new Set<string>();
    for (const [k, p] of c.polarity) {
      if (c.nameKeys.has(k) || p.light) continue;
      if (p.start >= from) rebutted.add(k);
      else if (p.end <= marker) evidence.add(k);
    }
    const src = sourceOf(ctx, c.article);
    // Per other outlet, its clause closest to the rebuttal: an outlet prints the statement once,
    // and its other clauses that use the word go on about other things.
    const best = new Map<string, { clause: number; sim: number }>();
    clauses.forEach((d, j) => {
      if (j === i || d.conditional || d.hedged || ctx.members.get(d.article)!.copy) return;
      const dSrc = sourceOf(ctx, d.article);
      if (dSrc === src) return;
      const words = d.keys.filter((k) => k.startsWith("w:") && !d.nameKeys.has(k));
      if (words.some((k) => evidence.has(k))) return;
      // A word many clauses use (the story's subject) ties nothing to the rebutted statement.
      if (!words.some((k) => rebutted.has(k) && weights.postings.get(k)!.length <= cap / 2)) return;
      const { sim, shared } = similarity(weights, i, j);
      if (shared.length < 2) return;
      const prev = best.get(dSrc);
      if (!prev || sim > prev.sim) best.set(dSrc, { clause: j, sim });
    });
    const stated = [...best.values()].map((b) => b.clause).sort((a, b) => a - b);
    if (stated.length === 0) return;
    const about = text
      .slice(from, c.end)
      .replace(/[.;:!?"“”]+\s*$/u, "")
      .trim()
      .split(/\s+/)
      .slice(0, 6)
      .join(" ");
    out.push({
      id: "",
      kind: "negation",
      about: about || "a rebutted statement",
      sides: [
        { label: "as stated", citations: stated.map((j) => cite(ctx, clauses[j]!.article, clauses[j]!.start, clauses[j]!.end)) },
        { label: "contradicted", citations: [cite(ctx, c.article, c.start, c.end)] },
      ],
      // The outlet itself calls it a contradiction; the tie to the statement is a word or two.
      confidence: 0.6,
    });
  });
  return out;
}
