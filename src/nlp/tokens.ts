import type { Token } from "../core/types.js";
import { normalizeWord, tokenize } from "../core/tokenize.js";

/** A token that opens with a lower-case run glued to a capitalised word: `conclusionsSmith`, `withSmith`. */
const GLUED_RE = /^\p{Ll}{3,}(?=\p{Lu}\p{Ll})/u;
/** A capitalised name glued to the speech verb that followed it: `Smithtold`, `Smithsaid`. */
const GLUED_VERB_RE = /^\p{Lu}\p{Ll}{3,}(?=(?:said|says|told|added)$)/u;

/**
 * The shared tokenisation (src/core/tokenize.ts) with one repair for scraped text: a word glued to
 * the next capitalised word, because the scrape lost the space (and often a period or quote)
 * between them, is split in two so that `Smith` in `conclusionsSmith` is a token of its own; so is a
 * name glued to its speech verb (`Smithtold`). Only
 * tokens that open with three lower-case letters are split, which leaves `McDonald`, `YouTube`,
 * `iPhone` and `eBay` whole.
 */
export function tokenizeText(text: string): Token[] {
  const tokens = tokenize(text);
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const surface = tok.end - tok.start >= 5 ? text.slice(tok.start, tok.end) : "";
    const m = surface ? (GLUED_RE.exec(surface) ?? GLUED_VERB_RE.exec(surface)) : null;
    if (!m) {
      out?.push(tok);
      continue;
    }
    out ??= tokens.slice(0, i);
    const cut = tok.start + m[0].length;
    out.push(piece(text, tok.start, cut), piece(text, cut, tok.end));
  }
  return out ?? tokens;
}

function piece(text: string, start: number, end: number): Token {
  const s = text.slice(start, end);
  const c = s.charCodeAt(0);
  return { start, end, norm: normalizeWord(s), numeric: c >= 48 && c <= 57 };
}
