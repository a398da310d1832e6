/**
 * Publication dates as producers write them into records and feeds, turned into ISO-8601: an ISO
 * date or date-time is kept as written; `2021-08-16 10:00:00`, RFC 822 (`Mon, 16 Aug 2021 10:00:00
 * GMT`), `August 16, 2021`, Unix seconds or milliseconds, and day-first `16.08.2021` or
 * `16/08/2021` are converted. A slashed date whose day and month could be swapped (`04/05/2021`)
 * says nothing sure and gives null, as does anything else that is not a date.
 */

const ISO = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const SPACED = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2}))?$/i;
const NUMERIC_DATE = /^(\d{1,2})([./])(\d{1,2})\2(\d{4})$/;

/** Unix times in seconds or milliseconds between 2001 and 2286 (shorter numbers are not dates). */
function fromEpoch(n: number): string | null {
  const ms = n >= 1e12 && n < 1e13 ? n : n >= 1e9 && n < 1e10 ? n * 1000 : null;
  return ms === null ? null : new Date(ms).toISOString().replace(".000Z", "Z");
}

const pad = (n: number): string => String(n).padStart(2, "0");

/** ISO-8601 for a publication date in any of the forms above, or null. */
export function isoPublished(v: unknown): string | null {
  if (typeof v === "number") return Number.isFinite(v) ? fromEpoch(v) : null;
  if (typeof v !== "string") return null;
  const s = v.trim();
  if (s === "") return null;
  if (ISO.test(s)) return s;
  if (/^\d{9,13}$/.test(s)) return fromEpoch(Number(s));
  const spaced = SPACED.exec(s);
  if (spaced) {
    const zone = spaced[3]?.trim().toUpperCase();
    return `${spaced[1]}T${spaced[2]}${zone === undefined ? "" : zone === "UTC" || zone === "GMT" ? "Z" : zone}`;
  }
  const num = NUMERIC_DATE.exec(s);
  if (num) {
    const [a, sep, b, year] = [Number(num[1]), num[2], Number(num[3]), num[4]];
    // Day first with dots (European); with slashes only when one side cannot be a month.
    const [day, month] = sep === "." || a > 12 ? [a, b] : b > 12 ? [b, a] : [0, 0];
    if (day < 1 || day > 31 || month < 1 || month > 12) return null;
    return `${year}-${pad(month)}-${pad(day)}`;
  }
  // Named months and RFC 822, which Date.parse reads; a bare year or number is not taken.
  if (!/[a-z]/i.test(s)) return null;
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  // A date without a time is a calendar day (Date.parse read it as local midnight).
  if (!/\d:\d/.test(s)) return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return d.toISOString().replace(".000Z", "Z");
}
