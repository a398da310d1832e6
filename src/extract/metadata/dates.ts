/**
 * Publication dates: whatever a page declares, turned into ISO-8601; and the date a URL
 * path carries (`/2021/08/16/`).
 */
import * as chrono from "chrono-node";

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;

function validYmd(y: number, m: number, d: number): boolean {
  return y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** ISO date or date-time for a declared date string; null when it cannot be read. */
export function normalizeDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  const m = ISO.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!validYmd(y, mo, d)) return null;
    if (m[4] === undefined) return `${m[1]}-${m[2]}-${m[3]}`;
    const tz = m[7] === undefined ? "" : m[7] === "Z" ? "Z" : m[7].length === 5 ? `${m[7].slice(0, 3)}:${m[7].slice(3)}` : m[7];
    return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? "00"}${tz}`;
  }
  // Compact forms: 20210816, 2021/08/16.
  const c = /^(\d{4})[/.]?(\d{2})[/.]?(\d{2})\b/.exec(s);
  if (c && validYmd(Number(c[1]), Number(c[2]), Number(c[3]))) return `${c[1]}-${c[2]}-${c[3]}`;
  // A day-first date with a dot or `de` (`12. November 2026`, `20 de mayo de 2026`) is no English
  // form: English parsing reads only its month and year.
  if (/^\d{1,2}\.\s+\p{L}|^\d{1,2}\s+de\s+\p{L}/u.test(s)) return foreignDate(s);
  const parsed = chrono.parseDate(s.slice(0, 100), new Date(Date.UTC(2000, 0, 1)));
  if (parsed && /\d{4}/.test(s)) {
    const y = parsed.getFullYear();
    if (validYmd(y, parsed.getMonth() + 1, parsed.getDate())) return `${y}-${pad(parsed.getMonth() + 1)}-${pad(parsed.getDate())}`;
  }
  return foreignDate(s);
}

/** chrono's parsers of the languages we read besides English, tried in turn. */
const FOREIGN_PARSERS = [chrono.fr, chrono.es, chrono.pt, chrono.it, chrono.de, chrono.nl];

/**
 * `YYYY-MM-DD` of a whole date written in French, Spanish, Portuguese, Italian, German or Dutch
 * (`23 octobre 2026`, `20 de mayo de 2026`, `12. November 2026`), or null: a date needs its year.
 */
export function foreignDate(raw: string): string | null {
  const s = raw.trim().slice(0, 100);
  if (!/\d{4}/.test(s)) return null;
  for (const parser of FOREIGN_PARSERS) {
    const parsed = parser.parseDate(s, new Date(Date.UTC(2000, 0, 1)));
    if (!parsed) continue;
    const y = parsed.getFullYear();
    if (validYmd(y, parsed.getMonth() + 1, parsed.getDate())) return `${y}-${pad(parsed.getMonth() + 1)}-${pad(parsed.getDate())}`;
  }
  return null;
}

/** The date in a URL path (`/2021/08/16/`, `/2021-08-16-`), or null. */
export function dateFromUrl(url: string | null): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /(?:^|\/)((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:[/-]|$)/.exec(path);
  if (!m) return null;
  return `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`;
}
