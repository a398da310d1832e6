/**
 * Headcount disputes: sources of one event giving different numbers of people who took part in
 * it (`2,000 dockers downed tools, according to the union` against `about 1,800 dockers went on
 * strike, the port authority said`). Organisers and authorities routinely count a strike, a march
 * or a rally differently, and the two figures rarely align as one claim (the count is most of what
 * they say, and the taking part is worded many ways), so they are read directly: a count of people
 * tied to a word of taking part, or a figure a clause gives for "the number" right after such a
 * count (`The port authority put the number at about 1,800`).
 */
import type { Token } from "../core/types.js";
import { cite, clauseTokens, sourceOf, type StoryContext } from "./context.js";
import { englishNumberWord } from "./lexicon.js";
import { numberWordRuns } from "./quote-keys.js";
import { isYear, numberKey, wordKey } from "./text.js";
import type { Contradiction } from "./types.js";
import type { Clause } from "./features.js";

const keys = (ws: string[]): Set<string> => new Set(ws.map((w) => wordKey(w)));
/** Nouns that count people (who can take part in something, or be counted as one kind of count in a story). */
export const PEOPLE = keys([
  "people", "person", "persons", "worker", "workers", "docker", "dockers", "member", "members", "protester", "protesters", "demonstrator",
  "demonstrators", "marcher", "marchers", "resident", "residents", "student", "students", "teacher", "teachers", "nurse", "nurses",
  "doctor", "doctors", "employee", "employees", "staff", "miner", "miners", "driver", "drivers", "farmer", "farmers", "supporter",
  "supporters", "fan", "fans", "striker", "strikers", "volunteer", "volunteers", "mourner", "mourners", "participant", "participants",
]);
/** Words of taking part (`joined the walkout`, `went on strike`, `marched`, `downed tools`). */
const TAKE_PART = keys([
  "strike", "striking", "walkout", "walked", "protest", "protested", "march", "marched", "rally", "rallied", "demonstrate", "demonstration",
  "gathered", "gather", "attended", "attend", "joined", "join", "participated", "participate", "tools", "picket",
]);
/** Words that make a figure "the number" of something just counted (`put the number at 1,800`). */
const NUMBER_NOUNS = keys(["number", "figure", "count", "total", "turnout"]);
/** Words that make a count part of, or more than, another (`120 more dockers`, `among them 30 nurses`). */
const NOT_A_CROWD = new Set(["more", "additional", "extra", "new", "other", "further", "among", "including", "of", "per"]);
/** How many words may stand between a count and its word of taking part. */
const REACH = 6;
/** Reports of one crowd differ by little; far-apart figures count different groups. */
const MAX_RATIO = 1.5;

interface Count {
  clause: number;
  article: string;
  value: number;
}

/** A whole count at token i (digits or an English number word), else null. */
function countAt(text: string, toks: Token[], i: number): number | null {
  const t = toks[i]!;
  if (t.numeric) {
    const v = numberKey(t.norm);
    // Not a year, a decimal, a time or a date part.
    if (!/^\d+$/.test(v) || isYear(t.norm)) return null;
    if (/^[.:/]\d/.test(text.slice(t.end, t.end + 2)) || text.charAt(t.end) === "%") return null;
    return Number(v);
  }
  const en = englishNumberWord(t.norm);
  return en?.startsWith("n:") ? Number(en.slice(2)) : null;
}

/** Most words an aside set off by commas may hold (see takesPartPastAside). */
const ASIDE_WORDS = 8;

/**
 * Whether a word of taking part follows the count at token i once one aside set off by two commas
 * after it is passed over (the aside opening within REACH words of the count, the word of taking
 * part within REACH words after it): the aside's words neither count nor take part.
 */
function takesPartPastAside(text: string, toks: readonly Token[], stems: readonly string[], i: number): boolean {
  const commaBefore = (k: number): boolean => k > 0 && k < toks.length && text.slice(toks[k - 1]!.end, toks[k]!.start).includes(",");
  let open = -1;
  // The comma may follow the REACH-th word: the words before it are the counted people's own.
  for (let k = i + 1; k <= i + REACH + 1 && k < toks.length; k++) {
    if (commaBefore(k)) {
      open = k;
      break;
    }
  }
  if (open < 0) return false;
  let close = -1;
  for (let k = open + 1; k <= open + ASIDE_WORDS && k < toks.length; k++) {
    if (commaBefore(k)) {
      close = k;
      break;
    }
  }
  if (close < 0) return false;
  // Past the aside comes the clause's verb: it is read as near as the words right after the count.
  for (let k = close; k < close + REACH && k < toks.length; k++) if (TAKE_PART.has(stems[k]!)) return true;
  return false;
}

/** The headcounts of one clause; `after`: the clause before it in its article gave one. */
function clauseCounts(ctx: StoryContext, idx: number, after: boolean): Count[] {
  const c = ctx.clauses[idx]!;
  // Kept per clause of the cached features (its polarity map is its own, also in a copy of the
  // clause with aliased entity keys, which changes no word), so a rebuild tokenises no clause again.
  let figures = figuresCache.get(c.polarity);
  if (!figures) figuresCache.set(c.polarity, (figures = clauseFigures(ctx, c)));
  const out: Count[] = [];
  for (const f of figures) if (after || !f.afterOnly) out.push({ clause: idx, article: c.article, value: f.value });
  return out;
}

