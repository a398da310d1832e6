/**
 * Speaker noun phrases around a cue, and their resolution to an article entity.
 *
 * The speaker of a reporting verb is its subject: a pronoun (`he said`), a name run (`Foreign Minister
 * Ada Lind said`), or a role phrase opened by a determiner (`the Nordic diplomat said`); inverted after
 * the verb (`said the minister`), or the object of a source phrase (`according to officials`).
 * Noun phrases never cross punctuation; the mention the nlp layer found inside the span names the entity.
 */
import type { Entity, QuoteSpeaker, Token } from "../../core/types.js";
import { CUE_MODIFIERS, foreignModifier, isForeignCue, isSpeechVerb } from "./cues.js";
import { TITLE_ABBREVIATIONS } from "../abbreviations.js";
import { ROLE_WORDS } from "../lexicon.js";

const PRONOUNS = new Set(["he", "she", "they", "we", "i", "it", "il", "elle", "ils", "elles", "nous", "er", "sie", "wir", "ich", "el", "ella", "ellos"]);
const DETERMINERS = new Set(["the", "a", "an", "his", "her", "their", "its", "this", "that", "these", "those", "our", "my", "one", "another", "some", "several", "two", "three", "many", "le", "la", "les", "el", "los", "las", "der", "die", "das"]);
/**
 * Subject pronouns and articles of Italian, Portuguese and Dutch, by the article's language. They apply only
 * to articles in that language: Italian `il` is the article where French `il` is the pronoun, and French
 * `lui` is an object (`X lui a dit`), so the other languages read as before.
 */
const LANGUAGE_PRONOUNS: Readonly<Record<string, ReadonlySet<string>>> = {
  it: new Set(["lui", "lei"]),
  pt: new Set(["ele", "ela", "eles", "elas"]),
  nl: new Set(["hij", "zij", "ze"]),
};
/** French object pronouns (`lui a dit`, `leur a lancé`, `m'a confié`): never the subject of the verb after them. */
const FRENCH_OBJECT_PRONOUNS = new Set(["lui", "leur", "me", "m'", "te", "t'", "se", "s'"]);
const LANGUAGE_DETERMINERS: Readonly<Record<string, ReadonlySet<string>>> = {
  // Spanish `el` is the article (`declaró el jugador`); the pronoun is `él`.
  // And the possessives before a role (`afirmó su portavoz, X`, `a déclaré sa porte-parole, X`).
  es: new Set(["el", "la", "los", "las", "un", "una", "su", "sus"]),
  fr: new Set(["son", "sa", "ses"]),
  it: new Set(["il", "lo", "gli", "un", "una", "uno", "suo", "sua"]),
  pt: new Set(["o", "os", "um", "uma", "seu", "sua"]),
  nl: new Set(["het", "een"]),
};

/** True for a subject pronoun in an article of language `lang`. */
export function pronoun(norm: string, lang: string | null): boolean {
  if (lang !== null && LANGUAGE_DETERMINERS[lang]?.has(norm)) return false;
  return PRONOUNS.has(norm) || (lang !== null && LANGUAGE_PRONOUNS[lang]?.has(norm) === true);
}

/**
 * True for a lone Italian, Portuguese or Dutch subject pronoun (`disse ele`, `zei hij`) that no person's
 * mention covers: the entity layer did not resolve it, so it names no one and the quote is better left to
 * inherit its speaker from the quotes around it.
 */
export function unresolvedPronoun(tokens: readonly Token[], span: SpeakerSpan, lang: string | null, mentions: MentionIndex): boolean {
  if (lang === null || span.end - span.first !== 1 || LANGUAGE_PRONOUNS[lang]?.has(tokens[span.first]!.norm) !== true) return false;
  const m = mentions.best(tokens[span.first]!.start, tokens[span.first]!.end);
  return m === null || m.entity.type !== "person";
}

