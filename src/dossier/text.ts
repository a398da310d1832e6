/**
 * Word-level helpers the dossier aligns on: a stemmed key per content word, stop words, and the
 * small closed-class cue lists (negation, partiality, hedging) that decide polarity. These lists
 * are grammar words of English, not names of anything a story is about.
 */
import { createRequire } from "node:module";
import type { Sentence, Token } from "../core/types.js";
import { tokenize } from "../core/tokenize.js";
import { stopWords } from "../nlp/terms/stopwords.js";

interface Stemmer {
  stem(word: string): string;
}
const require = createRequire(import.meta.url);
const snowball = require("snowball-stemmers") as { newStemmer(lang: string): Stemmer };
const english = snowball.newStemmer("english");

/** Function words and reporting verbs that say nothing about what happened. */
export const STOP_WORDS = new Set(
  (
    "a an the and or but nor so yet if then than that this these those there here it its it's itself " +
    "i me my we us our ours you your he him his she her they them their theirs who whom whose which what " +
    "when where why how all any both each few more most other some such only own same too very can could " +
    "will would shall should may might must do does did done doing be is am are was were been being have " +
    "has had having of at by for with about against between into through during before after above below " +
    "to from up down in out on off over under again further once also just even still already not no never " +
    "as per via while although though because since until unless whether s t said says say told tells tell " +
    "according added adding stated noted reported reports report mr mrs ms one ones " +
    "assured assures assure stressed stresses emphasized emphasised emphasizes explained explains insisted insists underlined"
  ).split(" "),
);

/** Words that negate the predicate they stand a few words before (`did not evacuate`, `no evacuation`). */
export const NEGATORS = new Set(["not", "no", "never", "n't", "without", "cannot", "cant", "dont", "didnt", "doesnt", "wont", "isnt", "wasnt", "arent", "werent", "hasnt", "havent", "hadnt"]);

/** Words after `not` that make it a focus particle, not a negation (`not just`, `not only`). */
export const NOT_FOCUS = new Set(["just", "only", "merely", "simply", "necessarily", "least", "yet"]);

/** Determiners and possessives: a word right after one is named as a thing, not asserted as an act. */
export const DETERMINERS = new Set(["a", "an", "the", "this", "that", "these", "those", "my", "your", "his", "her", "its", "our", "their", "any", "every", "each"]);

/**
 * Words that make a clause a condition or an open question rather than an assertion
 * (`declined to say whether ...`, `if the fire was connected ...`): it cannot contradict.
 */
export const NON_ASSERTIVE = new Set(["can", "cannot", "can't", "cant", "if", "whether", "unless", "until", "whenever", "wonder", "wondered", "asked", "hoped", "hope", "should", "try", "tries", "tried", "trying", "help", "helping", "seek", "seeking", "attempting", "unlike"]);

/**
 * Negators of the languages the lexicon translates from, accents folded as tokens fold them: a
 * translated clause's words carry no polarity of their own, but whether it negates something
 * tells which side of a dispute it takes (`wurde nicht angeordnet` denies an order).
 */
export const FOREIGN_NEGATORS: Readonly<Record<string, ReadonlySet<string>>> = {
  fr: new Set(["ne", "n", "pas", "aucun", "aucune", "jamais", "ni", "sans", "nullement"]),
  es: new Set(["no", "ningun", "ninguna", "ninguno", "nunca", "jamas", "ni", "sin"]),
  de: new Set(["nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals", "ohne", "weder"]),
  it: new Set(["non", "nessun", "nessuno", "nessuna", "mai", "senza"]),
  pt: new Set(["nao", "nenhum", "nenhuma", "nunca", "jamais", "sem", "nem"]),
  nl: new Set(["niet", "geen", "nooit", "zonder", "noch"]),
};

/** Every word that marks a clause as negative somewhere, including the quantifiers `NEGATORS` leaves out. */
export const ANY_NEGATION = new Set([...NEGATORS, "none", "nothing", "neither", "nor", "nobody", "nowhere", "yet"]);

/** Words that make a predicate partial (`partially evacuate`, `part of the staff`, `some staff`). */
export const PARTIALS = new Set(["partially", "partly", "part", "some", "several", "portion", "partial"]);

