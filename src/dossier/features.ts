/**
 * Per-article sentence and clause features: the alignment keys (stems, entities, numbers, dates)
 * and the polarity of each predicate. Computed once per article and cached by its Analysis, so a
 * story's dossier can be rebuilt on every join at the cost of the new article alone.
 */
import type { Analysis, Article, Entity, Sentence, Token } from "../core/types.js";
import { normalizeWord } from "../core/tokenize.js";
import { WHO_WORDS, englishNumberWord, phraseKeys, translateWord, translates } from "./lexicon.js";
import { numberWordRuns } from "./quote-keys.js";
import { ROLE_MODIFIERS, ROLE_WORDS, TITLES } from "../nlp/lexicon.js";
import { ANY_NEGATION, DETERMINERS, FOREIGN_NEGATORS, HEDGES, NEGATIVE_IMPLICATIVES, NEGATORS, NOT_FOCUS, NON_ASSERTIVE, PARTIALS, clauseSpans, fallbackSentences, formKey, isContent, isContentIn, isYear, numberKey, wordKey, wordKeyW } from "./text.js";

/** How a clause states one of its words: negated (`did not evacuate`), partial (`partially evacuate`). */
export interface Polarity {
  negated: boolean;
  partial: boolean;
  /** Offset of the word in the article text, for labels. */
  start: number;
  end: number;
  /** A light verb or noun (`take`, `plan`): never the predicate a contradiction is about. */
  light: boolean;
  /** Written with a capital (a name, or a sentence's first word): not a predicate either. */
  capital: boolean;
  /** Right after a determiner (`a call`, `the incident`): a thing named, not an act asserted. */
  determined: boolean;
  /** The word's own form (see formKey): `held` and `hold` align as one word but are not opposed as one. */
  form: string;
}

/** One clause of one article with everything alignment compares. */
export interface Clause {
  article: string;
  /** Index of its sentence in `ArticleFeatures.sentences`. */
  sentence: number;
  start: number;
  end: number;
  /** Distinct keys: `w:` word stem, `e:` entity, `n:` number, `d:` resolved date. */
  keys: string[];
  /** The `w:` keys of words inside entity mentions (names), which alone make no statement. */
  nameKeys: Set<string>;
  /**
   * The `w:` keys that occur here only as capitalised words of a name. Their entity key already
   * counts them; weighing them again in full lets clauses that merely name the same actors look alike.
   */
  nameOnly: Set<string>;
  /** The `w:` keys that occur here only in a quote's attribution (`ecologist Stan said`). */
  attributionOnly: Set<string>;
  /** Person mentions of the clause (entity key, start offset), in text order: who does what. */
  actors: { key: string; start: number }[];
  /** Polarity per `w:` key. */
  polarity: Map<string, Polarity>;
  /** Numbers with the key of the word right after them (`100 people` gives unit `w:peopl`). */
  numbers: { value: string; unit: string | null; start: number; end: number }[];
  /**
   * Figures told as estimates or bounds (`about 420 passengers`, `more than 1,800 hectares`,
   * `fewer than 40 beds`), left out of `numbers`: `about` for an estimate, `over` for a lower
   * bound, `under` for an upper one. Absent when the clause has none.
   */
  bounds?: { value: string; unit: string; start: number; end: number; kind: "about" | "over" | "under" }[];
  dates: string[];
  hedged: boolean;
  /** A condition or open question (`whether`, `if`): never a side of a contradiction. */
  conditional: boolean;
  /** Some word of the clause negates something (`not`, `nothing`, `nor`, `yet to`). */
  anyNegation: boolean;
  /** The article's language when the lexicon translates from it (its clauses carry English keys too), else null. */
  foreign: string | null;
}

export interface ArticleFeatures {
  sentences: Sentence[];
  clauses: Clause[];
  /** Entity key per article-local entity id. */
  entityKeys: Map<string, string>;
}

/**
 * The cross-article key of an entity: a person by surname (articles name them in full, by
 * surname or with a title), anything else by its whole normalised name.
 */
export function entityKey(name: string, type: Entity["type"]): string {
  const words = name.split(/\s+/).map(normalizeWord).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return "e:" + normalizeWord(name);
  return "e:" + (type === "person" ? words[words.length - 1]! : words.join(" "));
}

const cache = new WeakMap<Analysis, { text: string; features: ArticleFeatures }>();

/** The person a clause names last before `offset` (the likeliest doer of what stands there), or null. */
export function actorBefore(c: Clause, offset: number): string | null {
  let key: string | null = null;
  for (const a of c.actors) if (a.start < offset) key = a.key;
  return key;
}

/**
 * The keys two statements are compared without: the words of their attributions alone (`a
 * manager told the Evening Star`, `union leader X said`), which say who reported a thing, not
 * what, and any `extra` (the figures in dispute).
 */
export function reporting(a: Clause, b: Clause, extra: readonly string[] = []): Set<string> {
  return new Set([...a.attributionOnly, ...b.attributionOnly, ...extra]);
}

/** Features of one article, from the cache when its Analysis and text are unchanged. */
export function articleFeatures(article: Article, analysis: Analysis): ArticleFeatures {
  const hit = cache.get(analysis);
  if (hit && hit.text === article.text) return hit.features;
  const features = computeFeatures(article, analysis);
  cache.set(analysis, { text: article.text, features });
  return features;
}

