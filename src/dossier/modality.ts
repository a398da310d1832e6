/**
 * Modality disputes: an act one outlet tells as done (`Police had already opened a fraud
 * investigation`) and another as only expected, planned or weighed (`police were considering
 * whether to open a fraud investigation`, `the union is expected to open disciplinary
 * proceedings`). The two wordings share the act's verb and what it acts on, so they align as one
 * claim, and neither denies anything: what sets them apart is the verb's mode. A report published
 * before the other is no side: the plan it tells may have been carried out since; nor is an undated
 * one, unless the act is told as done already (`had already opened`).
 */
import { normalizeWord } from "../core/tokenize.js";
import { citeSentences, dateOf, eventOfClause, sourceOf, type StoryContext } from "./context.js";
import { translateWord } from "./lexicon.js";
import { plainKeys, plainWords } from "./plain-keys.js";
import { STOP_WORDS, wordKey } from "./text.js";
import type { Contradiction } from "./types.js";

/** Words that tell an act as still to come (`is expected to open`, `plans to open`, `considering whether to open`). */
const PLANNED = new RegExp(
  String.raw`\b(?:(?:is|are|was|were)\s+(?:(?:now|still)\s+)?(?:expected|set|due|likely|poised|scheduled|planning|preparing|about)\s+to|(?:plans?|planned|intends?|intended|aims?|aimed|hopes?|hoped)\s+to|(?:is|are|was|were)\s+(?:(?:now|still)\s+)?(?:considering|weighing|deciding|discussing|debating)\s+whether\s+to)\s+(be\s+)?(\p{L}+)`,
  "giu",
);

/** Words that tell an act as done (`has opened`, `had already opened`, `have now launched`). */
const DONE = /\b(?:has|have|had)\s+(?:(?:already|now|since|also|just|formally)\s+)?(been\s+)?(\p{L}+(?:ed|en|un|wn|ne))\b/giu;

/** Words that tell an act as not done yet (`had not yet been confirmed`, `has yet to be confirmed`): a plan's side. */
const NOT_YET = /\b(?:(?:has|have|had)\s+not\s+yet\s+(been\s+)?(\p{L}+(?:ed|en|un|wn|ne))|(?:has|have|had)\s+yet\s+to\s+(be\s+)?(\p{L}+))\b/giu;

/**
 * A perfect told in a Romance language (`ha abierto`, `a ouvert`, `ha aperto`): its participle is
 * compared through the lexicon. German and Dutch put the participle last, out of this reach.
 */
const FOREIGN_DONE: Readonly<Record<string, RegExp>> = {
  es: /\b(?:ha|han|había|habían)\s+(?:ya\s+)?(\p{L}+)/giu,
  fr: /\b(?:a|ont|avait|avaient)\s+(?:déjà\s+)?(\p{L}+)/giu,
  it: /\b(?:ha|hanno|aveva|avevano)\s+(?:già\s+)?(\p{L}+)/giu,
  pt: /\b(?:tem|têm|tinha|tinham)\s+(?:já\s+)?(\p{L}+)/giu,
};

/** Irregular participles whose base the stemmer does not reach. */
const PARTICIPLES: Record<string, string> = { begun: "begin", undertaken: "undertake", taken: "take", given: "give", drawn: "draw", done: "do", won: "win", brought: "bring", sought: "seek", held: "hold", made: "make", set: "set" };

/** How many content words after the verb tell what it acts on. */
const OBJECT_WORDS = 3;
/** How many content words before the mode tell who acts. */
const SUBJECT_WORDS = 4;

/** Words of another time than the story's: the act told is an earlier one (`had opened a branch in 2019`). */
const OTHER_TIME = /\b(?:(?:19|20)\d\d|last\s+year|years?\s+ago|previously|in\s+the\s+past|once)\b/iu;
/** A condition: the act is done only if something else happens. */
const CONDITION = /\b(?:if|unless|should\s+the)\b/iu;

interface Act {
  clause: number;
  mode: "planned" | "done";
  /** The verb's key (`open`). */
  verb: string;
  /** Content-word keys of the words after the verb and of those before its mode. */
  object: Set<string>;
  subject: Set<string>;
  /** Told in the passive (`had been opened`): its subject is what the verb acts on. */
  passive: boolean;
  /** The words of the mode and verb as printed (`were considering whether to open`). */
  printed: string;
  /** The verb and the words after it, up to a break (`open a fraud investigation`). */
  told: string;
}

