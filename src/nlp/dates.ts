import * as chrono from "chrono-node";
import type { DateMention, Sentence } from "../core/types.js";
import { DATE_LANGUAGES, type DateLanguage } from "./date-languages.js";

/**
 * Date expressions, found by chrono-node and resolved by our own anchoring rules.
 *
 * chrono parses each sentence that holds a date-looking word against a fixed, arbitrary reference
 * instant; the reference is only used to tell absolute dates (`August 16`) from relative ones
 * (`tomorrow`, `two days ago`: an offset in days) and weekday-only ones (`on Sunday`). It never
 * reaches the output: nothing is resolved against today's clock.
 *
 * Resolution:
 * - absolute dates keep their year, or take the anchor's year, or come out as `--MM-DD`;
 * - a relative or weekday expression in apposition to an absolute date (`tomorrow, Tuesday
 *   August 17`) is that date;
 * - other relative and weekday expressions are counted from the anchor: the article's `published`
 *   date, else a date the text states (in the same sentence, else the first stated date that names
 *   its weekday, else the first stated month and day);
 * - a weekday alone is the nearest such day before the anchor, or after it when it speaks of the
 *   future: the tense marker nearest to it in its clause (`would visit on Wednesday`, `announced
 *   on Friday`), else the sentence's (`will`, `is due to`, `tomorrow`, `next`); `last`/`next`
 *   force the direction;
 * - with no anchor the mention stays with `resolved: null` and an `unresolved` reason.
 */

/**
 * chrono's casual English parser without the parsers of clock times and spans (`at 10 a.m.`,
 * `within 5 minutes`, `this evening`, `5 days later`): a date layer needs calendar days, and those
 * parsers were most of chrono's cost.
 */
const DROPPED_PARSERS = new Set([
  "ENTimeUnitWithinFormatParser", "ENSlashMonthFormatParser", "ENTimeExpressionParser", "ENTimeUnitLaterFormatParser",
  "ENCasualTimeParser", "ENEndOfCurrentMonthParser", "ENTimeUnitCasualRelativeFormatParser",
]);
const parser = chrono.casual.clone();
parser.parsers = parser.parsers.filter((p) => !DROPPED_PARSERS.has(p.constructor.name));

const DAY_MS = 86_400_000;
/** Arbitrary reference for chrono (a Thursday in a non-leap year); never appears in output. */
const REF = new Date(Date.UTC(2001, 2, 15, 12));
/**
 * A cheap test a sentence must pass before chrono (the costly part) sees it: a month name, a weekday,
 * a casual day word, `ago`, `last`/`next` before a calendar unit, or a numeric date.
 */
const TRIGGER_RE =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|march|mar\.|apr(?:il)?|may\s+\d|\d+\s+may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:today|tomorrow|yesterday|tonight|ago)\b|\b(?:last|next|this|past|coming)\s+(?:week|month|year|weekend)|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b/i;
const TRIGGER_G = new RegExp(TRIGGER_RE.source, "gi");
/** Triggers that need no chrono: a weekday or a casual day word. */
const SIMPLE_TRIGGER_RE = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow|yesterday|tonight)$/i;
const SIMPLE_DAY_RE = /\b(?:(?:(on|last|next|this|coming|past|until|till|from|by)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(today|tonight|tomorrow|yesterday))\b/gi;
/** Lead words that put a weekday after the anchor: a coming day, a deadline, a start (`until Wednesday`, `from Monday`). */
const FORWARD_LEADS = new Set(["next", "coming", "until", "till", "from", "by"]);
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const CASUAL_OFFSETS: Record<string, number> = { today: 0, tonight: 0, tomorrow: 1, yesterday: -1 };

/** Weekday and casual day expressions of a window with no month, number or unit in it. */
function simpleDays(window: string, offset: number, sentence: number, sentenceText: string, sentenceStart: number): Parsed[] {
  const out: Parsed[] = [];
  SIMPLE_DAY_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SIMPLE_DAY_RE.exec(window)) !== null) {
    const base = { start: offset + m.index, end: offset + m.index + m[0].length, text: m[0], sentence };
    if (m[3]) {
      out.push({ ...base, kind: "relative", offset: CASUAL_OFFSETS[m[3].toLowerCase()]! });
      continue;
    }
    const lead = m[1]?.toLowerCase();
    const forced = lead !== undefined && FORWARD_LEADS.has(lead) ? "future" : lead === "last" || lead === "past" ? "past" : null;
    out.push({ ...base, kind: "weekday", weekday: WEEKDAYS.indexOf(m[2]!.toLowerCase()), direction: forced ?? tenseAt(sentenceText, base.start - sentenceStart, base.end - sentenceStart) });
  }
  return out;
}

