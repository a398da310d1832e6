// Datelines: "JAKARTA -", "PARIS (AFP) -", "WASHINGTON, D.C. —", "Berlin (Reuters) -" opening the first paragraph.

/** An upper-case place (optionally ", Region") and an optional agency in brackets, then a dash. */
const CAPS_DATELINE_RE =
  /^([\p{Lu}][\p{Lu}'’.-]+(?:\s+[\p{Lu}][\p{Lu}'’.-]+){0,3}(?:,\s*[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,2})?)(?:,\s*(?:[\p{Lu}][\p{L}]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[\p{Lu}][\p{L}]{2,8}\.?)(?:,?\s+\d{4})?)?\s*(?:\(([\p{L}\s.&-]{2,30})\))?\s*(?:[-–—]{1,2}|:)\s+(?=\S)/u;
/** A capitalised place followed by an agency in brackets: "Paris (AFP) -". */
const AGENCY_DATELINE_RE =
  /^([\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){0,2}(?:,\s*[\p{Lu}][\p{L}'’.-]+)?)\s*\(([\p{L}\s.&-]{2,30})\)\s*[-–—]{1,2}\s+(?=\S)/u;
/** All-caps words that open lines but are labels, not places. */
const NOT_PLACES = new Set(["UPDATE", "UPDATED", "BREAKING", "EXCLUSIVE", "WATCH", "LIVE", "VIDEO", "PHOTOS", "OPINION", "ANALYSIS", "EDITORIAL", "NOTE", "FILE", "CORRECTION", "URGENT", "NEW", "REVIEW"]);

/** A dateline found at the start of a paragraph: the place, and the prefix to cut from the paragraph. */
export interface Dateline {
  place: string;
  prefix: string;
}

/** Finds a dateline at the start of `paragraph`, or null. */
export function findDateline(paragraph: string): Dateline | null {
  const m = CAPS_DATELINE_RE.exec(paragraph) ?? AGENCY_DATELINE_RE.exec(paragraph);
  if (!m) return null;
  const place = m[1]!.trim();
  if (NOT_PLACES.has(place.toUpperCase())) return null;
  if (place.replace(/[^\p{L}]/gu, "").length < 3) return null;
  // What follows must be a sentence, not a second label.
  const rest = paragraph.slice(m[0].length);
  if (rest.split(/\s+/).length < 4) return null;
  return { place, prefix: m[0].trim() };
}
