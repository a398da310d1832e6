/**
 * Finds spans in quotation marks, in every style a news text uses:
 * "straight", “curly”, «guillemets», „German“, `` PTB '', '' doubled apostrophes '', and ‘single’ (alone or nested in double marks).
 *
 * One left-to-right scan. An opener is taken only where an opening mark can stand (start, after white
 * space or an opening bracket), so apostrophes (don't, '90s, students' books) never open a quote. The
 * closer is searched for in the same paragraph; a paragraph that ends open while the next one starts
 * with a mark continues the quote (the multi-paragraph convention). A quote that never closes ends at
 * its paragraph's end, or where a lost closing mark left the next word glued on (`conclusionsSmith said`).
 */

/** One span in quotation marks. Offsets into the text; `start`/`end` exclude the marks. */
export interface MarkedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark (equals `end` when unclosed). */
  close: number;
  start: number;
  end: number;
  unclosed: boolean;
}

interface OpenerStyle {
  mark: string;
  closers: string[];
  /** Single marks never span paragraphs nor stay unclosed: too easily an apostrophe. */
  single: boolean;
}

const STYLES: OpenerStyle[] = [
  { mark: "``", closers: ["''", "\"", "”"], single: false },
  { mark: "“", closers: ["”", "\""], single: false },
  // Scraped German text often closes `„` with a straight mark, as `“` closes with one.
  { mark: "„", closers: ["“", "”", "\""], single: false },
  { mark: "«", closers: ["»"], single: false },
  { mark: "\"", closers: ["\"", "”"], single: false },
  // Two apostrophes on both sides: some wire and newspaper archives write ASCII quotes this way.
  { mark: "''", closers: ["''"], single: false },
  { mark: "‘", closers: ["’"], single: true },
  { mark: "'", closers: ["'", "’"], single: true },
];

