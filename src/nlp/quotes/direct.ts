/**
 * Direct quotes: each quotation-mark span, told apart from quoted fragments, with the cue and speaker
 * of the attribution framing it (`“…,” she said.`, `He told reporters: “…”`, `“…,” said the minister.`).
 */
import type { Quote, QuoteCue } from "../../core/types.js";
import type { CueMatch } from "./cues.js";
import { foreignModifier } from "./cues.js";
import { npAfter, npAfterCue, npBefore, plausible, sourceNpAfter, toSpeaker, unresolvedPronoun, type SpeakerSpan } from "./speaker.js";
import { cueFor, paragraphEnd, paragraphStart, tokenFrom, tokenUntil, type QuoteContext } from "./context.js";
import type { MarkedSpan } from "./marks.js";
import { TITLE_ABBREVIATIONS } from "../abbreviations.js";
import { mainSubject, participleHost, participleSubject } from "./subject.js";

/** A direct quote with what the later passes need to know about it. */
export interface DirectQuote {
  quote: Quote;
  span: MarkedSpan;
  /** Token indices of the cue used, so the reported-speech pass does not use it again. */
  cueTokens: number[];
  /** True when the quote is the whole frame between its attribution and the sentence end. */
  alone: boolean;
}

/** A quoted fragment inside a sentence (`described it as “a disgrace”`): material for a mixed quote. */
export type Fragment = MarkedSpan;

const CLAUSE_END = /[.,!?…:;—–-]\s*$/u;

/** True when the period at `k` ends a title or an initial (`Gov.`, `J.`) rather than a sentence. */
function abbreviationAt(text: string, k: number): boolean {
  let b = k;
  while (b > 0 && /[\p{L}.]/u.test(text.charAt(b - 1))) b--;
  const word = text.slice(b, k).toLowerCase();
  return TITLE_ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word) || word.includes(".");
}

/** Where the sentence framing a quote begins: after the previous quote, a sentence end, or the paragraph start. */
function frameStart(ctx: QuoteContext, open: number, floor: number): number {
  const { text } = ctx;
  const para = paragraphStart(text, open);
  const lim = Math.max(floor, para);
  for (let k = open - 1; k >= lim; k--) {
    const c = text.charAt(k);
    if ((c === "." || c === "!" || c === "?") && k + 1 < text.length && /\s/.test(text.charAt(k + 1)) && !(c === "." && abbreviationAt(text, k))) return k + 1;
  }
  return lim;
}

/** Where it ends: the first sentence end after the quote, the next quote, or the paragraph end. */
function frameEnd(ctx: QuoteContext, close: number, ceil: number): number {
  const { text } = ctx;
  const lim = Math.min(ceil, paragraphEnd(text, close));
  for (let k = close; k < lim; k++) {
    const c = text.charAt(k);
    if ((c === "." || c === "!" || c === "?") && (k + 1 >= lim || /\s/.test(text.charAt(k + 1))) && !(c === "." && abbreviationAt(text, k))) return k + 1;
  }
  return lim;
}

