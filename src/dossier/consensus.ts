/**
 * Consensus contradictions: one source says a group was divided (`economists had been divided`),
 * another that most of the same group held one view (`most economists had expected a hold`).
 * A group split with no majority and a group mostly of one view cannot both be true. The two
 * seldom align as one claim: the divided clause names only the group.
 */
import { tokenize } from "../core/tokenize.js";
import { cite, sourceOf, type StoryContext } from "./context.js";
import type { Clause } from "./features.js";
import { wordKeyW } from "./text.js";
import type { Contradiction } from "./types.js";
import { articlesMentioning } from "./mentions.js";

/**
 * `<group> were (sharply) divided/split`: a plural noun said to be split in opinion. `divided
 * into` / `split in two` parts a thing (`samples are divided into batches`).
 */
const DIVIDED = /\b([\p{L}-]{3,}s)\s+(?:are|were|had\s+been|have\s+been|remain(?:ed)?)\s+(?:\p{L}+ly\s+)?(?:divided|split)\b(?!\s+(?:into|in\s+(?:two|half|three)|up)\b)/iu;
/** A majority of a group: `most`, `the majority of`, `nearly/almost/virtually all` (one adjective may stand between). */
const MAJORITY = /\b(?:most|(?:the\s+|a\s+)?(?:large\s+|clear\s+|vast\s+)?majority\s+of|(?:nearly|almost|virtually)\s+all(?:\s+of)?)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?([\p{L}-]{3,}s)\b/iu;

/** Keys that carry no statement of their own: the group, the split, dates and numbers. */
const notStated = (k: string): boolean => !k.startsWith("w:") || k === "w:divid" || k === "w:split";

/**
 * Divided groups against majorities of the same group in other sources. The divided clause
 * must say nothing the majority clause does not, beyond words of the story's event (printed by
 * two sources or more): `divided before the meeting` may meet `most expected a hold`, `divided
 * over the pension plan` speaks of another question.
 */
export function consensusContradictions(ctx: StoryContext): Contradiction[] {
  const { clauses } = ctx;
  const text = (c: Clause): string => ctx.members.get(c.article)!.input.article.text.slice(c.start, c.end);
  const usable = (c: Clause): boolean => !c.conditional && !c.hedged && !ctx.members.get(c.article)!.copy;
  const split = articlesMentioning(ctx, /divided|split/i);
  if (split.size === 0) return [];
  const divided: { clause: number; group: string; word: string }[] = [];
  clauses.forEach((c, i) => {
    if (!split.has(c.article) || !usable(c) || c.anyNegation) return;
    const d = DIVIDED.exec(text(c));
    if (d) divided.push({ clause: i, group: groupKey(d[1]!), word: d[1]!.toLowerCase() });
  });
  if (divided.length === 0) return [];
  const most = articlesMentioning(ctx, /\b(?:most|majority|all)\b/i);
  const majority: { clause: number; group: string }[] = [];
  clauses.forEach((c, i) => {
    if (!most.has(c.article) || !usable(c) || c.anyNegation) return;
    const m = MAJORITY.exec(text(c));
    if (m) majority.push({ clause: i, group: groupKey(m[1]!) });
  });
  if (majority.length === 0) return [];
  const sourcesOf = (k: string): number => new Set((ctx.weights.postings.get(k) ?? []).map((i) => sourceOf(ctx, clauses[i]!.article))).size;
  const out: Contradiction[] = [];
  for (const d of divided) {
    const cd = clauses[d.clause]!;
    const src = sourceOf(ctx, cd.article);
    const against = majority.filter((m) => {
      const cm = clauses[m.clause]!;
      if (m.group !== d.group || sourceOf(ctx, cm.article) === src) return false;
      const mKeys = new Set(cm.keys);
      return cd.keys.every((k) => notStated(k) || k === d.group || cd.nameKeys.has(k) || mKeys.has(k) || sourcesOf(k) >= 2);
    });
    if (against.length === 0) continue;
    out.push({
      id: "",
      // A majority against no majority: how many of the group held the view.
      kind: "number",
      about: `how many ${d.word} agreed`,
      sides: [
        { label: "divided", citations: [cite(ctx, cd.article, cd.start, cd.end)] },
        { label: "mostly of one view", citations: against.map((m) => cite(ctx, clauses[m.clause]!.article, clauses[m.clause]!.start, clauses[m.clause]!.end)) },
      ],
      // Both name the group; nothing else ties them.
      confidence: 0.55,
    });
  }
  return out;
}

function groupKey(word: string): string {
  const t = tokenize(word)[0];
  return wordKeyW(t ? t.norm : word.toLowerCase());
}