const MARK_START = new Set(["`", "“", "„", "«", "\"", "‘", "'"].map((c) => c.charCodeAt(0)));
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/;
// Characters after which an opening mark may stand.
const OPEN_CONTEXT = /[\s([{\-—–/:;,“"‘«„>]/;

function styleAt(text: string, i: number): OpenerStyle | null {
  for (const s of STYLES) {
    if (!text.startsWith(s.mark, i)) continue;
    if (s.mark === "``" || s.mark === "“" || s.mark === "„" || s.mark === "«") return s;
    // Ambiguous marks open only where an opener can stand and before a word.
    const prev = i === 0 ? "\n" : text.charAt(i - 1);
    const next = text.charAt(i + s.mark.length) ?? "";
    if (!OPEN_CONTEXT.test(prev)) return null;
    if (next === "" || SPACE.test(next)) return null;
    if (s.single && !/\p{L}/u.test(next)) return null;
    // Two straight single marks are the PTB closer, not an opener.
    if (s.mark === "'" && next === "'") return null;
    return s;
  }
  return null;
}

function closerOk(text: string, j: number, closer: string, style: OpenerStyle): boolean {
  const prev = text.charAt(j - 1) ?? "";
  const next = text.charAt(j + closer.length) ?? "";
  if (style.single) {
    // An apostrophe inside a word (don't) or before a letter is not a closer; nor one after a space.
    if (next !== "" && LETTER_OR_DIGIT.test(next)) return false;
    if (prev === "" || SPACE.test(prev)) return false;
    return true;
  }
  if (closer === "''" && style.mark === "''") {
    // `''` before a word opens the next quote; in `'''` a nested single quote closes first, so the pair is the last two.
    if (next !== "" && LETTER_OR_DIGIT.test(next)) return false;
    if (next === "'") return false;
  }
  if (closer === "\"") {
    // A straight mark after a space and before a word opens the next quote rather than closing this one.
    if (SPACE.test(prev) && next !== "" && !SPACE.test(next)) return false;
  }
  return true;
}

// A lost closing mark often leaves the next word glued on: `conclusionsSmith said`, `ends.He said`.
const GLUED = /(?<=[\p{Ll}.,!?])(?=\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*\s+(?:said|says|added|continued|stressed|noted|told|explained|insisted|warned)\b)/u;

/** Finds every quotation-mark span of `text`, outermost only (nested marks stay inside their quote). */
export function findMarkedSpans(text: string): MarkedSpan[] {
  const out: MarkedSpan[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    // Fast path: most characters cannot start a mark.
    if (!MARK_START.has(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const style = styleAt(text, i);
    if (!style) {
      i++;
      continue;
    }
    const start = i + style.mark.length;
    const found = findClose(text, start, style);
    if (!found) {
      i = start;
      continue;
    }
    // French guillemets stand apart from their words (`« Nous allons »`): the quote is the words.
    let from = start;
    let to = found.end;
    while (from < to && /[ \u00a0\u202f\t]/.test(text.charAt(from))) from++;
    while (to > from && /[ \u00a0\u202f\t]/.test(text.charAt(to - 1))) to--;
    out.push({ open: i, close: found.close, start: from, end: to, unclosed: found.unclosed });
    i = Math.max(found.close, start);
  }
  return out;
}

function findClose(text: string, from: number, style: OpenerStyle): { end: number; close: number; unclosed: boolean } | null {
  const n = text.length;
  let j = from;
  for (;;) {
    let paraEnd = text.indexOf("\n", j);
    if (paraEnd < 0) paraEnd = n;
    // A glued-on attribution before the closer means the quote's own closing mark was lost there
    // (`on the tableQuayle told the crowd, to chants of "…"`): the later mark belongs to another quote.
    const lost = (k: number): { end: number; close: number; unclosed: boolean } | null => {
      const at = style.single ? -1 : gluedAttribution(text, j, k);
      if (at < 0) return null;
      const end = trimEnd(text, from, at);
      return { end, close: end, unclosed: true };
    };
    for (let k = j; k < paraEnd; k++) {
      for (const c of style.closers) {
        if (text.startsWith(c, k) && closerOk(text, k, c, style)) {
          if (k === from) continue;
          return lost(k) ?? { end: k, close: k + c.length, unclosed: false };
        }
      }
      // The same opener again before any closer means this quote lost its closing mark.
      if (!style.single && k > from && style.mark !== "„" && style.mark !== "\"" && style.mark !== "''" && text.startsWith(style.mark, k)) {
        const end = trimEnd(text, from, k);
        return lost(k) ?? (end > from ? { end, close: end, unclosed: true } : null);
      }
    }
    const glued = lost(paraEnd);
    if (glued) return glued;
    if (style.single) return null;
    // Multi-paragraph quote: the next paragraph reopens with a mark.
    if (paraEnd < n) {
      let m = paraEnd + 1;
      while (m < n && /\s/.test(text.charAt(m))) m++;
      if (text.startsWith(style.mark, m) || (style.mark === "“" && text.startsWith("\"", m)) || (style.mark === "\"" && text.startsWith("“", m))) {
        // Only continue if that later paragraph (or one after) closes; otherwise this one ends here, unclosed.
        j = m + 1;
        continue;
      }
    }
    // Unclosed: end at the paragraph end, or at a glued-on attribution.
    const end = trimEnd(text, from, paraEnd);
    if (end - from < 2) return null;
    // A lone straight mark with barely any words after it is more likely a stray than a quote.
    if (style.mark === "\"" && !/\s\S+\s\S+/.test(text.slice(from, end))) return null;
    return { end, close: end, unclosed: true };
  }
}

/** Where in `[from, to)` a lost closing mark left an attribution glued on, or -1. */
function gluedAttribution(text: string, from: number, to: number): number {
  const glued = GLUED.exec(text.slice(from, to));
  return glued ? from + glued.index : -1;
}

function trimEnd(text: string, from: number, end: number): number {
  while (end > from && SPACE.test(text.charAt(end - 1))) end--;
  return end;
}
