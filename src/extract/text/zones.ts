// Header and footer zones: what comes before the first real paragraph (title, section labels, bylines) and
// after the last one (author names, headline links, tag bullets) is judged more strictly than the body.
import { isHeadlineLike, isQuoteHeadline, isStrongBody, isTitleCase } from "./features.js";
import type { Line } from "./lines.js";
import { matchDateLine } from "../metadata/printed-date.js";

const BULLET_RE = /^[•·▪►◦‣∙*–-]\s*\S/u;
/** A line that is only a date or time ("August 16, 2021", "16/08/2021 10:32", "Updated 3 hours ago"). */
const DATE_ONLY_RE =
  /^((published|updated|posted|last\s+updated|publié|mis\s+à\s+jour|veröffentlicht|aktualisiert)\s*:?\s*)?([\p{L}]+,?\s+)?(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\p{L}+\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\.?\s+\p{L}+\.?\s+\d{4}|\d+\s+(minutes?|hours?|days?)\s+ago)([\s,|at-]+\d{1,2}[:.h]\d{2}(\s*[ap]\.?m\.?)?(\s*[A-Z]{2,4})?)?$/iu;

/** A date or clock time inside a line ("Desk | 14/06/2024 10:32", "Updated March 3, 2024"). */
const HAS_DATE_RE =
  /\b(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}|\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+\p{L}{3,9}\.?\s+\d{4})\b/u;

/** "By Jane Doe, Agency | March 3, 2024": a byline with extras, recognised in the header zone only. */
const HEADER_BYLINE_RE = /^(By|BY|Par|PAR|Von|VON|Por|POR|Di|Door)\s+\p{Lu}/u;

/** A row of a table flattened to text: cells separated by pipes. */
function isTableRow(text: string): boolean {
  return text.split("|").length > 2;
}

/** First and last strong-body lines that are still kept, or -1 when the text has none. */
export function bodyBounds(lines: Line[]): [number, number] {
  let first = -1;
  let last = -1;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.reason !== null || l.merged) continue;
    if (isStrongBody(l.f)) {
      if (first < 0) first = i;
      last = i;
    }
  }
  return [first, last];
}

/**
 * A tabloid's shouted headline: every letter upper-case, ending on "!" or "?" ("GOTCHA!", "FERRY FURY!"). Too
 * short or too exclamatory for the headline shape, but a section label never exclaims.
 */
function isShoutedHeadline(l: Line): boolean {
  if (l.f.nWords === 0 || l.f.nWords > 15 || l.f.continues || !/[!?]["'”’»]?$/u.test(l.text)) return false;
  const letters = l.text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** The index of the title: the first headline-like line (3+ words) or shouted headline near the top, before the body. */
export function findTitle(lines: Line[], firstBody: number): number {
  const limit = firstBody < 0 ? Math.min(lines.length, 1) : firstBody;
  let seen = 0;
  for (let i = 0; i < limit && seen < 6; i++) {
    const l = lines[i]!;
    if (l.merged) continue;
    seen++;
    if (l.reason !== null) continue;
    // A printed date ("18 September 2013 Last updated at 13:59 GMT") is never the headline.
    if (l.f.nWords >= 3 && isHeadlineLike(l.text, l.f) && matchDateLine(l.text) === null) return i;
    if (isShoutedHeadline(l)) return i;
  }
  // "Topic: «Quotation»" reads as a sentence (it ends on a closing quote); as the first kept line it is the headline.
  const top = lines.findIndex((l) => !l.merged && l.reason === null);
  if (top >= 0 && top === firstBody && isQuoteHeadline(lines[top]!.text, lines[top]!.f)) return top;
  return -1;
}

/** Removes section labels, bylines and dates from the header zone and link lists from the footer zone. */
export function trimZones(lines: Line[], firstBody: number, lastBody: number): void {
  if (firstBody < 0) return;
  for (let i = 0; i < firstBody; i++) {
    const l = lines[i]!;
    if (l.reason !== null || l.merged) continue;
    if (DATE_ONLY_RE.test(l.text) || matchDateLine(l.text) !== null) l.reason = "date";
    else if (HEADER_BYLINE_RE.test(l.text) && l.f.nWords <= 15 && !l.f.terminal) l.reason = "byline";
    else if (l.f.nWords <= 8 && !l.f.terminal && HAS_DATE_RE.test(l.text)) l.reason = "date";
    else if (l.f.nWords <= 4 && !l.f.terminal) l.reason = "navigation";
    // Between the title and the first paragraph, an unpunctuated descriptive line is a photo caption.
    else if (!l.f.terminal && isHeadlineLike(l.text, l.f) && !isTitleCase(l.f) && !/[:]$/.test(l.text)) l.reason = "caption";
  }
  // Footer: short bullet items are tags; short unpunctuated lines and Title Case headlines are links and names.
  for (let i = lastBody + 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.reason !== null || l.merged) continue;
    if (/^\(.*\)$/.test(l.text)) continue; // "(With reporting by ...)": a source note belongs to the body.
    if (isTableRow(l.text)) continue;
    if (BULLET_RE.test(l.text) && l.f.nWords <= 4 && !l.f.terminal) l.reason = "tag-list";
    else if (DATE_ONLY_RE.test(l.text)) l.reason = "date";
    else if (l.f.nWords <= 4 && !l.f.terminal) l.reason = "navigation";
    else if (isHeadlineLike(l.text, l.f) && (isTitleCase(l.f) || !l.f.terminal) && !BULLET_RE.test(l.text) && !/[:]$/.test(l.text)) {
      // After the last paragraph, headlines are links to other articles.
      l.reason = "related-links";
    }
  }
}

/** True for a menu entry: a very short label without sentence end, list bullet or number. */
function isMenuItem(l: Line): boolean {
  return l.f.nWords >= 1 && l.f.nWords <= 3 && !l.f.terminal && !isTableRow(l.text) && !/^[-–•*·▪\d(]/u.test(l.text) && !/[:,;]$/.test(l.text);
}

/**
 * Marks menus anywhere in the text: runs of at least `minRun` consecutive short labels ("Home", "World",
 * "Sports", "Contact"). Articles do not stack five bare labels; bulleted or numbered lists are left alone.
 */
export function markMenus(lines: Line[], minRun = 5): void {
  let start = -1;
  const close = (end: number): void => {
    if (start >= 0 && end - start >= minRun) {
      for (let k = start; k < end; k++) if (lines[k]!.reason === null && !lines[k]!.merged) lines[k]!.reason = "navigation";
    }
    start = -1;
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.merged || l.reason !== null) continue;
    if (isMenuItem(l)) {
      if (start < 0) start = i;
    } else close(i);
  }
  close(lines.length);
}