function computeFeatures(article: Article, analysis: Analysis): ArticleFeatures {
  const text = article.text;
  const tokens = analysis.tokens;
  const sentences = analysis.sentences.length > 0 ? analysis.sentences : fallbackSentences(text, tokens);
  const entityKeys = new Map<string, string>();
  const english = (analysis.language ?? article.language ?? "en") === "en";
  // Mentions sorted by start, to find which entities a clause names.
  const mentions: { start: number; end: number; key: string; person: boolean }[] = [];
  for (const e of analysis.entities) {
    const key = entityKey(e.name, e.type);
    entityKeys.set(e.id, key);
    // Outside English, pronouns are resolved by gender and a speech verb alone (looser than the English
    // rules), so there a clause is keyed only by names and roles: a wrong pronoun would join unrelated sentences.
    for (const m of e.mentions) if (m.form !== "pronoun" || english) mentions.push({ start: m.start, end: m.end, key, person: e.type === "person" });
  }
  mentions.sort((a, b) => a.start - b.start);
  const datesBySentence = new Map<number, { start: number; end: number; resolved: string }[]>();
  for (const d of analysis.dates) {
    if (!d.resolved) continue;
    const list = datesBySentence.get(d.sentence) ?? [];
    list.push({ start: d.start, end: d.end, resolved: d.resolved });
    datesBySentence.set(d.sentence, list);
  }

  const attribution = [...attributionSpans(analysis), ...appositiveSpans(text, analysis), ...roleSpans(text, analysis)];
  // Tokens inside an attribution, found once per article by walking the sorted tokens.
  const inAttribution = new Set<Token>();
  for (const a of attribution) {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.start < a.start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < tokens.length && tokens[k]!.end <= a.end; k++) inAttribution.add(tokens[k]!);
  }
  const clauses: Clause[] = [];
  const foreign = analysis.language !== "en" && translates(analysis.language) ? analysis.language : null;
  let mi = 0;
  const repeated = repeatedLines(text);
  sentences.forEach((s, si) => {
    if (!isBodySentence(text, s, tokens, repeated, article.outlet, analysis.language)) return;
    for (const span of quoteFrameSpans(text, s, tokens, analysis, inAttribution).flatMap((p) => clauseSpans(text, p.start, p.end))) {
      // An aside told as a clause of its own lends this one no keys (see clauseSpans).
      const skipped = (a: number, b: number): boolean => span.skip !== undefined && a >= span.skip.start && b <= span.skip.end;
      const toks = tokensIn(tokens, s, span.start, span.end).filter((t) => !skipped(t.start, t.end));
      if (toks.length === 0) continue;
      while (mi < mentions.length && mentions[mi]!.end <= span.start) mi++;
      const keys = new Set<string>();
      const actors: Clause["actors"] = [];
      for (let j = mi; j < mentions.length && mentions[j]!.start < span.end; j++) {
        if (skipped(mentions[j]!.start, mentions[j]!.end)) continue;
        keys.add(mentions[j]!.key);
        if (mentions[j]!.person && mentions[j]!.start >= span.start) actors.push({ key: mentions[j]!.key, start: mentions[j]!.start });
      }
      const nameKeys = new Set<string>();
      const inName = new Set<Token>();
      for (let j = mi; j < mentions.length && mentions[j]!.start < span.end; j++) {
        for (const t of toks) {
          if (t.start >= mentions[j]!.start && t.end <= mentions[j]!.end && !t.numeric) {
            nameKeys.add(wordKeyW(t.norm));
            if (capitalAt(text, t)) inName.add(t);
          }
        }
      }
      const dates = (datesBySentence.get(si) ?? []).filter((d) => d.start < span.end && d.end > span.start && !skipped(d.start, d.end)).map((d) => d.resolved);
      for (const d of dates) keys.add("d:" + d);
      const words = wordFeatures(text, toks, keys, foreign, analysis.language);
      // One pass over the content words: those outside names, and those outside attributions.
      const free = new Set<string>();
      // Who said it and the reporting verb are no part of what was said.
      const said = new Set<string>();
      const attributed: string[] = [];
      for (const t of toks) {
        if (t.numeric || !isContentIn(t, analysis.language)) continue;
        const k = wordKeyW(t.norm);
        if (!inName.has(t)) free.add(k);
        if (inAttribution.has(t)) attributed.push(k);
        else said.add(k);
      }
      const nameOnly = new Set<string>();
      for (const t of inName) {
        const k = wordKeyW(t.norm);
        if (!free.has(k)) nameOnly.add(k);
      }
      const attributionOnly = new Set(attributed.filter((k) => !said.has(k)));
      clauses.push({ article: article.id, sentence: si, start: span.start, end: span.end, ...words, nameKeys, nameOnly, attributionOnly, actors, dates, foreign });
    }
  });
  // Mentions may overlap several clauses; restart the scan per sentence is not needed as spans grow.
  return { sentences, clauses, entityKeys };
}

/**
 * A sentence holding a direct quote and, around its attribution, words of another statement
 * (`"Our answer is measured," the minister told a news conference in the capital, speaking
 * through an interpreter`) is two clauses: the quote, and the frame that says where and how it was
 * said. As one clause it links outlets that quote the words to outlets that only report the news
 * conference, and chains the two claims. The cut falls at the quote's edge; a frame of the
 * speaker and reporting verb alone (`"...," she said on Monday`) stays with its quote.
 */
function quoteFrameSpans(text: string, s: Sentence, tokens: Token[], analysis: Analysis, inAttribution: Set<Token>): { start: number; end: number }[] {
  const whole = [{ start: s.start, end: s.end }];
  const inside = analysis.quotes.filter((q) => q.kind === "direct" && q.start >= s.start && q.end <= s.end && q.cue !== null && q.cue.start >= s.start && q.cue.end <= s.end);
  if (inside.length !== 1) return whole;
  const q = inside[0]!;
  const frameWords = (from: number, to: number): number => tokensIn(tokens, s, from, to).filter((t) => !t.numeric && isContentIn(t, analysis.language) && !inAttribution.has(t)).length;
  const cut = q.cue!.start >= q.end ? q.end : q.cue!.end <= q.start ? q.start : -1;
  if (cut < 0) return whole;
  const frame = cut === q.end ? frameWords(q.end, s.end) : frameWords(s.start, q.start);
  if (frame < FRAME_WORDS) return whole;
  // The quote keeps its marks; the frame starts at its first word.
  const at = cut === q.end ? cut + (/^[\s"”’'»,.;:–—-]*/.exec(text.slice(cut, s.end))?.[0].length ?? 0) : cut - (/[\s"“‘'«:–—-]*$/.exec(text.slice(s.start, cut))?.[0].length ?? 0);
  return at > s.start && at < s.end ? [{ start: s.start, end: at }, { start: at, end: s.end }] : whole;
}
/** Content words outside the speaker and reporting verb that make a quote's frame a statement of its own. */
const FRAME_WORDS = 4;

/**
 * The attributions of quotes (`ecologist Mirela Stan said`, `according to the envoy`): the
 * speaker and cue of each quote whose speaker is resolved, joined when they stand close,
 * never overlapping the quoted content.
 */
function attributionSpans(analysis: Analysis): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const q of analysis.quotes) {
    if (!q.speaker?.entity) continue;
    const parts = [q.speaker, ...(q.cue ? [q.cue] : [])];
    const start = Math.min(...parts.map((p) => p.start));
    const end = Math.max(...parts.map((p) => p.end));
    const joined = end - start <= 60 && (end <= q.start || start >= q.end);
    // A speaker and cue inside another quote's words (`The wreck of a Bronze Age ship found off
    // X is 3,200 years old, archaeologists said`: `Bronze Age` ... `found`) are quoted content,
    // a misread of the quote finder, not who speaks.
    const quoted = (p: { start: number; end: number }): boolean => analysis.quotes.some((o) => o !== q && o.start <= p.start && p.end <= o.end);
    for (const p of joined ? [{ start, end }] : parts) if ((p.end <= q.start || p.start >= q.end) && !quoted(p)) out.push({ start: p.start, end: p.end });
  }
  return out;
}

