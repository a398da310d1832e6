/**
 * Disputes of how long a state lasts: sources of one event that keep the same thing closed, shut,
 * suspended or evacuated for different spans (`expected to remain closed for about six months` /
 * `will stay shut for two years`), or give one happening two lengths (`the strike will last four
 * weeks` / `the strike will last two weeks`). Spans are written in different units and often as words, so
 * they are read here apart from counts: a state word, `for`, a bound or estimate if any, a figure
 * (digits, a number word, `a`) and a unit of time, converted to days. Two spans dispute only when
 * they are of one state (its word or a synonym) of one thing (a word both clauses hold before the
 * state word, not only as part of a name) and cannot both be true.
 */
import { tokenize } from "../core/tokenize.js";
import { cite, type StoryContext } from "./context.js";
import { englishNumberWord } from "./lexicon.js";
import { STOP_WORDS, wordKeyW } from "./text.js";
import type { ClaimSupport, Contradiction } from "./types.js";
import { pushTo } from "../core/multimap.js";

/** State words whose duration outlets report, each to the key of its meaning (`shut` is `closed`). */
const STATES = new Map<string, string>([
  ...["closed", "shut"].map((w): [string, string] => [w, "closed"]),
  ...["suspended", "halted", "cancelled", "canceled"].map((w): [string, string] => [w, "suspended"]),
  ...["evacuated"].map((w): [string, string] => [w, "evacuated"]),
  ...["banned"].map((w): [string, string] => [w, "banned"]),
  ...["last", "lasts", "lasted"].map((w): [string, string] => [w, "lasts"]),
]);

/** States told by a verb of duration (`the strike will last four weeks`). */
const VERB_STATES = new Set(["lasts"]);

/** Days per unit of time. */
const UNIT_DAYS = new Map<string, number>([
  ["minute", 1 / 1440], ["minutes", 1 / 1440], ["hour", 1 / 24], ["hours", 1 / 24], ["day", 1], ["days", 1], ["night", 1], ["nights", 1], ["week", 7], ["weeks", 7], ["fortnight", 14], ["fortnights", 14],
  ["month", 30], ["months", 30], ["year", 365], ["years", 365],
]);

/** The last word of `at least` (a lower bound) and the first of `up to` (an upper one); other bound words are estimates. */
const AT_LEAST = "least";
const UP_TO = "up";

/** `closed for about six months`: state, `for`, bound words, figure, unit. */
const SPAN_RE = /\b(closed|shut|suspended|halted|cancell?ed|evacuated|banned|last(?:s|ed)?)\s+(?:(?:down|off|completely|entirely|again)\s+)?(?:for\s+)?((?:(?:about|around|roughly|approximately|some|nearly|almost|at\s+least|up\s+to|more\s+than)\s+)?)(a|an|one|\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)\s+(minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?)\b(?!\s+(?:ago|later|earlier|before|after|into|in|of)\b)/giu;

interface Span {
  clause: number;
  article: string;
  source: string;
  state: string;
  days: number;
  kind: "exact" | "about" | "over" | "under";
  /** The span as printed (`about six months`), for the side's label. */
  printed: string;
  /** Content word keys before the state word: the thing kept in that state. */
  thing: Set<string>;
  at: number;
}

/** The value of a figure word or digits (`six`, `6`, `a`), or null. */
function figureOf(word: string): number | null {
  const w = word.toLowerCase();
  if (w === "a" || w === "an" || w === "one") return 1;
  if (/^\d+(?:\.\d+)?$/.test(w)) return Number(w);
  const k = englishNumberWord(w);
  return k?.startsWith("n:") ? Number(k.slice(2)) : null;
}

