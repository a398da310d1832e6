/**
 * Reported speech: `X said (that) …`, `X told Y (that) …`, `according to X, …`, `…, X said.`, `…, said X.`,
 * `X, adding that …`. The content is the reported clause; a clause holding quoted fragments is `mixed`.
 */
import type { Quote, Sentence } from "../../core/types.js";
import { determiner, functionWord, npAfter, npAfterCue, npBefore, pronoun, sourceNpAfter, toSpeaker, type SpeakerSpan } from "./speaker.js";
import { cueFor, type QuoteContext } from "./context.js";
import { ROLE_WORDS } from "../lexicon.js";
import type { DirectQuote, Fragment } from "./direct.js";
import { mainSubject, participleHost, participleSubject, subjectBeforeAside } from "./subject.js";

const TRAIL_CHAR = /[\s.,;:!?…]/u;

/** The token index where a reported clause starts after `k` (at `that` when it follows within a short phrase). */
// Words that open a short phrase between a cue and its `that` (`said on Monday that`, `said last week that`).
const PHRASE_OPENERS = new Set([
  "on", "in", "at", "during", "after", "before", "last", "this", "late", "early", "earlier", "later", "yesterday",
  "today", "tonight", "recently", "repeatedly", "again", "also", "publicly", "privately", "from", "via", "through",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "over", "while", "when", "to", "with",
]);

function contentStart(ctx: QuoteContext, k: number, end: number): number {
  const { norms, text, tokens } = ctx;
  if (!PHRASE_OPENERS.has(norms[k]!)) return k;
  for (let j = k; j < Math.min(end, k + 8); j++) {
    if (norms[j]! === "that" || norms[j]! === "que" || norms[j]! === "dass") return j;
    // A comma or sentence mark before `that` means the phrase ended: the clause starts at k.
    if (j > k && /[,;:]/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) break;
  }
  return k;
}

/** True when punctuation in `chars` separates token a from token b. */
function gapHas(ctx: QuoteContext, a: number, b: number, chars: RegExp): boolean {
  return chars.test(ctx.text.slice(ctx.tokens[a]!.end, ctx.tokens[b]!.start));
}

interface Found {
  cueFirst: number;
  cueEnd: number;
  speaker: SpeakerSpan | null;
  start: number;
  end: number;
}