/**
 * A description set in commas right after a person's name (`Varga, of the Civic Green list,
 * beat Kroll`; `Soldal, 58, the director of Vellmar Chemicals, is being questioned`): who the
 * person is, not what the clause states, so (like an attribution) its words alone do not make two
 * clauses say the same thing.
 */
function appositiveSpans(text: string, analysis: Analysis): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const e of analysis.entities) {
    if (e.type !== "person") continue;
    for (const m of e.mentions) {
      if (m.form === "pronoun") continue;
      APPOSITIVE_RE.lastIndex = m.end;
      const hit = APPOSITIVE_RE.exec(text);
      if (hit) out.push({ start: m.end + 1, end: m.end + hit[0].length - 1 });
    }
  }
  return out;
}

/**
 * The role written before a person's name (`chief ranger Jonas Feldt`, `Interior Minister Tomas
 * Reyvik`, `the park's chief ranger, Jonas Feldt,`): who speaks or acts, not what the clause
 * states, so (like an appositive) its words alone do not make two clauses say the same thing.
 * The phrase is the run of two or more role words, role modifiers and titles (the entity layer's
 * general lexicon) right before the name, apart by spaces only; its head, next to the name, may be
 * any word when a role modifier stands before it (`chief ranger`, `senior warden`). A role set off
 * by a comma counts when the name is set off too (`the chief ranger, Jonas Feldt, said`).
 */
function roleSpans(text: string, analysis: Analysis): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const tokens = analysis.tokens;
  const isRole = (norm: string): boolean => ROLE_WORDS.has(norm) || ROLE_MODIFIERS.has(norm) || TITLES.has(norm);
  for (const e of analysis.entities) {
    if (e.type !== "person") continue;
    for (const m of e.mentions) {
      if (m.form === "pronoun") continue;
      // The last token before the mention.
      let lo = 0;
      let hi = tokens.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (tokens[mid]!.end <= m.start) lo = mid + 1;
        else hi = mid;
      }
      let k = lo - 1;
      if (k < 0) continue;
      const gap = text.slice(tokens[k]!.end, m.start);
      if (!/^\s+$/.test(gap) && !(/^\s*,\s+$/.test(gap) && /^\s*,/.test(text.slice(m.end, m.end + 3)))) continue;
      let start = -1;
      let words = 0;
      for (let steps = 0; k >= 0 && steps < 4; k--, steps++) {
        const t = tokens[k]!;
        if (steps > 0 && !/^\s+$/.test(text.slice(t.end, tokens[k + 1]!.start))) break;
        const n = t.norm.replace(/\.$/, "");
        const head = steps === 0 && k > 0 && ROLE_MODIFIERS.has(tokens[k - 1]!.norm) && /^\s+$/.test(text.slice(tokens[k - 1]!.end, t.start));
        if (t.numeric || !(isRole(n) || head)) break;
        start = t.start;
        words++;
      }
      // A title of a modifier and a head (`chief ranger`, `Finance Minister`); a lone role noun
      // (`President X`) may be what the clause tells of, and keeps its weight as a word.
      if (words >= 2) out.push({ start, end: tokens[lo - 1]!.end });
    }
  }
  return out;
}

/** `, (58,) of/from/a/an/the/former ... ,` after a name: a short description in commas. */
const APPOSITIVE_RE = /,\s+(?:\d{1,3},\s+)?(?:of|from|a|an|the|former)\s[^,;:.!?"“”()\n]{2,80}?,/uy;

/** Lines (trimmed, of some length) printed more than once: captions and pull quotes of scrapes. */
function repeatedLines(text: string): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line.length < 20) continue;
    if (seen.has(line)) twice.add(line);
    else seen.add(line);
  }
  return twice;
}