/** True for a determiner in an article of language `lang`. */
export function determiner(norm: string, lang: string | null): boolean {
  return DETERMINERS.has(norm) || (lang !== null && LANGUAGE_DETERMINERS[lang]?.has(norm) === true);
}

// Words that end a noun phrase going left or right (verbs, prepositions, conjunctions, relatives).
const STOP = new Set([
  "and", "or", "but", "who", "which", "that", "in", "on", "at", "to", "for", "with", "by", "from", "as", "after", "before",
  "when", "while", "because", "if", "than", "said", "says", "told", "is", "was", "are", "were", "be", "been", "being", "has", "have",
  "had", "not", "also", "it", "there", "what", "how", "why", "where", "about", "into", "over", "during", "since", "yet",
  "so", "then", "do", "does", "did", "would", "will", "can", "could", "should", "may", "might", "must", "we", "they", "he",
  "she", "i", "you", "him", "them", "us", "me", "her", "this", "last", "next", "monday", "tuesday", "wednesday",
  "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow", "week", "year", "month", "statement",
  "interview", "news", "conference", "briefing", "speech", "letter",
]);
// Nouns of documents and events: not speakers after a preposition (`in a statement`), but subjects after a determiner.
const DOCUMENTS = new Set(["statement", "letter", "interview", "speech", "briefing", "conference"]);
// Lower-case words allowed inside a capitalised name run (`Ministry of Foreign Affairs`, `Abu al Rahman`).
const NAME_CONNECTORS = new Set(["of", "for", "de", "du", "des", "la", "le", "al", "el", "bin", "ibn", "von", "van", "der", "den", "da", "di", "dos", "and"]);

/** A speaker span in token indices, `[first, end)`. */
export interface SpeakerSpan {
  first: number;
  end: number;
}

