/**
 * Subjects that are not right before their cue: the subject a participle shares with the clause it hangs
 * on (`Lind said, adding …`, `Speaking in Oslo, Lind praised the plan, calling it …`), and a subject
 * separated from its verb by an aside in commas (`Lind, who chairs the panel, said …`).
 * Every scan here is bounded by a small constant number of tokens, so a sentence costs linear time.
 */
import { npAfter, npAfterCue, npBefore, plausible, type SpeakerSpan } from "./speaker.js";
import { cueFor, type QuoteContext } from "./context.js";

// Words that open an introductory phrase before the subject (`In a statement, …`, `After the vote, …`).
const INTRO_OPENERS = new Set([
  "in", "at", "on", "by", "after", "before", "during", "while", "when", "following", "despite", "with", "without",
  "for", "from", "as", "since", "asked", "speaking", "writing", "meanwhile", "however", "still", "earlier", "later",
  "then", "now", "yet", "also", "instead", "separately", "hours", "days", "minutes", "moments", "shortly", "once",
  "last", "this", "on", "under", "amid", "among", "unlike", "like", "although", "though", "if", "because",
]);
// Last words of an introductory time phrase (`Hours later, …`, `Two days ago, …`).
const INTRO_CLOSERS = new Set(["later", "earlier", "ago", "afterward", "afterwards", "meanwhile", "however", "too", "also"]);

// How far back a participle looks for the verb it continues, and how far an aside may run.
const PARTICIPLE_REACH = 12;
const ASIDE_REACH = 30;

function commaBetween(ctx: QuoteContext, a: number, b: number): boolean {
  return /,/.test(ctx.text.slice(ctx.tokens[a]!.end, ctx.tokens[b]!.start));
}

/**
 * The subject of the clause a participle cue at token `i` continues (`…, X said, adding …`,
 * `…, said X, suggesting …`): the speech verb a few tokens back and its subject, before or inverted after it.
 * Null when no speech verb with a plausible subject sits within reach.
 */
export function participleHost(ctx: QuoteContext, from: number, i: number): SpeakerSpan | null {
  const { text, tokens } = ctx;
  for (let k = i - 1; k >= Math.max(from, i - PARTICIPLE_REACH); k--) {
    const cue = cueFor(ctx, k);
    if (!cue || !cue.speech || cue.kind !== "verb" || cue.end > i) continue;
    const before = npBefore(text, tokens, k, from, false, ctx.language);
    if (plausible(text, tokens, before)) return before;
    const after = npAfterCue(text, tokens, cue.end, i, ctx.language);
    if (plausible(text, tokens, after) && after.end < i && commaBetween(ctx, after.end - 1, after.end)) return after;
    return null;
  }
  return null;
}

/**
 * The subject of the main clause of tokens `[from, limit)`: the noun phrase opening it, after an
 * introductory phrase closed by a comma when one opens the clause (`Speaking on Monday, Lind …`).
 */
export function mainSubject(ctx: QuoteContext, from: number, limit: number): SpeakerSpan | null {
  const { text, tokens, norms } = ctx;
  let start = from;
  const first = norms[from];
  if (first !== undefined) {
    let comma = -1;
    for (let k = from + 1; k < Math.min(limit, from + ASIDE_REACH); k++) {
      if (commaBetween(ctx, k - 1, k)) {
        comma = k;
        break;
      }
    }
    const intro = INTRO_OPENERS.has(first) || /ing$/.test(first) || (comma > 0 && INTRO_CLOSERS.has(norms[comma - 1]!));
    if (intro && comma > 0) start = comma;
  }
  const sp = npAfter(text, tokens, start, limit, true);
  return plausible(text, tokens, sp) ? sp : null;
}

/**
 * `X, who chairs the panel, said …` / `X, an ally of Y, said …`: with a comma right before the cue at
 * token `i`, the noun phrase opening the clause and closed by a comma is the subject, when the aside
 * between holds no other verb of speech. Null otherwise.
 */
export function subjectBeforeAside(ctx: QuoteContext, from: number, i: number): SpeakerSpan | null {
  const { text, tokens } = ctx;
  if (i - from > ASIDE_REACH || i <= from + 2 || !commaBetween(ctx, i - 1, i)) return null;
  const start = mainSubject(ctx, from, i);
  if (!start || start.end >= i - 1 || !commaBetween(ctx, start.end - 1, start.end)) return null;
  // The subject must be a name or a determined role: a lone lower-case word is more likely a clause.
  if (start.end - start.first === 1 && !/^\p{Lu}/u.test(text.charAt(tokens[start.first]!.start))) return null;
  for (let k = start.end; k < i; k++) {
    const c = cueFor(ctx, k);
    if (c && c.speech && ctx.norms[k - 1] !== "who") return null;
  }
  return start;
}

// Nouns of things said or written: as the object before a participle (`issued a statement saying`) they
// are what was said, not who said it.
const SAID_THINGS = new Set(["statement", "comment", "comments", "tweet", "tweets", "post", "letter", "release", "video", "ad", "message", "note", "remarks", "speech", "interview", "op-ed", "column", "email"]);

/**
 * The subject of a participle cue at token `i` whose noun phrase right before it, `sp`, is the object of
 * the main verb rather than its subject (`Lind issued a statement saying …`, `posted a video describing …`):
 * the main clause's subject. `sp` itself when it is not such an object.
 */
export function participleSubject(ctx: QuoteContext, from: number, i: number, sp: SpeakerSpan | null): SpeakerSpan | null {
  if (!sp || !/ing$/.test(ctx.norms[i]!) || sp.first <= from) return sp;
  const first = ctx.norms[sp.first]!;
  const head = ctx.norms[sp.end - 1]!;
  if (!(first === "a" || first === "an" || SAID_THINGS.has(head))) return sp;
  if (/^\p{Lu}/u.test(ctx.text.charAt(ctx.tokens[sp.end - 1]!.start))) return sp;
  return mainSubject(ctx, from, sp.first) ?? sp;
}