/** Modal and hedging words: a claim stated with them is weaker than one stated flat. */
export const HEDGES = new Set(["may", "might", "could", "reportedly", "allegedly", "possibly", "perhaps", "probably", "likely", "apparently", "purportedly", "so-called", "barely", "hardly", "scarcely", "rarely", "seldom"]);

/** Verbs that negate the verb after their `to` (`failed to protect` says `did not protect`, `declined to comment` says `did not comment`). */
export const NEGATIVE_IMPLICATIVES = new Set(["fail", "fails", "failed", "failing", "refuse", "refuses", "refused", "refusing", "decline", "declines", "declined", "declining", "unable"]);

/**
 * Copular and aspectual verbs (`remain open`, `kept open`, `stay closed`): they link a subject to
 * its state and say nothing of their own, so two wordings of one statement often differ only there.
 */
export const COPULAS = new Set(
  (
    "remain remains remained remaining stay stays stayed staying keep keeps kept keeping become becomes became " +
    "becoming seem seems seemed appear appears appeared get gets got getting continue continues continued"
  ).split(" "),
);

const stemCache = new Map<string, string>();

/** Rows `base form form ...`, separated by `|` or line breaks, as a map of each form to its base. */
function baseOf(rows: string): ReadonlyMap<string, string> {
  return new Map(
    rows.split(/[|\n]/).flatMap((row) => {
      const [base, ...forms] = row.trim().split(/\s+/);
      return forms.map((f): [string, string] => [f, base!]);
    }),
  );
}

/**
 * Irregular English verb forms, comparatives and plurals by their base word, which a stemmer cannot
 * reach (`rose` and `rise`, `began` and `begin`, `faster` and `fast`, `lives` and `life`): outlets
 * retell one fact in another tense, degree or number. Forms that are also common words of another
 * sense (`left`, `lay`, `saw`, `struck`, `leaves`) are left out.
 */
const LEMMAS: ReadonlyMap<string, string> = baseOf(
  `begin began begun|rise rose risen|fall fell fallen|go went gone|come came|take took taken|give gave given|tell told
  win won|lose lost|hold held|sink sank sunk|break broke broken|choose chose chosen|draw drew drawn|drive drove driven
  fly flew flown|fight fought|freeze froze frozen|grow grew grown|hide hid hidden|keep kept|know knew known|meet met
  pay paid|run ran|ring rang rung|send sent|shoot shot|sell sold|speak spoke spoken|spend spent|steal stole stolen
  stand stood|swear swore sworn|teach taught|think thought|throw threw thrown|write wrote written|wear wore worn
  bring brought|buy bought|build built|catch caught|flee fled|seek sought|wake woke woken|eat ate eaten
  forget forgot forgotten|become became|mean meant|hear heard|make made|find found
  blow blew blown|shake shook shaken|lead led|dig dug|hang hung|sweep swept|weep wept|withdraw withdrew withdrawn
  forbid forbade forbidden|forgive forgave forgiven|ride rode ridden|sing sang sung|tear tore torn|swing swung
  uphold upheld|withhold withheld|undertake undertook undertaken|shrink shrank shrunk|arise arose arisen|bleed bled|bend bent
  fast faster fastest|slow slower slowest|high higher highest|low lower lowest|big bigger biggest|small smaller smallest
  large larger largest|long longer longest|great greater greatest|strong stronger strongest|weak weaker weakest
  deep deeper deepest|old older oldest|young younger youngest|cheap cheaper cheapest|heavy heavier heaviest|wide wider widest
  life lives|wife wives|knife knives|thief thieves|half halves|child children|man men|woman women|foot feet|tooth teeth|mouse mice`,
);

/**
 * Nouns of acts whose verb the six-letter stem does not reach, folded onto the verb: unlike an
 * irregular verb form they keep its sense, so they also share its form key (`no closure` can
 * oppose `would close`).
 */
const NOMINALS: ReadonlyMap<string, string> = baseOf(
  `close closure closures|expel expulsion expulsions|depart departure departures|fail failure failures|arrive arrival arrivals
  refuse refusal refusals|approve approval approvals|deny denial denials|withdraw withdrawal withdrawals|remove removal removals
  propose proposal proposals|dismiss dismissal dismissals|survive survival|seize seizure seizures|bury burial burials`,
);

