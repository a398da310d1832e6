// Rejoins sentences that a scrape split over several lines around inline links:
//   "... reports our correspondent in the capital," / "Jane Doe" / ". Even if ..."  ->  one line.
import { setText, type Line } from "./lines.js";

/** The longest link text we expect inside a sentence ("Jane Doe", "major military exercises with X and Y"). */
const MAX_LINK_WORDS = 8;

/**
 * Removed lines a page drops into running text (an ad slot, a "Read more:" link, a photo and its caption, an
 * appeal): a sentence may run on across them. Other removed lines (titles, bylines, dates) end it.
 */
const INSERTS = new Set(["ad-marker", "related-links", "caption", "credit", "call-to-action", "template"]);

/** A line being built from glued pieces; its end (what decides whether it is open) is its last piece's end. */
interface Glued {
  parts: string[];
  words: number;
  last: Line;
}

/** True when the glued line can be continued by a following fragment: it does not end a sentence. */
function isOpenEnded(g: Glued): boolean {
  return !g.last.f.terminal && !/[:]$/.test(g.last.text);
}

/** Appends a piece: no space before punctuation, else one space. */
function push(g: Glued, piece: Line): void {
  g.parts.push(/^[,.;:)\]…!?]/u.test(piece.text) ? piece.text : ` ${piece.text}`);
  g.words += piece.f.nWords;
  g.last = piece;
}

/**
 * Glues each line that starts lower-case or with continuing punctuation onto the kept line before it when
 * that one does not end a sentence; and when the line before is a short link text, also glues the open
 * sentence before the link. Only lines with nothing removed between them are glued. Linear: pieces are
 * collected and each glued line's text and features are computed once at the end.
 */
export function rejoinSplitSentences(lines: Line[], protectedIndex = -1): void {
  const glued = new Map<number, Glued>();
  const state = (i: number): Glued => {
    let g = glued.get(i);
    if (!g) {
      const l = lines[i]!;
      g = { parts: [l.text], words: l.f.nWords, last: l };
      glued.set(i, g);
    }
    return g;
  };
  let prev = -1;
  let prevPrev = -1;
  // True when removed inserts lie between `prev` and the current line.
  let across = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.merged) continue;
    if (line.reason !== null) {
      // A removed line between two fragments is a wall, unless it is an insert into running text: then only
      // a sentence left open mid-clause (a lower-case word or a comma) is continued by a lower-case word.
      if (!INSERTS.has(line.reason)) prev = -1;
      prevPrev = -1;
      across = true;
      continue;
    }
    if (across) {
      across = false;
      if (prev >= 0 && prev !== protectedIndex && /^\p{Ll}/u.test(line.text)) {
        const p = state(prev);
        if (p.words >= 4 && isOpenEnded(p) && /[\p{Ll},]$/u.test(p.last.text)) {
          push(p, line);
          line.merged = true;
          continue;
        }
      }
      prevPrev = -1;
      prev = i;
      continue;
    }
    if (line.f.continues && prev >= 0 && prev !== protectedIndex && isOpenEnded(state(prev))) {
      const p = state(prev);
      const pLine = lines[prev]!;
      const linkText = p.words <= MAX_LINK_WORDS && !pLine.f.continues;
      if (prevPrev >= 0 && linkText && prevPrev !== protectedIndex) {
        const pp = state(prevPrev);
        if (isOpenEnded(pp) && /([,;]|\p{Ll})$/u.test(pp.last.text)) {
          for (let k = 0; k < p.parts.length; k++) {
            pp.parts.push(k === 0 ? (/^[,.;:)\]…!?]/u.test(p.parts[0]!) ? p.parts[0]! : ` ${p.parts[0]!}`) : p.parts[k]!);
          }
          pp.words += p.words;
          pp.last = p.last;
          push(pp, line);
          glued.delete(prev);
          pLine.merged = true;
          line.merged = true;
          prev = prevPrev;
          prevPrev = -1;
          continue;
        }
      }
      push(p, line);
      line.merged = true;
      continue;
    }
    prevPrev = prev;
    prev = i;
  }
  for (const [i, g] of glued) if (g.parts.length > 1) setText(lines[i]!, g.parts.join(""));
}
