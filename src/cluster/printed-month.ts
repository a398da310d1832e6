// The month printed above an undated article's body, as one more number feature. Texts scraped
// without metadata often keep a date line there ("December 23, 2008"), which extraction removes as
// a `date` block; its month tells two same-kind happenings years apart, as a stated date in the
// body does (features.ts). Dated articles get no such key: their time already decays similarity,
// and a month every article of a dated stream shares would tie same-month storylines together
// (generated dated stream: event precision 0.98 -> 0.92 with it).
import type { Article } from "../core/types.js";
import { printedDay } from "../extract/metadata/printed-date.js";

/** The month ("2008-12") of the first date line removed from an undated article's header; null when dated or none. */
export function printedMonth(article: Article): string | null {
  if (article.published) return null;
  return printedDay(article)?.slice(0, 7) ?? null;
}

/** Counts the printed month as a number key `n:YYYY-MM` with `weight` (a header line weighs as the title). */
export function addPrintedMonth(counts: Map<string, number>, article: Article, weight: number): void {
  const month = printedMonth(article);
  if (month === null) return;
  const key = "n:" + month;
  counts.set(key, (counts.get(key) ?? 0) + weight);
}