/** Finds the reported-speech attributions of one sentence. */
function inSentence(ctx: QuoteContext, s: Sentence, used: Set<number>, blocked: (offset: number) => boolean): Found[] {
  const { norms, tokens, text } = ctx;
  const out: Found[] = [];
  const ts = s.tokenStart;
  const te = s.tokenEnd;
  let sentEnd = s.end;
  while (sentEnd > s.start && TRAIL_CHAR.test(text.charAt(sentEnd - 1))) sentEnd--;
  for (let i = ts; i < te; i++) {
    if (used.has(i) || blocked(tokens[i]!.start)) continue;
    const cue = cueFor(ctx, i);
    if (!cue || cue.kind === "via") continue;
    if (cue.end > te) continue;
    if (cue.kind === "source") {
      const np = sourceNpAfter(text, tokens, cue.end, te, ctx.language);
      if (!np) continue;
      if (np.end < te && gapHas(ctx, np.end - 1, np.end, /,/)) {
        // `According to X, content.`
        out.push({ cueFirst: i, cueEnd: cue.end, speaker: np, start: tokens[np.end]!.start, end: sentEnd });
      } else if (i > ts && gapHas(ctx, i - 1, i, /,/)) {
        // `Content, according to X.`
        const end = tokens[i - 1]!.end;
        out.push({ cueFirst: i, cueEnd: cue.end, speaker: np, start: s.start, end });
      }
      i = np.end - 1;
      continue;
    }
    let speaker = participleSubject(ctx, ts, i, npBefore(text, tokens, i, ts, false, ctx.language));
    const commaBefore = i > ts && gapHas(ctx, i - 1, i, /,/);
    const speakerAfterComma = speaker !== null && speaker.first > ts && gapHas(ctx, speaker.first - 1, speaker.first, /[,”"]/);
    const afterCue = cue.end < te ? text.slice(tokens[cue.end - 1]!.end, tokens[cue.end]!.start) : ".";
    const cueClosesClause = cue.end >= te || /[,.;]/.test(afterCue);
    if (speaker && speakerAfterComma && (cueClosesClause || norms[cue.end]! === "in" || norms[cue.end]! === "on")) {
      // `Content, X said (on Monday).` / `Content, X said, more content.`
      const end = tokens[speaker.first - 1]!.end;
      const rest = resumption(ctx, cue.end, te);
      if (speaker.first - ts >= 3 || (rest !== null && speaker.first > ts)) out.push({ cueFirst: i, cueEnd: cue.end, speaker, start: s.start, end });
      if (rest !== null) out.push({ cueFirst: i, cueEnd: cue.end, speaker, start: tokens[rest]!.start, end: sentEnd });
      continue;
    }
    if (!speaker && commaBefore && !cue.addressee && cue.end < te && !/[,.;]/.test(afterCue)) {
      const inverted = npAfterCue(text, tokens, cue.end, te, ctx.language);
      // The words before the cue are no content when they only name the cue's subject in apposition
      // (`El técnico local, Stuart Penhaligon, reconoció la superioridad visitante`): what follows the
      // cue is its object, not its subject.
      const last = ctx.mentions.best(tokens[i - 1]!.start, tokens[i - 1]!.end);
      const appositionOnly = last !== null && last.entity.type === "person" && last.end === tokens[i - 1]!.end && /^[^,.;:]*,\s*$/.test(text.slice(tokens[ts]!.start, last.start));
      // And it names someone: a name, a role or a pronoun (`..., said the spokesman`), or a short
      // definite phrase (`..., said the club`), not a thing told at length (`la superioridad visitante
      // en la primera mitad`).
      const span = inverted === null ? [] : tokens.slice(inverted.first, inverted.end);
      const names = span.some((t) => /^\p{Lu}/u.test(text.charAt(t.start)) || ROLE_WORDS.has(t.norm) || pronoun(t.norm, ctx.language)) || (span.length <= 3 && span.length > 1 && determiner(span[0]!.norm, ctx.language));
      if (inverted && names && !appositionOnly && (inverted.end >= te || gapHas(ctx, inverted.end - 1, inverted.end, /[,.;]/)) && i - ts >= 3) {
        // `Content, said X.` / `Content, said X, more content.`
        out.push({ cueFirst: i, cueEnd: cue.end, speaker: inverted, start: s.start, end: tokens[i - 1]!.end });
        const rest = resumption(ctx, inverted.end, te);
        if (rest !== null) out.push({ cueFirst: i, cueEnd: cue.end, speaker: inverted, start: tokens[rest]!.start, end: sentEnd });
        continue;
      }
    }
    if (!speaker && i > ts && (norms[i - 1] === "and" || norms[i - 1] === "but")) {
      // `X did this and said …`: the coordinated verb shares the sentence's subject (after any opener).
      const subject = mainSubject(ctx, ts, i - 1) ?? npAfter(text, tokens, ts, i - 1, true);
      if (subject && subject.end < i - 1) speaker = subject;
    }
    const relative = !speaker && i > ts && (norms[i - 1] === "who" || norms[i - 1] === "which");
    if (relative) speaker = { first: i - 1, end: i };
    if (!speaker && commaBefore && /ing$/.test(norms[i]!)) {
      // `X said, adding that …` / `X did this, adding that …`: the participle shares the subject of the
      // speech verb it continues, else of the main clause.
      speaker = participleHost(ctx, ts, i) ?? mainSubject(ctx, ts, i) ?? npBefore(text, tokens, ts + 1 < te ? firstVerbish(ctx, ts, i) : ts, ts);
    }
    // `X, who chairs the panel, said …`: the subject before an aside in commas.
    if (!speaker && commaBefore) speaker = subjectBeforeAside(ctx, ts, i);
    if (!speaker) continue;
    // A function word before the cue (`In 2015 said`, `despite … claims`) is no subject: the clause's own
    // subject may be, else the content stands without a speaker.
    if (functionWord(tokens, speaker)) speaker = i > ts ? mainSubject(ctx, ts, i) : null;
    if (cueClosesClause && !/:/.test(afterCue)) continue;
    let k = cue.end;
    if (cue.addressee && norms[k] !== "that") {
      const obj = npAfter(text, tokens, k, te);
      // `told reporters that …`: the addressee is not content; `urged voters to …`: the object is part of
      // what was urged.
      if (obj && norms[obj.end] !== "to") k = obj.end;
    }
    if (k >= te) continue;
    k = contentStart(ctx, k, te);
    if (te - k < 3) continue;
    // `fans were left fuming at losing their star`: a verb of anger followed by `at` tells a feeling,
    // not words; other cues before `at` are left to the rules above.
    if (norms[k] === "at" && ANGER_AT.has(norms[i]!)) continue;
    // `X, who promised that A, said on Friday that B`: the relative clause's content ends at the
    // comma before the main clause's speech verb (B is another utterance, found from that cue).
    let end = sentEnd;
    if (relative) {
      for (let j = k + 2; j < te; j++) {
        if (!gapHas(ctx, j - 1, j, /,/)) continue;
        const next = cueFor(ctx, j);
        if (next && next.kind !== "source" && next.kind !== "via") {
          end = tokens[j - 1]!.end;
          break;
        }
      }
    }
    out.push({ cueFirst: i, cueEnd: cue.end, speaker, start: tokens[k]!.start, end });
  }
  return out;
}

/**
 * Where the content resumes after an attribution set in the middle of its sentence (`The plan, she said,
 * is dead.`, `…, she said on Monday, is dead.`): the token after the comma that closes the attribution,
 * or null when the sentence ends there or a participle opens a new attribution (`…, she said, adding …`).
 */
function resumption(ctx: QuoteContext, k: number, te: number): number | null {
  const { norms } = ctx;
  if (k >= te || k === 0) return null;
  let start = k;
  if (!gapHas(ctx, k - 1, k, /,/)) {
    // A short phrase may close the attribution first (`she said on Monday,`).
    if (!PHRASE_OPENERS.has(norms[k]!)) return null;
    start = -1;
    for (let j = k + 1; j < Math.min(te, k + 8); j++) {
      if (gapHas(ctx, j - 1, j, /[;:.!?]/)) return null;
      if (gapHas(ctx, j - 1, j, /,/)) {
        start = j;
        break;
      }
    }
    if (start < 0) return null;
  }
  if (te - start < 3 || /ing$/.test(norms[start]!) || cueFor(ctx, start) !== null) return null;
  return start;
}

/** The token after the sentence's opening noun phrase: where its main verb should sit. */
function firstVerbish(ctx: QuoteContext, ts: number, limit: number): number {
  const { text, tokens } = ctx;
  let j = ts;
  while (j + 1 < limit && /^\p{Lu}/u.test(text.charAt(tokens[j + 1]!.start)) && gapHas(ctx, j, j + 1, /^\s+$/)) j++;
  return Math.min(j + 1, limit);
}

/** Verbs of anger that, before `at`, tell how someone felt about a thing rather than what they said. */
const ANGER_AT: ReadonlySet<string> = new Set(["fume", "fumes", "fumed", "fuming", "rage", "raged", "raging", "seethe", "seethed", "seething", "bristle", "bristled", "bridle", "bridled", "balk", "balked"]);

/**
 * Reported and mixed quotes of the article. Cues already used by a direct quote, and cues inside a
 * direct quote's marks, are skipped; a clause that a direct quote fills almost entirely is left to it.
 */
export function findReported(ctx: QuoteContext, direct: DirectQuote[], fragments: Fragment[]): Quote[] {
  const { text, tokens } = ctx;
  const used = new Set<number>();
  for (const d of direct) for (const i of d.cueTokens) used.add(i);
  const spans = direct.map((d) => d.span).sort((a, b) => a.open - b.open);
  let cursor = 0;
  const blocked = (offset: number): boolean => {
    while (cursor > 0 && spans[cursor - 1]!.open > offset) cursor--;
    while (cursor < spans.length && spans[cursor]!.close <= offset) cursor++;
    return cursor < spans.length && spans[cursor]!.open <= offset && offset < spans[cursor]!.close;
  };
  const out: Quote[] = [];
  let fi = 0;
  for (const s of ctx.sentences) {
    for (const f of inSentence(ctx, s, used, blocked)) {
      let start = f.start;
      // A clause that opens with a quoted fragment starts at its opening mark.
      for (const m of fragments) if (m.open < start && start <= m.start) start = m.open;
      let end = f.end;
      while (end > start && /[\s.,;:]/.test(text.charAt(end - 1))) end--;
      if (end - start < 8) continue;
      // Leave the clause to a direct quote that fills it.
      const covered = spans.some((d) => d.open <= start + 2 && d.close >= end - 2);
      if (covered) continue;
      while (fi > 0 && fragments[fi - 1]!.close > start) fi--;
      while (fi < fragments.length && fragments[fi]!.close <= start) fi++;
      const mixed = fi < fragments.length && fragments[fi]!.open < end;
      const partlyDirect = spans.some((d) => d.open < end && d.close > start);
      const cueStart = tokens[f.cueFirst]!.start;
      const cueEnd = tokens[f.cueEnd - 1]!.end;
      out.push({
        start,
        end,
        text: text.slice(start, end),
        kind: mixed || partlyDirect ? "mixed" : "indirect",
        speaker: f.speaker ? toSpeaker(text, tokens, f.speaker, ctx.mentions) : null,
        cue: { text: text.slice(cueStart, cueEnd), start: cueStart, end: cueEnd },
      });
    }
  }
  return out;
}
