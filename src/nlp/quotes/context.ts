/** What every quote finder shares for one article: text, tokens and their look-ups, mentions, quote marks. */
import type { Entity, Sentence, Token } from "../../core/types.js";
import { MentionIndex } from "./speaker.js";
import type { MarkedSpan } from "./marks.js";
import { cueAt, type CueMatch } from "./cues.js";

export interface QuoteContext {
  text: string;
  tokens: readonly Token[];
  norms: string[];
  sentences: readonly Sentence[];
  mentions: MentionIndex;
  marked: MarkedSpan[];
  /** English or unknown: English-only conventions (title case marks a title) apply. */
  english: boolean;
  /** The article's language code when known: Italian, Portuguese and Dutch pronouns and articles depend on it. */
  language: string | null;
}

export function makeContext(text: string, tokens: readonly Token[], sentences: readonly Sentence[], entities: readonly Entity[], marked: MarkedSpan[], language: string | null = null): QuoteContext {
  const english = language === null || language === "en";
  return { text, tokens, norms: tokens.map((t) => t.norm), sentences, mentions: new MentionIndex(entities), marked, english, language };
}

/** Index of the first token starting at or after `offset` (tokens.length when none). */
export function tokenFrom(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index one past the last token ending at or before `offset`. */
export function tokenUntil(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Start of the paragraph holding `offset`. */
export function paragraphStart(text: string, offset: number): number {
  return text.lastIndexOf("\n", offset - 1) + 1;
}

/** End of the paragraph holding `offset`. */
export function paragraphEnd(text: string, offset: number): number {
  const e = text.indexOf("\n", offset);
  return e < 0 ? text.length : e;
}

/**
 * The cue at token `i`, unless its word is capitalised mid-sentence: then it is a name (`Said Karimi`)
 * or a headline word (`Dockers Admit Defeat`), not a reporting verb.
 */
export function cueFor(ctx: QuoteContext, i: number): CueMatch | null {
  const t = ctx.tokens[i]!;
  const joinedBefore = i > 0 && /^\s+$/.test(ctx.text.slice(ctx.tokens[i - 1]!.end, t.start));
  const cue = cueAt(ctx.norms, i, joinedBefore);
  if (!cue) return null;
  const c = ctx.text.charAt(t.start);
  if (c !== c.toLowerCase()) {
    let k = t.start - 1;
    while (k >= 0 && (ctx.text.charAt(k) === " " || ctx.text.charAt(k) === "\t")) k--;
    const initial = k < 0 || /[\n.!?“"«:]/.test(ctx.text.charAt(k));
    if (!initial) return null;
  }
  return cue;
}