/** The spans of states an untranslated clause reports. */
function spansOf(ctx: StoryContext, i: number): Span[] {
  const c = ctx.clauses[i]!;
  if (c.foreign !== null || c.conditional) return [];
  const member = ctx.members.get(c.article)!;
  if (member.copy) return [];
  const text = member.input.article.text;
  const slice = text.slice(c.start, c.end);
  const out: Span[] = [];
  SPAN_RE.lastIndex = 0;
  for (let m = SPAN_RE.exec(slice); m !== null; m = SPAN_RE.exec(slice)) {
    const state = STATES.get(m[1]!.toLowerCase().replace("canceled", "cancelled"));
    const value = figureOf(m[3]!);
    const unit = UNIT_DAYS.get(m[4]!.toLowerCase());
    if (!state || value === null || unit === undefined || value <= 0) continue;
    const bound = m[2]!.toLowerCase().trim();
    const kind: Span["kind"] = bound === "" ? "exact" : bound.endsWith(AT_LEAST) || bound.startsWith("more") ? "over" : bound.startsWith(UP_TO) ? "under" : "about";
    const before = tokenize(text, c.start, c.start + m.index);
    const thing = new Set(before.filter((t) => !t.numeric && t.norm.length > 2 && !STOP_WORDS.has(t.norm)).map((t) => wordKeyW(t.norm)));
    out.push({ clause: i, article: c.article, source: member.source, state, days: value * unit, kind, printed: `${m[2]}${m[3]} ${m[4]}`.replace(/\s+/g, " ").trim(), thing, at: c.start + m.index });
  }
  return out;
}

/** Whether two spans of one state cannot both be true (an estimate a quarter off, a bound broken). */
function disagree(a: Span, b: Span): boolean {
  if (a.kind === "over" && b.days < a.days) return true;
  if (b.kind === "over" && a.days < b.days) return true;
  if (a.kind === "under" && b.days > a.days) return true;
  if (b.kind === "under" && a.days > b.days) return true;
  if (a.kind === "over" || a.kind === "under" || b.kind === "over" || b.kind === "under") return false;
  const ratio = Math.max(a.days, b.days) / Math.min(a.days, b.days);
  return a.kind === "exact" && b.kind === "exact" ? ratio > 1 : ratio > 1.25;
}

/** Whether two spans are of one thing: a word or a name both clauses hold before the state word. */
function sameThing(ctx: StoryContext, a: Span, b: Span): boolean {
  // A word that is only part of a name in both (`Harl` of `the Harl Bridge` and `the ferry
  // terminal at Harl`) places two things, it does not name one.
  const nameA = ctx.clauses[a.clause]!.nameOnly;
  const nameB = ctx.clauses[b.clause]!.nameOnly;
  for (const k of a.thing) if (b.thing.has(k) && !(nameA.has(k) && nameB.has(k))) return true;
  return false;
}

/** Spans of one state of one thing that the sources of one event give differently. */
export function spanContradictions(ctx: StoryContext): Contradiction[] {
  const byEvent = new Map<string, Span[]>();
  ctx.clauses.forEach((c, i) => {
    for (const s of spansOf(ctx, i)) pushTo(byEvent, ctx.members.get(c.article)!.input.assignment.event + "\u0000" + s.state, s);
  });
  const out: Contradiction[] = [];
  for (const spans of byEvent.values()) {
    // An outlet that gives one state two spans tells two things: it takes no side.
    const bySource = new Map<string, Span[]>();
    for (const s of spans) pushTo(bySource, s.source, s);
    const clean = [...bySource.values()].filter((ss) => ss.every((s) => s.days === ss[0]!.days && s.kind === ss[0]!.kind)).flat();
    const linked = new Set<Span>();
    for (let x = 0; x < clean.length; x++) {
      for (let y = x + 1; y < clean.length; y++) {
        const a = clean[x]!;
        const b = clean[y]!;
        if (a.source === b.source || !disagree(a, b) || !sameThing(ctx, a, b)) continue;
        linked.add(a).add(b);
      }
    }
    if (linked.size < 2) continue;
    const sides = new Map<string, Span[]>();
    for (const s of [...linked].sort((p, q) => p.at - q.at)) pushTo(sides, `${s.kind}:${s.days}`, s);
    if (sides.size < 2) continue;
    const cites = (ss: Span[]): ClaimSupport[] => ss.map((s) => cite(ctx, s.article, ctx.clauses[s.clause]!.start, ctx.clauses[s.clause]!.end));
    out.push({
      id: "",
      kind: "number",
      about: VERB_STATES.has(spans[0]!.state) ? "how long it lasts" : `how long it stays ${spans[0]!.state}`,
      sides: [...sides.values()].map((ss) => ({ label: ss[0]!.printed, citations: cites(ss) })),
      confidence: 0.6,
    });
  }
  return out;
}