/** A word's own stem, before LEMMAS fold irregular forms onto their base (`rose` stays apart from `rise`). */
export function formKey(norm: string): string {
  let k = formCache.get(norm);
  if (k === undefined) {
    const bare = norm.replace(/'s$/, "").replace(/['’]/g, "");
    k = LEMMAS.has(bare) ? "=" + bare : wordKey(norm);
    if (formCache.size > 200_000) formCache.clear();
    formCache.set(norm, k);
  }
  return k;
}
const formCache = new Map<string, string>();

/**
 * The alignment key of a word: its Snowball stem cut to six letters, so that derivations the
 * stemmer keeps apart (`recognize`/`recognition`, `leader`/`leadership`) meet; irregular verb forms
 * and the nouns of acts whose stem the cut does not reach (`closure`, `expulsion`, `withdrawal`)
 * fold onto their verb, so `no closure` meets `would not close`.
 */
export function wordKey(norm: string): string {
  let k = stemCache.get(norm);
  if (k === undefined) {
    const bare = norm.replace(/'s$/, "").replace(/['’]/g, "");
    const s = english.stem(LEMMAS.get(bare) ?? NOMINALS.get(bare) ?? bare);
    k = s.length > 6 ? s.slice(0, 6) : s;
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(norm, k);
  }
  return k;
}

/** A word's alignment key with its `w:` prefix, as `"w:" + wordKey(norm)` (cached: no string built per token). */
export function wordKeyW(norm: string): string {
  let k = prefixedCache.get(norm);
  if (k === undefined) {
    k = "w:" + wordKey(norm);
    if (prefixedCache.size > 200_000) prefixedCache.clear();
    prefixedCache.set(norm, k);
  }
  return k;
}
const prefixedCache = new Map<string, string>();

/** True for a token worth aligning on: not a stop word, not a lone letter, or a number. */
export function isContent(t: Token): boolean {
  if (t.numeric) return true;
  return t.norm.length > 1 && !STOP_WORDS.has(t.norm);
}

/**
 * A content word of a text in `language`: besides the English function words, those of its own
 * language (`die`, `und`, `sind`), which would otherwise weigh as rare words of a translated report.
 */
export function isContentIn(t: Token, language: string | null): boolean {
  if (!isContent(t)) return false;
  return t.numeric || language === null || language === "en" || !stopWords(language).has(t.norm);
}

/** The normalised form of a number token (`1,300` and `1300` meet). */
export function numberKey(norm: string): string {
  return norm.replace(/,(?=\d{3}\b)/g, "");
}

/** A year as texts print it: four bare digits, 1800-2099. A thousands separator (`2,000`) makes it a count. */
export function isYear(norm: string): boolean {
  return /^(1[89]|20)\d\d$/.test(norm);
}

const BOUNDARY_RE = /[.!?…]+["'”’»)]*\s+(?=["“‘«(]?[\p{Lu}\p{N}])|\n+/gu;

/**
 * A plain sentence split used only when the language layer gave no sentences: ends at `.!?`
 * followed by a capital, and at every line break. Sentences carry their token range.
 */
export function fallbackSentences(text: string, tokens: Token[]): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let paragraph = 0;
  let ti = 0;
  const push = (s: number, e: number, para: number): void => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e <= s) return;
    while (ti < tokens.length && tokens[ti]!.start < s) ti++;
    const tokenStart = ti;
    while (ti < tokens.length && tokens[ti]!.end <= e) ti++;
    if (ti > tokenStart) out.push({ start: s, end: e, paragraph: para, tokenStart, tokenEnd: ti });
  };
  BOUNDARY_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY_RE.exec(text)) !== null) {
    const isBreak = m[0].includes("\n");
    const end = isBreak ? m.index : m.index + m[0].trimEnd().length;
    push(start, end, paragraph);
    if (isBreak) paragraph += (m[0].match(/\n/g) ?? []).length;
    start = m.index + m[0].length;
  }
  push(start, text.length, paragraph);
  return out;
}

const CLAUSE_RE = /;\s+|,\s+(?=(?:while|but|although|though|whereas|however)\b)/giu;

