/**
 * Time-of-day disputes: outlets of one event putting one happening at clock times an hour or
 * more apart (`at about 4.40pm on Monday` / `shortly after 3pm yesterday` / `gegen 16.40 Uhr`).
 * The day rule compares days; within one day only the clock tells the reports apart. A clause
 * counts when it gives exactly one clock time; two clauses of different outlets are one
 * happening's when they align (across languages on the words a translation keeps) and share a
 * plain word besides words of time, on the same day where both name one.
 */
import { cosine, crossCosine } from "./align.js";
import { citeSentences, sourceOf, type StoryContext } from "./context.js";
import type { Contradiction } from "./types.js";
import { plainKeys, plainWords } from "./plain-keys.js";

/** Least alignment of two clauses for their clock times to be of one happening. */
const MIN_ALIGNMENT = 0.15;
/** Least gap, in minutes, between two clock times that is no rounding of one report (`about 4.40pm` / `shortly before 5pm`). */
const MIN_GAP = 60;

/** An English clock time (`4.40pm`, `3 pm`, `11:15 a.m.`), with what qualifies it. */
const ENGLISH_TIME = /(?<![\d.,:])(\d{1,2})(?:[.:](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)(?![\p{L}])/giu;
/** A 24-hour clock time in the lexicon's languages (`16.40 Uhr`, `16h40`, `om 16.40 uur`, `a las 16.40`). */
const FOREIGN_TIME = /(?<![\d.,:])(\d{1,2})(?:[.:](\d{2})\s*(?:uhr|uur|h)\b|h(\d{2})\b|\s*(?:uhr|uur)\b)|(?:\b(?:a\s+las|alle|às|om|um|gegen|vers|à)\s+)(\d{1,2})[.:](\d{2})(?![\d])/giu;

/** Word keys of time itself: no happening is told by them. */
const TIME_KEYS = new Set(["w:pm", "w:am", "w:yester", "w:today", "w:morn", "w:aftern", "w:evenin", "w:even", "w:night", "w:uhr", "w:uur", "w:hour", "w:minut", "w:time", "w:shortl", "w:short", "w:about", "w:around", "w:monday", "w:tuesda", "w:wednes", "w:thursd", "w:friday", "w:saturd", "w:sunday"]);

interface ClockTime {
  clause: number;
  minutes: number;
  printed: string;
  /** Word keys of what the clause says happened at that time (see actNear). */
  act: Set<string>;
}

/** How many plain words beside a clock time tell what happened then. */
const ACT_WORDS = 8;

/**
 * Word keys of the plain words told with a clock time: those before it back to the nearest comma
 * (`An explosion tore through a fertiliser plant ... at about 4.40pm`), and in German and Dutch,
 * which put the verb last, those after it up to the next (`gegen 16.40 Uhr eine Explosion ereignet`).
 * A translated word gives its English key too.
 */
function actNear(text: string, at: number, end: number, language: string | null): Set<string> {
  const before = plainWords(text.slice(0, at).split(/[,;:()–—]/u).pop()!).slice(-ACT_WORDS);
  const after = language === "de" || language === "nl" ? plainWords(text.slice(end).split(/[,;:()–—]/u)[0]!).slice(0, ACT_WORDS) : [];
  return plainKeys([...before, ...after], language);
}

/** The one clock time a clause gives, in minutes after midnight, or null (none, or two). */
function clockOf(text: string, foreign: boolean): { minutes: number; at: number; end: number; printed: string } | null {
  const found: { minutes: number; at: number; end: number; printed: string }[] = [];
  if (!foreign) {
    for (const m of text.matchAll(ENGLISH_TIME)) {
      const h = Number(m[1]);
      const min = m[2] ? Number(m[2]) : 0;
      if (h < 1 || h > 12 || min > 59) return null;
      const pm = m[3]!.toLowerCase().startsWith("p");
      found.push({ minutes: ((h % 12) + (pm ? 12 : 0)) * 60 + min, at: m.index!, end: m.index! + m[0].length, printed: m[0] });
    }
  } else {
    for (const m of text.matchAll(FOREIGN_TIME)) {
      const h = Number(m[1] ?? m[4]);
      const min = Number(m[2] ?? m[3] ?? m[5] ?? 0);
      if (h > 23 || min > 59) return null;
      found.push({ minutes: h * 60 + min, at: m.index!, end: m.index! + m[0].length, printed: m[0].trim() });
    }
  }
  return found.length === 1 ? found[0]! : null;
}

/** `16:40` for a reader, whatever the wording. */
function clockLabel(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** Time-of-day disputes of the story, one per happening whose reports give clock times an hour or more apart. */
export function timeContradictions(ctx: StoryContext): Contradiction[] {
  const { clauses } = ctx;
  const byEvent = new Map<string, ClockTime[]>();
  clauses.forEach((c, i) => {
    const member = ctx.members.get(c.article)!;
    if (member.copy || c.conditional || c.hedged) return;
    const text = member.input.article.text.slice(c.start, c.end);
    // Most clauses give no time: passed over before any pattern is run.
    if (!/\d/.test(text)) return;
    const t = clockOf(text, c.foreign !== null);
    if (!t) return;
    const list = byEvent.get(member.input.assignment.event) ?? [];
    list.push({ clause: i, minutes: t.minutes, printed: t.printed, act: actNear(text, t.at, t.end, c.foreign) });
    byEvent.set(member.input.assignment.event, list);
  });
  const out: Contradiction[] = [];
  const days = (i: number): string[] => clauses[i]!.keys.filter((k) => /^d:\d{4}-\d\d-\d\d$/.test(k));
  for (const times of byEvent.values()) {
    if (times.length < 2) continue;
    const parent = times.map((_, x) => x);
    const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
    const linked = new Set<number>();
    for (let x = 0; x < times.length; x++) {
      for (let y = x + 1; y < times.length; y++) {
        const a = times[x]!;
        const b = times[y]!;
        if (Math.abs(a.minutes - b.minutes) < MIN_GAP) continue;
        const ca = clauses[a.clause]!;
        const cb = clauses[b.clause]!;
        if (sourceOf(ctx, ca.article) === sourceOf(ctx, cb.article)) continue;
        // Both name their day: the same one (days apart are the day rule's).
        const da = days(a.clause);
        const db = days(b.clause);
        if (da.length > 0 && db.length > 0 && !da.some((d) => db.includes(d))) continue;
        const cross = ca.foreign !== cb.foreign;
        const sim = cross ? crossCosine(ctx.weights, a.clause, b.clause) : cosine(ctx.weights, a.clause, b.clause);
        if (sim < MIN_ALIGNMENT) continue;
        // A plain word of what happened at that time in common, besides words of time and names:
        // `arrested him at 2.30am` and `was released by 6am` tell two acts.
        let shared = false;
        for (const k of a.act) if (b.act.has(k) && !TIME_KEYS.has(k) && !ca.nameKeys.has(k) && !cb.nameKeys.has(k) && (!cross || ctx.weights.portable(k))) shared = true;
        if (!shared) continue;
        parent[find(x)] = find(y);
        linked.add(x).add(y);
      }
    }
    const comps = new Map<number, ClockTime[]>();
    for (const x of linked) {
      const r = find(x);
      comps.set(r, [...(comps.get(r) ?? []), times[x]!]);
    }
    for (const comp of comps.values()) {
      // Sides by clock time; times within the gap of each other are one side (`4.40pm` / `16.40 Uhr`).
      const sides: ClockTime[][] = [];
      for (const t of [...comp].sort((p, q) => p.minutes - q.minutes)) {
        const last = sides[sides.length - 1];
        if (last && t.minutes - last[0]!.minutes < MIN_GAP) last.push(t);
        else sides.push([t]);
      }
      if (sides.length < 2) continue;
      out.push({
        id: "",
        kind: "date",
        about: "time of day",
        sides: sides.map((side) => ({
          label: clockLabel(side[0]!.minutes),
          citations: citeSentences(
            ctx,
            side.map((t) => t.clause),
            comp.filter((t) => !side.includes(t)).map((t) => t.clause),
          ),
        })),
        confidence: 0.5,
      });
    }
  }
  return out;
}
