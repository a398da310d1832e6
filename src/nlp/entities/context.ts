import type { Sentence, Token } from "../../core/types.js";
import type { ProperNounOracle } from "../pos.js";
import { isCapitalised } from "../strings.js";
import { markGermanNouns } from "./german.js";

/**
 * What the entity stages share about one article: its text, tokens, sentences, a per-token
 * sentence index, capitalisation and proper-noun flags, and where direct quotes run. Built once.
 */
export interface EntityContext {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  /** Sentence index of each token. */
  sentenceOf: Int32Array;
  /** Whether each token's surface starts with a capital. */
  cap: boolean[];
  /** wink's PROPN tag of a token (asked lazily: tagging costs). */
  propn: ProperNounOracle;
  /** Norms seen capitalised away from a sentence's first token. */
  capitalisedInside: Set<string>;
  /** Norms seen written in lower case. */
  lowerSeen: Set<string>;
  /** Tokens inside Title Case headlines and subheadings: no new names are read from them. */
  headline: Uint8Array;
  /** Per character, whether it lies inside a direct quotation (between quotation marks on one line). */
  quoted: Uint8Array;
}

/** Generational suffixes: after them a surname is still its name's last word (`Comeaux Jr`). */
const NAME_SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);

/** Words Title Case leaves in lower case. */
const TITLE_CASE_FUNCTION_WORDS = new Set(["a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "and", "or", "but", "nor", "with", "from", "as", "vs", "via", "per", "into", "onto"]);

/** Builds the shared context (`language`: the article's, when known; German nouns are capitalised). */
export function buildContext(text: string, tokens: readonly Token[], sentences: readonly Sentence[], propn: ProperNounOracle, language: string | null = null): EntityContext {
  const sentenceOf = new Int32Array(tokens.length).fill(-1);
  const cap = tokens.map((t) => isCapitalised(text.slice(t.start, t.start + 1)));
  if (language === "de") markGermanNouns(text, tokens, cap);
  const capitalisedInside = new Set<string>();
  const lowerSeen = new Set<string>();
  const headline = new Uint8Array(tokens.length);
  sentences.forEach((s, si) => {
    // Title Case: every content word capitalised (function words may stay lower-case). Real
    // sentences almost always hold a lower-case verb or noun; headlines do not.
    let content = 0;
    let lowerContent = false;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      sentenceOf[i] = si;
      const t = tokens[i]!;
      if (!cap[i]) lowerSeen.add(t.norm);
      if (t.numeric || TITLE_CASE_FUNCTION_WORDS.has(t.norm)) continue;
      content++;
      if (!cap[i]) lowerContent = true;
    }
    if (!lowerContent && content >= 4) {
      headline.fill(1, s.tokenStart, s.tokenEnd);
      return;
    }
    // A line that is, or opens with, a Title Case phrase ending at a colon is a (sub)heading:
    // `Human Rights.`, `Veto Power Impedes Peace Efforts: Eliminating ...`.
    if (s.start !== 0 && text[s.start - 1] !== "\n") return;
    let k = s.tokenStart;
    let capped = 0;
    let lower = false;
    for (; k < s.tokenEnd; k++) {
      const t = tokens[k]!;
      if (!t.numeric && !TITLE_CASE_FUNCTION_WORDS.has(t.norm)) {
        if (!cap[k]) {
          lower = true;
          break;
        }
        capped++;
      }
      if (text.slice(t.end, tokens[k + 1]?.start ?? s.end).includes(":")) {
        k++;
        break;
      }
    }
    const wholeLine = k === s.tokenEnd && !lower;
    const colonPrefix = k < s.tokenEnd && !lower && text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes(":");
    const oneWordLine = wholeLine && s.tokenEnd - s.tokenStart === 1 && capped === 1;
    if ((wholeLine && capped >= 2) || oneWordLine || (colonPrefix && capped >= 3)) headline.fill(1, s.tokenStart, k);
  });
  // Capitalised away from a sentence or clause start, headlines excluded: evidence that a word is a
  // name. Not a word inside a longer name (`Sheep` of `Tarsk Sheep Farmers' Association`): a common
  // noun there is capitalised for the name's sake, and would then pass as a name where it opens a
  // sentence (`Sheep farmers say ...`). A name's first or last word still counts (`Petra Dolan`).
  sentences.forEach((s) => {
    for (let i = s.tokenStart + 1; i < s.tokenEnd; i++) {
      if (!cap[i] || headline[i] || opensClause(text, tokens, i)) continue;
      const prev = tokens[i - 1]!;
      const next = tokens[i + 1];
      const joined = (a: Token, b: Token): boolean => /^\s$/.test(text.slice(a.end, b.start));
      const inside = i + 1 < s.tokenEnd && cap[i - 1] && cap[i + 1] && !prev.numeric && !next!.numeric && !NAME_SUFFIXES.has(next!.norm) &&
        joined(prev, tokens[i]!) && joined(tokens[i]!, next!);
      if (!inside) capitalisedInside.add(tokens[i]!.norm);
    }
  });
  return { text, tokens, sentences, sentenceOf, cap, propn, capitalisedInside, lowerSeen, headline, quoted: quotedRegions(text) };
}

/**
 * Whether token `i` opens a clause where any word is capitalised: after a colon (`PENCE: Well`), an
 * opening quotation mark (`said, "Well`) or a dash (`CITY - Nearly`).
 */
export function opensClause(text: string, tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev) return true;
  return /(?::\s*["“‘']?|["“‘]|\s[-–—]\s*)$/.test(text.slice(prev.end, tokens[i]!.start));
}

/**
 * Marks characters inside quotation marks. Curly quotes pair by direction; straight double quotes
 * toggle. A quotation never crosses a line, so an unclosed mark only affects the rest of its line.
 */
function quotedRegions(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n") {
      open = -1;
      continue;
    }
    if (c === "“" || c === "«" || (c === '"' && open < 0)) {
      open = i;
    } else if ((c === "”" || c === "»" || c === '"') && open >= 0) {
      out.fill(1, open, i + 1);
      open = -1;
    }
  }
  return out;
}