// `and` before a modal or auxiliary starts a second predicate of the same subject (`will meet
// on Tuesday and will decide whether ...`), `, and` before a new subject (`..., and each one
// needs ...`) and `, with` + participle, an attached statement (`..., with a loan covering a
// third`; not `..., with representatives of X`, a mere phrase), and `, which/whose` + a verb
// (`..., which stood at 4.1% in February`), a fact told in passing, and `, hours after` + another
// event (`... ordered an evacuation, hours after an explosion killed 12`), a lead's second fact,
// and `and still/also/later/then/now` + a verb in -s/-ed (`lies at a depth of 38 metres and still
// carries 60 ingots`), a second predicate of the same subject that outlets tell apart,
// and `, ending/leaving/killing/forcing ...`, what the event brought about (`voted to accept a 6%
// rise, ending a ten-day strike`), which other outlets report as a fact of its own, and `, the
// first/only/last/biggest ...`, a ranking set after the statement it ranks (`were released on
// Saturday, the first wild lynx in the range since the 1870s`), a lead's second fact, and `, after`
// + a clause in a perfect or passive (`..., after three days of rain had filled the reservoir`;
// `..., after four lynx were released`), an earlier event told as the cause, and a dash before
// `and/but` (`Four lynx are on the loose – and sheep farmers are not happy`; scrapes print the dash as a
// spaced hyphen), a second statement
// the way tabloids join one on, and `and that` after a reported statement (`said the plant would
// not close and that its workers had a guarantee`), a second one reported, `and says` (`has refused
// to concede and says he will go to court`), the subject's second act a statement of its own, and
// `, after losing to X by 73 votes`, an earlier act told as the cause, and `, whom` + a clause in
// the past (`brokered by judge X, whom the ministry appointed as mediator last week`), an earlier
// act told in passing: each is a statement aligned on its own, when both parts say enough.
const PREDICATE_RE = /,?\s+and\s+(?=(?:will|would|shall|should|could|can|may|might|must|has|have|had|is|was|are|were|did|does)\s+\p{L})|,\s+with\s+(?=[^,;]*\b\p{L}+(?:ing|ed)\b)|,\s+and\s+(?=(?:each|the|a|an|it|they|he|she|we|this|these|those|its|their|his|her|our|some|many|most|both)\s)|,\s+(?=(?:which|whose)\s+(?:\p{L}+\s+){0,2}(?:is|was|are|were|has|had|have|stood|rose|fell|will|would)\b)|,\s+(?=(?:(?:a\s+)?\p{L}+\s+)?(?:hours|days|minutes|weeks|months|moments|shortly|soon|just)\s+(?:before|after)\s)|\s+and\s+(?=(?:still|also|later|then|now)\s+\p{L}+(?:s|ed)\s)|,\s+(?=(?:ending|leaving|killing|forcing|prompting|causing|sparking|triggering)\s)|,\s+(?=the\s+(?:first|only|last|latest|biggest|largest|highest|lowest|worst|deadliest|oldest|longest|strongest)\s)|,\s+(?=after\s+(?:[\p{L}-]+\s+){1,5}(?:had|has|have|was|were)\s+\p{L}+(?:ed|en)\b)|\s+[-–—]\s+(?=(?:and|but)\s)|,?\s+and\s+(?=that\s)|\s+and\s+(?=(?:says|said|told|tells|vowed|vows|warned|warns|insisted|insists)\s)|,\s+(?=after\s+\p{L}+ing\s)|,\s+(?=whom\s+(?:[\p{L}-]+\s+){1,4}\p{L}+ed\b)/giu;