const FINAL_RE = /[.!?…]["'”’»)\]]*$|[.!?…]\s*["'”’»]?\s*$/u;

/**
 * True for a sentence of the running text: it ends as a sentence does (or its paragraph goes
 * on), has four words or more, and its line is not printed twice. Headlines, captions, reading
 * times (`3 min read`), bylines and link lists are no statements: they are never aligned,
 * contrasted or summarised.
 */
export function isBodySentence(text: string, s: Sentence, tokens: Token[], repeated: Set<string>, outlet: string | null = null, language: string | null = "en"): boolean {
  const words: string[] = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) if (/\p{L}/u.test(tokens[i]?.norm ?? "")) words.push(tokens[i]!.norm);
  if (words.length < 4) return false;
  const lineStart = text.lastIndexOf("\n", s.start - 1) + 1;
  let lineEnd = text.indexOf("\n", s.end);
  if (lineEnd < 0) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd).trim();
  if (repeated.has(line)) return false;
  // A short line naming its own outlet is the outlet's notice (`Get the X app`, `X is free to
  // read`); a long one may be its scoop (`... seen by the X`).
  const own = (outlet ?? "").replace(/^the\s+/i, "").trim().toLowerCase();
  if (own.length > 2 && line.length < 100 && line.toLowerCase().includes(own) && !ownScoop(line.toLowerCase(), own)) return false;
  const sentence = text.slice(s.start, s.end).trimEnd();
  // A caption: a short line of one sentence, told in the present, without a reporting verb, a
  // past, a modal or a clause break (`Soldal arrives at the courthouse.`). News is told in the past.
  const told = (language && FOREIGN_TOLD[language]) || null;
  if (sentence.length === line.length && words.length <= 14 && !/[,;:"“”]/.test(sentence) && !words.some((w) => (told ? told.has(w) : TOLD.has(w) || (w.length > 4 && w.endsWith("ed"))))) return false;
  // A short line holding a question is a teaser or an appeal (`Like what you read? Become ...`).
  if (line.length < 160 && line.includes("?")) return false;
  // A question asks; it states nothing another source could confirm or deny.
  if (/\?["'”’»)]*$/.test(sentence)) return false;
  if (FINAL_RE.test(sentence)) return true;
  // A sentence the splitter cut before more text of its paragraph is running text too.
  return text.slice(s.end, lineEnd).trim().length > 0;
}

/**
 * Whether a line names its own outlet as the one told or the one that learned something (`...,
 * Matchday Ostreva understands.`, `X told Radio Lessary: "..."`): a scoop or a quote, not a notice.
 */
function ownScoop(line: string, own: string): boolean {
  const at = line.indexOf(own);
  const before = line.slice(0, at);
  const after = line.slice(at + own.length);
  return /\b(?:told|to|according\s+to)\s+(?:the\s+)?$/.test(before) || /^\s+(?:understands|has\s+learn(?:ed|t)|can\s+reveal|revealed|reported|has\s+seen|was\s+told)\b/.test(after);
}

const CAPITAL_RE = /\p{Lu}/uy;

/** True when a token's first letter is a capital (as `/^\p{Lu}/u` on its text, without slicing it out). */
function capitalAt(text: string, t: Token): boolean {
  if (t.end <= t.start) return false;
  CAPITAL_RE.lastIndex = t.start;
  return CAPITAL_RE.test(text);
}

/** Words that mark a sentence as told (past, perfect, future, report), not as a caption. */
const TOLD = new Set(
  (
    "was were had has have will would could should did said says told according is are must may can " +
    "today tomorrow yesterday monday tuesday wednesday thursday friday saturday sunday " +
    "grew went came took made found left began fell rose won lost gave got saw ran held kept spent struck broke wrote " +
    "brought thought became knew met stolen taken given known shown seen done gone written broken driven chosen spoken " +
    // Irregular pasts, some spelt as their present (`put the cost at 19 million`, `cut 650 jobs`).
    "put cut set hit shut hurt cost spread quit paid sold led fled sent built felt meant bought caught fought sought " +
    "taught stood drew flew threw wore tore chose stole spoke sank shot lit dealt swept laid lay heard fed dug hung stuck"
  ).split(" "),
);

/**
 * The same marks in the languages the lexicon translates from (auxiliaries, pasts, reporting
 * words; accents folded): a translated report's short one-line paragraph is news, not a caption.
 */
const FOREIGN_TOLD: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries({
    fr: "a ont est sont etait etaient avait avaient sera seront fut a-t-il selon declare affirme indique annonce hier demain aujourd'hui lundi mardi mercredi jeudi vendredi samedi dimanche",
    es: "fue fueron ha han habia habian sera seran era eran dijo afirmo anuncio segun ayer manana hoy lunes martes miercoles jueves viernes sabado domingo",
    de: "wurde wurden hat haben hatte hatten ist sind war waren wird werden sagte erklarte teilte laut gestern morgen heute montag dienstag mittwoch donnerstag freitag samstag sonntag",
    it: "e ha hanno sono era erano fu furono sara ha detto secondo ieri domani oggi lunedi martedi mercoledi giovedi venerdi sabato domenica",
    pt: "foi foram tem ha havia era eram sera disse afirmou anunciou segundo ontem amanha hoje segunda terca quarta quinta sexta sabado domingo",
    nl: "werd werden heeft hebben had hadden is zijn was waren wordt worden zei volgens gisteren morgen vandaag maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
  }).map(([lang, words]) => [lang, new Set(words.split(" "))]),
);

function tokensIn(tokens: Token[], s: Sentence, start: number, end: number): Token[] {
  const out: Token[] = [];
  const from = s.tokenEnd > s.tokenStart ? s.tokenStart : 0;
  const to = s.tokenEnd > s.tokenStart ? s.tokenEnd : tokens.length;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.start >= end) break;
    if (t.start >= start) out.push(t);
  }
  return out;
}

/** A number as the continental languages of the lexicon print it (French, Spanish, German, Italian, Portuguese, Dutch): `.` groups thousands, `,` marks the decimal. */
function foreignNumber(norm: string): string {
  if (/^\d{1,3}(?:\.\d{3})+$/.test(norm)) return norm.replace(/\./g, "");
  if (/^\d+,\d+$/.test(norm)) return norm.replace(",", ".");
  return norm;
}

/**
 * Light verbs and nouns through which a negation reaches the next content word
 * (`did not take steps to evacuate`, `had no plans to evacuate`).
 */
const LIGHT = new Set(["take", "took", "taken", "taking", "takes", "makes", "making", "has", "having", "make", "made", "have", "had", "plan", "plans", "planned", "step", "steps", "intend", "intends", "intention", "intent", "decide", "decided", "decision", "move", "moves", "attempt", "attempts", "effort", "efforts", "way", "sign", "signs", "chance", "chances", "possibility", "prospect", "need", "reason", "appear", "appears", "appeared", "seem", "seems", "seemed", "think", "thinks", "thought", "believe", "believes", "believed", "want", "wants", "wanted", "wanting", "wish", "wishes", "wished"]);

/** Words after a number that make it a time or date rather than a count. */
/** Endings of nouns of an act or a state (`closures`, `losses` aside): after a noun, they are what it qualifies. */
const NOUN_HEAD_RE = /(?:tions?|sions?|ures?|ments?|ances?|ences?|ities|ity|ness|sses|ages)$/;

/**
 * Units of measure printed onto their figure (`142km/h`, `40kg`, `6ft`): a count like one apart
 * from it. Not `m` or `bn` (`$5m` is money, told by its magnitude), not `th` or `st` (ordinals).
 */
export const ATTACHED_UNITS: ReadonlySet<string> = new Set(["km", "kg", "cm", "mm", "mph", "kph", "kmh", "kw", "mw", "gw", "kwh", "mwh", "gwh", "ha", "lb", "lbs", "ft", "mi", "ml", "kt", "knots", "sqm", "sq"]);

const TIME_UNITS = new Set(["am", "pm", "gmt", "utc", "cet", "cest", "est", "edt", "pst", "pdt", "bst", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "percent"]);

/** Words that make the number after them a bound or an estimate (`more than 100`, `up to 120`). */
const APPROX = new Set([
  "more", "than", "up", "over", "about", "nearly", "almost", "around", "least", "roughly", "approximately", "excess", "under", "less", "fewer", "some", "estimated", "least", "to", "between", "and", "or", "first", "last", "next", "past", "final", "initial", "another", "additional", "extra", "other", "maximum", "minimum",
  // The same in the lexicon's languages (`environ 420`, `rund 420`, `plus de 1 800`, `más de`, `unos`).
  "environ", "presque", "quelque", "quelques", "plus", "moins", "rund", "etwa", "ungefähr", "knapp", "mehr", "weniger", "unos", "unas", "cerca", "casi", "más", "menos", "circa", "quasi", "oltre", "meno", "quase", "ongeveer", "bijna", "ruim", "meer", "minder",
]);

