// The weekday an undated article's lead gives its happening ("... killed 15 people on Monday"). A
// dated group of articles began on a known day; an undated report whose lead happened on another
// weekday tells of another happening, however many names and figures it shares with the group
// (a follow-up days later repeats the first day's toll and cast).
import type { Analysis } from "../core/types.js";


/** Weekday names (Sunday = 0) in the languages the clusterer stems. */
const WEEKDAYS: Record<string, number> = {};
for (const names of [
  ["sunday", "dimanche", "sonntag", "domingo", "domenica", "zondag"],
  ["monday", "lundi", "montag", "lunes", "lunedi", "lunedì", "segunda", "maandag"],
  ["tuesday", "mardi", "dienstag", "martes", "martedi", "martedì", "terça", "terca", "dinsdag"],
  ["wednesday", "mercredi", "mittwoch", "miércoles", "miercoles", "mercoledi", "mercoledì", "quarta", "woensdag"],
  ["thursday", "jeudi", "donnerstag", "jueves", "giovedi", "giovedì", "quinta", "donderdag"],
  ["friday", "vendredi", "freitag", "viernes", "venerdi", "venerdì", "sexta", "vrijdag"],
  ["saturday", "samedi", "samstag", "sábado", "sabado", "sabato", "zaterdag"],
].entries()) for (const n of names[1]) WEEKDAYS[n] = names[0];

/** Sentences of the lead whose weekday counts. */
const LEAD_SENTENCES = 2;

/**
 * The weekday (Sunday = 0) of the first weekday mention in the lead of an undated article, or -1.
 * Without a year a weekday resolves against whatever month-day the text states, often wrongly, so
 * the word itself is read; a mention resolved to a full date is left alone.
 */
export function leadWeekday(analysis: Analysis): number {
  for (const d of analysis.dates) {
    if (d.sentence >= LEAD_SENTENCES) break;
    if (d.resolved && !d.resolved.startsWith("--")) continue;
    for (const w of d.text.toLowerCase().split(/[^\p{L}]+/u)) {
      const day = WEEKDAYS[w];
      if (day !== undefined) return day;
    }
  }
  return -1;
}

/** Whether a report whose lead happened on one of `weekdays` can belong to a group first published at `first` (that day or the day after). */
export function weekdayFits(weekdays: Set<number>, first: number): boolean {
  if (weekdays.size === 0) return true;
  const day = new Date(first).getUTCDay();
  return weekdays.has(day) || weekdays.has((day + 6) % 7);
}


/** Whether two undated groups' lead weekdays can tell one happening: either has none, or two are at most a day apart. */
export function weekdaysMeet(a: Set<number>, b: Set<number>): boolean {
  if (a.size === 0 || b.size === 0) return true;
  for (const x of a) for (const y of b) if ((x - y + 7) % 7 <= 1 || (y - x + 7) % 7 <= 1) return true;
  return false;
}