function words(s: string): number {
  return (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

// Short words a title leaves in lower case.
const TITLE_MINOR = new Set(["a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "vs", "is", "be", "de", "la", "le"]);

/**
 * True for a short span written in title case: two to ten words, every word capitalised except minor
 * ones, and no lower-case word of four letters or more. Speech is written in sentence case.
 */
function titleCase(inner: string): boolean {
  const ws = inner.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  if (ws.length < 2 || ws.length > 10) return false;
  let caps = 0;
  for (const w of ws) {
    if (/^\p{Lu}/u.test(w)) caps++;
    else if (/^\p{N}/u.test(w)) continue;
    else if (!TITLE_MINOR.has(w.toLowerCase())) return false;
  }
  // Two capitalised words at least, and not a shouted line (`NO WAY`).
  return caps >= 2 && inner !== inner.toUpperCase();
}

interface Attribution {
  cue: CueMatch;
  speaker: SpeakerSpan | null;
}

/** The first speech cue among tokens `[from, to)` with its speaker, searching left to right or right to left. */
function findAttribution(ctx: QuoteContext, from: number, to: number, backwards: boolean, limit: number): Attribution | null {
  const found = findAttributionRaw(ctx, from, to, backwards, limit);
  // A direct quote's speaker must look like one; a cue with an implausible subject keeps no speaker.
  if (found && !plausible(ctx.text, ctx.tokens, found.speaker)) found.speaker = null;
  if (found?.speaker && unresolvedPronoun(ctx.tokens, found.speaker, ctx.language, ctx.mentions)) found.speaker = null;
  return found;
}

function findAttributionRaw(ctx: QuoteContext, from: number, to: number, backwards: boolean, limit: number): Attribution | null {
  const { tokens, text } = ctx;
  const order: number[] = [];
  if (backwards) for (let i = to - 1; i >= from && order.length < limit; i--) order.push(i);
  else for (let i = from; i < to && order.length < limit; i++) order.push(i);
  for (const i of order) {
    const cue = cueFor(ctx, i);
    if (!cue || !cue.speech || cue.end > to) continue;
    if (cue.kind === "via") continue;
    if (cue.kind === "source") return { cue, speaker: sourceNpAfter(text, tokens, cue.end, to, ctx.language) };
    const before = participleSubject(ctx, from, i, npBefore(text, tokens, i, from, false, ctx.language));
    if (before) return { cue, speaker: before };
    // `Ada Lind, ha detto`: an auxiliary of those languages opens the verb, where the comma stands.
    let lead = i;
    while (lead - 1 > from && foreignModifier(ctx.norms[lead - 1]!, ctx.norms[i]!)) lead--;
    const commaBefore = lead > from && /,/.test(text.slice(tokens[lead - 1]!.end, tokens[lead]!.start));
    if (commaBefore && /ing$/.test(ctx.norms[i]!)) {
      // `Lind added, saying …`: the participle continues the verb before the comma and shares its subject.
      const host = participleHost(ctx, from, i);
      if (host) return { cue, speaker: host };
    }
    if (commaBefore) {
      // `Lind, who chairs the panel, said`: the name before the relative clause.
      for (let k = lead - 2; k > from && k >= lead - 25; k--) {
        if (ctx.norms[k] !== "who" || !/,/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) continue;
        const sp = npBefore(text, tokens, k, from, true);
        if (plausible(text, tokens, sp)) return { cue, speaker: sp };
        break;
      }
    }
    if (commaBefore) {
      // `Ada Lind, 69, told …` / `X did this, telling them, “…”`: the subject opens the frame.
      const subject = npAfter(text, tokens, from, lead, true);
      if (subject && subject.end < lead && /^\s*,/.test(text.slice(tokens[subject.end - 1]!.end, tokens[subject.end]!.start))) {
        // `the council leader, Ada Lind, told …`: a role phrase's holder named in commas right
        // before the cue is the speaker.
        const holder = npAfter(text, tokens, subject.end, lead, true);
        const role = /^(?:the|a|an|its|his|her|their)$/.test(ctx.norms[subject.first]!) && subject.end - subject.first >= 2 && !/^\p{Lu}/u.test(text.slice(tokens[subject.first + 1]!.start));
        if (role && holder && holder.end === lead && /^\p{Lu}/u.test(text.slice(tokens[holder.first]!.start)) && /,\s*$/.test(text.slice(tokens[lead - 1]!.end, tokens[lead]!.start))) return { cue, speaker: holder };
        return { cue, speaker: subject };
      }
      if (subject && /ing$/.test(ctx.norms[i]!)) return { cue, speaker: mainSubject(ctx, from, i) ?? subject };
    }
    // An addressee verb's object is the listener, never the speaker (`told reporters`), but for
    // one that opens the frame right after the quote and names someone (`“…,” warned engineer
    // Paul Denn.`): with no subject before it, the name after it is the inverted subject.
    if (cue.addressee) {
      if (backwards || i !== from) return { cue, speaker: null };
      const inverted = npAfterCue(text, tokens, cue.end, to, ctx.language);
      const named = inverted !== null && tokens.slice(inverted.first, inverted.end).some((t) => /^\p{Lu}/u.test(text.charAt(t.start)));
      return { cue, speaker: named ? inverted : null };
    }
    return { cue, speaker: npAfterCue(text, tokens, cue.end, to, ctx.language) };
  }
  return null;
}

/**
 * `“…,” Ada Lind, who chairs the panel, told reporters.`: a name right after the quote, then an
 * appositive or relative clause in commas, then the cue. The speaker is the name.
 */
function appositiveAttribution(ctx: QuoteContext, from: number, to: number): Attribution | null {
  const { text, tokens } = ctx;
  const np = npAfter(text, tokens, from, to, true);
  if (!np || np.end >= to || !/^\s*,/.test(text.slice(tokens[np.end - 1]!.end, tokens[np.end]!.start))) return null;
  for (let i = np.end; i < Math.min(to, np.end + 30); i++) {
    const cue = cueFor(ctx, i);
    if (!cue || !cue.speech || cue.kind !== "verb") continue;
    // The cue must close the aside: a comma right before it.
    if (!/,\s*$/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))) continue;
    return { cue, speaker: np };
  }
  return null;
}

/**
 * `“…” ― Ada Lind` / `“…” -- Ada Lind, voter`: a name after a dash right behind the closing mark signs the
 * quote (vox pops, epigraphs, reader comments). The name must close its line or sentence, or be followed
 * by a comma and a description, so a dash that opens an aside (`“…” — and then he left`) signs nothing.
 */
function dashSignature(ctx: QuoteContext, close: number, fe: number): SpeakerSpan | null {
  const { text, tokens } = ctx;
  const dash = /^[^\S\n]*(?:[―—–]|--)[^\S\n]*/u.exec(text.slice(close, close + 6));
  if (!dash) return null;
  const from = tokenFrom(tokens, close + dash[0].length);
  const to = tokenUntil(tokens, Math.max(fe, paragraphEnd(text, close)));
  if (from >= to || !/^\p{Lu}/u.test(text.charAt(tokens[from]!.start))) return null;
  const np = npAfter(text, tokens, from, to, true);
  if (!np || !plausible(text, tokens, np)) return null;
  const rest = text.slice(tokens[np.end - 1]!.end, paragraphEnd(text, close));
  return /^[\s.]*$|^\s*[,(]/u.test(rest) ? np : null;
}

function cueOf(ctx: QuoteContext, cue: CueMatch): QuoteCue {
  const start = ctx.tokens[cue.first]!.start;
  const end = ctx.tokens[cue.end - 1]!.end;
  return { text: ctx.text.slice(start, end), start, end };
}

/**
 * Splits the marked spans into direct quotes (with cue and speaker when the frame gives them) and
 * fragments. A span is a fragment when the sentence runs on around it: text before it that is not an
 * attribution lead-in, and no clause-ending punctuation inside it, or words continuing right after it.
 */
export function findDirect(ctx: QuoteContext): { direct: DirectQuote[]; fragments: Fragment[] } {
  const { text, tokens, marked } = ctx;
  const direct: DirectQuote[] = [];
  const fragments: Fragment[] = [];
  const quoteSpeakerOnly = new Map<number, SpeakerSpan>();
  for (let q = 0; q < marked.length; q++) {
    const span = marked[q]!;
    const inner = text.slice(span.start, span.end);
    if (words(inner) === 0) continue;
    // A title in quotation marks (`“State of the Union”`, `“Coal Isn't the Villain.”`) is a name, not speech.
    // (English only: German capitalises every noun.)
    if (ctx.english && titleCase(inner)) continue;
    const prevClose = q > 0 ? marked[q - 1]!.close : 0;
    const nextOpen = q + 1 < marked.length ? marked[q + 1]!.open : text.length;
    let fs = frameStart(ctx, span.open, prevClose);
    const fe = frameEnd(ctx, span.close, nextOpen);
    let before = text.slice(fs, span.open).trim();
    const after = text.slice(span.close, fe).trim();

    // A lead-in ending a paragraph (`He went on:`) frames a quote opening the next paragraph.
    if (before === "" && fs === paragraphStart(text, span.open) && fs > 0 && (q === 0 || marked[q - 1]!.close < fs - 1)) {
      let prevEnd = fs - 1;
      while (prevEnd > 0 && /\s/.test(text.charAt(prevEnd - 1))) prevEnd--;
      const prevText = text.slice(paragraphStart(text, prevEnd), prevEnd).trimEnd();
      if (prevText.endsWith(":") && (q === 0 || marked[q - 1]!.close <= paragraphStart(text, prevEnd))) {
        fs = frameStart(ctx, prevEnd, Math.max(prevClose, paragraphStart(text, prevEnd)));
        before = text.slice(fs, span.open).trim();
      }
    }

    const innerEnds = CLAUSE_END.test(inner) || span.unclosed;
    const leadIn = before === "" || /[:,]$/.test(before) || /[—–-]$/.test(before);
    const bTokFrom = tokenFrom(tokens, fs);
    const bTokTo = tokenUntil(tokens, span.open);
    const aTokFrom = tokenFrom(tokens, span.close);
    const aTokTo = tokenUntil(tokens, fe);
    const beforeAttr = bTokTo > bTokFrom ? findAttribution(ctx, bTokFrom, bTokTo, true, 3) : null;
    const beforeIsLeadIn = leadIn || (beforeAttr !== null && beforeAttr.cue.end >= bTokTo - 1 && innerEnds);
    const afterStartsWithWord = /^[\p{Ll}\p{N}]/u.test(after) && !innerEnds;
    const isFragment = !beforeIsLeadIn || afterStartsWithWord || (!innerEnds && before !== "" && words(inner) < 6);
    if (isFragment && !(innerEnds && words(inner) >= 8 && /^[\p{Lu}“"]/u.test(inner))) {
      fragments.push(span);
      continue;
    }

    // Attribution: right after the quote first when the quote ends in a comma, else the lead-in first.
    let afterAttr = aTokTo > aTokFrom ? findAttribution(ctx, aTokFrom, aTokTo, false, 10) : null;
    if (!afterAttr && aTokTo > aTokFrom) afterAttr = appositiveAttribution(ctx, aTokFrom, aTokTo);
    const preferAfter = /,\s*$/.test(inner) || before === "" || !beforeAttr;
    // A dash signature outranks a lead-in: it sits right on the quote.
    const signed = afterAttr ? null : dashSignature(ctx, span.close, fe);
    const attr = signed ? null : preferAfter ? afterAttr ?? beforeAttr : beforeAttr ?? afterAttr;
    if (signed) quoteSpeakerOnly.set(q, signed);
    else if (!attr && before.endsWith(":") && bTokTo > bTokFrom) {
      // `Pollster Ada Lind: “…”`: a name or role right before the colon is the speaker, with no cue word.
      const sp = npBefore(text, tokens, bTokTo, bTokFrom, true);
      if (plausible(text, tokens, sp) && (sp.first === bTokFrom || /^\p{Lu}/u.test(text.charAt(tokens[sp.end - 1]!.start)))) {
        quoteSpeakerOnly.set(q, sp);
      }
    }
    const quote: Quote = {
      start: span.start,
      end: span.end,
      text: inner,
      kind: "direct",
      speaker: attr?.speaker ? toSpeaker(text, tokens, attr.speaker, ctx.mentions) : quoteSpeakerOnly.has(q) ? toSpeaker(text, tokens, quoteSpeakerOnly.get(q)!, ctx.mentions) : null,
      cue: attr ? cueOf(ctx, attr.cue) : null,
    };
    if (span.unclosed) quote.unclosed = true;
    const cueTokens: number[] = [];
    if (attr) for (let i = attr.cue.first; i < attr.cue.end; i++) cueTokens.push(i);
    direct.push({ quote, span, cueTokens, alone: attr === null && !quoteSpeakerOnly.has(q) });
  }
  return { direct, fragments };
}

/** The token span `[first, end)` covering `[start, end)`, or null when no token lies there. */
function spanOf(ctx: QuoteContext, start: number, end: number): SpeakerSpan | null {
  const first = tokenFrom(ctx.tokens, start);
  const last = tokenUntil(ctx.tokens, end);
  return last > first ? { first, end: last } : null;
}

/**
 * Gives a speaker to direct quotes whose own frame names none: the quote continues the speaker of the
 * nearest attributed quote before it (within two paragraphs), else takes the one right after it in the
 * next paragraph. This is the news convention for quote paragraphs that stand alone. When that quote is
 * direct, its cue is shared too: both are pieces of one attribution (`“A,” she said. “B.”`).
 */
export function inheritSpeakers(ctx: QuoteContext, quotes: Quote[]): void {
  const { text } = ctx;
  // Paragraph numbers in one pass (quotes are sorted by start).
  const paras: number[] = [];
  let p = 0;
  let scan = 0;
  for (const q of quotes) {
    // A run of line breaks (blank lines included) is one paragraph break.
    for (let i = text.indexOf("\n", scan); i >= 0 && i < q.start; i = text.indexOf("\n", i + 1)) {
      if (!(i > 0 && text.charAt(i - 1) === "\n")) p++;
      scan = i + 1;
    }
    paras.push(p);
  }
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i]!;
    if (q.kind !== "direct" || q.speaker) continue;
    // Its own cue after it with the subject dropped (`«...», dijo.`): the subject the sentence
    // before opens on, before any earlier quote's speaker (an organisation's `según confirmó` two
    // sentences up is not who `dijo`).
    if (q.cue && q.cue.start >= q.end) {
      const dropped = droppedSubject(ctx, q);
      if (dropped) {
        q.speaker = dropped;
        continue;
      }
    }
    let src: Quote | null = null;
    let at = -1;
    const usable = (c: Quote) => c.speaker !== null && (c.speaker.entity !== null || plausible(text, ctx.tokens, spanOf(ctx, c.speaker.start, c.speaker.end)));
    for (let j = i - 1; j >= 0 && paras[i]! - paras[j]! <= 2; j--) {
      if (usable(quotes[j]!)) {
        src = quotes[j]!;
        at = j;
        break;
      }
    }
    // `“A,” Lind said, adding that …. “B.”`: within one paragraph, B continues the direct quote A rather
    // than the reported clause between them.
    if (src && src.kind !== "direct") {
      for (let j = i - 1; j >= 0 && paras[j] === paras[i]; j--) {
        const c = quotes[j]!;
        if (c.kind === "direct" && c.cue && usable(c)) {
          src = c;
          at = j;
          break;
        }
      }
    }
    if (!src) {
      for (let j = i + 1; j < quotes.length && paras[j]! - paras[i]! <= 1; j++) {
        if (usable(quotes[j]!)) {
          src = quotes[j]!;
          at = j;
          break;
        }
      }
    }
    if (src?.speaker) q.speaker = { ...src.speaker };
    else if (!src && q.cue && q.cue.start >= q.end) q.speaker = droppedSubject(ctx, q);
    // A quote continuing another direct quote shares its cue: one attribution, content in pieces.
    // So does one after a reported clause whose attribution follows it in the same paragraph
    // (`The plan is dead, Lind said. “We tried.”`): PolNeAR and readers take both as one statement.
    const trailing = src !== null && src.kind !== "direct" && src.cue !== null && src.cue.start >= src.end && paras[at] === paras[i];
    if (src && (src.kind === "direct" || trailing) && src.cue && !q.cue) q.cue = { ...src.cue };
  }
}

/** Languages that drop a subject the sentence before named (`«...», dijo.`, `«...», ha detto.`, `«...», disse.`). */
const PRO_DROP: ReadonlySet<string> = new Set(["es", "it", "pt"]);
/** How many words into the sentence before its subject, a person, may be named (`El técnico local, Stuart Penhaligon, reconoció`). */
const SUBJECT_REACH = 8;

/**
 * The speaker of a quote whose cue after it has no subject, in a language that drops one (`El técnico
 * local, Stuart Penhaligon, reconoció la superioridad visitante. «Los chicos mostraron carácter»,
 * dijo.`): the person named at the opening of the sentence before, the subject carried on. Null in other
 * languages, or when that sentence opens on no person.
 */
function droppedSubject(ctx: QuoteContext, q: Quote): Quote["speaker"] {
  if (ctx.language === null || !PRO_DROP.has(ctx.language)) return null;
  const at = ctx.sentences.findIndex((s) => s.start <= q.start && q.start < s.end);
  const prev = at > 0 ? ctx.sentences[at - 1]! : null;
  if (!prev) return null;
  for (let k = prev.tokenStart; k < prev.tokenEnd && k < prev.tokenStart + SUBJECT_REACH; k++) {
    const t = ctx.tokens[k]!;
    const m = ctx.mentions.best(t.start, t.end);
    if (m && m.start >= t.start - 1 && m.entity.type === "person") return { name: m.entity.name, entity: m.entity.id, start: m.start, end: m.end };
  }
  return null;
}