/** Verbs that make the figure after them a requirement, not a count told (`needed just nine points to pass the record`). */
const NEEDS = new Set(["need", "needs", "needed", "needing", "require", "requires", "required", "requiring"]);

/** Whether the figure at token i is what was needed (`needed nine points`, `needs only 12 votes`). */
function requiredAt(toks: Token[], i: number): boolean {
  const prev = toks[i - 1]?.norm ?? "";
  return NEEDS.has(prev) || ((prev === "just" || prev === "only" || prev === "another") && NEEDS.has(toks[i - 2]?.norm ?? ""));
}

/** Words before a figure that make it a lower bound (`more than`, `over`, `at least`, `a minimum of`, `plus de`, `mehr als`, `más de`). */
const LOWER_BOUNDS = new Set(["more", "over", "least", "excess", "upwards", "minimum", "plus", "mehr", "más", "mas", "oltre", "meer", "ruim"]);
/** Words before a figure that make it an upper bound (`fewer than`, `up to`, `under`, `faces a maximum of ten years`). */
const UPPER_BOUNDS = new Set(["fewer", "less", "under", "up", "below", "maximum", "moins", "weniger", "menos", "meno", "minder"]);

/** Magnitudes a half is told of (`half a million`, `half a billion`). */
const HALF_OF = new Set(["million", "billion"]);

/** Words before a count written out that make it a bound or an estimate (`at least two`, `about three hundred`). */
const BOUND_WORDS = new Set([...LOWER_BOUNDS, ...UPPER_BOUNDS, "about", "around", "nearly", "almost", "roughly", "approximately", "some", "estimated", "environ", "quelque", "quelques", "rund", "etwa", "unos", "unas", "cerca", "circa", "ongeveer", "aproximadamente"]);

/** Whether the estimate at token i is a lower bound, an upper one or an estimate (`about`). */
function boundKind(toks: Token[], i: number): "about" | "over" | "under" {
  for (const k of [i - 1, i - 2]) {
    const w = toks[k]?.norm ?? "";
    if (LOWER_BOUNDS.has(w)) return "over";
    if (UPPER_BOUNDS.has(w)) return "under";
  }
  return "about";
}

/** True when token i negates: `not`, `no`, `didn't`, and `didn ’ t` split by spaced apostrophes. */
function isNegator(toks: Token[], i: number): boolean {
  const t = toks[i]!;
  if (t.norm === "not" && NOT_FOCUS.has(toks[i + 1]?.norm ?? "")) return false;
  if (NEGATORS.has(t.norm) || t.norm.endsWith("n't")) return true;
  if (NEGATIVE_IMPLICATIVES.has(t.norm) && toks[i + 1]?.norm === "to") return true;
  const prev = toks[i - 1];
  // `rules out compulsory redundancies` denies them as `no compulsory redundancies` does; `does
  // not rule out` denies nothing.
  if (RULE_FORMS.has(t.norm) && toks[i + 1]?.norm === "out" && !(prev && (prev.norm === "not" || prev.norm === "never" || prev.norm.endsWith("n't")))) return true;
  return t.norm === "t" && prev !== undefined && prev.norm.endsWith("n") && t.start - prev.end <= 3;
}

/** Forms of `rule` that with `out` deny what follows. */
const RULE_FORMS = new Set(["rule", "rules", "ruled", "ruling"]);

/** Words that join a bound to its figure (`more than`, `up to`, `in excess of`, `between 5 and`). */
const BOUND_JOINERS = new Set(["to", "than", "of", "and", "or", "de", "als", "di", "dan"]);

/**
 * Whether the figure at token `i` is a bound or an estimate: an APPROX word right before it, or
 * two words before it through a joiner (`more than 100`, `up to 20`); not `set up a 20 million fund`.
 */
function approximateAt(toks: Token[], i: number): boolean {
  const prev = toks[i - 1]?.norm ?? "";
  // `rose to 231 million`, `cut power to 84,000 homes`: `to` bounds a figure only in a range
  // (`10 to 20`) or after `up`.
  // `goes up to 3.50 marks`, `rose up to 12`: a move to the figure, not a bound.
  if (prev === "to") return toks[i - 2]?.numeric === true || (APPROX.has(toks[i - 2]?.norm ?? "") && !(toks[i - 2]?.norm === "up" && RISE_VERBS.has(toks[i - 3]?.norm ?? "")));
  // `between 5 and 10`, `one or two`: a range's end; `two were killed and seven injured` counts.
  if (prev === "and" || prev === "or") return toks[i - 2]?.numeric === true || englishNumberWord(toks[i - 2]?.norm ?? "")?.startsWith("n:") === true || toks[i - 3]?.norm === "between";
  // `will last four weeks`, `to last two days`: the verb, not `the last four weeks`.
  if (prev === "last" && LAST_VERB_BEFORE.has(toks[i - 2]?.norm ?? "")) return false;
  if (APPROX.has(prev)) return true;
  return BOUND_JOINERS.has(toks[i - 1]?.norm ?? "") && APPROX.has(toks[i - 2]?.norm ?? "");
}

/** Words before `last` that make it the verb (`will last four weeks`), not the adjective (`the last four weeks`). */
const LAST_VERB_BEFORE = new Set(["will", "would", "to", "can", "could", "may", "might", "should", "must", "shall", "did", "does", "do", "not", "could've", "won't", "wouldn't"]);

/** A count and a unit of time written as one word (`four-year`, `five-season`, `two-week`). */
const SPAN_WORD_RE = /^(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)-(year|month|week|day|season|hour|minute)s?$/;

/** Verbs of a move before `up to` (`the charge goes up to 3.50 marks`): the figure is where it goes. */
export const RISE_VERBS: ReadonlySet<string> = new Set(["go", "goes", "went", "gone", "going", "rise", "rises", "rose", "risen", "rising", "climb", "climbs", "climbed", "move", "moves", "moved", "put", "puts", "push", "pushed", "jump", "jumped", "shot"]);

/** Possessives and articles between `of` and what a figure counts (`14 of its supermarkets`, `five of his colleagues`). */
const OF_WHOLE = new Set(["its", "his", "her", "their", "our", "the"]);

/**
 * The token a figure ending before token `at` counts when it is told as a share of a group
 * (`14 of its supermarkets`, `Five of his colleagues were hurt`): the noun after `of` and a
 * possessive; undefined when no such noun follows (`two of the three`, `one of them`).
 */