function isCap(text: string, t: Token): boolean {
  const c = text.charAt(t.start);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** True when only white space (or a hyphen) separates tokens a and b, so they can belong to one phrase. */
function joined(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  if (gap.length === 0) return true;
  if (/^[\s]+$/.test(gap) || gap === "-" || gap === ".") return true;
  // `Mr. King`, `Marc H. Morial`: a title or an initial keeps its period inside the name.
  return /^\.\s+$/.test(gap) && (TITLE_ABBREVIATIONS.has(a.norm) || (a.end - a.start === 1 && /\p{Lu}/u.test(text.charAt(a.start))));
}

/** True for a token that starts a sentence, so its capital says nothing about it being a name. */
function sentenceInitial(text: string, t: Token): boolean {
  let k = t.start - 1;
  while (k >= 0 && (text.charAt(k) === " " || text.charAt(k) === "\t")) k--;
  return k < 0 || text.charAt(k) === "\n" || /[.!?“"«]/.test(text.charAt(k));
}

// Nouns and adjectives that end like an adverb.
const LY_NOUNS = new Set(["family", "ally", "assembly", "rally", "supply", "belly", "bully", "lily", "jelly", "folly", "anomaly", "monopoly", "homily", "italy", "july", "elderly", "early", "only", "daily", "weekly", "monthly", "yearly", "likely", "friendly", "holy", "ugly", "lonely"]);

/** True for a lower-case `-ly` adverb between a subject and its verb (`Lind flatly denied`). */
function adverb(text: string, t: Token): boolean {
  return t.norm.length > 4 && t.norm.endsWith("ly") && !LY_NOUNS.has(t.norm) && !isCap(text, t);
}

/**
 * The subject noun phrase ending right before token `cue` (skipping modifiers such as `also`, `has`),
 * not reaching before token `min`. Null when none sits there.
 */
export function npBefore(text: string, tokens: readonly Token[], cue: number, min: number, anyGap = false, lang: string | null = null): SpeakerSpan | null {
  return withGroupHead(text, tokens, rawNpBefore(text, tokens, cue, min, anyGap, lang), min);
}

/** Plural nouns of groups of people who speak in news (`officials in X said`, `residents of X told`). */
const PEOPLE_GROUPS = new Set([
  "officials", "residents", "neighbours", "neighbors", "analysts", "experts", "witnesses", "sources", "villagers",
  "locals", "workers", "farmers", "protesters", "diplomats", "observers", "doctors", "teachers", "students", "parents",
  "relatives", "families", "leaders", "authorities", "employees", "members", "activists", "lawmakers", "traders",
  "investors", "economists", "scientists", "researchers", "survivors", "passengers", "fishermen", "shopkeepers",
]);
/** Prepositions that place a group (`officials in X`, `residents of X`, `analysts at X`). */
const GROUP_PLACES = new Set(["in", "of", "at", "from", "near", "across", "around"]);

/**
 * `Officials in Brennick said`, `Neighbours in the suburb of X told`: the noun phrase right before
 * the cue is the place of a group of people, who are the speaker; the span then starts at the group.
 */
function withGroupHead(text: string, tokens: readonly Token[], span: SpeakerSpan | null, min: number): SpeakerSpan | null {
  if (!span || span.end - span.first === 1 && PRONOUNS.has(tokens[span.first]!.norm)) return span;
  const at = span.first;
  if (at - 2 < min || !GROUP_PLACES.has(tokens[at - 1]!.norm) || !PEOPLE_GROUPS.has(tokens[at - 2]!.norm)) return span;
  if (!joined(text, tokens[at - 2]!, tokens[at - 1]!) || !joined(text, tokens[at - 1]!, tokens[at]!)) return span;
  let first = at - 2;
  // With its determiner or quantifier (`some residents of X`, `local officials in X`).
  if (first - 1 >= min && joined(text, tokens[first - 1]!, tokens[first]!) && (DETERMINERS.has(tokens[first - 1]!.norm) || /^(?:local|senior|western|foreign|angry|many|other)$/.test(tokens[first - 1]!.norm))) first--;
  return { first, end: span.end };
}

// Capitalised words that open a sentence or phrase without naming anyone.
const NOT_NAMES = new Set([
  "in", "by", "as", "the", "a", "an", "at", "on", "for", "with", "from", "but", "and", "if", "when", "while", "after",
  "before", "so", "yet", "this", "that", "these", "those", "there", "here", "now", "then", "still", "even", "also",
  "speaking", "asked", "according", "nobody", "everyone", "everybody", "something", "nothing", "what", "how", "why",
  "of", "despite", "under", "against", "among", "amid", "through", "without", "within", "however", "meanwhile", "only",
  "following", "during", "since", "although", "though", "because", "unless", "until", "once", "first", "instead",
]);

/** True for a one-word span that is a function word, not a name or a noun (`In`, `despite`, `However`). */
export function functionWord(tokens: readonly Token[], span: SpeakerSpan): boolean {
  return span.end - span.first === 1 && NOT_NAMES.has(tokens[span.first]!.norm);
}

/**
 * False for spans that cannot be a speaker: a lone capitalised function word (`In`, `By`), or a phrase whose
 * head is an adverb, a participle or a past-tense verb (`widely`, `received`, `the model delivered`).
 */
export function plausible(text: string, tokens: readonly Token[], span: SpeakerSpan | null): span is SpeakerSpan {
  if (!span) return false;
  const head = tokens[span.end - 1]!;
  if (PRONOUNS.has(head.norm) || head.norm === "who") return true;
  if (span.end - span.first === 1 && NOT_NAMES.has(head.norm)) return false;
  if (isCap(text, head)) return true;
  // A role phrase opened by a determiner may end in a noun the phrase walker stops at (`the statement`).
  const determined = span.end - span.first > 1 && DETERMINERS.has(tokens[span.first]!.norm);
  if (head.numeric || (STOP.has(head.norm) && !determined) || NOT_NAMES.has(head.norm)) return false;
  return !/(?:ly|ed|ing)$/.test(head.norm) || /(?:ly)$/.test(head.norm) && /(?:family|ally|assembly|rally)$/.test(head.norm);
}

/** True for a negated auxiliary (`didn't`, `doesn’t`, `won't`): it sits between a subject and its verb like `not`. */
function negatedAuxiliary(norm: string): boolean {
  return /n['’]t$/.test(norm);
}

const WEEKDAYS = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);

/** The length of a time phrase ending at token `j` (`on Friday`, `last Monday`, `yesterday`), or 0. */
function timePhraseEndingAt(tokens: readonly Token[], j: number): number {
  const w = tokens[j]!.norm;
  if (w === "yesterday" || w === "today" || w === "tonight") return 1;
  if (!WEEKDAYS.has(w) || j < 1) return 0;
  const before = tokens[j - 1]!.norm;
  return before === "on" || before === "last" || before === "this" || before === "next" ? 2 : 0;
}

function rawNpBefore(text: string, tokens: readonly Token[], cue: number, min: number, anyGap = false, lang: string | null = null): SpeakerSpan | null {
  let j = cue - 1;
  // `Sen. Ada Lind (D-Maine) said`: a parenthesis between subject and verb is skipped.
  if (j >= min && cue < tokens.length && /^[.)\s]*\)\s*$/.test(text.slice(tokens[j]!.end, tokens[cue]!.start))) {
    const open = text.lastIndexOf("(", tokens[j]!.start);
    if (open >= 0 && tokens[j]!.start - open < 40) {
      let k = j;
      while (k >= min && tokens[k]!.start > open) k--;
      if (k >= min) return rawNpBefore(text, tokens, k + 1, min, true, lang);
    }
  }
  // `a` is a modifier only as the French auxiliary (`Lind a déclaré`); before an English word it is the
  // article of a noun (`sent a warning`), and the word before it is no subject.
  const frenchAux = cue < tokens.length && isForeignCue(tokens[cue]!.norm);
  // Italian, Portuguese and Dutch auxiliaries are modifiers before a cue of those languages (`ha dichiarato`).
  const cueNorm = cue < tokens.length ? tokens[cue]!.norm : "";
  const modifier = (n: string): boolean => CUE_MODIFIERS.has(n) || foreignModifier(n, cueNorm);
  const skipModifiers = (): void => {
    while (j >= min && (modifier(tokens[j]!.norm) || adverb(text, tokens[j]!) || negatedAuxiliary(tokens[j]!.norm)) && !pronoun(tokens[j]!.norm, lang) && (tokens[j]!.norm !== "a" || frenchAux) && joined(text, tokens[j]!, tokens[j + 1]!)) j--;
  };
  skipModifiers();
  // `Lisk on Friday declared`, `the mayor yesterday said`: a time phrase between subject and verb is no subject.
  const time = j >= min ? timePhraseEndingAt(tokens, j) : 0;
  if (time > 0 && j - time >= min && joined(text, tokens[j]!, tokens[j + 1]!) && joined(text, tokens[j - time]!, tokens[j - time + 1]!)) {
    j -= time;
    skipModifiers();
  }
  if (j < min || (!anyGap && !joined(text, tokens[j]!, tokens[j + 1]!))) return null;
  const head = tokens[j]!;
  if (pronoun(head.norm, lang)) return { first: j, end: j + 1 };
  // `», lui a lancé la juge X`: a French object pronoun before the verb is whom it was said to;
  // the speaker follows the verb.
  if (lang === "fr" && FRENCH_OBJECT_PRONOUNS.has(head.norm)) return null;
  if (isCap(text, head)) {
    let f = j;
    while (f - 1 >= min && joined(text, tokens[f - 1]!, tokens[f]!)) {
      const t = tokens[f - 1]!;
      if (isCap(text, t)) f--;
      else if (NAME_CONNECTORS.has(t.norm) && f - 2 >= min && isCap(text, tokens[f - 2]!) && joined(text, tokens[f - 2]!, t)) f -= 2;
      else if (t.norm === "the") {
        f--;
        break;
      } else break;
    }
    // `The mayor of Lisk said`: the name is the complement of a role noun, which heads the subject.
    if (f - 2 >= min && tokens[f - 1]!.norm === "of" && !isCap(text, tokens[f - 1]!) && joined(text, tokens[f - 1]!, tokens[f]!)) {
      const role = rawNpBefore(text, tokens, f - 1, min, false, lang);
      if (role && role.end === f - 1 && determiner(tokens[role.first]!.norm, lang) && role.end - role.first > 1) return { first: role.first, end: j + 1 };
    }
    return { first: f, end: j + 1 };
  }
  // `the letter reads`, `the statement said`: a document can be a subject, with its determiner.
  if (DOCUMENTS.has(head.norm) && j - 1 >= min && determiner(tokens[j - 1]!.norm, lang) && joined(text, tokens[j - 1]!, head)) return { first: j - 1, end: j + 1 };
  if (STOP.has(head.norm) || head.numeric || determiner(head.norm, lang)) return null;
  // A role phrase: walk left over modifiers to its determiner or possessive.
  let f = j;
  for (let steps = 0; steps < 5 && f - 1 >= min && joined(text, tokens[f - 1]!, tokens[f]!); steps++) {
    const t = tokens[f - 1]!;
    if (determiner(t.norm, lang) || /['’]s$/.test(t.norm) || t.norm.endsWith("s'")) {
      f--;
      // `the country's foreign minister`: a possessive may itself follow a determiner.
      if (f - 1 >= min && determiner(tokens[f - 1]!.norm, lang) && joined(text, tokens[f - 1]!, tokens[f]!) && !determiner(t.norm, lang)) f--;
      return { first: f, end: j + 1 };
    }
    // A verb of speech ends the phrase: `the court noted | published reports`.
    if (STOP.has(t.norm) || t.numeric || isSpeechVerb(t.norm)) break;
    f--;
  }
  // A bare noun or short plural subject (`officials said`, `police said`) starting its clause.
  if (f === j) return { first: j, end: j + 1 };
  const first = tokens[f]!;
  if (isCap(text, first) && !sentenceInitial(text, first)) return { first: f, end: j + 1 };
  return f >= j - 1 ? { first: f, end: j + 1 } : { first: j, end: j + 1 };
}

/** The noun phrase starting at token `from` (after an inverted cue or `according to`), not reaching `max`. */
export function npAfter(text: string, tokens: readonly Token[], from: number, max: number, afterPunctuation = false, lang: string | null = null): SpeakerSpan | null {
  return rawNpAfter(text, tokens, from, max, afterPunctuation, lang);
}

// Prepositions opening an addressee between an Italian or Portuguese cue and its inverted subject
// (`ha dichiarato ai giornalisti la ministra`, `disse à imprensa o ministro`), by language.
const ADDRESSEE_PREPOSITIONS: Readonly<Record<string, ReadonlySet<string>>> = {
  it: new Set(["ai", "al", "alla", "alle", "agli", "allo", "a"]),
  pt: new Set(["aos", "ao", "a", "as"]),
};

/**
 * The inverted subject after a cue ending at token `from`, as npAfter, in an article of language `lang`. In
 * Italian and Portuguese an addressee may come first (`ha detto ai giornalisti il ministro X`): a
 * preposition and up to three lower-case words before an article or a capitalised word are skipped.
 */
export function npAfterCue(text: string, tokens: readonly Token[], from: number, max: number, lang: string | null = null): SpeakerSpan | null {
  const preps = lang !== null ? ADDRESSEE_PREPOSITIONS[lang] : undefined;
  if (preps && from < max && preps.has(tokens[from]!.norm) && from > 0 && joined(text, tokens[from - 1]!, tokens[from]!)) {
    for (let k = from + 1; k < Math.min(max, from + 5); k++) {
      if (!joined(text, tokens[k - 1]!, tokens[k]!)) break;
      const t = tokens[k]!;
      if (k > from + 1 && (determiner(t.norm, lang) || isCap(text, t))) {
        const np = rawNpAfter(text, tokens, k, max, true, lang);
        if (np) return appositionAfter(text, tokens, np, max, lang) ?? np;
        break;
      }
      if (isCap(text, t) || STOP.has(t.norm) || t.numeric) break;
    }
  }
  const np = rawNpAfter(text, tokens, from, max, false, lang);
  return np ? appositionAfter(text, tokens, np, max, lang) ?? np : null;
}

/**
 * The speaker after a source cue (`according to X`, `según X`): after `según`, `selon` or `secondo`
 * a report may put the verb first and its subject after it (`según confirmó el organismo`), whose
 * subject is then read as a cue's inverted subject.
 */
export function sourceNpAfter(text: string, tokens: readonly Token[], from: number, max: number, lang: string | null = null): SpeakerSpan | null {
  if (lang !== null && lang !== "en" && from + 1 < max && isSpeechVerb(tokens[from]!.norm) && joined(text, tokens[from]!, tokens[from + 1]!)) return npAfterCue(text, tokens, from + 1, max, lang);
  return npAfter(text, tokens, from, max, false, lang);
}

/** Languages whose inverted role phrase may name its holder after a comma (`declaró el director general de X, Tomás Ibarra`). */
const APPOSITION_LANGUAGES: ReadonlySet<string> = new Set(["en", "it", "pt", "nl", "es", "fr"]);

// How many words an inverted role phrase may run before the comma of its apposition.
const ROLE_PHRASE_REACH = 12;

/**
 * `ha detto il portavoce del ministero degli Esteri di X, Ada Lind.`, `said the union's general
 * secretary, Dora Feeney.`: in an English, Italian, Portuguese, Dutch, Spanish or French article, an inverted role phrase (an article, then a lower-case role noun) whose holder is named after a
 * comma, the name closing the clause, is that name. Null when the phrase is no such role phrase.
 */
function appositionAfter(text: string, tokens: readonly Token[], np: SpeakerSpan, max: number, lang: string | null): SpeakerSpan | null {
  if (lang !== null && !APPOSITION_LANGUAGES.has(lang)) return null;
  const first = np.first;
  if (first + 1 >= max || !determiner(tokens[first]!.norm, lang) || isCap(text, tokens[first + 1]!) || !joined(text, tokens[first]!, tokens[first + 1]!)) return null;
  let k = first + 1;
  while (k + 1 < max && k - first < ROLE_PHRASE_REACH && joined(text, tokens[k]!, tokens[k + 1]!)) k++;
  // The phrase must end in a comma, and a capitalised name run must follow it.
  if (k + 1 >= max || !/^\s*,\s*$/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) return null;
  const nameFirst = k + 1;
  let end = nameFirst;
  while (end < max && isCap(text, tokens[end]!) && (end === nameFirst || joined(text, tokens[end - 1]!, tokens[end]!))) end++;
  if (end === nameFirst) return null;
  // The name closes the clause: the range ends or punctuation follows.
  if (end < max && joined(text, tokens[end - 1]!, tokens[end]!)) return null;
  return { first: nameFirst, end };
}

/** Days and times of day in the covered languages, which no speaker's name phrase runs into. */
const TIME_WORDS: ReadonlySet<string> = new Set(
  `monday tuesday wednesday thursday friday saturday sunday morning evening night yesterday today
  lundi mardi mercredi jeudi vendredi samedi dimanche matin soir nuit hier
  lunes martes miercoles jueves viernes sabado domingo noche ayer hoy madrugada
  montag dienstag mittwoch donnerstag freitag samstag sonntag morgen abend nacht gestern heute
  lunedi martedi mercoledi giovedi venerdi sabato domenica mattina sera notte ieri oggi
  segunda-feira terca-feira quarta-feira quinta-feira sexta-feira ontem hoje
  maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ochtend avond gisteren vandaag`.split(/\s+/),
);

function rawNpAfter(text: string, tokens: readonly Token[], from: number, max: number, afterPunctuation: boolean, lang: string | null = null): SpeakerSpan | null {
  if (from >= max) return null;
  // Punctuation right after a cue means no inverted subject follows it, unless the caller starts after punctuation on purpose.
  if (!afterPunctuation && from > 0 && !joined(text, tokens[from - 1]!, tokens[from]!)) return null;
  const t = tokens[from]!;
  if (pronoun(t.norm, lang)) return { first: from, end: from + 1 };
  const k = determiner(t.norm, lang) || /['’]s$/.test(t.norm) ? from + 1 : from;
  let end = k;
  while (end < max && end - from < 7 && (end === from || joined(text, tokens[end - 1]!, tokens[end]!))) {
    const w = tokens[end]!;
    const connector = NAME_CONNECTORS.has(w.norm) && end > k && end + 1 < max && isCap(text, tokens[end + 1]!);
    // A capitalised word inside a name run is part of the name even when it spells a function word (`Said`).
    const inName = end > from && isCap(text, w) && isCap(text, tokens[end - 1]!);
    if ((STOP.has(w.norm) && !connector && !inName) || w.numeric || (pronoun(w.norm, lang) && !inName)) break;
    // A day or a time of day starts an adverbial (`el organismo el jueves por la noche`): the phrase
    // ends before it and its article.
    if (end > k && TIME_WORDS.has(w.norm)) {
      if (end - 1 > k && determiner(tokens[end - 1]!.norm, lang)) end--;
      break;
    }
    // After a name run, a lower-case word is the next clause (`said Lind on Monday` stops at `on`
    // anyway), unless it is a role a name follows (`said Elmstow City manager Colm Reddaway`).
    const roleOfName = ROLE_WORDS.has(w.norm) && end + 1 < max && isCap(text, tokens[end + 1]!) && joined(text, w, tokens[end + 1]!);
    if (end > k && isCap(text, tokens[end - 1]!) && !isCap(text, w) && !connector && !roleOfName && isCap(text, tokens[k]!)) break;
    end++;
  }
  if (end === k) return null;
  return { first: from, end };
}

/** Sorted index of every entity mention, for overlap look-ups in log time. */
export class MentionIndex {
  private readonly items: { start: number; end: number; entity: Entity; rank: number }[] = [];

  constructor(entities: readonly Entity[]) {
    for (const e of entities) {
      const rank = e.type === "person" ? 2 : e.type === "organization" ? 1 : 0;
      for (const m of e.mentions) this.items.push({ start: m.start, end: m.end, entity: e, rank });
    }
    this.items.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /**
   * A fuller entity this one abbreviates (`Foreign Ministry` after `Russian Foreign Ministry`): same type,
   * its name ends with this one's, and it was mentioned before `offset` (the nearest such). Null when none.
   */
  fuller(entity: Entity, offset: number): { start: number; end: number; entity: Entity } | null {
    const suffix = " " + entity.name.toLowerCase();
    let best: (typeof this.items)[number] | null = null;
    for (const m of this.items) {
      if (m.start >= offset) break;
      const e = m.entity;
      if (e === entity || e.type !== entity.type || !e.name.toLowerCase().endsWith(suffix)) continue;
      best = m;
    }
    return best;
  }

  /**
   * The one person mentioned before `offset` whose roles end with `role` (`foreign minister` for
   * `minister`), or null when none or several: `the furious minister` is that person only when
   * the article has one minister.
   */
  byRole(role: string, offset: number): { start: number; end: number; entity: Entity } | null {
    let found: (typeof this.items)[number] | null = null;
    for (const m of this.items) {
      if (m.start >= offset) break;
      const e = m.entity;
      if (e.type !== "person" || !e.roles.some((r) => r === role || r.endsWith(" " + role))) continue;
      if (found && found.entity !== e) return null;
      found ??= m;
    }
    if (!found) return null;
    // Nobody else of that role named after it either.
    for (const m of this.items) if (m.entity !== found.entity && m.entity.type === "person" && m.entity.roles.some((r) => r === role || r.endsWith(" " + role))) return null;
    return found;
  }

  /** The best mention overlapping `[start, end)`: persons before organisations, then the rightmost (the head). */
  best(start: number, end: number): { start: number; end: number; entity: Entity } | null {
    let lo = 0;
    let hi = this.items.length;
    // First item whose start >= start - 200 (mentions are short; this bounds the scan).
    const from = start - 200;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.items[mid]!.start < from) lo = mid + 1;
      else hi = mid;
    }
    let best: (typeof this.items)[number] | null = null;
    for (let i = lo; i < this.items.length && this.items[i]!.start < end; i++) {
      const m = this.items[i]!;
      if (m.end <= start) continue;
      if (!best || m.rank > best.rank || (m.rank === best.rank && m.end > best.end)) best = m;
    }
    return best;
  }
}

/** Determiners of a definite description (`the minister`, `la ministra`, `der Minister`). */
const DEFINITE = new Set(["the", "la", "le", "el", "il", "lo", "der", "die", "de", "het", "o"]);

/** The head token of a speaker span: its last word, or the word before a lower-case `of` (`the mayor of X`). */
function speakerHead(text: string, tokens: readonly Token[], span: SpeakerSpan): number {
  for (let k = span.first + 1; k < span.end - 1; k++) {
    if (tokens[k]!.norm === "of" && !isCap(text, tokens[k]!)) return k - 1;
    // `Officials in Brennick`: the group, not its place.
    if (GROUP_PLACES.has(tokens[k]!.norm) && PEOPLE_GROUPS.has(tokens[k - 1]!.norm)) return k - 1;
  }
  return span.end - 1;
}

/** Turns a token span into a QuoteSpeaker, named by the entity whose mention it overlaps when there is one. */
export function toSpeaker(text: string, tokens: readonly Token[], span: SpeakerSpan, mentions: MentionIndex): QuoteSpeaker {
  const start = tokens[span.first]!.start;
  const end = tokens[span.end - 1]!.end;
  const m = mentions.best(start, end);
  // A mention of a place or thing that misses the phrase's common-noun head names a modifier or complement
  // (`Emergency services`, `the Florida senator`, `the mayor of Lisk`), not the speaker: the phrase is.
  // A person's mention keeps the quote (`the Lind campaign` speaks for Lind).
  const head = tokens[speakerHead(text, tokens, span)]!;
  const missesHead = m !== null && (m.start >= head.end || m.end <= head.start) && (!isCap(text, head) || PEOPLE_GROUPS.has(head.norm)) && m.entity.type !== "person";
  if (m && !missesHead) {
    const full = m.entity.type === "person" ? null : mentions.fuller(m.entity, m.start);
    const entity = full ? full.entity : m.entity;
    return { name: entity.name, entity: entity.id, start: m.start, end: m.end };
  }
  // `The furious minister vowed ...`: a definite role names the article's one person of that role
  // named before it. The span stays the phrase's.
  // Portuguese `a` is the feminine article before a role of its own form (`disse a juíza`), and
  // French `l'` is glued to its role (`a déclaré l'entraîneur`).
  const elided = /^l['’]/.test(head.norm) && ROLE_WORDS.has(head.norm.slice(2)) ? head.norm.slice(2) : null;
  const definite = DEFINITE.has(tokens[span.first]!.norm) || elided !== null || (tokens[span.first]!.norm === "a" && span.end - span.first === 2 && head.norm.endsWith("a") && ROLE_WORDS.has(head.norm));
  if (!m && span.end - span.first <= 4 && definite && !isCap(text, head)) {
    const r = mentions.byRole(elided ?? head.norm, start);
    if (r) return { name: r.entity.name, entity: r.entity.id, start, end };
  }
  return { name: text.slice(start, end), entity: null, start, end };
}
