/**
 * Date disputes: sources that align on a happening but put it on different days (`signed the deal
 * on Tuesday` / `signed on Monday, October 19`). Only the day a clause says the happening took
 * place counts: one `on <day>` in the clause (not `by Friday`, `until`, `since`: a deadline or a
 * span; but a happening put off to a day, a closure until a day and one lasting until a day tell
 * when it happens, reopens or ends), read as its resolved date where the article gives one, else as
 * its weekday.
 */
import { cosine, crossCosine, similarity } from "./align.js";
import { cite, sourceOf, type StoryContext } from "./context.js";
import type { ClaimGroup } from "./claims.js";
import { actorBefore, reporting, type Clause } from "./features.js";
import { IN_PERIOD, MONTHS, STOP_WORDS, formKey, wordKey, wordKeyW } from "./text.js";
import { englishSynonym, phraseSpans, translateWord } from "./lexicon.js";
import type { ClaimSupport, Contradiction } from "./types.js";
import { pushTo } from "../core/multimap.js";
import { normalizeWord } from "../core/tokenize.js";

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/** A day as written: `Tuesday`, `Tuesday, May 5`, `5 May`, `May 5` (the weekday is group 1). */
const DAY_WRITTEN = `(?:(${WEEKDAYS.join("|")})\\b(?:,?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})|(?:${MONTHS})\\s+\\d{1,2}))?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})\\b|(?:${MONTHS})\\s+\\d{1,2}\\b)`;

/** `on Tuesday`, `on Tuesday, May 5`, `on 5 May`, `on May 5`: the day a happening took place. */
const ON_DAY = new RegExp(`\\bon\\s+${DAY_WRITTEN}`, "giu");

/**
 * The new day of a happening put off or brought forward (`the vote was postponed to 3 May`,
 * `moved to Friday`): `to` or `until` after such a verb names the day it will take place.
 */
const MOVED_TO_DAY = new RegExp(`\\b(?:postponed|delayed|deferred|rescheduled|moved|put\\s+off|pushed\\s+back|brought\\s+forward)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:to|until|till)\\s+${DAY_WRITTEN}`, "giu");

/**
 * A closure until a day (`will stay closed until at least Monday 22 June`, `remains shut until
 * Friday`): the day it reopens at the earliest, the act of `will reopen on Friday`.
 */
const CLOSED_UNTIL_DAY = new RegExp(`\\b(?:closed|shut|suspended)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?until\\s+(?:at\\s+(?:the\\s+)?(?:least|earliest)\\s+)?${DAY_WRITTEN}`, "giu");

/** The act a closure until a day tells of: its reopening. */
const REOPEN = wordKeyW("reopen");

/**
 * The day a happening under way lasts until (`the strike is set to last until Saturday morning`,
 * `will run until Friday`): the day it ends, as `is due to end at 6am on Friday` tells it.
 */
const LASTS_UNTIL_DAY = new RegExp(`\\b(?:last|lasts|run|runs|continue|continues)\\s+until\\s+${DAY_WRITTEN}`, "giu");
/** The act of a day something lasts until, and of `ends on`: its end. */
const END = wordKeyW("end");
/** Forms of the verb `end` (`due to end on`, `ended on`). */
const END_FORMS = new Set(["end", "ends", "ended", "ending"]);

/** The keys a day is written with (its date, its weekday): left out when two wordings are compared. */
const DAY_KEYS = new Set([...WEEKDAYS, ...MONTHS.split("|")].map((d) => wordKeyW(d)));


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
  /** The verb nearest the day: what was done on it (`resumed` in `cancelled for Monday and resumed on Tuesday`). */
  last: string | null;
  /** For a month or year without its day (`in December`, `in 1871`): its month (1-12) and printed year, and the period as printed. */
  month?: number | null;
  year?: string | null;
  period?: string;
  /** For a month or year: the key of the word right before it, the thing it dates (`inspection` in `an inspection in 2021`). */
  dated?: string | null;
  /** For a closure until a day (see CLOSED_UNTIL_DAY): that day resolved, the earliest reopening, or null. */
  until?: string | null;
  /** The clause's one resolved date (`on Friday` read against the article's date), or null. */
  resolved?: string | null;
}

/** The text after its last comma (or other break): the stretch that belongs to what follows it. */
function sinceComma(before: string): string {
  const cut = Math.max(...[",", ";", ":", "(", "–", "—"].map((p) => before.lastIndexOf(p)));
  return before.slice(cut + 1);
}

/**
 * The last `n` words before the last comma (or other break) of `before`, back to the break before
 * that: what a relative clause or a participle after the comma tells of (`The blaze, which ...
 * started`, `Le feu, parti samedi`). None when there is no break.
 */
