/**
 * Quoted fragments as direct quotes: `called the plan “reckless”`, `said the bill “goes too far”`.
 * A fragment is verbatim speech when its sentence attributes it: a reporting cue before it in the same
 * sentence with a speaker. The mixed quote over the clause (reported.ts) keeps the sentence's attribution;
 * each fragment in it is also a direct quote of the same speaker. Fragments with no cue (titles, scare
 * quotes) are not quotes.
 */
import type { Quote, Sentence } from "../../core/types.js";
import { npBefore, toSpeaker } from "./speaker.js";
import { cueFor, tokenFrom, tokenUntil, type QuoteContext } from "./context.js";
import { foreignModifier } from "./cues.js";
import type { Fragment } from "./direct.js";
import { participleSubject } from "./subject.js";

// Verbs that put a label in quotation marks: `called it “a disgrace”`, `described as “cruel”`; and
// in the other languages a report is translated into (accent-folded, as tokens' norms are):
// `lo definió como «el mejor…»`, `l'a qualifié de « désastre »`, `nannte ihn „den besten…“`.
const LABEL_VERBS = new Set([
  "call", "calls", "called", "calling", "dub", "dubs", "dubbed", "dubbing", "label", "labels", "labeled", "labelled",
  "labeling", "labelling", "brand", "branded", "branding", "term", "termed", "terming",
  // `praised the crew for “…”`, `condemned the attack as “…”`: praise and blame put the words in marks.
  "praised", "praises", "hailed", "hails", "condemned", "condemns", "thanked", "thanks",
  "definio", "califico", "describio", "tildo", "llamo", "calificado", "definido", "descrito",
  "qualifie", "qualifiee", "decrit", "decrite", "traite",
  "nannte", "bezeichnete", "bezeichnet", "beschrieb",
  "definito", "definita", "definisce", "descritto", "descritta", "chiamato",
  "definiu", "classificou", "descreveu", "chamou",
  "noemde", "beschreef", "bestempelde",
]);

/** Object pronouns set before the verb in Spanish, French, Italian and Portuguese (`lo definió`, `l'a qualifié`). */
const CLITICS = new Set(["lo", "la", "le", "les", "los", "las", "gli", "lhe", "lhes", "l", "me", "te", "se", "nos", "vos"]);

function letters(s: string): number {
  return (s.match(/\p{L}/gu) ?? []).length;
}

/** Letters of `[start, end)` that lie inside fragments. */
function quotedLetters(text: string, fragments: readonly Fragment[], start: number, end: number): number {
  let n = 0;
  for (const f of fragments) {
    if (f.close <= start || f.open >= end) continue;
    n += letters(text.slice(Math.max(start, f.start), Math.min(end, f.end)));
  }
  return n;
}

/** True when the quote's cue is a verb of speech (not only a learnt cue word). */
function speechCue(ctx: QuoteContext, q: Quote): boolean {
  if (!q.cue) return false;
  const c = cueFor(ctx, tokenFrom(ctx.tokens, q.cue.start));
  return c !== null && c.speech;
}

/**
 * Direct quotes for the fragments that a cue in their own sentence attributes, when the fragments make
 * up most of the attributed clause (`said that “…”`, `called the plan “…”`); a clause mostly in the
 * writer's words stays one mixed quote. Returns the direct quotes and the mixed quotes they replace.
 */
export function attributeFragments(ctx: QuoteContext, fragments: readonly Fragment[], mixed: readonly Quote[]): { direct: Quote[]; replaced: Set<Quote> } {
  const { text, tokens, norms, sentences } = ctx;
  const out: Quote[] = [];
  const replaced = new Set<Quote>();
  let si = 0;
  let mi = 0;
  for (const f of fragments) {
    if (!/[\p{L}\p{N}]/u.test(text.slice(f.start, f.end))) continue;
    // The mixed quote holding this fragment, if any, gives speaker and cue.
    while (mi < mixed.length && mixed[mi]!.end < f.start) mi++;
    // Of nested clauses (`X said the court's decision “…”`), the innermost one a speech verb frames owns
    // the words; a clause framed only by a learnt cue word (`decision`, `seek`) is the writer's paraphrase.
    let holder: Quote | null = null;
    let spoken: Quote | null = null;
    for (let k = mi; k < mixed.length && mixed[k]!.start <= f.open; k++) {
      if (mixed[k]!.end < f.end - 1) continue;
      holder = mixed[k]!;
      if (speechCue(ctx, holder)) spoken = holder;
    }
    holder = spoken ?? holder;
    if (holder) {
      if (quotedLetters(text, fragments, holder.start, holder.end) * 2 <= letters(holder.text)) continue;
      replaced.add(holder);
    }
    let speaker = holder?.speaker ?? null;
    let cue = holder?.cue ?? null;
    if (!holder) {
      while (si < sentences.length && sentences[si]!.end <= f.open) si++;
      const s: Sentence | undefined = sentences[si];
      if (!s || s.start > f.open) continue;
      const last = tokenUntil(tokens, f.open);
      for (let i = last - 1; i >= s.tokenStart && i >= last - 15; i--) {
        const c = cueFor(ctx, i);
        if (!(c && c.speech && c.kind === "verb") && !LABEL_VERBS.has(norms[i]!)) continue;
        // An object pronoun before the verb (`Reddaway lo definió como`) is not its subject.
        const at = ctx.language !== "en" && i - 1 > s.tokenStart && CLITICS.has(norms[i - 1]!) ? i - 1 : i;
        // `the director, Ada Lind, praised …`, `Ada Lind, ha parlato di «…»`: the subject ends at a
        // comma before the verb or its auxiliary.
        let lead = at;
        while (lead - 1 > s.tokenStart && foreignModifier(norms[lead - 1]!, norms[i]!)) lead--;
        const commaBefore = lead - 1 > s.tokenStart && /,\s*$/.test(text.slice(tokens[lead - 1]!.end, tokens[lead]!.start));
        const sp = participleSubject(ctx, s.tokenStart, i, npBefore(text, tokens, at, s.tokenStart, at < i || commaBefore, ctx.language));
        if (!sp) continue;
        speaker = toSpeaker(text, tokens, sp, ctx.mentions);
        const end = c ? c.end : i + 1;
        // A label or praise (`called the plan “…”`, `praised the crew for “…”`) frames its fragment alone:
        // what the sentence goes on to say is another statement.
        const labelled = !(c && c.speech && c.kind === "verb");
        const clauseEnd = labelled ? Math.min(s.end, f.close) : s.end;
        const from = tokens[end - 1]!.end;
        if (quotedLetters(text, fragments, from, clauseEnd) * 2 <= letters(text.slice(from, clauseEnd))) break;
        cue = { text: text.slice(tokens[i]!.start, tokens[end - 1]!.end), start: tokens[i]!.start, end: tokens[end - 1]!.end };
        break;
      }
      if (!cue) continue;
    }
    const q: Quote = { start: f.start, end: f.end, text: text.slice(f.start, f.end), kind: "direct", speaker: speaker ? { ...speaker } : null, cue: cue ? { ...cue } : null };
    if (f.unclosed) q.unclosed = true;
    out.push(q);
  }
  return { direct: out, replaced };
}