/** Word keys of the first (or, `fromEnd`, the last) `max` plain words of a stretch of text. */
function contentKeys(stretch: string, max: number, fromEnd: boolean, language: string | null = null): Set<string> {
  const words = plainWords(stretch);
  return plainKeys(fromEnd ? words.slice(-max) : words.slice(0, max), language);
}

/** An act's mode and verb as a clause prints them, before who and what are read. */
interface Mention {
  clause: number;
  mode: Act["mode"];
  verb: string;
  passive: boolean;
  verbWord: string;
  match: RegExpMatchArray;
  text: string;
}

/** The acts a clause tells in one mode, read from its text as far as their verb. */
function mentionsOf(ctx: StoryContext, i: number, mode: Act["mode"]): Mention[] {
  const c = ctx.clauses[i]!;
  const foreign = c.foreign === null ? null : FOREIGN_DONE[c.foreign];
  if (c.foreign !== null && !foreign) return [];
  const text = ctx.members.get(c.article)!.input.article.text.slice(c.start, c.end);
  if (c.foreign === null && CONDITION.test(text)) return [];
  const out: Mention[] = [];
  const read = (match: RegExpMatchArray, verbGroup: number): void => {
    const verbWord = match[verbGroup]!.toLowerCase();
    // `be` or `been` before the verb: a passive, whose subject is what the verb acts on.
    const passive = verbGroup > 1 && match[verbGroup - 1] !== undefined;
    const base = mode === "done" || passive ? (PARTICIPLES[verbWord] ?? verbWord) : verbWord;
    // A translated participle is its English verb's key (`abierto`: open), or nothing to compare.
    const translated = c.foreign === null ? null : translateWord(c.foreign, normalizeWord(verbWord));
    if (c.foreign !== null && !translated?.startsWith("w:")) return;
    out.push({ clause: i, mode, verb: translated ? translated.slice(2) : wordKey(normalizeWord(base)), passive, verbWord, match, text });
  };
  if (foreign) {
    if (mode === "done" && !c.hedged && !c.conditional && !OTHER_TIME.test(text)) for (const m of text.matchAll(foreign)) read(m, 1);
    return out;
  }
  if (mode === "planned") {
    for (const m of text.matchAll(PLANNED)) read(m, 2);
    for (const m of text.matchAll(NOT_YET)) read(m, m[2] !== undefined ? 2 : 4);
    return out;
  }
  // A done act told of another time, or in a clause that hedges it, is no side.
  if (!c.hedged && !c.conditional && !OTHER_TIME.test(text)) for (const m of text.matchAll(DONE)) read(m, 2);
  return out;
}