/** Characters around a trigger word that chrono sees: enough for `on Monday, March 8, 2021`. */
const WINDOW_BEFORE = 30;
const WINDOW_AFTER = 40;
const FUTURE_RE = /\b(?:will|shall|won't|is due|are due|is set to|are set to|is scheduled|are scheduled|plans? to|going to|tomorrow|next|later this|upcoming)\b|'ll\b/i;
/**
 * Tense markers near a weekday: what the clause around it says of its time. `would` is the future
 * of reported speech (`said she would visit on Wednesday`); a past form is a simple past or a
 * participle (`announced on Friday`, `flooded on Monday`). Words ending in -eed that are no past
 * forms (`need`, `speed`, `indeed`) are left out.
 */
const CLAUSE_FUTURE_RE = /\b(?:will|shall|won't|would|is due|are due|is set to|are set to|is scheduled|are scheduled|is expected to|are expected to|plans? to|going to)\b|'ll\b/gi;
const CLAUSE_PAST_RE =
  /\b(?:was|were|had|did|said|told|met|left|took|went|came|began|fell|rose|gave|made|found|held|saw|struck|won|lost|sent|kept|got|broke|ran|spoke|wrote|chose|drove|flew|knew|led|paid|sold|stood|fought|brought|bought|thought|caught|built|spent|burst|became|seized|shot|hit|quit|cut)\b|\b(?!(?:\w*[^r]eed|\w*need|hundred|sacred|naked|wicked|kindred|rugged)\b)[a-z]{2,}ed\b/gi;
/** Where a clause around a weekday begins or ends: punctuation, or a coordinating word. */
const CLAUSE_BOUND_RE = /[,;:()“”"—–]|\b(?:and|but|while|whereas|although|though|after|before|because)\b/gi;

/**
 * Whether a weekday at `[start, end)` of a sentence speaks of a day to come or one gone by: the
 * tense marker nearest to it within its clause (`said on Monday that part of the staff would be
 * evacuated`: `said`), else any sign of the future in the sentence, else the past.
 */
export function tenseAt(sentence: string, start: number, end: number, lang: DateLanguage | null = null): "past" | "future" {
  let from = 0;
  let to = sentence.length;
  const bound = lang ? lang.clauseBound : CLAUSE_BOUND_RE;
  bound.lastIndex = 0;
  for (let m = bound.exec(sentence); m !== null; m = bound.exec(sentence)) {
    if (m.index + m[0].length <= start) from = m.index + m[0].length;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  let best: { d: number; future: boolean } | null = null;
  const look = (re: RegExp, future: boolean): void => {
    re.lastIndex = 0;
    const clause = sentence.slice(from, to);
    for (let m = re.exec(clause); m !== null; m = re.exec(clause)) {
      const a = from + m.index;
      const b = a + m[0].length;
      if (a < end && b > start) continue; // the date's own words
      const d = b <= start ? start - b : a - end;
      if (best === null || d < best.d) best = { d, future };
    }
  };
  if (lang) {
    // Past forms are too many to list outside English: a future sign in the clause, else the sentence's, else the past.
    look(lang.clauseFuture, true);
    if (best !== null) return "future";
    lang.clauseFuture.lastIndex = 0;
    return lang.clauseFuture.test(sentence) ? "future" : "past";
  }
  look(CLAUSE_FUTURE_RE, true);
  look(CLAUSE_PAST_RE, false);
  if (best !== null) return (best as { future: boolean }).future ? "future" : "past";
  return FUTURE_RE.test(sentence) ? "future" : "past";
}
const TIME_ONLY_RE = /\b(?:second|minute|hour)s?\b/i;
/**
 * Whether a date expression writes its year out (`2026`, `'26`, `10 Nov 11`); any other year chrono
 * gives (`next year`, `this year`) is counted from REF.
 */
function writtenYear(text: string, year: number): boolean {
  const yy = String(year % 100).padStart(2, "0");
  return text.includes(String(year)) || new RegExp(`(?:^|\\D)${yy}(?:\\D|$)`).test(text);
}
const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})/;

interface Parsed {
  start: number;
  end: number;
  text: string;
  sentence: number;
  kind: "absolute" | "relative" | "weekday";
  month?: number;
  day?: number;
  year?: number | null;
  /**
   * Years from publication of an absolute date whose year is said relatively (`March next year`:
   * 1); chrono counts it from the arbitrary reference, so the year it gives means nothing.
   */
  yearOffset?: number;
  /** Stated weekday of an absolute date (0 = Sunday), or the target weekday of a weekday expression. */
  weekday?: number | null;
  /** Days from the anchor, for relative expressions. */
  offset?: number;
  direction?: "past" | "future" | null;
}

interface Anchor {
  year: number | null;
  month: number;
  day: number;
  weekday: number | null;
  label: string;
}

/** Finds and resolves the date expressions of an article's text. `published` is ISO-8601 or null. */
export function findDates(text: string, sentences: readonly Sentence[], published: string | null, language: string | null = null): DateMention[] {
  const lang = language !== null ? (DATE_LANGUAGES[language] ?? null) : null;
  const trigger = lang ? new RegExp(lang.trigger.source, "giu") : TRIGGER_G;
  const parsed: Parsed[] = [];
  sentences.forEach((s, si) => {
    const sentence = text.slice(s.start, s.end);
    // chrono sees only windows around trigger words, not whole sentences: it costs per character.
    let winStart = -1;
    let winEnd = -1;
    let needsChrono = false;
    const flush = (): void => {
      if (winStart < 0) return;
      const window = sentence.slice(winStart, winEnd);
      // Weekdays and casual day words alone are read here; chrono is for everything with a month,
      // a number or a unit (`August 16`, `2021-08-16`, `two days ago`, `last week`).
      const found = lang
        ? lang.parser.parse(window, { instant: REF, timezone: 0 }).filter((r) => wholeWords(window, r)).map((r) => classify(r, s.start + winStart, si, sentence, s.start, lang))
        : needsChrono
          ? parser.parse(window, { instant: REF, timezone: 0 }).filter((r) => wholeWords(window, r)).map((r) => classify(r, s.start + winStart, si, sentence, s.start))
          : simpleDays(window, s.start + winStart, si, sentence, s.start);
      for (const p of found) if (p) parsed.push(p);
    };
    trigger.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = trigger.exec(sentence)) !== null) {
      let a = Math.max(0, m.index - WINDOW_BEFORE);
      while (a > 0 && !/\s/.test(sentence[a - 1]!)) a--; // start on a word boundary
      const b = Math.min(sentence.length, m.index + m[0].length + WINDOW_AFTER);
      const simple = SIMPLE_TRIGGER_RE.test(m[0]);
      if (winStart >= 0 && a <= winEnd) {
        winEnd = Math.max(winEnd, b);
        needsChrono ||= !simple;
      } else {
        flush();
        winStart = a;
        winEnd = b;
        needsChrono = !simple;
      }
    }
    flush();
  });
  if (parsed.length === 0) return [];
  const pub = published ? ISO_DATE_RE.exec(published) : null;
  const pubAnchor: Anchor | null = pub
    ? (() => {
        const [y, m, d] = [Number(pub[1]), Number(pub[2]), Number(pub[3])];
        return { year: y, month: m, day: d, weekday: new Date(Date.UTC(y, m - 1, d)).getUTCDay(), label: "published" };
      })()
    : null;
  // A date whose year is told relative to publication (`March next year`) cannot anchor others
  // without a published date, nor be placed itself.
  const absolutes = parsed.filter((p) => p.kind === "absolute" && (pubAnchor !== null || !p.yearOffset));
  const asAnchor = (p: Parsed): Anchor => ({ year: p.year ?? null, month: p.month!, day: p.day!, weekday: p.weekday ?? null, label: p.text });
  const articleAnchor = absolutes.find((p) => p.weekday !== null) ?? absolutes[0];
  const yearHint = pubAnchor?.year ?? absolutes.find((p) => p.year != null)?.year ?? null;

  const mentions = parsed.map((p): DateMention => {
    const base = { start: p.start, end: p.end, text: p.text, sentence: p.sentence };
    if (p.kind === "absolute" && p.yearOffset) {
      if (!pubAnchor) return { ...base, resolved: null, anchor: null, unresolved: "a year told relative to publication, and the article has no published date" };
      return { ...base, resolved: format(pubAnchor.year! + p.yearOffset, p.month!, p.day!), anchor: "published" };
    }
    if (p.kind === "absolute") {
      // Without a year, the published date's year, or the one before or after when that puts the
      // date nearer publication (`December 30` in an article of January 2).
      const year = p.year ?? (pubAnchor ? nearestYear(pubAnchor, p.month!, p.day!) : yearHint);
      return { ...base, resolved: format(year, p.month!, p.day!), anchor: p.year != null ? null : pubAnchor ? "published" : year != null ? "stated year" : null };
    }
    // Apposition: `tomorrow, Tuesday August 17` / `August 17 (Tuesday)`.
    const twin = absolutes.find((a) => a.sentence === p.sentence && /^[\s,()–—-]*$/.test(text.slice(Math.min(a.end, p.end), Math.max(a.start, p.start))));
    if (twin) return { ...base, resolved: format(twin.year ?? yearHint, twin.month!, twin.day!), anchor: twin.text };
    let anchor = pubAnchor;
    if (!anchor) {
      const same = absolutes.filter((a) => a.sentence === p.sentence);
      const near = same.sort((a, b) => Math.abs(a.start - p.start) - Math.abs(b.start - p.start))[0] ?? articleAnchor;
      anchor = near ? asAnchor(near) : null;
      if (anchor && anchor.year === null && yearHint !== null) anchor.year = yearHint;
    }
    if (!anchor) return { ...base, resolved: null, anchor: null, unresolved: "no anchor: the article has no published date and states no date" };
    const calcYear = anchor.year ?? yearForWeekday(anchor);
    if (calcYear === null) {
      if (p.kind === "weekday") return { ...base, resolved: null, anchor: anchor.label, unresolved: "anchor date has no year or weekday to count weekdays from" };
    }
    const y = calcYear ?? (anchor.month === 2 && anchor.day === 29 ? 2000 : 2001);
    const anchorMs = Date.UTC(y, anchor.month - 1, anchor.day);
    let offset = p.offset ?? 0;
    if (p.kind === "weekday") {
      const from = new Date(anchorMs).getUTCDay();
      const target = p.weekday!;
      const future = p.direction === "future";
      const back = (from - target + 7) % 7;
      const ahead = (target - from + 7) % 7;
      offset = future ? ahead : -back;
      // A stated date is no publication date: an undated report names the day of its happening and
      // goes on to what followed ("on Monday, March 9 ... searched the offices on Thursday evening").
      // Told in the past, a weekday is then the nearer of the two around it.
      const lastSaid = /\b(?:last|past)\b/i.test(p.text) || (lang !== null && lang.last.test(p.text));
      if (!future && anchor.label !== "published" && !lastSaid && ahead < back) offset = ahead;
      // `next Monday`, `until Monday`, `last Monday` said on a Monday: a week on, or back.
      if (offset === 0 && p.direction !== null && /\b(?:next|last|until|till|from|by|coming|past)\b/i.test(p.text)) offset = future ? 7 : -7;
    }
    const d = new Date(anchorMs + offset * DAY_MS);
    return { ...base, resolved: format(anchor.year === null ? null : d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()), anchor: anchor.label };
  });
  return lang === null ? withFollowingDays(text, sentences, mentions) : mentions;
}

