/**
 * Date disputes: sources that align on a happening but put it on different days (`signed the deal
 * on Tuesday` / `signed on Monday, October 19`). Only the day a clause says the happening took
 * place counts: one `on <day>` in the clause (not `by Friday`, `until`, `since`: a deadline or a
 * span), read as its resolved date where the article gives one, else as its weekday.
 */
import { similarity } from "./align.js";
import { cite, sourceOf, type StoryContext } from "./context.js";
import type { ClaimGroup } from "./claims.js";
import { actorBefore, reporting } from "./features.js";
import { STOP_WORDS, formKey, wordKeyW } from "./text.js";
import type { ClaimSupport, Contradiction } from "./types.js";

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december";

/** `on Tuesday`, `on Tuesday, May 5`, `on 5 May`, `on May 5`: the day a happening took place. */
const ON_DAY = new RegExp(
  `\\bon\\s+(?:(${WEEKDAYS.join("|")})\\b(?:,?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})|(?:${MONTHS})\\s+\\d{1,2}))?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})\\b|(?:${MONTHS})\\s+\\d{1,2}\\b)`,
  "giu",
);

/** The keys a day is written with (its date, its weekday): left out when two wordings are compared. */
const DAY_KEYS = new Set(WEEKDAYS.map((d) => wordKeyW(d)));

interface Day {
  clause: number;
  /** Resolved `YYYY-MM-DD` of a day written with its month (`on May 5`), else null. */
  date: string | null;
  weekday: string | null;
  at: number;
  /** Word keys just before `on`: what happened that day (`signed the takeover`). */
  act: Set<string>;
  /** Those of them that are verbs in the past (`signed`, `fired`, `found`). */
  verbs: Set<string>;
}

/** The text after its last comma (or other break): the stretch that belongs to what follows it. */
function sinceComma(before: string): string {
  const cut = Math.max(...[",", ";", ":", "(", "–", "—"].map((p) => before.lastIndexOf(p)));
  return before.slice(cut + 1);
}

/** How many plain words before `on <day>` tell what happened that day. */
const ACT_WORDS = 8;
/** How much the shorter wording's share held in the longer counts against the cosine (see dayContradictions). */
const CONTAINMENT_WEIGHT = 0.7;
/** Verbs of saying: when a statement was made is no part of what it states. */
const SAYING = new Set(["said", "says", "told", "announced", "added", "stated", "reported", "confirmed"]);

/**
 * The plain words (no names, no stop words, no verbs of saying) among the ACT_WORDS words before
 * `at`, back to the nearest comma: past it they belong to an aside (`the insurer, which covers a
 * third of X, said on Tuesday`).
 */