/** A mentioned act with who does it and what it is done to, or null when it names no patient. */
function actOf(ctx: StoryContext, m: Mention): Act | null {
  const { text, match, passive, verbWord } = m;
  const language = ctx.clauses[m.clause]!.foreign;
  const at = match.index!;
  const after = text.slice(at + match[0].length).split(/[,;:.!?()]/u)[0]!;
  const object = contentKeys(after, OBJECT_WORDS, false, language);
  const subject = contentKeys(text.slice(0, at).split(/[;:]/u).pop()!, SUBJECT_WORDS, true, language);
  if ((passive ? subject : object).size === 0) return null;
  // What is told, for a reader: the verb up to the second word of what it acts on.
  const words = after.trim().split(/\s+/u);
  let content = 0;
  const upTo = words.findIndex((w) => w.length > 2 && !STOP_WORDS.has(normalizeWord(w.toLowerCase())) && ++content === 2);
  // A passive's is what is acted on, as printed before it since its last comma (`listeria confirmed`).
  const before = (text.slice(0, at).split(/[,;:]/u).pop()!.match(/[\p{L}][\p{L}'’-]*/gu) ?? []).filter((w) => w.length > 2 && !STOP_WORDS.has(normalizeWord(w.toLowerCase())));
  const told = passive ? [...before.slice(-2), verbWord].join(" ") : [verbWord, ...words.slice(0, upTo < 0 ? words.length : upTo + 1)].join(" ");
  return { clause: m.clause, mode: m.mode, verb: m.verb, object, subject, passive, printed: match[0], told };
}

/** What an act is done to: the words after an active verb, before a passive one. */
const patient = (a: Act): Set<string> => (a.passive ? a.subject : a.object);

/** Whether two sets share a key. */
function meets(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const k of a) if (b.has(k)) return true;
  return false;
}

/**
 * Acts of one event that an outlet tells as done and another, published the same day or later,
 * as still to come: the same verb, acting on a thing both name, by someone both name.
 */
export function modalityContradictions(ctx: StoryContext): Contradiction[] {
  const member = (a: Act) => ctx.members.get(ctx.clauses[a.clause]!.article)!;
  const eventOf = (i: number): string => eventOfClause(ctx, i);
  const originals = ctx.clauses.flatMap((c, i) => (ctx.members.get(c.article)!.copy ? [] : [i]));
  const plannedMentions = originals.flatMap((i) => mentionsOf(ctx, i, "planned"));
  // A side is an act of the same event with the same verb in the other mode: who and what are
  // read only for mentions that have one (a story may tell a thousand plans and no act done).
  const verbsByEvent = (ms: Mention[]): Map<string, Set<string>> => {
    const out = new Map<string, Set<string>>();
    for (const m of ms) out.set(eventOf(m.clause), (out.get(eventOf(m.clause)) ?? new Set<string>()).add(m.verb));
    return out;
  };
  const plannedVerbs = verbsByEvent(plannedMentions);
  const doneMentions = originals.flatMap((i) => {
    const verbs = plannedVerbs.get(eventOf(i));
    return verbs ? mentionsOf(ctx, i, "done").filter((m) => verbs.has(m.verb)) : [];
  });
  const doneVerbs = verbsByEvent(doneMentions);
  const acts = (ms: Mention[]): Act[] => ms.flatMap((m) => actOf(ctx, m) ?? []);
  const planned = acts(plannedMentions.filter((m) => doneVerbs.get(eventOf(m.clause))?.has(m.verb)));
  const done = acts(doneMentions);
  if (planned.length === 0 || done.length === 0) return [];
  const out: Contradiction[] = [];
  const seen = new Set<string>();
  for (const p of planned) {
    const pm = member(p);
    const pDay = dateOf(pm.input.article)?.slice(0, 10) ?? null;
    const sides = done.filter((d) => {
      const dm = member(d);
      if (dm.input.assignment.event !== pm.input.assignment.event || sourceOf(ctx, dm.input.article.id) === sourceOf(ctx, pm.input.article.id)) return false;
      if (d.verb !== p.verb || !meets(patient(d), patient(p)) || (!p.passive && !d.passive && !meets(d.subject, p.subject))) return false;
      // An earlier report of a plan is overtaken by the act, not contradicted, unless the act is
      // told as done before then (`had already opened ... in the summer`, or on a day no later
      // than that report: `Tests have confirmed listeria, the authority said on Wednesday`).
      const dDay = dateOf(dm.input.article)?.slice(0, 10) ?? null;
      // Undated reports cannot be ordered: a rumour of a hiring and its announcement read alike.
      if (/^had\s+already\b/iu.test(d.printed)) return true;
      if (pDay === null || dDay === null) return false;
      if (pDay >= dDay) return true;
      const days = ctx.clauses[d.clause]!.keys.filter((k) => /^d:\d{4}-\d\d-\d\d$/.test(k)).map((k) => k.slice(2));
      return days.length > 0 && days.every((day) => day <= pDay);
    });
    if (sides.length === 0) continue;
    const key = [p.clause, ...sides.map((d) => d.clause)].join(":");
    if (seen.has(key)) continue;
    seen.add(key);
    const doneClauses = [...new Set(sides.map((d) => d.clause))];
    out.push({
      id: "",
      kind: "modality",
      about: `done or to come: ${p.told}`,
      sides: [
        { label: p.printed.toLowerCase(), citations: citeSentences(ctx, [p.clause], doneClauses) },
        { label: sides[0]!.printed.toLowerCase(), citations: citeSentences(ctx, doneClauses, [p.clause]) },
      ],
      confidence: 0.5,
    });
  }
  return out;
}