/** `the following day`, `the next day`: a day after a date told just before, not after the publication. */
const FOLLOWING_DAY_RE = /\bthe\s+(?:following|next)\s+day\b/gi;
/** Sentences back that the date before `the following day` may stand in. */
const FOLLOWING_REACH = 1;

/**
 * Adds `the following day` / `the next day` as the day after the nearest date mention before it
 * (in its sentence or the one before): "detected on Friday, March 20, and the commissioner was
 * told the next day" is March 21 whenever the report was published.
 */
function withFollowingDays(text: string, sentences: readonly Sentence[], mentions: DateMention[]): DateMention[] {
  const added: DateMention[] = [];
  sentences.forEach((s, si) => {
    const sentence = text.slice(s.start, s.end);
    FOLLOWING_DAY_RE.lastIndex = 0;
    for (let m = FOLLOWING_DAY_RE.exec(sentence); m !== null; m = FOLLOWING_DAY_RE.exec(sentence)) {
      const start = s.start + m.index;
      let before: DateMention | null = null;
      for (const d of mentions) if (d.start < start && d.resolved !== null && d.sentence >= si - FOLLOWING_REACH && /^(?:\d{4}|-)-?\d\d-\d\d$/.test(d.resolved) && (before === null || d.start > before.start)) before = d;
      if (before === null || mentions.some((d) => d.start < start + m![0].length && d.end > start)) continue;
      const full = /^(\d{4})-(\d\d)-(\d\d)$/.exec(before.resolved!);
      const part = /^--(\d\d)-(\d\d)$/.exec(before.resolved!);
      const [y, mo, da] = full ? [Number(full[1]), Number(full[2]), Number(full[3])] : [2001, Number(part![1]), Number(part![2])];
      const next = new Date(Date.UTC(y, mo - 1, da) + DAY_MS);
      added.push({ start, end: start + m[0].length, text: m[0], sentence: si, resolved: format(full ? next.getUTCFullYear() : null, next.getUTCMonth() + 1, next.getUTCDate()), anchor: before.text });
    }
  });
  return added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.start - b.start);
}

