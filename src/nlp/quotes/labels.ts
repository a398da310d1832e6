/**
 * Speech introduced by a label and a colon instead of a verb:
 * - a headline `Ada Lind: Bridge Will Reopen in May` (the article's first paragraph, when short): the
 *   label names who said it, the rest is a paraphrase;
 * - a transcript `LIND: We will reopen the bridge.` (a paragraph opening with a name in capitals and a
 *   colon, in an article with at least two such paragraphs): the rest of the paragraph is the speaker's
 *   own words.
 * The colon is the cue.
 */
import type { Quote } from "../../core/types.js";
import { toSpeaker } from "./speaker.js";
import { tokenFrom, tokenUntil, type QuoteContext } from "./context.js";

// A headline is short; a longer first paragraph is a lede, whose colons introduce lists and explanations.
const HEADLINE_MAX = 200;
// Capitalised labels that open a paragraph without naming a speaker.
const NOT_SPEAKERS = new Set([
  "update", "updated", "note", "editor's note", "editors note", "correction", "watch", "read", "read more", "related",
  "photo", "photos", "video", "source", "sources", "warning", "breaking", "exclusive", "analysis", "opinion",
  "q", "a", "question", "answer", "ps", "p.s", "disclosure", "byline", "dateline", "look", "listen", "clarification", "advertisement", "transcript", "caption",
]);
// A headline label: up to six words, the first capitalised (`Poll`, `Dr. Ada Lind`, `Lind camp`).
const HEADLINE_LABEL = /^(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+[\p{L}\p{M}'’.-]+){0,5}):\s+(\S[^\n]*)$/u;
// A transcript label: one to four words in capitals (`LIND`, `ADA LIND`, `SEN. LIND`), after the
// quotation mark that reopens each paragraph of a transcript printed as one quotation (`"LIND: …`).
const TRANSCRIPT_LABEL = /^(["“]?)((?:\p{Lu}[\p{Lu}'’.-]*)(?:\s+\p{Lu}[\p{Lu}'’.-]*){0,3}):[ \t]+(?=\S)/u;

interface Paragraph {
  start: number;
  end: number;
}

function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    let s = start;
    while (s < end && /\s/.test(text.charAt(s))) s++;
    let e = end;
    while (e > s && /\s/.test(text.charAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
    start = end + 1;
  }
  return out;
}

function labelled(ctx: QuoteContext, labelStart: number, labelEnd: number, colon: number, from: number, to: number, kind: Quote["kind"]): Quote | null {
  const { text, tokens } = ctx;
  let end = to;
  while (end > from && /[\s.]/.test(text.charAt(end - 1))) end--;
  if (end - from < 8) return null;
  const first = tokenFrom(tokens, labelStart);
  const last = tokenUntil(tokens, labelEnd);
  if (last <= first) return null;
  return {
    start: from,
    end,
    text: text.slice(from, end),
    kind,
    speaker: toSpeaker(text, tokens, { first, end: last }, ctx.mentions),
    cue: { text: ":", start: colon, end: colon + 1 },
  };
}

/**
 * Headline and transcript attributions of the article. `taken(start, end)` says whether another finder
 * already holds a quote overlapping the span (a headline that is itself a quotation stays theirs);
 * `opens(start)` whether one starts right there: a transcript turn in quotation marks (`"LIND: …`) is
 * that quotation, whose speaker the label gives (into `speakers`, by the quotation's start).
 */
export function findLabelled(
  ctx: QuoteContext,
  taken: (start: number, end: number) => boolean,
  opens: (start: number) => boolean = () => false,
  speakers: Map<number, NonNullable<Quote["speaker"]>> = new Map(),
): Quote[] {
  const { text } = ctx;
  const paras = paragraphs(text);
  const out: Quote[] = [];
  const first = paras[0];
  if (first && first.end - first.start <= HEADLINE_MAX) {
    const m = HEADLINE_LABEL.exec(text.slice(first.start, first.end));
    if (m && !NOT_SPEAKERS.has(m[1]!.toLowerCase())) {
      const colon = first.start + m[1]!.length;
      const from = first.start + m[0].length - m[2]!.length;
      const q = labelled(ctx, first.start, colon, colon, from, first.end, "indirect");
      if (q && !taken(q.start, q.end)) out.push(q);
    }
  }
  const lines: { p: Paragraph; label: string; labelStart: number; colon: number; from: number; marked: boolean }[] = [];
  for (const p of paras) {
    const m = TRANSCRIPT_LABEL.exec(text.slice(p.start, Math.min(p.end, p.start + 60)));
    if (!m || NOT_SPEAKERS.has(m[2]!.toLowerCase()) || !/\p{Lu}{2}/u.test(m[2]!)) continue;
    const labelStart = p.start + m[1]!.length;
    lines.push({ p, label: m[2]!, labelStart, colon: labelStart + m[2]!.length, from: p.start + m[0].length, marked: m[1] !== "" });
  }
  // One capitalised label is a heading or a note; a transcript alternates at least two labelled turns.
  if (lines.length >= 2) {
    for (const l of lines) {
      const q = labelled(ctx, l.labelStart, l.colon, l.colon, l.from, l.p.end, "direct");
      if (!q) continue;
      // A quotation that opens with the label is the turn itself: the label, not the sentence around
      // the quotation, says who speaks (`speakers` gets the label's speaker by the quotation's start).
      if (l.marked) {
        if (opens(l.labelStart) && q.speaker) speakers.set(l.labelStart, q.speaker);
      } else if (!taken(q.start, q.end)) out.push(q);
    }
  }
  return out;
}