/** A clause's headcount figures; `afterOnly`: counted only after a clause that gave one (`put the number at`). */
interface Figure {
  value: number;
  afterOnly: boolean;
}

const figuresCache = new WeakMap<object, Figure[]>();

function clauseFigures(ctx: StoryContext, c: Clause): Figure[] {
  if (c.hedged || c.conditional || c.foreign) return [];
  // A count, in digits or words, gives the clause a number key: most clauses have none.
  if (!c.keys.some((k) => k.charCodeAt(0) === 110 && k.charCodeAt(1) === 58)) return [];
  const text = ctx.members.get(c.article)!.input.article.text;
  const toks = clauseTokens(ctx, c);
  const stems = toks.map((t) => wordKey(t.norm));
  const out: Figure[] = [];
  // A count written in words is one figure (`two thousand dockers`), read at its last word.
  const runs = new Map<number, { start: number; value: number | null }>();
  for (const [start, r] of numberWordRuns(toks, (t) => {
    const en = englishNumberWord(t.norm);
    return en?.startsWith("n:") ? Number(en.slice(2)) : null;
  })) {
    for (let k = start; k < r.end; k++) runs.set(k, { start, value: k === r.end - 1 ? r.value : null });
  }
  for (let i = 0; i < toks.length; i++) {
    const run = runs.get(i);
    const value = run ? run.value : countAt(text, toks, i);
    if (value === null || value < 2 || !Number.isInteger(value)) continue;
    const from = run ? run.start : i;
    const prev = toks[from - 1]?.norm ?? "";
    if (NOT_A_CROWD.has(prev) || NOT_A_CROWD.has(toks[i + 1]?.norm ?? "")) {
      // `2,000 of its members`: a count of a group the clause names right after.
      if (!(toks[i + 1]?.norm === "of" && ["its", "their", "the"].includes(toks[i + 2]?.norm ?? "") && PEOPLE.has(stems[i + 3] ?? ""))) continue;
    }
    const counted = PEOPLE.has(stems[i + 1] ?? "") || (toks[i + 1]?.norm === "of" && PEOPLE.has(stems[i + 3] ?? ""));
    if (counted) {
      let near = false;
      for (let d = 1; d <= REACH && !near; d++) near = TAKE_PART.has(stems[i + d] ?? "") || TAKE_PART.has(stems[i - d] ?? "");
      // An aside between the counted people and their verb (`Some 800 workers at the terminal,
      // the country's second-busiest port, began a strike`) tells of something else: passed over.
      if (!near) near = takesPartPastAside(text, toks, stems, i);
      if (near) out.push({ value, afterOnly: false });
      continue;
    }
    // `put the number at about 1,800`: the figure of the count the sentence before gave.
    const bare = ["at", "to"].includes(prev) || ["at", "to"].includes(toks[from - 2]?.norm ?? "");
    const ofNumber = toks.slice(Math.max(0, from - 5), from).some((t) => NUMBER_NOUNS.has(wordKey(t.norm)));
    if (bare && ofNumber) out.push({ value, afterOnly: true });
  }
  return out;
}

/**
 * Headcounts that differ between the sources of one event: the figures within MAX_RATIO of the
 * largest, when at least two differ and two independent sources give them.
 */
export function headcountContradictions(ctx: StoryContext): Contradiction[] {
  const byEvent = new Map<string, Count[]>();
  let lastArticle = "";
  let lastHad = false;
  ctx.clauses.forEach((c, idx) => {
    const m = ctx.members.get(c.article)!;
    if (c.article !== lastArticle) lastHad = false;
    lastArticle = c.article;
    if (m.copy) return;
    const counts = clauseCounts(ctx, idx, lastHad);
    lastHad = counts.length > 0;
    if (counts.length === 0) return;
    const ev = m.input.assignment.event;
    byEvent.set(ev, [...(byEvent.get(ev) ?? []), ...counts]);
  });
  const out: Contradiction[] = [];
  for (const counts of byEvent.values()) {
    const top = Math.max(...counts.map((x) => x.value));
    const kept = counts.filter((x) => x.value * MAX_RATIO >= top);
    const values = [...new Set(kept.map((x) => x.value))].sort((a, b) => b - a);
    if (values.length < 2) continue;
    const sources = new Set(kept.map((x) => sourceOf(ctx, x.article)));
    if (sources.size < 2) continue;
    const sides = values.map((v) => {
      const seen = new Set<string>();
      const citations = kept
        .filter((x) => x.value === v)
        .map((x) => {
          const c = ctx.clauses[x.clause]!;
          const s = ctx.members.get(c.article)!.features.sentences[c.sentence];
          return cite(ctx, c.article, s ? Math.min(s.start, c.start) : c.start, s ? Math.max(s.end, c.end) : c.end);
        })
        .filter((x) => !seen.has(`${x.article}:${x.start}`) && seen.add(`${x.article}:${x.start}`));
      return { label: `${v.toLocaleString("en-US")} taking part`, citations };
    });
    out.push({ id: "", kind: "number", about: "how many took part", sides, confidence: 0.55 });
  }
  return out;
}
