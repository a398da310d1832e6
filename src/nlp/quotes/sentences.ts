/**
 * A plain sentence splitter for when the caller has no sentences (the language layer not run):
 * breaks at line ends and at `.`, `!`, `?` (with any closing marks) followed by space and a capital.
 */
import type { Sentence, Token } from "../../core/types.js";

const BREAK = /[.!?…]+["”’»)\]]*\s+(?=["“‘«(]?[\p{Lu}\p{N}])|\n+/gu;

/** Splits `text` into sentences with token ranges into `tokens`. */
export function fallbackSentences(text: string, tokens: readonly Token[]): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let paragraph = 0;
  let ti = 0;
  const push = (end: number, nextStart: number, newlines: number) => {
    let s = start;
    while (s < end && /\s/.test(text.charAt(s))) s++;
    let e = end;
    while (e > s && /\s/.test(text.charAt(e - 1))) e--;
    if (e > s) {
      while (ti < tokens.length && tokens[ti]!.start < s) ti++;
      const tokenStart = ti;
      while (ti < tokens.length && tokens[ti]!.end <= e) ti++;
      out.push({ start: s, end: e, paragraph, tokenStart, tokenEnd: ti });
    }
    paragraph += newlines;
    start = nextStart;
  };
  BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BREAK.exec(text)) !== null) {
    const nl = (m[0].match(/\n/g) ?? []).length;
    const punct = m[0].replace(/\s+$/, "");
    push(m.index + punct.length, m.index + m[0].length, nl);
  }
  push(text.length, text.length, 0);
  return out;
}