/**
 * Whether a chrono match stands on word boundaries of its window. The locale parsers bound their
 * words with `\b`, which takes a letter such as `ü` for a break, so `fr` (Freitag) matched the start
 * of `frühestens`.
 */
function wholeWords(window: string, r: chrono.ParsedResult): boolean {
  const before = window.slice(0, r.index);
  const after = window.slice(r.index + r.text.length);
  return !/[\p{L}\p{N}]$/u.test(before) && !/^[\p{L}\p{N}]/u.test(after);
}

/** Turns one chrono result into a Parsed expression, or null for what is not a calendar day. */
function classify(r: chrono.ParsedResult, offset: number, sentence: number, sentenceText: string, sentenceStart: number, lang: DateLanguage | null = null): Parsed | null {
  const c = r.start;
  const tags = (c as unknown as { tags?: () => Set<string> }).tags?.() ?? new Set<string>();
  // Some locale parsers leave their casual words untagged (`gestern`).
  const casualWord = lang !== null && r.text.trim().toLowerCase() in lang.casual;
  // A weekday with its part of the day (`samedi après-midi`, `sabato pomeriggio`) is tagged as a
  // casual reference for the part of the day, but it is that weekday, not a day counted from REF.
  const weekdayOnly = c.isCertain("weekday") && !c.isCertain("day");
  const relative = casualWord || (!weekdayOnly && [...tags].some((t) => t.startsWith("casualReference") || t.startsWith("result/relativeDate")));
  const base = { start: offset + r.index, end: offset + r.index + r.text.length, text: r.text, sentence };
  if (relative) {
    if (TIME_ONLY_RE.test(r.text)) return null; // `ten minutes ago`: a time, not a day
    const days = Math.round((Date.UTC(c.get("year")!, c.get("month")! - 1, c.get("day")!) - Date.UTC(2001, 2, 15)) / DAY_MS);
    return { ...base, kind: "relative", offset: days };
  }
  if (c.isCertain("month") && c.isCertain("day")) {
    const statedYear = c.isCertain("year") && writtenYear(r.text, c.get("year")!);
    return {
      ...base,
      kind: "absolute",
      month: c.get("month")!,
      day: c.get("day")!,
      year: statedYear ? c.get("year") : null,
      yearOffset: c.isCertain("year") && !statedYear ? c.get("year")! - REF.getUTCFullYear() : 0,
      weekday: c.isCertain("weekday") ? c.get("weekday") : null,
    };
  }
  if (c.isCertain("weekday") && !c.isCertain("day")) {
    // The words that force a direction may stand just before what chrono matched (`jusqu'à mercredi`).
    const lead = sentenceText.slice(Math.max(0, base.start - sentenceStart - 16), base.start - sentenceStart) + " " + r.text;
    const next = lang ? lang.next : /\b(?:next|until|till)\b/i;
    const last = lang ? lang.last : /\blast\b/i;
    const forced = next.test(lang ? lead : r.text) ? "future" : last.test(lang ? lead : r.text) ? "past" : null;
    return { ...base, kind: "weekday", weekday: c.get("weekday"), direction: forced ?? tenseAt(sentenceText, base.start - sentenceStart, base.end - sentenceStart, lang) };
  }
  return null;
}

/**
 * A year in which the anchor's month-day falls on its stated weekday, used only for counting days
 * (the output keeps `--MM-DD`). Every such year gives the same month-day arithmetic within weeks.
 */
function yearForWeekday(a: Anchor): number | null {
  if (a.weekday === null) return null;
  for (let y = 2000; y < 2028; y++) if (new Date(Date.UTC(y, a.month - 1, a.day)).getUTCDay() === a.weekday) return y;
  return null;
}

function nearestYear(pub: Anchor, month: number, day: number): number {
  const y = pub.year!;
  const at = Date.UTC(y, pub.month - 1, pub.day);
  let best = y;
  for (const c of [y - 1, y + 1]) if (Math.abs(Date.UTC(c, month - 1, day) - at) < Math.abs(Date.UTC(best, month - 1, day) - at)) best = c;
  return best;
}

function format(year: number | null | undefined, month: number, day: number): string {
  const md = `${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return year != null ? `${String(year).padStart(4, "0")}-${md}` : `--${md}`;
}
