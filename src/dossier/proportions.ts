/**
 * Proportion disputes: outlets that give different parts of one whole (`about one train in five
 * running` / `fewer than a quarter of services running` / `40 per cent of its timetable ran`;
 * `about 44 per cent of the beer drunk in pubs` / `about 48 per cent of beer sales`). The share
 * rule (shares.ts) reads a percentage after the word naming what it measures (`turnout was 48%`);
 * here the whole follows the figure (`of the beer`), and a part may be written as a fraction.
 *
 * Two proportions are of one quantity when they count the same whole (`beer`), or when the same
 * verb tells what the part did (`running` / `ran`) in clauses that share something else. A
 * fraction in words is a round figure: `one in five` stands for 20% give or take a fifth, `about
 * 44 per cent` for 44 give or take a twentieth; a bound (`fewer than a quarter`) holds any value
 * on its side. Sources that give one quantity two values take no side.
 */
import { cite, sourceOf, type StoryContext } from "./context.js";
import { similarity } from "./align.js";
import { formKey, wordKeyW } from "./text.js";
import type { Contradiction } from "./types.js";
import type { Clause } from "./features.js";

/** How far a figure in words (`one in five`, `a quarter`) may be from the value it rounds. */
const FRACTION_SPREAD = 1.25;
/** How far an estimate in digits (`about 44 per cent`) may be from the value it rounds. */
const ESTIMATE_SPREAD = 1.05;

const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const PARTS: Record<string, number> = { half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10 };

/** A word also with its first letter capitalised, for patterns whose names must be told by their capitals. */
const cap = (alternatives: string): string => alternatives.split("|").map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join("|");
const BOUND = String.raw`(?:(${cap(String.raw`about|around|roughly|nearly|almost|some|approximately|more\s+than|over|at\s+least|fewer\s+than|less\s+than|under|up\s+to|as\s+much\s+as|as\s+many\s+as|as\s+high\s+as|no\s+more\s+than|a\s+maximum\s+of`)})\s+)?`;
/** The whole after `of`: determiners and names (`Velland Rail's`) skipped, the noun kept. */
const WHOLE = String.raw`\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|our\s+|all\s+|this\s+|that\s+)?(?:\p{Lu}[\p{L}'’-]*\s+)*(\p{Ll}[\p{L}'’-]*)`;
/** Shares printed in a clause: two or more make a line of statistics (`55 percent in Saudi Arabia, 52 percent in Egypt`). */
const ANY_SHARE = /\d(?:[\d.,]*\d)?\s*(?:%|per\s?cent|percent)/gu;
const PERCENT_OF = new RegExp(String.raw`\b${BOUND}(\d+(?:\.\d+)?)\s*(?:%|per\s?cent|percent)${WHOLE}`, "gu");
const FRACTION_OF = new RegExp(String.raw`\b${BOUND}(${cap("a|one|two|three")})\s+(half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths)${WHOLE}`, "gu");
/** `one train in five`, `one in five trains`, `two out of three buses`. */
const ONE_IN = new RegExp(String.raw`\b${BOUND}(${cap("one|two|three")}|\d)\s+(?:(\p{Ll}[\p{L}'’-]*)\s+)?(?:in|out\s+of)\s+(?:every\s+)?(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b(?:\s+(\p{Ll}[\p{L}'’-]*))?`, "gu");

interface Proportion {
  clause: number;
  source: string;
  /** Per cent. */
  value: number;
  kind: "exact" | "about" | "over" | "under";
  /** Written as a fraction in words (a rounder figure than digits). */
  words: boolean;
  /** Key of the whole (`w:beer`), or null. */
  whole: string | null;
  /** The whole as printed (`beer`), or null. */
  wholeWord: string | null;
  /** Names that qualify the whole (`India` in `India's voice traffic`, `traffic to India`), lower-cased. */
  names: Set<string>;
  /** Entity keys the clause names before the proportion: whose part it is (`Varga won 52 per cent of the vote`). */
  holders: Set<string>;
  /** Key of the verb after the proportion (`w:run`), or null. */
  verb: string | null;
  start: number;
}