function actBefore(text: string, at: number): { act: Set<string>; verbs: Set<string> } {
  const words = sinceComma(text.slice(0, at)).match(/[\p{L}'’-]+/gu) ?? [];
  const act = new Set<string>();
  const verbs = new Set<string>();
  // The last ACT_WORDS plain words: a place's name (`at the Hensford Leisure Centre`) or a time
  // (`shortly after 2am`) between the act and its day does not push the act out of reach.
  for (let n = words.length - 1, taken = 0; n >= 0 && taken < ACT_WORDS; n--) {
    const w = words[n]!;
    const lower = w.toLowerCase();
    if (/^\p{Lu}/u.test(w) || w.length < 3 || SAYING.has(lower) || STOP_WORDS.has(lower)) continue;
    taken++;
    const k = wordKeyW(lower);
    act.add(k);
    if (lower.endsWith("ed") || formKey(lower).startsWith("=")) verbs.add(k);
  }
  return { act, verbs };
}

/** The one day the clause places its happening on, or null (none, or two). */
function dayOf(ctx: StoryContext, i: number): Day | null {
  const c = ctx.clauses[i]!;
  const text = ctx.members.get(c.article)!.input.article.text.slice(c.start, c.end);
  const hits = [...text.matchAll(ON_DAY)];
  if (hits.length !== 1) return null;
  const hit = hits[0]!;
  // A weekday alone resolves to the one before or after the article's date, so two outlets of
  // different days resolve `on Saturday` to different Saturdays: only a day written with its
  // month is compared by date, and a weekday by its name.
  const full = c.dates.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
  const date = new RegExp(MONTHS, "iu").test(hit[0]) && full.length === 1 ? full[0]! : null;
  const named = hit[1]?.toLowerCase() ?? null;
  const weekday = date ? WEEKDAYS[new Date(date + "T12:00:00Z").getUTCDay()]! : named;
  // A weekday that its own resolved date contradicts is a misreading: compare nothing.
  if (named && weekday !== named) return null;
  if (!date && !weekday) return null;
  return { clause: i, date, weekday, at: c.start + hit.index, ...actBefore(text, hit.index) };
}

const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** What happened on the day, as the first side's clause prints it before `on` (at most ACT_WORDS words). */
function actText(ctx: StoryContext, d: Day): string {
  const c = ctx.clauses[d.clause]!;
  const words = sinceComma(ctx.members.get(c.article)!.input.article.text.slice(c.start, d.at))
    .trim()
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
  return words.slice(-ACT_WORDS).join(" ").replace(/^["'“‘’”]+|["'“‘’”]+$/gu, "");
}

/** Two days that cannot be the same: different dates, or different weekdays where a date is unknown. */
function differ(a: Day, b: Day): boolean {
  if (a.date && b.date) return a.date !== b.date;
  return a.weekday !== null && b.weekday !== null && a.weekday !== b.weekday;
}

/** Different figures for one unit: a later report of the happening (`six dead on Monday`, `nine by Wednesday`), not a dispute of its day. */
function figuresDiffer(ctx: StoryContext, i: number, j: number): boolean {
  const a = ctx.clauses[i]!.numbers;
  const b = ctx.clauses[j]!.numbers;
  return a.some((x) => x.unit && b.some((y) => y.unit === x.unit && y.value !== x.value));
}

/** Per corroborated claim, the sources that place its happening on different days. */
export function dayContradictions(ctx: StoryContext, claims: ClaimGroup[]): Contradiction[] {
  const out: Contradiction[] = [];
  for (const g of claims) {
    if (g.claim.status !== "corroborated") continue;
    const days = g.clauses.map((i) => dayOf(ctx, i)).filter((d): d is Day => d !== null);
    if (days.length < 2) continue;
    // A source that places it on two days tells two happenings: it takes no side.
    const bySource = new Map<string, Day[]>();
    for (const d of days) {
      const src = sourceOf(ctx, ctx.clauses[d.clause]!.article);
      bySource.set(src, [...(bySource.get(src) ?? []), d]);
    }
    const clean = [...bySource.values()].filter((ds) => ds.every((d) => !differ(d, ds[0]!))).flat();
    let best = 0;
    for (let x = 0; x < clean.length; x++) {
      for (let y = x + 1; y < clean.length; y++) {
        const a = clean[x]!;
        const b = clean[y]!;
        if (!differ(a, b) || sourceOf(ctx, ctx.clauses[a.clause]!.article) === sourceOf(ctx, ctx.clauses[b.clause]!.article)) continue;
        if (figuresDiffer(ctx, a.clause, b.clause)) continue;
        // The same act on both days (`signed ... on Monday`, `signed ... on Tuesday`), not two
        // acts a claim holds (`hired on April 21`, `fired on Monday`).
        if (![...a.act].some((k) => b.act.has(k))) continue;
        if (a.verbs.size > 0 && b.verbs.size > 0 && ![...a.verbs].some((k) => b.verbs.has(k))) continue;
        const ca = ctx.clauses[a.clause]!;
        const cb = ctx.clauses[b.clause]!;
        // `Lange arrived on Monday`, `Moll arrived on Tuesday`: two people's days.
        const actorA = actorBefore(ca, a.at);
        const actorB = actorBefore(cb, b.at);
        if (actorA !== null && actorB !== null && actorA !== actorB) continue;
        const unshared = reporting(ca, cb, [...DAY_KEYS, ...[...ca.keys, ...cb.keys].filter((k) => k.startsWith("d:"))]);
        // A wording that tells more around the act (`..., after a recount ordered when ...`) is
        // far from the other as a whole: the shorter one held in it counts, a little less.
        const { sim, containment } = similarity(ctx.weights, a.clause, b.clause, unshared);
        best = Math.max(best, sim, CONTAINMENT_WEIGHT * containment);
      }
    }
    if (best < ctx.options.contradictionAlignment) continue;
    const confidence = Math.round(Math.min(1, best * 1.2) * 1000) / 1000;
    if (confidence < ctx.options.contradictionThreshold) continue;
    // Sides by day; a weekday-only side joins the dated side of its weekday.
    const sides = new Map<string, Day[]>();
    for (const d of [...clean].sort((p, q) => Number(p.date === null) - Number(q.date === null))) {
      const home = [...sides.keys()].find((k) => !differ(sides.get(k)![0]!, d));
      const key = home ?? d.date ?? d.weekday!;
      sides.set(key, [...(sides.get(key) ?? []), d]);
    }
    if (sides.size < 2) continue;
    const cites = (ds: Day[]): ClaimSupport[] => ds.map((d) => cite(ctx, ctx.clauses[d.clause]!.article, ctx.clauses[d.clause]!.start, ctx.clauses[d.clause]!.end));
    out.push({
      id: "",
      kind: "date",
      about: "day: " + actText(ctx, clean[0]!),
      sides: [...sides].map(([k, ds]) => ({ label: capitalised(ds[0]!.date ? `${ds[0]!.weekday ?? ""} ${ds[0]!.date}`.trim() : k), citations: cites(ds) })),
      confidence,
    });
  }
  return out;
}
