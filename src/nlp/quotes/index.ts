/**
 * Quotes of one article: direct quotes in any quotation style, reported speech, and mixed sentences,
 * each with its reporting cue and its speaker resolved to an entity when the nlp layer found one.
 *
 *   marks (quotation-mark spans) -> direct (quotes vs fragments, framing attribution)
 *     -> reported (cue-led clauses, mixed when they hold fragments) -> labelled (headline `X: …`, transcript
 *     `X: …` turns) -> speakers inherited by lone quotes
 */
import type { Entity, Quote, Sentence, Token } from "../../core/types.js";
import { makeContext } from "./context.js";
import { findDirect, inheritSpeakers } from "./direct.js";
import { findMarkedSpans } from "./marks.js";
import { attributeFragments } from "./fragments.js";
import { findReported } from "./reported.js";
import { findLabelled } from "./labels.js";
import { fallbackSentences } from "./sentences.js";

export interface FindQuotesInput {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  entities: Entity[];
  language: string | null;
}

/** Finds every direct, reported and mixed quote of an article, sorted by start offset. */
export function findQuotes(input: FindQuotesInput): Quote[] {
  const { text, tokens, entities } = input;
  const sentences = input.sentences.length > 0 ? input.sentences : fallbackSentences(text, tokens);
  const ctx = makeContext(text, tokens, sentences, entities, findMarkedSpans(text), input.language);
  const { direct, fragments } = findDirect(ctx);
  const reported = findReported(ctx, direct, fragments);
  const partial = attributeFragments(ctx, fragments, reported.filter((q) => q.kind === "mixed"));
  // The mixed quote keeps the sentence's attribution; its fragments are direct quotes beside it.
  // A mixed quote that is nothing but its one fragment (`According to X, "…".`) is that direct quote told twice.
  const bare = (t: string): string => t.replace(/^[\s"“”„«»'‘’`]+|[\s"“”„«»'‘’`.,;:!?]+$/gu, "");
  const inner = partial.direct;
  const kept = reported.filter((q) => q.kind !== "mixed" || !inner.some((d) => d.start >= q.start && d.end <= q.end && bare(d.text) === bare(q.text)));
  const found = [...direct.map((d) => d.quote), ...kept, ...partial.direct];
  // A headline or transcript line that a quotation already fills stays with that quotation.
  const filled = (start: number, end: number) => found.some((q) => Math.min(end, q.end) - Math.max(start, q.start) > (end - start) / 2);
  // A transcript turn printed inside a quotation (`"LIND: …`): the label speaks the quotation opening with it.
  const starts = new Set(found.map((q) => q.start));
  const turnSpeakers = new Map<number, NonNullable<Quote["speaker"]>>();
  const labelledQuotes = findLabelled(ctx, filled, (start) => starts.has(start), turnSpeakers);
  for (const q of found) {
    const s = q.kind === "direct" ? turnSpeakers.get(q.start) : undefined;
    if (s) q.speaker = s;
  }
  const quotes = [...found, ...labelledQuotes].sort((a, b) => a.start - b.start || a.end - b.end);
  inheritSpeakers(ctx, quotes);
  return quotes;
}

export { findMarkedSpans, type MarkedSpan } from "./marks.js";