/** Auxiliaries between a part and its verb (`were cancelled`). */
const AUX = new Set(["was", "were", "is", "are", "had", "has", "have", "been", "be", "being", "still", "only", "actually"]);

/** The verb within a few words after `end`: a past or -ing form, or an irregular one (`ran`). */
function verbAfter(text: string, end: number): string | null {
  const words = text.slice(end, end + 80).split(/[,;:.!?]/)[0]!.match(/[\p{L}'’-]+/gu) ?? [];
  for (const w of words.slice(0, 6)) {
    const lower = w.toLowerCase();
    if (AUX.has(lower)) continue;
    if (lower.endsWith("ed") || lower.endsWith("ing") || formKey(lower).startsWith("=")) return wordKeyW(lower);
  }
  return null;
}

const kindOf = (bound: string | undefined): Proportion["kind"] => {
  const b = (bound ?? "").toLowerCase().replace(/\s+/g, " ");
  if (b === "") return "exact";
  if (b === "more than" || b === "over" || b === "at least") return "over";
  // `as much as 55 percent`: a ceiling, as `up to` is.
  if (b === "fewer than" || b === "less than" || b === "under" || b === "up to" || b.startsWith("as ") || b === "no more than" || b === "a maximum of") return "under";
  return "about";
};

/** A cheap test before the patterns: a share sign or word, a fraction's word, or `in`/`out of` before a count. */
const CUES = /%|per\s?cent|percent|\b(?:half|halves|thirds?|quarters?|fifths?|tenths?)\b|\b(?:in|of)\s+(?:every\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d)/iu;

/** Each clause's proportions (see proportionsIn), by the clause's features object: a rebuild reads only new articles' clauses. */
const proportionsRead = new WeakMap<Clause, Proportion[]>();

/** The proportions one clause tells, read once per clause and re-indexed. */
function proportionsIn(ctx: StoryContext, i: number): Proportion[] {
  const c = ctx.clauses[i]!;
  const known = proportionsRead.get(c);
  // The source is the story's reading of the article (an outlet, or the original of a copy): read anew.
  if (known) return known.length === 0 ? known : known.map((p) => ({ ...p, clause: i, source: sourceOf(ctx, c.article) }));
  const read = readProportions(ctx, i);
  proportionsRead.set(c, read);
  return read;
}

function readProportions(ctx: StoryContext, i: number): Proportion[] {
  const c = ctx.clauses[i]!;
  const full = ctx.members.get(c.article)!.input.article.text;
  const text = full.slice(c.start, c.end);
  if (!CUES.test(text)) return [];
  const source = sourceOf(ctx, c.article);
  const out: Proportion[] = [];
  if ((text.match(ANY_SHARE) ?? []).length > 1) return out;
  const member = ctx.members.get(c.article)!;
  const holdersBefore = (at: number): Set<string> => {
    const keys = new Set<string>();
    for (const e of member.input.analysis.entities) {
      if (e.type !== "person" && e.type !== "organization") continue;
      const key = member.features.entityKeys.get(e.id);
      if (key && e.mentions.some((m) => m.start >= c.start && m.end <= at)) keys.add(key);
    }
    return keys;
  };
  const add = (m: RegExpMatchArray, value: number, words: boolean, whole: string | null, verbFrom = m.index! + m[0].length): void => {
    if (!(value > 0 && value < 100)) return;
    // Names inside the phrase and in the few words after it, up to a break.
    const after = text.slice(m.index! + m[0].length).split(/[,;:.!?]/)[0]!.split(/\s+/).slice(0, 8).join(" ");
    const names = new Set([...`${m[0]} ${after}`.matchAll(/\p{Lu}[\p{L}-]+(?:['’]s)?/gu)].map((n) => n[0].toLowerCase().replace(/['’]s$/, "")).filter((n) => !/^(?:about|around|roughly|nearly|almost|some|approximately|more|over|at|fewer|less|under|up|one|two|three|a)$/.test(n)));
    out.push({ clause: i, source, value, kind: kindOf(m[1]), words, whole: whole ? wordKeyW(whole.toLowerCase()) : null, wholeWord: whole?.toLowerCase() ?? null, names, holders: holdersBefore(c.start + m.index!), verb: verbAfter(text, verbFrom), start: c.start + m.index! });
  };
  for (const m of text.matchAll(PERCENT_OF)) add(m, Number(m[2]), false, m[3]!);
  for (const m of text.matchAll(FRACTION_OF)) {
    const parts = PARTS[m[3]!.toLowerCase()]!;
    const n = NUMBER_WORDS[m[2]!.toLowerCase()]!;
    add(m, (100 * n) / parts, true, m[4]!);
  }
  for (const m of text.matchAll(ONE_IN)) {
    const n = NUMBER_WORDS[m[2]!.toLowerCase()] ?? Number(m[2]);
    const of = NUMBER_WORDS[m[4]!.toLowerCase()] ?? Number(m[4]);
    if (!(n < of)) continue;
    // `one train in five running`: the word after the count is no whole but maybe the verb.
    if (m[3] !== undefined && m[5] !== undefined) add(m, (100 * n) / of, true, m[3], m.index! + m[0].length - m[5].length);
    else add(m, (100 * n) / of, true, m[3] ?? m[5] ?? null);
  }
  return out;
}

/** Whether two proportions cannot both be true. */
function disagree(a: Proportion, b: Proportion): boolean {
  if (a.kind === "over" && b.kind === "over") return false;
  if (a.kind === "under" && b.kind === "under") return false;
  const spread = (p: Proportion): number => (p.kind === "exact" && !p.words ? 1 : p.words ? FRACTION_SPREAD : ESTIMATE_SPREAD);
  const outside = (bound: Proportion, p: Proportion): boolean => (bound.kind === "over" ? p.value * spread(p) < bound.value : p.value > bound.value * spread(p));
  if (a.kind === "over" || a.kind === "under") return outside(a, b);
  if (b.kind === "over" || b.kind === "under") return outside(b, a);
  if (a.kind === "exact" && b.kind === "exact" && !a.words && !b.words) return Math.round(a.value) !== Math.round(b.value);
  const s = Math.max(spread(a), spread(b));
  return Math.max(a.value, b.value) > s * Math.min(a.value, b.value);
}

/**
 * The sentence of a clause: a proportion is often told in a part the clause split set off (`...
 * were stranded, with only about one train in five running`), which reads whole only with its sentence.
 */
function citeSentence(ctx: StoryContext, i: number): ReturnType<typeof cite> {
  const c = ctx.clauses[i]!;
  const s = ctx.members.get(c.article)!.features.sentences[c.sentence];
  return s ? cite(ctx, c.article, Math.min(s.start, c.start), Math.max(s.end, c.end)) : cite(ctx, c.article, c.start, c.end);
}

/** Different proportions of one whole, or of one act, from different sources. */
export function proportionContradictions(ctx: StoryContext): Contradiction[] {
  const all: Proportion[] = [];
  ctx.clauses.forEach((c, i) => {
    if (c.conditional || c.hedged || ctx.members.get(c.article)!.copy) return;
    all.push(...proportionsIn(ctx, i));
  });
  if (all.length < 2) return [];
  const eventOf = (p: Proportion): string => ctx.members.get(ctx.clauses[p.clause]!.article)!.input.assignment.event;
  const one = (a: Proportion, b: Proportion): boolean => {
    if (eventOf(a) !== eventOf(b)) return false;
    // Parts of different holders (`Varga won 52 per cent of the vote` / `Holt took 45 per cent of the vote`).
    if (a.holders.size > 0 && b.holders.size > 0 && ![...a.holders].some((k) => b.holders.has(k))) return false;
    // Parts of wholes named differently (`traffic to India` / `traffic between Europe and Asia`).
    const namedAlike = a.names.size === b.names.size && a.names.size === 0 ? true : [...a.names].some((n) => b.names.has(n));
    if (a.names.size > 0 && b.names.size > 0 && !namedAlike) return false;
    // The same whole, named alike (or by neither): `of the beer drunk in Lessary's pubs` / `of beer sales in Lessary's pubs`.
    if (a.whole !== null && a.whole === b.whole && namedAlike) return true;
    if (a.verb === null || a.verb !== b.verb) return false;
    // The same verb of two wholes: the clauses must share something besides it.
    return similarity(ctx.weights, a.clause, b.clause).shared.some((k) => k !== a.verb && !k.startsWith("n:"));
  };

  // Linked sets of proportions of one quantity, over pairs that disagree or agree.
  const parent = all.map((_, k) => k);
  const root = (k: number): number => (parent[k] === k ? k : (parent[k] = root(parent[k]!)));
  const disputed = new Set<number>();
  for (let x = 0; x < all.length; x++)
    for (let y = x + 1; y < all.length; y++) {
      const a = all[x]!;
      const b = all[y]!;
      if (a.source === b.source || !one(a, b)) continue;
      parent[root(x)] = root(y);
      if (disagree(a, b)) disputed.add(root(x));
    }
  // A further wording of the same act in the event (`one train in five running`) joins a disputed
  // set whose proportions it tells with the same verb, though it shares no other word with them.
  const alone = all.map((_, k) => k).filter((k) => all.every((_, j) => j === k || root(j) !== root(k)));
  for (const k of alone) {
    const p = all[k]!;
    if (p.verb === null) continue;
    const into = [...new Set([...disputed].map(root))].filter((r) => all.some((q, j) => root(j) === r && q.verb === p.verb && q.source !== p.source && eventOf(q) === eventOf(p)));
    if (into.length === 1) parent[k] = into[0]!;
  }
  const out: Contradiction[] = [];
  const groups = new Map<number, Proportion[]>();
  all.forEach((p, k) => (groups.get(root(k)) ?? groups.set(root(k), []).get(root(k))!).push(p));
  for (const [r, list] of groups) {
    if (![...disputed].some((d) => root(d) === r)) continue;
    // A source that gives two disagreeing values of the quantity takes no side.
    const bySource = new Map<string, Proportion[]>();
    for (const p of list) (bySource.get(p.source) ?? bySource.set(p.source, []).get(p.source)!).push(p);
    const kept = [...bySource.values()].filter((ps) => ps.every((p) => !ps.some((q) => disagree(p, q)))).flat();
    // Sides: values that agree with each other stand together, the exact figures first.
    const sides: Proportion[][] = [];
    for (const p of [...kept].sort((x, y) => Number(x.kind !== "exact" || x.words) - Number(y.kind !== "exact" || y.words) || x.value - y.value)) {
      const home = sides.find((s) => s.every((q) => !disagree(p, q)));
      if (home) home.push(p);
      else sides.push([p]);
    }
    if (sides.length < 2) continue;
    // Every side must disagree with every other: a value between two sides is no side of either.
    if (sides.some((s, i) => sides.some((t, j) => i !== j && !s.some((p) => t.some((q) => disagree(p, q)))))) continue;
    const label = (p: Proportion): string => `${p.kind === "exact" ? "" : p.kind === "about" ? "about " : p.kind === "over" ? "more than " : "less than "}${Math.round(p.value * 10) / 10}%`;
    const whole = list.find((p) => p.wholeWord !== null)?.wholeWord;
    out.push({
      id: "",
      kind: "number",
      about: whole ? `share of ${whole}` : "share",
      sides: sides.map((s) => ({ label: label(s[0]!), citations: [...new Set(s.map((p) => p.clause))].sort((a, b) => a - b).map((i) => citeSentence(ctx, i)) })),
      confidence: 0.6,
    });
  }
  return out;
}
