/**
 * Share contradictions: two sources giving different percentages of the same named quantity
 * (`Turnout was 48%` against `Turnout was 46 per cent`). Such clauses often fail to align as one
 * claim, since the number is most of what they say; the word that names the quantity ties them.
 */
import { tokenize } from "../core/tokenize.js";
import { cite, sourceOf, type StoryContext } from "./context.js";
import { actorBefore, type Clause } from "./features.js";
import { similarity } from "./align.js";
import { isContent, isContentIn, wordKey } from "./text.js";
import { translateWord } from "./lexicon.js";
import type { Contradiction } from "./types.js";

/** How many words before a share may name its quantity (`turnout was 48%`, `turnout of 48%`). */
const SUBJECT_REACH = 3;

const SHARE_WORDS = new Set(["percent", "per", "cent", "pct"]);

/** Verbs of change a share follows (`rose 6 per cent`): they name no quantity. */
const CHANGE_VERBS = new Set(
  "rose rise rises risen rising fell fall falls fallen falling climbed climb climbs dropped drop drops jumped jump jumps slipped slip slips increased increase increases decreased decrease decreases grew grow grows gained gain gains lost lose loses declined decline declines soared soar soars plunged plunge plunges surged surge surges slumped slump slumps tumbled tumble tumbles edged eased dipped shrank shrunk expanded".split(" "),
);

interface Share {
  clause: number;
  value: string;
  source: string;
  start: number;
}

/**
 * The stem of the word naming what a share measures: the nearest content word before the
 * number, within a few words and the same clause. Null when a light word, a name or nothing
 * stands there: `Kroll 45.7%` names who, not what. A translated word names it in the lexicon's
 * English key, with no word of its own for a label.
 */
function shareSubject(ctx: StoryContext, c: Clause, at: number): { key: string; word: string } | null {
  const text = ctx.members.get(c.article)!.input.article.text;
  const toks = tokenize(text.slice(c.start, at));
  for (let k = toks.length - 1, seen = 0; k >= 0 && seen < SUBJECT_REACH; k--, seen++) {
    const t = toks[k]!;
    // Another figure (`20.6 percent, 5.6 percent below`) or a bound (`as much as 55%`) stands
    // between: the word before names no quantity of this share.
    if (t.numeric || SHARE_WORDS.has(t.norm) || t.norm === "as") return null;
    if (!(c.foreign === null ? isContent(t) : isContentIn(t, c.foreign))) continue;
    if (/[,;:()]/.test(text.slice(c.start + t.end, at))) return null;
    // `Sales rose 3.1 per cent`: the verb of change tells how, the word before it what.
    if (CHANGE_VERBS.has(t.norm)) continue;
    // A translated word names its quantity in the English word the lexicon gives it (`une prime
    // de 31 %`: premium); one the lexicon lacks names nothing another language can share.
    if (c.foreign !== null) {
      const english = translateWord(c.foreign, t.norm);
      if (english === null || !english.startsWith("w:") || c.nameKeys.has("w:" + wordKey(t.norm))) return null;
      return { key: english, word: "" };
    }
    const key = "w:" + wordKey(t.norm);
    // A verb or name before the share tells who gained it, not what it measures.
    const p = c.polarity.get(key);
    if (!p || p.light || c.nameKeys.has(key)) return null;
    return { key, word: t.norm };
  }
  return null;
}

/**
 * The subject per figure of a clause's cached features (a figure object is its clause's, also in
 * a copy of the clause with aliased keys, which changes no word key): a rebuild tokenises none again.
 */
const subjectCache = new WeakMap<object, { key: string; word: string } | null>();

/** Shares printed with a decimal and without (`54.3` and `54`) are one figure, rounded. */
function sameFigure(a: string, b: string): boolean {
  const x = Number(a);
  const y = Number(b);
  return x === y || Math.round(x) === Math.round(y) && (!Number.isInteger(x) || !Number.isInteger(y));
}

/** Different percentages of one named quantity from sources that each give only one of them. */
export function shareContradictions(ctx: StoryContext): Contradiction[] {
  const { clauses, weights } = ctx;
  const bySubject = new Map<string, Share[]>();
  const words = new Map<string, string>();
  clauses.forEach((c, i) => {
    if (c.conditional || c.hedged || ctx.members.get(c.article)!.copy) return;
    for (const n of c.numbers) {
      if (n.unit !== "w:percent") continue;
      let subject = subjectCache.get(n);
      if (subject === undefined) subjectCache.set(n, (subject = shareSubject(ctx, c, n.start)));
      if (!subject) continue;
      // A translated subject has no English word of its own: an English wording's names it.
      if (subject.word !== "") words.set(subject.key, subject.word);
      else if (!words.has(subject.key)) words.set(subject.key, subject.key.slice(2));
      const list = bySubject.get(subject.key) ?? [];
      list.push({ clause: i, value: n.value, source: sourceOf(ctx, c.article), start: n.start });
      bySubject.set(subject.key, list);
    }
  });
  const out: Contradiction[] = [];
  for (const [subject, shares] of bySubject) {
    // A source giving two shares of one quantity speaks of several of them (a before and an after).
    const valuesOf = new Map<string, Set<string>>();
    for (const s of shares) valuesOf.set(s.source, (valuesOf.get(s.source) ?? new Set()).add(s.value));
    if ([...valuesOf.values()].some((v) => v.size > 1)) continue;
    // A word naming many shares of the story (`the vote`) is no single quantity.
    if (weights.postings.get(subject)!.length > weights.postingCap()) continue;
    let best = 0;
    const disputed = new Set<number>();
    for (let x = 0; x < shares.length; x++)
      for (let y = x + 1; y < shares.length; y++) {
        const a = shares[x]!;
        const b = shares[y]!;
        if (a.source === b.source || sameFigure(a.value, b.value)) continue;
        const ca = clauses[a.clause]!;
        const cb = clauses[b.clause]!;
        const pa = actorBefore(ca, a.start);
        const pb = actorBefore(cb, b.start);
        if (pa !== null && pb !== null && pa !== pb) continue;
        const { sim } = similarity(weights, a.clause, b.clause);
        // The named quantity is the evidence; alignment of the rest only adds to it.
        best = Math.max(best, 0.55 + 0.45 * Math.min(1, sim / ctx.options.contradictionAlignment));
        disputed.add(x).add(y);
      }
    if (disputed.size === 0 || best < ctx.options.contradictionThreshold) continue;
    const sides = new Map<string, number[]>();
    for (const x of disputed) {
      const s = shares[x]!;
      const key = [...sides.keys()].find((v) => sameFigure(v, s.value)) ?? s.value;
      sides.set(key, [...(sides.get(key) ?? []), s.clause]);
    }
    const word = words.get(subject)!;
    out.push({
      id: "",
      kind: "number",
      about: `share of ${word}`,
      sides: [...sides].map(([v, idxs]) => ({
        label: `${v}%`,
        citations: [...new Set(idxs)].sort((p, q) => p - q).map((i) => cite(ctx, clauses[i]!.article, clauses[i]!.start, clauses[i]!.end)),
      })),
      confidence: Math.round(best * 1000) / 1000,
    });
  }
  return out;
}