function wordsBeforeComma(before: string, n: number): string[] {
  const after = sinceComma(before);
  if (after.length === before.length) return [];
  return (sinceComma(before.slice(0, before.length - after.length - 1)).match(/[\p{L}'’-]+/gu) ?? []).slice(-n);
}

/** How many words before a comma name what a relative clause or participle after it tells of. */
const SUBJECT_WORDS = 3;

/** How many plain words before `on <day>` tell what happened that day. */
const ACT_WORDS = 8;
/** Least alignment of two clauses of one event that put the same verb of an act on different days (see eventDayContradictions). */
const SAME_VERB_ALIGNMENT = 0.3;
/** How much the shorter wording's share held in the longer counts against the cosine (see dayContradictions). */
const CONTAINMENT_WEIGHT = 0.7;
/** Auxiliaries of a progressive (`were searching`, `has been flooding`). */
const PROGRESSIVE_AUX = new Set(["is", "are", "was", "were", "been", "be"]);
/** A verb of saying, then only where or how it was said (`said at her home in X`, `told reporters in X`, `said in a statement`), up to the day. */
const SAID_WHERE = /\b(?:said|says|told\s+(?:reporters|journalists|[\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?)|added|stated|announced)\s+(?:(?:at|in|from|outside|during|via|through)\s+[^,;:.!?]{1,60}?)?\s*(?:(?:on|last|this)\s*)?$/u;
/** Verbs of saying: when a statement was made is no part of what it states. */
const SAYING = new Set(["said", "says", "told", "announced", "added", "stated", "reported", "confirmed", "posted", "published", "updated"]);

/**
 * The plain words (no names, no stop words, no verbs of saying) among the ACT_WORDS words before
 * `at`, back to the nearest comma: past it they belong to an aside (`the insurer, which covers a
 * third of X, said on Tuesday`).
 */
function actBefore(text: string, at: number): { act: Set<string>; verbs: Set<string>; last: string | null } {
  let stretch = sinceComma(text.slice(0, at));
  // `Freya said at her family's home on Monday`, `told reporters in Karsby on Monday`: a day after a
  // verb of saying and where it was said dates the saying, not what was said.
  if (SAID_WHERE.test(stretch)) return { act: new Set(), verbs: new Set(), last: null };
  // A relative clause set off by a comma (`The blaze, which fire chiefs believe started on Friday
  // night`) tells the act of the thing before the comma: its last words are part of the act.
  if (/^\s*(?:which|who|that)\b/iu.test(stretch)) stretch = [...wordsBeforeComma(text.slice(0, at), SUBJECT_WORDS), stretch].join(" ");
  // A verb whose subject an aside set off (`The walkout, called by the union, is due to end`): the
  // subject before the aside is what the act is of.
  else if (/^\s*(?:is|are|was|were|has|have|had|will|would)\b/iu.test(stretch)) {
    const parts = text.slice(0, at).split(/[,;:()–—]/u);
    if (parts.length >= 3) stretch = [...(parts[parts.length - 3]!.match(/[\p{L}'’-]+/gu) ?? []).slice(-SUBJECT_WORDS), stretch].join(" ");
  }
  const words = stretch.match(/[\p{L}'’-]+/gu) ?? [];
  // The clause's first word is capitalised as a sentence's start, not as a name (`Talks ... broke down`).
  const opens = stretch === text.slice(0, at) && /^[\s"“‘']*\p{L}/u.test(stretch);
  const act = new Set<string>();
  const verbs = new Set<string>();
  let last: string | null = null;
  // A news phrase (`gave way`, `broke out`) is its head's act (`collapse`, `begin`), a verb.
  const phraseAt = new Map<number, string>();
  for (const p of phraseSpans(words.map((w) => wordKey(w.toLowerCase())))) for (let n = p.from; n < p.to; n++) phraseAt.set(n, p.key);
  // The last ACT_WORDS plain words: a place's name (`at the Hensford Leisure Centre`) or a time
  // (`shortly after 2am`) between the act and its day does not push the act out of reach.
  for (let n = words.length - 1, taken = 0; n >= 0 && taken < ACT_WORDS; n--) {
    const w = words[n]!;
    const lower = w.toLowerCase();
    if ((/^\p{Lu}/u.test(w) && !(n === 0 && opens && !/^\p{Lu}{2}/u.test(w))) || w.length < 3 || SAYING.has(lower) || STOP_WORDS.has(lower)) continue;
    taken++;
    // A reworded act (`spotted` / `found`) is read as its synonym row's head.
    const phrase = phraseAt.get(n);
    const k = phrase ?? englishSynonym(wordKey(lower)) ?? wordKeyW(lower);
    act.add(k);
    // A progressive after its auxiliary (`were searching`) is a verb too: the act is searching.
    const progressive = lower.endsWith("ing") && PROGRESSIVE_AUX.has(words[n - 1]?.toLowerCase() ?? "");
    if (phrase !== undefined || progressive || lower.endsWith("ed") || formKey(lower).startsWith("=")) {
      verbs.add(k);
      last ??= k;
    }
  }
  return { act, verbs, last };
}

/** The last word of a stretch before a day, a time of day (`at 6am`, `at noon`) passed over. */
function lastWord(before: string): string {
  const words = before.replace(/\s+at\s+(?:\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm)|\d{1,2}[.:]\d\d|noon|midnight)\s*$/iu, "").match(/[\p{L}'’-]+/gu) ?? [];
  return (words[words.length - 1] ?? "").toLowerCase();
}

/** A weekday or a month named anywhere: what every written day holds (see DAY_WRITTEN). */
const DAY_NAMED = new RegExp(`(?:${WEEKDAYS.join("|")}|${MONTHS})`, "iu");
/** A month or a year named anywhere: what every period holds (see IN_PERIOD). */
const PERIOD_NAMED = new RegExp(`(?:${MONTHS}|(?:1[89]|20)\\d\\d)`, "iu");

/** Per story context, each clause's day once read (the claim rule and the event rule read the same clauses). */
const daysRead = new WeakMap<StoryContext, Map<number, Day | null>>();

/** The one day the clause places its happening on, or null (none, or two); read once per clause. */
function dayOf(ctx: StoryContext, i: number): Day | null {
  let read = daysRead.get(ctx);
  if (!read) daysRead.set(ctx, (read = new Map()));
  let d = read.get(i);
  if (d === undefined) read.set(i, (d = readDay(ctx, i)));
  return d;
}

/** The one day the clause places its happening on, or null (none, or two). */
function readDay(ctx: StoryContext, i: number): Day | null {
  const c = ctx.clauses[i]!;
  const text = ctx.members.get(c.article)!.input.article.text.slice(c.start, c.end);
  // Every way of writing a day names a weekday or a month: most clauses name neither.
  if (!DAY_NAMED.test(text)) return periodOf(c, i, text);
  const hits = [...text.matchAll(ON_DAY)];
  // A day a happening was put off to or a closure lasts until, where no `on <day>` is told.
  const moved = hits.length === 0 ? [...text.matchAll(MOVED_TO_DAY)] : [];
  const until = hits.length === 0 && moved.length === 0 ? [...text.matchAll(CLOSED_UNTIL_DAY)] : [];
  const lasts = hits.length === 0 && moved.length === 0 && until.length === 0 ? [...text.matchAll(LASTS_UNTIL_DAY)] : [];
  if (hits.length === 0 && moved.length === 0 && until.length === 0 && lasts.length === 0) return periodOf(c, i, text);
  if (hits.length + moved.length + until.length + lasts.length !== 1) return null;
  const hit = hits[0] ?? moved[0] ?? until[0] ?? lasts[0]!;
  // A weekday alone resolves to the one before or after the article's date, so two outlets of
  // different days resolve `on Saturday` to different Saturdays: only a day written with its
  // month is compared by date, and a weekday by its name.
  const full = c.dates.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
  const dated = new RegExp(MONTHS, "iu").test(hit[0]);
  // A day written with its month that the date layer left without a year (or with two dates in
  // the clause) is still its month and day: `on 3 March` and `on 17 March` differ.
  const date = dated && full.length === 1 ? full[0]! : dated ? monthDay(hit[0]) : null;
  const named = hit[1]?.toLowerCase() ?? null;
  const weekday = date && date.length === 10 ? WEEKDAYS[new Date(date + "T12:00:00Z").getUTCDay()]! : named;
  // A weekday that its own resolved date contradicts is a misreading: compare nothing.
  if (named && weekday !== named) return null;
  if (!date && !weekday) return null;
  if (until.length > 0) {
    // What stays closed is named before the verb (`the line will stay closed`); the act is its reopening.
    const { act } = actBefore(text, hit.index);
    return { clause: i, date, weekday, at: c.start + hit.index, act: act.add(REOPEN), verbs: new Set([REOPEN]), last: REOPEN, until: full.length === 1 ? full[0]! : null };
  }
  if (lasts.length > 0) {
    // What lasts is named before the verb (`the strike is set to last`); the act is its end.
    const { act } = actBefore(text, hit.index);
    return { clause: i, date, weekday, at: c.start + hit.index, act: act.add(END), verbs: new Set([END]), last: END, resolved: full.length === 1 ? full[0]! : null };
  }
  // The act of a moved day is read up to its verb (`the vote was postponed`), as before `on`.
  const actEnd = moved.length > 0 ? hit.index + /^\S+(?:\s+(?:off|back|forward))?/u.exec(hit[0])![0].length : hit.index;
  const read = actBefore(text, actEnd);
  // `is due to end at 6am on Friday`: the end told as a verb is the act's verb, as `last until` is.
  if (END_FORMS.has(lastWord(text.slice(0, actEnd)))) {
    read.verbs.add(END);
    read.last = END;
  }
  return { clause: i, date, weekday, at: c.start + hit.index, ...read, resolved: full.length === 1 ? full[0]! : null };
}

/** The one month or year a clause with no day places its happening in (see IN_PERIOD), or null. */
function periodOf(c: Clause, i: number, text: string): Day | null {
  if (!PERIOD_NAMED.test(text)) return null;
  const hits = [...text.matchAll(IN_PERIOD)];
  if (hits.length !== 1) return null;
  const hit = hits[0]!;
  // Another year printed besides (`Before 1997, he had served a five-year term in 1959`): the
  // clause tells of two times.
  const years = text.match(/(?<![\d,.])(?:1[89]|20)\d\d(?![\d])/g) ?? [];
  if (years.some((y) => !hit[0].includes(y))) return null;
  const month = hit[2] ? MONTH_LIST.indexOf(hit[2].toLowerCase()) + 1 : null;
  const year = hit[3] ?? hit[4] ?? null;
  const period = hit[0].replace(/^\S+\s+(?:the\s+)?/iu, "");
  const before = /([\p{L}'’-]+)[^\p{L}]*$/u.exec(text.slice(0, hit.index))?.[1]?.toLowerCase();
  const dated = before && !STOP_WORDS.has(before) ? wordKeyW(before) : null;
  return { clause: i, date: null, weekday: null, at: c.start + hit.index, ...actBefore(text, hit.index), month, year, period, dated };
}

/**
 * The one day a translated clause places its happening on, read from the date layer's mentions in
 * the clause (`le 29 mai`, `mardi soir`, `am Montag`): as in English, a day written with its month
 * is compared by date and a weekday alone by its name. Its act is the words before the mention,
 * in their English keys where the lexicon has them, so it meets an English wording's act.
 */
function translatedDayOf(ctx: StoryContext, i: number): Day | null {
  const c = ctx.clauses[i]!;
  if (c.foreign === null) return null;
  const mentions = ctx.members.get(c.article)!.input.analysis.dates.filter((d) => d.start >= c.start && d.end <= c.end && d.resolved !== null);
  if (mentions.length === 0) return translatedPeriodOf(ctx, i);
  if (mentions.length !== 1) return null;
  const m = mentions[0]!;
  const resolved = m.resolved!;
  const full = /^\d{4}-\d{2}-\d{2}$/.test(resolved);
  const dated = /\d/.test(m.text);
  const weekday = full ? WEEKDAYS[new Date(resolved + "T12:00:00Z").getUTCDay()]! : null;
  const date = dated ? resolved : null;
  if (!date && !weekday) return null;
  const text = ctx.members.get(c.article)!.input.article.text;
  const act = new Set<string>();
  let words: string[] = sinceComma(text.slice(c.start, m.start)).match(/[\p{L}'’-]+/gu) ?? [];
  // A participle set off by a comma (`Le feu, parti samedi`) tells the act of what stands before it.
  if (words.filter((w) => w.length >= 3).length < 2) words = [...wordsBeforeComma(text.slice(c.start, m.start), SUBJECT_WORDS), ...words];
  // German and Dutch put the verb of a subordinate clause last (`dass die Strecke frühestens am
  // Montag wieder befahrbar ist`): the words after the day tell the act too.
  const after = VERB_LAST.has(c.foreign) ? (sinceComma(text.slice(m.end, c.end).split(/[,;:]/)[0]!).match(/[\p{L}'’-]+/gu) ?? []).slice(0, ACT_WORDS) : [];
  for (const w of [...words.slice(-ACT_WORDS), ...after]) {
    const k = translatedActKey(c.foreign, w);
    if (k !== null) act.add(k);
  }
  return { clause: i, date, weekday, at: m.start, act, verbs: new Set(), last: null };
}

/** A translated word's English act key (its synonym row's head where it has one), or null: elided articles (`l'`, `d'`) dropped, short words skipped. */
function translatedActKey(language: string, word: string): string | null {
  const lower = word.toLowerCase().replace(/^[ldjnsmtc]['’]/u, "");
  if (lower.length < 3) return null;
  const en = translateWord(language, normalizeWord(lower));
  return en?.startsWith("w:") ? (englishSynonym(en.slice(2)) ?? en) : null;
}

/** Languages whose subordinate clauses end on their verb. */
const VERB_LAST = new Set(["de", "nl"]);

/** The English month keys (`w:januar`), by month number less one. */
const MONTH_KEYS = MONTHS.split("|").map((m) => wordKeyW(m));

/**
 * A month (with its year, if printed) after a preposition of time in the lexicon's languages (`en
 * janvier`, `im Januar`, `a partir de octubre`, `em dezembro 2026`), which the date layer leaves
 * unresolved: a translated clause's period, as `in January` is an English one's (`en enero de 2023`
 * with its year).
 */
const FOREIGN_PERIOD_RE = /\b(?:en|dès|des|à\s+partir\s+de|a\s+partir\s+de|im|ab|in|a|em|vanaf|desde|da)\s+(?:(?:début|fin|mi|anfang|ende|mitte|principios\s+de|finales\s+de|inizio|fine|início\s+de|begin|eind)[-\s]+)?(\p{L}+)(?:\s+(?:de\s+)?((?:19|20)\d\d))?\b/giu;

/** The one month a translated clause places its happening in (see FOREIGN_PERIOD_RE), or null. */
function translatedPeriodOf(ctx: StoryContext, i: number): Day | null {
  const c = ctx.clauses[i]!;
  const text = ctx.members.get(c.article)!.input.article.text;
  const clause = text.slice(c.start, c.end);
  const hits = [...clause.matchAll(FOREIGN_PERIOD_RE)].filter((m) => MONTH_KEYS.includes(translateWord(c.foreign!, normalizeWord(m[1]!)) ?? ""));
  if (hits.length !== 1) return null;
  const hit = hits[0]!;
  const month = MONTH_KEYS.indexOf(translateWord(c.foreign!, normalizeWord(hit[1]!))!) + 1;
  const year = hit[2] ?? null;
  // Another year printed besides: the clause tells of two times.
  const years = clause.match(/(?<![\d,.])(?:1[89]|20)\d\d(?![\d])/g) ?? [];
  if (years.some((y) => y !== year)) return null;
  const act = new Set<string>();
  let last: string | null = null;
  const words = sinceComma(clause.slice(0, hit.index)).match(/[\p{L}'’-]+/gu) ?? [];
  for (const w of words.slice(-ACT_WORDS).reverse()) {
    const k = translatedActKey(c.foreign!, w);
    if (k === null) continue;
    act.add(k);
    // The word nearest the month that the lexicon knows stands for the verb (`finaliser en janvier`).
    last ??= k;
  }
  const name = MONTHS.split("|")[month - 1]!;
  const period = name.charAt(0).toUpperCase() + name.slice(1) + (year ? " " + year : "");
  return { clause: i, date: null, weekday: null, at: c.start + hit.index, act, verbs: new Set(), last, month, year, period, dated: null };
}

/** Per story context, the clauses an outlet states of each event (no copy's, no conditional one), in order. */
const statedRead = new WeakMap<StoryContext, Map<string, number[]>>();

/** The clauses each event's outlets state, read once per story: every day dispute looks for further outlets among them. */
function statedByEvent(ctx: StoryContext): Map<string, number[]> {
  let byEvent = statedRead.get(ctx);
  if (byEvent) return byEvent;
  byEvent = new Map();
  statedRead.set(ctx, byEvent);
  ctx.clauses.forEach((c, i) => {
    const member = ctx.members.get(c.article)!;
    if (c.conditional || member.copy) return;
    const list = byEvent.get(member.input.assignment.event);
    if (list) list.push(i);
    else byEvent.set(member.input.assignment.event, [i]);
  });
  return byEvent;
}

/** Least alignment of a further outlet's clause with a side's clause for it to join that side (see furtherDays). */
const FURTHER_ALIGNMENT = 0.15;

/**
 * Further outlets of a day dispute: a clause of the dispute's events, of a source no side holds,
 * that puts a happening on one side's day and on no other side's, and tells it as that side's
 * clause does (aligned at FURTHER_ALIGNMENT, across languages on the words a translation keeps,
 * and sharing a word of the act unless both name the day with its month). The pairs that found
 * the dispute rarely take in every outlet: a wording that tells more around the act, or a
 * translation whose day the English reading cannot see (`sa peine sera prononcée le 29 mai`).
 */
function furtherDays(ctx: StoryContext, sides: Map<string, Day[]>): void {
  const held = [...sides.values()].flat();
  const taken = new Set(held.map((d) => sourceOf(ctx, ctx.clauses[d.clause]!.article)));
  const eventOf = (i: number): string => ctx.members.get(ctx.clauses[i]!.article)!.input.assignment.event;
  const events = new Set(held.map((d) => eventOf(d.clause)));
  const heldClauses = new Set(held.map((d) => d.clause));
  const byEvent = statedByEvent(ctx);
  const candidates = [...events].flatMap((e) => byEvent.get(e) ?? []).sort((a, b) => a - b);
  for (const i of candidates) {
    const c = ctx.clauses[i]!;
    if (heldClauses.has(i)) continue;
    const src = sourceOf(ctx, c.article);
    if (taken.has(src)) continue;
    const d = c.foreign === null ? dayOf(ctx, i) : translatedDayOf(ctx, i);
    if (!d) continue;
    const homes = [...sides.values()].filter((ds) => same(ds[0]!, d) || withinPart(d, ds[0]!));
    if (homes.length !== 1) continue;
    const home = homes[0]!;
    const joins = home.some((h) => {
      const hc = ctx.clauses[h.clause]!;
      const sim = hc.foreign === c.foreign ? cosine(ctx.weights, h.clause, i) : crossCosine(ctx.weights, h.clause, i);
      if (sim < FURTHER_ALIGNMENT) return false;
      return (h.date !== null && d.date !== null) || [...d.act].some((k) => h.act.has(k));
    });
    if (!joins) continue;
    home.push(d);
    taken.add(src);
  }
}

/** The days of a month a part of it names (`early March`: the 1st to the 10th). */
const MONTH_PARTS: [RegExp, number, number][] = [
  [/\b(?:early|beginning\s+of|start\s+of)\b/i, 1, 10],
  [/\bmid\b/i, 11, 20],
  [/\b(?:late|end\s+of)\b/i, 21, 31],
];

/**
 * Whether a part of a month (`in early March`) holds a side's day written with its month (`on 3
 * March`): the wording takes that side of a dispute whose other days lie outside the part.
 */
function withinPart(part: Day, day: Day): boolean {
  if (part.period === undefined || !part.month || day.period !== undefined || !day.date) return false;
  const range = MONTH_PARTS.find(([re]) => re.test(part.period!));
  if (!range) return false;
  const [month, dom] = day.date.slice(-5).split("-").map(Number) as [number, number];
  return month === part.month && dom >= range[1] && dom <= range[2];
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

const MONTH_LIST = MONTHS.split("|");

/** `--MM-DD` of a day written with its month (`5 May`, `May 5th`), else null. */
function monthDay(text: string): string | null {
  const m = new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTHS})|(${MONTHS})\\s+(\\d{1,2})`, "iu").exec(text);
  if (!m) return null;
  const month = MONTH_LIST.indexOf((m[2] ?? m[3]!).toLowerCase()) + 1;
  const day = Number(m[1] ?? m[4]);
  return `--${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Two days that cannot be the same: different dates, or different weekdays where a date is unknown. */
function differ(a: Day, b: Day): boolean {
  return compare(a, b) === "differ";
}

/** Two days that are one: the same date, or the same weekday where a date is unknown. */
function same(a: Day, b: Day): boolean {
  return compare(a, b) === "same";
}

/**
 * Whether two days are one, differ, or cannot be told apart (null): a month or a year (`in
 * December`, `in 1871`) is compared with another month or year only, since a day's year is often
 * the date layer's guess and a weekday names no month.
 */
function compare(a: Day, b: Day): "same" | "differ" | null {
  const pa = a.period !== undefined;
  const pb = b.period !== undefined;
  if (!pa && !pb) {
    // A day without its year is compared by month and day.
    if (a.date && b.date) return a.date.slice(-5) !== b.date.slice(-5) ? "differ" : "same";
    return a.weekday !== null && b.weekday !== null && a.weekday !== b.weekday ? "differ" : "same";
  }
  if (pa !== pb) return null;
  if (a.year && b.year && a.year !== b.year) return "differ";
  if (a.month && b.month) return a.month === b.month ? "same" : "differ";
  return a.year && b.year ? "same" : null;
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
    const x = dispute(ctx, days);
    if (x) out.push(x);
  }
  return out;
}

/**
 * Day disputes read across each event rather than inside one claim: two outlets' clauses that
 * put the same act on different days (`the racking collapsed on Tuesday morning` / `the shelves
 * came down on Monday`) though claim alignment set them apart (the rest of each sentence tells
 * other details). The pairs pass the claim rule's tests; each set of clauses linked by such
 * pairs is one dispute, with the same tests of its sides.
 */
export function eventDayContradictions(ctx: StoryContext): Contradiction[] {
  const eventOf = (i: number): string => ctx.members.get(ctx.clauses[i]!.article)!.input.assignment.event;
  const byEvent = new Map<string, Day[]>();
  ctx.clauses.forEach((c, i) => {
    // A day a happening is due on (`would be sentenced on 29 May`) is disputed like a past one.
    if (c.conditional || ctx.members.get(c.article)!.copy) return;
    // A translation's month opens a dispute too (`finaliser en janvier` / `completed in December`).
    const d = c.foreign === null ? dayOf(ctx, i) : translatedPeriodOf(ctx, i);
    if (d) pushTo(byEvent, eventOf(i), d);
    const later = c.foreign === null && d?.period === undefined ? laterPeriodOf(ctx, i) : null;
    if (later) pushTo(byEvent, eventOf(i), later);
  });
  const out: Contradiction[] = [];
  for (const days of byEvent.values()) {
    // Linked sets of days by passing pairs.
    const parent = days.map((_, k) => k);
    const root = (k: number): number => (parent[k] === k ? k : (parent[k] = root(parent[k]!)));
    const linked = new Set<number>();
    for (let x = 0; x < days.length; x++) {
      for (let y = x + 1; y < days.length; y++) {
        // The same verb of the act on two days needs less of the rest of the wording.
        const a = days[x]!;
        const b = days[y]!;
        // A reopening against a closure until a day is one act by pairScore's own test.
        const sameVerb = (a.last !== null && a.last === b.last) || a.until !== undefined || b.until !== undefined;
        if (pairScore(ctx, a, b) < (sameVerb ? SAME_VERB_ALIGNMENT : ctx.options.contradictionAlignment)) continue;
        parent[root(x)] = root(y);
        linked.add(x).add(y);
      }
    }
    const sets = new Map<number, Day[]>();
    for (const k of linked) sets.set(root(k), [...(sets.get(root(k)) ?? []), days[k]!]);
    for (const set of sets.values()) {
      // A source's other clauses of the same act on another day make it tell two happenings.
      const acts = new Set(set.flatMap((d) => [...d.act]));
      const sources = new Set(set.map((d) => sourceOf(ctx, ctx.clauses[d.clause]!.article)));
      const more = days.filter((d) => !set.includes(d) && sources.has(sourceOf(ctx, ctx.clauses[d.clause]!.article)) && [...d.verbs].some((k) => acts.has(k)));
      const x = dispute(ctx, [...set, ...more], SAME_VERB_ALIGNMENT);
      if (x) out.push(x);
    }
  }
  return out;
}

/** How closely two days' clauses tell one act, or 0 when they cannot dispute its day. */
function pairScore(ctx: StoryContext, a: Day, b: Day): number {
  if (!differ(a, b) || sourceOf(ctx, ctx.clauses[a.clause]!.article) === sourceOf(ctx, ctx.clauses[b.clause]!.article)) return 0;
  let reopening = false;
  // A closure until a day bounds the reopening from below: only a reopening told for an earlier
  // day, both resolved to dates, disputes it (`reopen on Friday` against `closed until at least
  // Monday 22 June`; not `reopen on Tuesday`).
  if (a.until !== undefined || b.until !== undefined) {
    const [bound, other] = a.until !== undefined ? [a, b] : [b, a];
    const day = other.resolved ?? (other.date?.length === 10 ? other.date : null);
    if (other.until !== undefined || !bound.until || !day || day >= bound.until) return 0;
    // The other tells the reopening (`expect the line to reopen on Friday`) of what stays closed.
    if (!other.act.has(REOPEN) || [...bound.act].filter((k) => other.act.has(k)).length < 2) return 0;
    reopening = true;
  }
  // Months or years are no later report of a toll told by the day: there the figures may differ too (`rise to 3 marks from 1 September` / `goes up to 3.50 marks from October`).
  if (!(a.period !== undefined && b.period !== undefined) && figuresDiffer(ctx, a.clause, b.clause)) return 0;
  // A month or a year is a looser time than a day: a history told in years (`sold in 1957`,
  // `listed in 1967`) holds many acts, so only the same verb nearest the period, or the same thing
  // it dates where a side tells no act of its own (`an inspection in 2021` / `recommended after an
  // inspection in 2022`), is one act: `sold the yard to a group in 1987` and `bought the yard from
  // a group in 1957` are two.
  // A translated month's act is the lexicon's English words before it, with no verb told apart:
  // its nearest such word as the other's verb, or two words of the act in common, make one act.
  const translated = isTranslated(ctx, a) !== isTranslated(ctx, b);
  const actShared = [...a.act].filter((k) => b.act.has(k)).length;
  const translatedAct = translated && a.period !== undefined && b.period !== undefined && ((a.last !== null && a.last === b.last) || actShared >= 2);
  if (a.period !== undefined && !translatedAct && !(a.last !== null && a.last === b.last) && !(a.dated !== null && a.dated === b.dated && (a.last === null || b.last === null))) return 0;
  // The same act on both days (`signed ... on Monday`, `signed ... on Tuesday`), not two
  // acts a claim holds (`hired on April 21`, `fired on Monday`).
  if (![...a.act].some((k) => b.act.has(k))) return 0;
  if (a.verbs.size > 0 && b.verbs.size > 0 && ![...a.verbs].some((k) => b.verbs.has(k))) return 0;
  const ca = ctx.clauses[a.clause]!;
  const cb = ctx.clauses[b.clause]!;
  // `Lange arrived on Monday`, `Moll arrived on Tuesday`: two people's days.
  const actorA = actorBefore(ca, a.at);
  const actorB = actorBefore(cb, b.at);
  if (actorA !== null && actorB !== null && actorA !== actorB) return 0;
  const unshared = reporting(ca, cb, [...DAY_KEYS, ...[...ca.keys, ...cb.keys].filter((k) => k.startsWith("d:"))]);
  // A wording that tells more around the act (`..., after a recount ordered when ...`) is
  // far from the other as a whole: the shorter one held in it counts, a little less.
  const { sim, containment } = similarity(ctx.weights, a.clause, b.clause, unshared);
  const score = Math.max(sim, CONTAINMENT_WEIGHT * containment);
  // The same verb nearest the day and another word of the act (`talks broke down on Tuesday` /
  // `after talks collapsed on Monday night`) tell one act however much else the sentences tell.
  if (reopening || translatedAct || (a.last !== null && a.last === b.last && actShared >= 2)) return Math.max(score, SAME_VERB_ALIGNMENT);
  // A year or month of one thing's making (`"Harbour at Dusk", painted in 1873` / `"Harbour at
  // Dusk" by Marr, a canvas painted in 1871`): the same verb, and a name that is no person's
  // before it in both, the thing the period dates.
  if (a.period !== undefined && b.period !== undefined && a.last !== null && a.last === b.last && sharedThingBefore(ctx, a, b)) return Math.max(score, SAME_VERB_ALIGNMENT);
  return score;
}

/** Whether a day was read from a translated clause. */
function isTranslated(ctx: StoryContext, d: Day): boolean {
  return ctx.clauses[d.clause]!.foreign !== null;
}

/**
 * A month told after the clause's day in a part of its own (`approved the sale on Thursday,
 * clearing the way for the deal to be completed in December`): the clause's second time, the
 * month of another act. Null when the clause has not exactly one day and one such month.
 */
function laterPeriodOf(ctx: StoryContext, i: number): Day | null {
  const c = ctx.clauses[i]!;
  // What a clause tells depends on its article alone: read once per clause (a rebuild after one
  // article joins reads only the new article's clauses), then re-indexed.
  const known = laterRead.get(c);
  if (known !== undefined) return known === null || known.clause === i ? known : { ...known, clause: i };
  const read = readLaterPeriod(ctx, i);
  laterRead.set(c, read);
  return read;
}

/** Each clause's later period (see laterPeriodOf), by the clause's features object. */
const laterRead = new WeakMap<Clause, Day | null>();

/** Cheap tests before the day and period patterns: `on`, a preposition of a period, and a month or a year. */
const LATER_CUES = [/\bon\s/iu, /\b(?:in|from|during)\s/iu, new RegExp(`\\b(?:${MONTHS}|(?:1[89]|20)\\d\\d)\\b`, "iu")];

function readLaterPeriod(ctx: StoryContext, i: number): Day | null {
  const c = ctx.clauses[i]!;
  const text = ctx.members.get(c.article)!.input.article.text.slice(c.start, c.end);
  if (!LATER_CUES.every((re) => re.test(text))) return null;
  const days = [...text.matchAll(ON_DAY)];
  const periods = [...text.matchAll(IN_PERIOD)];
  if (days.length !== 1 || periods.length !== 1 || periods[0]!.index < days[0]!.index) return null;
  if (!/[,;]/.test(text.slice(days[0]!.index, periods[0]!.index))) return null;
  const from = days[0]!.index + days[0]![0].length;
  const p = periodOf(c, i, text.slice(from));
  return p ? { ...p, at: p.at + from } : null;
}

/** Whether both clauses name one thing (an entity no person) before their period. */
function sharedThingBefore(ctx: StoryContext, a: Day, b: Day): boolean {
  const ca = ctx.clauses[a.clause]!;
  const cb = ctx.clauses[b.clause]!;
  const people = new Set([...ca.actors, ...cb.actors].map((x) => x.key));
  const before = (c: Clause, d: Day): string => normalizeWord(ctx.members.get(c.article)!.input.article.text.slice(c.start, d.at));
  const textA = before(ca, a);
  const textB = before(cb, b);
  return ca.keys.some((k) => k.startsWith("e:") && !people.has(k) && cb.keys.includes(k) && textA.includes(k.slice(2)) && textB.includes(k.slice(2)));
}

/** The dispute over the day of one happening told by `days`, or null when they do not dispute it. */
function dispute(ctx: StoryContext, days: Day[], least = ctx.options.contradictionAlignment): Contradiction | null {
  if (days.length < 2) return null;
  // A source that places it on two days tells two happenings: it takes no side.
  const bySource = new Map<string, Day[]>();
  for (const d of days) {
    const src = sourceOf(ctx, ctx.clauses[d.clause]!.article);
    pushTo(bySource, src, d);
  }
  const clean = [...bySource.values()].filter((ds) => ds.every((d) => same(d, ds[0]!))).flat();
  let best = 0;
  for (let x = 0; x < clean.length; x++) for (let y = x + 1; y < clean.length; y++) best = Math.max(best, pairScore(ctx, clean[x]!, clean[y]!));
  if (best < least) return null;
  // Read across the event, a pair whose act shares its verb is half-certain at SAME_VERB_ALIGNMENT.
  const confidence = Math.round(Math.min(1, least < ctx.options.contradictionAlignment ? 0.2 + best : best * 1.2) * 1000) / 1000;
  if (confidence < ctx.options.contradictionThreshold) return null;
  // Sides by day; a weekday-only side joins the dated side of its weekday, a part of a month the
  // side of the day it holds (`in early March` / `on 3 March`). A month that differs from no other
  // day (`in March` beside `3 March` and `17 March`) takes no side.
  const sides = new Map<string, Day[]>();
  for (const d of [...clean].sort((p, q) => Number(p.date === null) - Number(q.date === null))) {
    const home = [...sides.keys()].find((k) => same(sides.get(k)![0]!, d) || withinPart(d, sides.get(k)![0]!));
    if (home === undefined && d.period !== undefined && !clean.some((o) => differ(d, o))) continue;
    const key = home ?? d.date ?? d.weekday ?? d.period!;
    pushTo(sides, key, d);
  }
  if (sides.size < 2) return null;
  furtherDays(ctx, sides);
  const cites = (ds: Day[]): ClaimSupport[] => ds.map((d) => cite(ctx, ctx.clauses[d.clause]!.article, ctx.clauses[d.clause]!.start, ctx.clauses[d.clause]!.end));
  return {
    id: "",
    kind: "date",
    // A month or a year is named as such: `year: an inspection`, not `day: ...`.
    about: (clean[0]!.period === undefined ? "day" : clean.some((d) => d.month != null) ? "month" : "year") + ": " + actText(ctx, clean[0]!),
    sides: [...sides].map(([k, ds]) => ({ label: capitalised(ds[0]!.date ? `${ds[0]!.weekday ?? ""} ${ds[0]!.date}`.trim() : k), citations: cites(ds) })),
    confidence,
  };
}