function ofWhole(toks: readonly Token[], at: number): Token | undefined {
  if (toks[at]?.norm !== "of" || !OF_WHOLE.has(toks[at + 1]?.norm ?? "")) return undefined;
  const noun = toks[at + 2];
  return noun && !noun.numeric && isContent(noun) && !englishNumberWord(noun.norm) ? noun : undefined;
}

/** Verbs that, before `open`, say a thing is not closed (`will stay open`, `kept open`). */
/** Forms of `reopen`: a closing undone. */
const REOPEN = new Set(["reopen", "reopens", "reopened", "reopening", "re-open", "re-opened", "re-opens"]);
/** Auxiliaries between a subject and its verb (`no homes were evacuated`, `no one has been hurt`). */
export const AUXILIARIES: ReadonlySet<string> = new Set(["is", "are", "was", "were", "has", "have", "had", "been", "be", "being"]);
/** Words after `no` that make no subject (`no longer`, `no more than`). */
const NO_NOT_SUBJECT = new Set(["longer", "more", "less", "sooner", "matter", "doubt", "way"]);
const STAY_VERBS = new Set(["stay", "stays", "stayed", "staying", "remain", "remains", "remained", "remaining", "kept", "keep", "keeps", "keeping"]);

function wordFeatures(text: string, toks: Token[], keys: Set<string>, foreign: string | null, language: string | null): Omit<Clause, "article" | "sentence" | "start" | "end" | "dates" | "nameKeys" | "nameOnly" | "attributionOnly" | "actors" | "foreign"> {
  const polarity = new Map<string, Polarity>();
  const numbers: Clause["numbers"] = [];
  const bounds: NonNullable<Clause["bounds"]> = [];
  let hedged = false;
  let partial = false;
  let conditional = false;
  let anyNegation = false;
  // A negator governs the next content word, and through up to two light words the one after.
  let negated = false;
  let hops = 0;
  // A count written in words is one figure (`a hundred and fifty` is 150; `a few hundred` none):
  // its first content word carries it (`hundred` in `one hundred`), the others no figure of their own.
  const runFigure = new Map<number, string | null>();
  const written: Clause["numbers"] = [];
  const numberOf = (t: Token): number | null => {
    const en = foreign ? translateWord(foreign, t.norm) : englishNumberWord(t.norm);
    return en?.startsWith("n:") ? Number(en.slice(2)) : null;
  };
  const runs = numberWordRuns(toks, numberOf);
  for (const [s, r] of runs) {
    let carrier = s;
    while (carrier < r.end - 1 && !isContent(toks[carrier]!)) carrier++;
    for (let k = s; k < r.end; k++) runFigure.set(k, k === carrier && r.value !== null ? "n:" + r.value : null);
  }
  // A count written out (`five diplomats`, `quattro diplomatici`) is a figure of its unit as
  // digits are: outlets print one count both ways. Not `one`: it is mostly an article or a pronoun.
  for (let i = 0; i < toks.length; i++) {
    const first = i;
    // `a four-year contract`: a span written as one word is a figure of its unit of time.
    const span = foreign ? null : SPAN_WORD_RE.exec(toks[i]!.norm);
    if (span) {
      const value = englishNumberWord(span[1]!);
      if (value) {
        written.push({ value: value.slice(2), unit: wordKeyW(span[2]!), start: toks[i]!.start, end: toks[i]!.end });
        keys.add(value);
      }
      continue;
    }
    // `half a million guilders`: half of the magnitude, a figure of it as `0.5 million` is.
    if (!foreign && toks[i]!.norm === "half" && toks[i + 1]?.norm === "a" && HALF_OF.has(toks[i + 2]?.norm ?? "") && isContent(toks[i + 3] ?? toks[i]!) && toks[i + 3] !== undefined) {
      const figure = { value: "0.5", unit: wordKeyW(toks[i + 2]!.norm), start: toks[i]!.start, end: toks[i + 1]!.end };
      if ([i - 1, i - 2].some((k) => BOUND_WORDS.has(toks[k]?.norm ?? ""))) bounds.push({ ...figure, kind: boundKind(toks, i) });
      else if (!approximateAt(toks, i)) written.push(figure);
      i += 2;
      continue;
    }
    const r = runs.get(i) ?? (toks[i]!.numeric || runFigure.has(i) ? undefined : { end: i + 1, value: numberOf(toks[i]!) });
    if (!r) continue;
    i = r.end - 1;
    const last = toks[r.end - 1]!;
    const next = ofWhole(toks, r.end) ?? pastOther(text, toks, r.end);
    if (r.value === null || r.value < 2 || !Number.isInteger(r.value) || next === undefined || next.numeric || !isContent(next) || TIME_UNITS.has(next.norm)) continue;
    // `a five-boat attack` names a kind of attack, not a count told; `seven of the nine members`
    // counts a whole, of which other outlets count a part.
    if (!/^\s+$/.test(text.slice(last.end, toks[r.end]!.start)) || requiredAt(toks, first)) continue;
    if (toks[first - 2]?.norm === "of" && DETERMINERS.has(toks[first - 1]?.norm ?? "")) continue;
    const english = foreign ? translateWord(foreign, next.norm) : null;
    if (approximateAt(toks, first)) {
      // `at least two weeks`, `about three hundred people`: a bound or an estimate, as digits are
      // read; not `another two weeks` or `between two and three`.
      if ([first - 1, first - 2].some((k) => BOUND_WORDS.has(toks[k]?.norm ?? "")) && !TIME_UNITS.has(next.norm))
        bounds.push({ value: String(r.value), unit: english?.startsWith("w:") ? english : wordKeyW(next.norm), start: toks[first]!.start, end: last.end, kind: boundKind(toks, first) });
      continue;
    }
    written.push({ value: String(r.value), unit: english?.startsWith("w:") ? english : wordKeyW(next.norm), start: toks[first]!.start, end: last.end });
  }
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    // Punctuation ends a negation's reach (`pay nothing," said Giannis`).
    if (negated && i > 0 && /[,.;:!?"“”()[\]–—]/.test(text.slice(toks[i - 1]!.end, t.start))) negated = false;
    // `May` printed with its capital inside a clause, or beside a figure (`on May 5`, `5 may`), is the month.
    const month = t.norm === "may" && ((i > 0 && /^M/.test(text.slice(t.start, t.end))) || toks[i + 1]?.numeric === true || toks[i - 1]?.numeric === true);
    if (HEDGES.has(t.norm) && !month) hedged = true;
    // `even if` concedes a fact; it does not make a condition.
    // `until` after a predicate bounds it in time (`would stay in place until the board reports`
    // asserts the stay); only a clause that opens on it waits on a condition.
    if (NON_ASSERTIVE.has(t.norm) && !(t.norm === "if" && toks[i - 1]?.norm === "even") && !(t.norm === "until" && i > 2)) conditional = true;
    // `out of timeouts` says `no timeouts`.
    if (ANY_NEGATION.has(t.norm) || isNegator(toks, i) || (t.norm === "out" && toks[i + 1]?.norm === "of")) anyNegation = true;
    if (foreign && (FOREIGN_NEGATORS[foreign]?.has(t.norm) || (foreign === "fr" && t.norm.startsWith("n'")))) anyNegation = true;
    if (PARTIALS.has(t.norm)) partial = true;
    if (isNegator(toks, i)) {
      // `whether or not` asks; it does not negate.
      if (!(t.norm === "not" && toks[i - 1]?.norm === "or")) {
        negated = true;
        hops = 2;
      }
      continue;
    }
    if (t.numeric) {
      const at = i;
      let value = numberKey(t.norm);
      if (foreign) {
        // French and Spanish print `3 200` and `1.800` for thousands and `4,1` for a decimal.
        const next = toks[i + 1];
        if (/^\d{1,3}$/.test(t.norm) && next?.numeric && /^\d{3}$/.test(next.norm) && /^[ \u00a0\u202f]$/.test(text.slice(t.end, next.start))) {
          value = t.norm + next.norm;
          i++;
        } else value = foreignNumber(t.norm);
      }
      keys.add("n:" + value);
      // `840 000 florins`: the unit follows the figure's last group.
      const figureEnd = toks[i]!.end;
      const next = ofWhole(toks, i + 1) ?? pastOther(text, toks, i + 1);
      // Clock times, dates and years are not counts: `11:06 PM` and `2/3/2009` compare nothing.
      const before = text.slice(toks[i - 1]?.end ?? t.start, t.start);
      // A year is four bare digits: `2,000` and `1.800` (thousands) are counts.
      // An address (`the 12000 block of East 223rd Street`) is no count either.
      const timeLike = /[:/]\s*$/.test(before) || /^\s*[:/]/.test(text.slice(t.end, next?.start ?? t.end)) || isYear(t.norm) || (next?.norm === "block" && toks[i + 2]?.norm === "of");
      // A count is exact and whole: not `more than 100`, not the tail of `15, 800`, not `0.5`.
      const approximate = approximateAt(toks, at);
      const fragment =
        (toks[i - 1]?.numeric === true && /^[,.]\s?$/.test(before)) ||
        /\d[.,]\s?$|(^|\s)[.,]$/.test(text.slice(Math.max(0, t.start - 3), t.start)) ||
        /^0\d/.test(value) ||
        /^[.,]\d/.test(text.slice(t.end, t.end + 2)) ||
        // `29 of 34`: a ratio, not a count of its own.
        (toks[i - 1]?.norm === "of" && toks[i - 2]?.numeric === true) ||
        (next?.norm === "of" && toks[i + 2]?.numeric === true) ||
        // `up from 36 per cent`, `rose from 12 to 15`: where a figure started, not what it is.
        toks[i - 1]?.norm === "from" ||
        requiredAt(toks, at);
      // The unit is the next word, apart by a space or hyphen (`5th`, `$200MM` are no counts), or
      // a unit of measure printed onto the figure (`142km/h`, `40kg`).
      const gap = text.slice(figureEnd, toks[i + 1]?.start ?? figureEnd);
      const unitNext = next !== undefined && (/^[\s-]+$/.test(gap) || (gap === "" && next === toks[i + 1] && ATTACHED_UNITS.has(next.norm))) && !(next.norm.startsWith("year") && toks[i + 2]?.norm === "old");
      // A share (`48%`, `46 per cent`) is a count of its own kind, whatever word follows.
      const share = /^\s?%/.test(text.slice(t.end, t.end + 2)) || next?.norm === "percent" || (next?.norm === "per" && toks[i + 2]?.norm === "cent");
      if (approximate && !timeLike && !fragment && !share && unitNext && !next.numeric && isContent(next) && !TIME_UNITS.has(next.norm)) {
        const english = foreign ? translateWord(foreign, next.norm) : null;
        bounds.push({ value, unit: english?.startsWith("w:") ? english : wordKeyW(next.norm), start: t.start, end: figureEnd, kind: boundKind(toks, at) });
      }
      if (!timeLike && !approximate && !fragment && share) {
        numbers.push({ value, unit: "w:percent", start: t.start, end: t.end });
      } else if (!timeLike && !approximate && !fragment && unitNext && !next.numeric && isContent(next) && !TIME_UNITS.has(next.norm)) {
        // A translated unit counts in its English word (`millones`, `florins`) where the lexicon has one.
        const english = foreign ? translateWord(foreign, next.norm) : null;
        numbers.push({ value, unit: english?.startsWith("w:") ? english : wordKeyW(next.norm), start: t.start, end: figureEnd });
      }
      negated = false;
      continue;
    }
    if (!isContentIn(t, language)) continue;
    const key = wordKeyW(t.norm);
    keys.add(key);
    // A translated article's words also stand for their English counterparts. The English key
    // carries no polarity of its own (light): this layer reads English negation only, so a
    // translation takes no side in a dispute through it.
    // A count written out (`seven`, `dos`) also stands for its figure.
    let english = foreign ? translateWord(foreign, t.norm) : englishNumberWord(t.norm);
    if (runFigure.has(i) && (english === null || english.startsWith("n:"))) english = runFigure.get(i)!;
    if (english && english !== key) {
      keys.add(english);
      if (english.charCodeAt(0) === 119 && !polarity.has(english)) polarity.set(english, { negated: false, partial: false, start: t.start, end: t.end, light: true, capital: false, determined: false, form: english });
    }
    // A manner adverb (`not officially sanctioned`) lets the negation through to its verb.
    const adverb = t.norm.length > 4 && t.norm.endsWith("ly");
    // A noun before the noun it qualifies (`no plant closures`, `no job losses`) passes the
    // negation on to it: the plants are not denied, their closure is.
    const after = toks[i + 1];
    const modifier = negated && !foreign && after !== undefined && NOUN_HEAD_RE.test(after.norm) && isContent(after) && /^ +$/.test(text.slice(t.end, after.start));
    const here = negated && !modifier;
    if (negated && !modifier) {
      if ((LIGHT.has(t.norm) || adverb) && hops > 0) hops--;
      else negated = false;
    }
    const prev = polarity.get(key);
    if (!prev || (here && !prev.negated)) polarity.set(key, { negated: here, partial: false, start: t.start, end: t.end, light: LIGHT.has(t.norm) || adverb, capital: capitalAt(text, t), determined: DETERMINERS.has(toks[i - 1]?.norm ?? "") || (DETERMINERS.has(toks[i - 2]?.norm ?? "") && !PARTIALS.has(toks[i - 1]?.norm ?? "")), form: formKey(t.norm) });
  }
  // A news phrase (`takes office`) also carries its head's key (`sworn in`), light as a
  // translation's English key is: it aligns the statement but takes no side in a dispute.
  if (!foreign) {
    // Whom an act can be done to: a name (a capital after the clause's first word), a pronoun, or
    // `the` before a role that ends its noun phrase (`called the mayor to`, `rang the police on`;
    // not `called the general election`).
    const who = (i: number): boolean => {
      const t = toks[i]!;
      return (
        WHO_WORDS.has(t.norm) ||
        (i > 0 && !t.numeric && capitalAt(text, t)) ||
        (t.norm === "the" && ROLE_WORDS.has(toks[i + 1]?.norm ?? "") && (i + 2 >= toks.length || !isContent(toks[i + 2]!)))
      );
    };
    for (const k of phraseKeys(toks.map((t) => wordKey(t.norm)), who)) {
      if (keys.has(k)) continue;
      keys.add(k);
      const t = toks[0]!;
      polarity.set(k, { negated: false, partial: false, start: t.start, end: t.end, light: true, capital: false, determined: false, form: k });
    }
  }
  // `will stay open` and `reopened` deny a closing as `will not close` does, in words that share
  // none with it (`remained closed` / `reopened on Monday`).
  if (!foreign) {
    for (let i = 0; i < toks.length; i++) {
      if (!REOPEN.has(toks[i]!.norm) && !(i > 0 && toks[i]!.norm === "open" && STAY_VERBS.has(toks[i - 1]!.norm))) continue;
      const close = wordKeyW("close");
      keys.add(close);
      if (!polarity.get(close)?.negated) polarity.set(close, { negated: true, partial: false, start: toks[i]!.start, end: toks[i]!.end, light: false, capital: false, determined: false, form: formKey("close") });
      anyNegation = true;
    }
    // `no homes were evacuated`, `No patient has died`: a `no` before the subject denies its
    // predicate too, the verb after the subject's auxiliary.
    for (let i = 0; i < toks.length; i++) {
      if (toks[i]!.norm !== "no" || NO_NOT_SUBJECT.has(toks[i + 1]?.norm ?? "")) continue;
      let k = i + 1;
      while (k < toks.length && k <= i + 3 && !AUXILIARIES.has(toks[k]!.norm)) k++;
      if (k === i + 1 || k >= toks.length || !AUXILIARIES.has(toks[k]!.norm)) continue;
      let v = k + 1;
      while (v < toks.length && AUXILIARIES.has(toks[v]!.norm)) v++;
      const t = toks[v];
      if (!t || t.numeric || !isContentIn(t, language) || /[,.;:]/.test(text.slice(toks[k]!.end, t.start))) continue;
      const p = polarity.get(wordKeyW(t.norm));
      if (!p || p.negated || p.start !== t.start) continue;
      p.negated = true;
      anyNegation = true;
    }
  }
  for (const p of polarity.values()) p.partial = partial;
  if (written.length > 0) {
    numbers.push(...written);
    numbers.sort((a, b) => a.start - b.start);
  }
  // `Don't talk.`, `Never give up`, at the clause's or a quotation's start: an imperative
  // orders; it asserts nothing.
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i]!.norm;
    if (!(w === "don't" || w === "dont" || w === "never" || (w === "do" && toks[i + 1]?.norm === "not"))) continue;
    if (i === 0 || /["“‘:]\s*$/.test(text.slice(toks[i - 1]!.end, toks[i]!.start))) conditional = true;
  }
  return { keys: [...keys], polarity, numbers, ...(bounds.length > 0 ? { bounds } : {}), hedged, conditional, anyNegation };
}

/**
 * The token at `at`, or the one after it when it is `other` (`five other workers were injured`
 * counts workers): the word names the rest of a group, not what is counted. Not `more` or
 * `further`: `two more bodies` is an increase, no total.
 */
function pastOther(text: string, toks: readonly Token[], at: number): Token | undefined {
  const t = toks[at];
  const after = toks[at + 1];
  if (t?.norm === "other" && after && /^\s+$/.test(text.slice(t.end, after.start))) return after;
  return compoundHead(text, toks, at) ?? t;
}

/** Words of measure that are a figure's unit even before a noun (`30 km tailbacks`, `a 12 hour shift`). */
const MEASURE_WORDS = new Set(["year", "month", "week", "day", "hour", "minute", "second", "mile", "metre", "meter", "foot", "inch", "yard", "acre", "hectare", "litre", "liter", "tonne", "ton", "pound", "point", "per", "percent", "million", "billion", "thousand", "hundred", "trillion", "mln", "bn", "mil", "mille", "millón", "milione", "miliardo", "milliard", "miljoen", "miljard", "tausend"]);

/**
 * The noun a figure counts when a noun qualifies it (`19 league goals`, `40 hospital beds`, `300
 * police officers`): a singular word right before a plural one, in lower case. Else undefined.
 */
function compoundHead(text: string, toks: readonly Token[], at: number): Token | undefined {
  const t = toks[at];
  const head = toks[at + 1];
  if (!t || !head || t.numeric || head.numeric || !isContent(t) || t.norm.endsWith("s") || MEASURE_WORDS.has(t.norm) || ATTACHED_UNITS.has(t.norm)) return undefined;
  // `a 140,000-crown sports car` prices the car: the unit is joined to its figure.
  if (text[t.start - 1] === "-") return undefined;
  if (!/^[a-z]{3,}s$/.test(head.norm) || head.norm.endsWith("ss") || !isContent(head) || text.slice(t.end, head.start) !== " ") return undefined;
  // The counted noun in lower case as printed; the qualifier may be a name (`four Quellmark
  // diplomats`, `19 Rovers players`: diplomats and players are counted).
  if (!/^\p{Ll}/u.test(text.slice(head.start, head.end))) return undefined;
  return head;
}