/** A relative clause in commas: `, which|who ... ,` without other punctuation inside. */
const ASIDE_RE = /,\s+(?:which|who|whose)\s[^,;:.!?"“”]+,/giu;

/** Content words of a stretch of text, counted roughly (letters, not stop words). */
function contentCount(text: string): number {
  let n = 0;
  for (const w of text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []) if (w.length > 1 && !STOP_WORDS.has(w)) n++;
  return n;
}

/**
 * Splits a sentence span at `;`, at `, while/but/although/though/whereas/however`, and at a
 * second predicate (`and` + auxiliary, `, with`, `, which` + verb) when both parts hold three content words.
 */
/** A clause's span; `skip`, when set, is a stretch inside it whose words are not its keys (an aside told as a clause of its own). */
export interface ClauseSpan {
  start: number;
  end: number;
  skip?: { start: number; end: number };
}

export function clauseSpans(text: string, start: number, end: number): ClauseSpan[] {
  const slice = text.slice(start, end);
  const cuts: { at: number; len: number }[] = [];
  CLAUSE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_RE.exec(slice)) !== null) cuts.push({ at: m.index, len: m[0].length });
  // A relative clause set in commas (`The samples, which were posted on a forum on Tuesday,
  // contain ...`) states a fact of its own: it is a clause (with the subject before it), and the
  // main predicate after it is another, which cites the whole stretch from the subject on (a reader,
  // and an outlet's wording, need `The official ... was detained`) but leaves the aside's words
  // out of its keys.
  const asides: { open: number; close: number; len: number }[] = [];
  // Where an aside opens, told as a clause of its own or too short to be one.
  const opens = new Set<number>();
  ASIDE_RE.lastIndex = 0;
  while ((m = ASIDE_RE.exec(slice)) !== null) {
    opens.add(m.index);
    const close = m.index + m[0].length - 1;
    if (contentCount(m[0]) >= 4 && contentCount(slice.slice(close + 1)) >= 3) {
      const len = 1 + /^\s*/.exec(slice.slice(close + 1))![0].length;
      asides.push({ open: m.index, close, len });
      cuts.push({ at: close, len });
    }
  }
  PREDICATE_RE.lastIndex = 0;
  while ((m = PREDICATE_RE.exec(slice)) !== null) {
    // An aside's opening comma (`Ana Reyes, 41, whose son is in his final year, said`) is no
    // second predicate: cut there, the subject would be left behind as a fragment.
    if (opens.has(m.index)) continue;
    const before = slice.slice(0, m.index);
    const after = slice.slice(m.index + m[0].length);
    if (contentCount(before) >= 3 && contentCount(after) >= 3) cuts.push({ at: m.index, len: m[0].length });
  }
  cuts.sort((a, b) => a.at - b.at);
  const out: ClauseSpan[] = [];
  let from = 0;
  // The subject's start and the aside after it, while the predicate after an aside is pending.
  let pending: { subject: number; open: number; resume: number } | null = null;
  const piece = (to: number): ClauseSpan =>
    pending && pending.open >= pending.subject
      ? { start: start + pending.subject, end: start + to, skip: { start: start + pending.open, end: start + pending.resume } }
      : { start: start + from, end: start + to };
  for (const c of cuts) {
    if (c.at - from >= 12) {
      out.push(piece(c.at));
      const aside = asides.find((a) => a.close === c.at && a.open >= from);
      pending = aside ? { subject: from, open: aside.open, resume: c.at + c.len } : null;
      from = c.at + c.len;
    }
  }
  out.push(piece(end - start));
  return out.filter((c) => c.end > c.start);
}

/** English month names, as one alternation for patterns. */
export const MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december";

/**
 * `in December`, `from 1 September`, `in early March 2025`, `in 1871`, `in the summer of 2022`:
 * the month or year a happening took place when no day is given. Not `since`, `until`, `by` (a
 * span or a deadline), nor `from 2014 to 2022` (a span).
 */
export const IN_PERIOD = new RegExp(
  `\\b(?:in|from|during)\\s+(?:the\\s+)?(?:(?:early|mid|late|end\\s+of|beginning\\s+of)[-\\s]+)?(?:(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+)?(${MONTHS})(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+((?:1[89]|20)\\d\\d))?|(?:(?:spring|summer|autumn|fall|winter)\\s+of\\s+)?((?:1[89]|20)\\d\\d))\\b(?!\\s*(?:to|until|till|and|-|–)\\s*(?:1[89]|20)\\d\\d)`,
  "giu",
);

/**
 * The tokens of `[start, end)` of `text`, cut from `tokens`, the whole text's tokenisation sorted
 * by offset (an analysis's), by binary search: the rules that read a clause word by word would
 * otherwise tokenise it again, each of them, which was a large share of a big story's garbage. A
 * span whose ends cut a token is tokenised on its own, as tokenize(text, start, end) cuts it.
 */
export function spanTokens(text: string, tokens: readonly Token[], start: number, end: number): Token[] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  let to = lo;
  while (to < tokens.length && tokens[to]!.start < end) to++;
  if ((lo > 0 && tokens[lo - 1]!.end > start) || (to > lo && tokens[to - 1]!.end > end)) return tokenize(text, start, end);
  return tokens.slice(lo, to);
}
