/**
 * Dates printed in the page when none is declared: `<time>` text without `datetime`, and short lines
 * that are a date ("Published August 7, 2023", "Dec 18 2025", "14/06/2024"). A date labelled as the
 * publication date wins over a bare one; the first of each kind in document order is kept. Elements
 * are read with byline.ts's shallowText.
 */
import type { Element } from "../html/dom.js";
import type { Article } from "../../core/types.js";
import { foreignDate, normalizeDate } from "./dates.js";

const MONTH_DAY_YEAR = String.raw`\p{L}{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}`;
const DAY_MONTH_YEAR = String.raw`\d{1,2}(?:st|nd|rd|th)?\.?\s+\p{L}{3,9}\.?,?\s+\d{4}`;
const NUMERIC = String.raw`\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{4}`;
/** A short line that is (or starts with) a date, optionally labelled and after a weekday. */
const DATE_LINE = new RegExp(
  String.raw`^(?:(published|posted|updated|last updated|modified|date)(?:\s+on)?\s*:?\s*)?(?:\p{L}+,?\s+)?(${MONTH_DAY_YEAR}|${DAY_MONTH_YEAR}|${NUMERIC})(?![\d])`,
  "iu",
);

/**
 * The same in French, Spanish, Portuguese, Italian, German and Dutch, where the day comes first
 * and `de` may join it to the month and year: `Publié le vendredi 23 octobre 2026`, `Publicado el
 * 20 de mayo de 2026`, `Publicado no sábado, 21 de novembro de 2026`, `Veröffentlicht am 12.
 * November 2026`. The label is read as `published` or `updated`.
 */
const FOREIGN_DATE_LINE =
  /^(?:(publi[ée]e?|publicad[oa]|pubblicat[oa]|ver[öo]ffentlicht|gepubliceerd|mis\s+[àa]\s+jour|actualizad[oa]|atualizad[oa]|aggiornat[oa]|aktualisiert|bijgewerkt)\s+(?:le|el|em|no|na|il|am|op|on)?\s*:?\s*)?(?:\p{L}+,?\s+)?(\d{1,2}\.?\s+(?:de\s+)?\p{L}{3,10}\.?\s+(?:de\s+)?\d{4})(?![\d])/iu;

/** A short line that is a date, with its label: the raw date text, or null ("Published on 18 September 2013" -> label "published"). */
export function matchDateLine(t: string): { raw: string; label: string } | null {
  if (t.length < 8 || t.length > 80 || !/\d/.test(t)) return null;
  const m = DATE_LINE.exec(t);
  if (m !== null) return { raw: m[2] as string, label: (m[1] ?? "").toLowerCase() };
  const f = FOREIGN_DATE_LINE.exec(t);
  if (f === null || !foreignDate(f[2]!)) return null;
  const label = f[1] === undefined ? "" : /^(?:mis|actualiz|atualiz|aggiorn|aktualis|bijgew)/i.test(f[1]) ? "updated" : "published";
  return { raw: f[2]!, label };
}

/** Collects printed-date candidates element by element, in document order. */
export class PrintedDate {
  private labelled: string | null = null;
  private bare: string | null = null;

  /** `t` is {@link shallowText} of `el` (computed once for every visitor). */
  visit(el: Element, t: string): void {
    if (this.labelled !== null) return;
    const m = matchDateLine(t);
    if (m === null) return;
    const label = m.label;
    const labelled = label === "published" || label === "posted" || label === "date";
    // Parsing a date (chrono) costs more than matching the line: only one that could still count is parsed.
    if (!labelled && (this.bare !== null || (label !== "" && el.tag !== "time"))) return;
    const d = normalizeDate(m.raw);
    if (d === null) return;
    if (labelled) this.labelled = d;
    else this.bare = d;
  }

  /** The best printed date found, or null. */
  get date(): string | null {
    return this.labelled ?? this.bare;
  }
}

/**
 * The day (`YYYY-MM-DD`) printed on an article's first removed date line (`Published Tuesday 6
 * October 2026` above a scraped text's body), or null when no such line was removed or it gives no
 * whole date. What the outlet printed as its date, not metadata it declared: later stages may count
 * relative days from it (`yesterday`) without taking it for `published`.
 */
export function printedDay(article: Pick<Article, "removed">): string | null {
  // Library callers may hand in articles built by hand, without the removed blocks.
  const line = (article.removed ?? []).find((r) => r.reason === "date");
  const m = line ? matchDateLine(line.text) : null;
  const d = m ? normalizeDate(m.raw) : null;
  return d && /^\d{4}-\d{2}-\d{2}/.test(d) ? d.slice(0, 10) : null;
}
