// The working unit of the text cleaner: one non-empty line of the input with its features and verdict.
import { lineFeatures, type LineFeatures } from "./features.js";

/** One non-empty input line while it is being cleaned. */
export interface Line {
  text: string;
  f: LineFeatures;
  /** Why the line is not body text (null: kept so far). */
  reason: string | null;
  /** True once the line was glued onto an earlier line (it then appears in neither body nor `removed`). */
  merged: boolean;
}

/** Splits text into trimmed non-empty lines (any newline convention; NBSP and tabs count as spaces). */
export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  for (const rawLine of text.split(/\r\n|\r|\n|\u2028|\u2029/)) {
    const t = rawLine.replace(/[\s\u200b\ufeff]+/g, " ").trim();
    if (t.length === 0) continue;
    out.push({ text: t, f: lineFeatures(t), reason: null, merged: false });
  }
  return out;
}

/** Replaces a line's text and recomputes its features. */
export function setText(line: Line, text: string): void {
  line.text = text;
  line.f = lineFeatures(text);
}

/** Case-normalised form for comparing two lines (lines are already trimmed and space-squashed). */
export function sameKey(text: string): string {
  return text.toLowerCase();
}
