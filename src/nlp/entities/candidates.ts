import type { EntityType } from "../../core/types.js";
import {
  DEMONYMS, DIRECTIONS, FEMALE_TITLES, MALE_TITLES, MULTIWORD_PLACES, NOT_NAMES, NAME_ADJECTIVE_SUFFIXES, ORG_DESCRIPTORS, ORG_FOLLOWERS, GROUP_HEADS, ORG_HEADS, PLACE_HEADS, PLACE_PREFIXES, PLACES, ROLE_MODIFIERS,
  ROLE_WORDS, SPEECH_VERBS, TITLES,
} from "../lexicon.js";
import { hasGroupAdjectiveShape, isDemonym } from "../lexicon.js";
import { isAllCaps, stripPossessive } from "../strings.js";
import { opensClause, type EntityContext } from "./context.js";

/**
 * Name candidates: the proper-name spans of an article before coreference.
 *
 * A candidate starts as a run of capitalised tokens inside one sentence (joined by single spaces,
 * by `of`/`de`/`van`-style connectors, or by the period of a title or initial: `Mr. J. Smith`).
 * The run is then cut where news text packs several things into one capitalised stretch:
 * honorifics and role words (`Foreign Minister`, `Ambassador`) are peeled off the front and kept as
 * the person's roles; a leading demonym (`Russian`) is dropped; a place that a preposition
 * introduces is split from a following full name (`to Ruritania Anna Smith`). Each remaining part
 * gets a type when the evidence is local (an organisation head noun, a gazetteer place, an acronym,
 * an honorific); otherwise `type` stays null for resolution to decide.
 */
export interface Candidate {
  /** Token range of the name words (possessive kept on the last token but excluded from `end`). */
  tokStart: number;
  tokEnd: number;
  /** Mention span; includes an honorific (`Mr. Smith`) and an organisation descriptor (`X movement`). */
  start: number;
  end: number;
  /** Norms of the name words, possessive removed. */
  norms: string[];
  type: EntityType | null;
  /** How strongly the local evidence supports `type` (0 when null): entities sum these votes. */
  weight: number;
  roles: string[];
  gender: "m" | "f" | null;
  sentence: number;
  /** Introduced by an honorific or a role (`Mr.`, `Ambassador`): certainly a person. */
  titled: boolean;
  /** A lone capitalised word opening its sentence, kept on weaker evidence. */
  initial: boolean;
  /** The mention carries an organisation descriptor after the name (`the X movement`). */
  descriptor: boolean;
}

const CONNECTORS = new Set(["of", "de", "du", "des", "da", "di", "del", "della", "van", "von", "der", "den", "bin", "ibn", "el", "al", "la", "le", "y"]);
const DETERMINER_THE = new Set(["the", "le", "la", "les", "der", "die", "das", "el", "los", "las"]);
/** Short all-caps place names that would otherwise read as organisation acronyms. */
const PLACE_ACRONYMS = new Set(["us", "usa", "uk", "uae", "eu", "drc", "prc"]);
const PREPOSITIONS = new Set(["to", "in", "of", "from", "for", "at", "into", "across", "near"]);

/** Italian articles, which no name in other languages opens with (`Il`, `Gli`). */
const ITALIAN_ARTICLES = new Set(["il", "gli"]);
/** Abbreviated roles written in capitals (`the PM said`, `PM Anna Smith`): a role, not an acronym of a body. */
const ROLE_ABBREVIATIONS = new Set(["pm", "dpm"]);
const isRoleish = (n: string): boolean => ROLE_WORDS.has(n) || TITLES.has(n) || ROLE_ABBREVIATIONS.has(n);
/** Words around a role inside a capitalised run that name nothing themselves (`Ruritanian`, `Foreign`, `of`). */
/** Words between a role and its portfolio (`Minister of Finance`, `ministre des Armées`). */
const PORTFOLIO_LINKS = new Set(["of", "for", "de", "des", "du", "del", "fur"]);
/** Words of ministerial portfolios (accent-folded; English, French, Spanish, German). */
const PORTFOLIO_WORDS = new Set(
  `foreign affairs interior home defence defense finance economy trade justice health education energy transport
  environment culture agriculture fisheries labour labor industry infrastructure tourism housing development
  asuntos exteriores hacienda economia defensa sanidad educacion justicia transporte medio ambiente cultura
  affaires etrangeres armees interieur sante finances economie ecologie transports
  auswartiges inneres finanzen verteidigung gesundheit wirtschaft umwelt verkehr
  affari esteri interno interni difesa finanze economia giustizia salute istruzione trasporti ambiente cultura
  agricoltura lavoro`.split(/\s+/),
);
/**
 * Lower-case words that tie a department to the role or ministry before it (`ministra degli Esteri`,
 * `ministère des Armées`, `minister of the Interior`): a capitalised portfolio right after one names
 * the department, so a name glued after it (`degli Esteri Anna Smith`) starts after the portfolio.
 */
const DEPARTMENT_LINKS = new Set([...PORTFOLIO_LINKS, "for", "del", "dello", "della", "delle", "degli", "dei", "di", "der", "des", "the", "la", "los", "las", "el"]);
/** Last words of natural features' names the shared lexicon lacks (`Gull Sound`, `Varden Fjord`). */
const FEATURE_HEADS = new Set(["sound", "fjord", "firth", "lagoon", "marsh", "marshes", "moor", "moors", "plateau", "delta", "basin", "glen", "heath", "fen", "fens", "cove", "creek", "falls", "shoals", "archipelago"]);
/** First words of natural features' names (`River Ambrel`, `Loch Varr`). */
export const FEATURE_PREFIXES: ReadonlySet<string> = new Set(["river", "loch", "lough", "mount", "mt"]);
/** Lower-case nouns of settlements and areas before `of` and a name (`the suburb of X`, `the town of X`). */
const SETTLEMENT_NOUNS = new Set([
  "suburb", "suburbs", "town", "towns", "village", "villages", "city", "district", "region", "province", "county", "borough",
  "port", "island", "neighbourhood", "neighborhood", "municipality", "hamlet", "commune", "parish", "settlement", "outskirts", "state",
]);
/** Lower-case nouns after a name that make it a place (`the X coast`, `the X hinterland`). */
const PLACE_FOLLOWERS = new Set([
  "coast", "coastline", "shore", "shores", "hinterland", "countryside", "outskirts", "suburbs", "waterfront", "lowlands", "highlands", "uplands",
  "border", "frontier", "borderlands", "mainland",
]);
/** Lower-case nouns of a part of an area, which make the name before them a place when `of` follows (`the X half of the valley`). */
const AREA_PARTS = new Set(["half", "part", "side", "bank", "end", "stretch", "reaches"]);
const isFiller = (n: string): boolean => ROLE_MODIFIERS.has(n) || isDemonym(n, true) || CONNECTORS.has(n) || NOT_NAMES.has(n);

/** `Freedonia-based`, `Acme-led`: an adjective built on a name, not a name. */
function isNameAdjective(norm: string): boolean {
  if (/^[rdi]-[a-z]{2,5}$/.test(norm)) return true; // a party and state tag, `(R-Ore.)`
  const dash = norm.lastIndexOf("-");
  return dash > 0 && NAME_ADJECTIVE_SUFFIXES.has(norm.slice(dash + 1));
}

/** `, 44,` / `, 61.` / `, aged 19,` right after a name: an age (1 to 119) set off by commas. */
const AGE_APPOSITION = /^,[ \u00a0](?:aged[ \u00a0])?(\d{1,3})(?=[,.;)]|[ \u00a0](?:and|who|said|says)\b)/;

/** Whether the text at `end` (just after a name) gives an age in apposition. */
export function hasAgeApposition(text: string, end: number): boolean {
  const m = AGE_APPOSITION.exec(text.slice(end, end + 16));
  if (!m) return false;
  const age = Number(m[1]);
  // `, 12.5` is a figure, not an age.
  return age >= 1 && age < 120 && !/^\d/.test(text.slice(end + m[0].length + 1, end + m[0].length + 2));
}

/** Finds the name candidates of an article, in text order. */
export function findCandidates(ctx: EntityContext): Candidate[] {
  const out: Candidate[] = [];
  const { sentences } = ctx;
  sentences.forEach((s, si) => {
    let i = s.tokenStart;
    while (i < s.tokenEnd) {
      if (!ctx.cap[i] || ctx.headline[i] || isNameAdjective(ctx.tokens[i]!.norm) || elidedCommonNoun(ctx, i)) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < s.tokenEnd && !ctx.headline[j] && joins(ctx, j - 1, j)) j++;
      // A connector cannot end a run.
      while (j - 1 > i && !ctx.cap[j - 1]) j--;
      splitRun(ctx, i, j, si, out);
      i = j;
    }
  });
  return out;
}

/**
 * `L'avocat de Gideon Marsh`, `Dell'azienda`: an elided article glued to a lower-case noun,
 * capitalised only as a sentence's first word, opens no name (`L'Oréal` does: a capital follows).
 */
function elidedCommonNoun(ctx: EntityContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  return /^(?:[LlDdJjMmNnSsTtCc]|[Qq]u|[Dd]ell|[Dd]all|[Nn]ell|[Ss]ull|[Aa]ll|[Cc]oll)['’]\p{Ll}/u.test(ctx.text.slice(t.start, t.end));
}

/** Whether token `b` continues the capitalised run that token `a` belongs to. */
function joins(ctx: EntityContext, a: number, b: number): boolean {
  const { text, tokens } = ctx;
  const ta = tokens[a]!;
  const tb = tokens[b]!;
  if (/['’]s$/i.test(text.slice(ta.start, ta.end))) return false; // `Ruritania's Foreign Ministry`: two names
  const gap = text.slice(ta.end, tb.start);
  // Dotted acronyms: `U.S`, `U.N`.
  if (gap === "." && ta.end - ta.start === 1 && tb.end - tb.start === 1) return true;
  // Weekdays, months and other never-name words end a run (`TASS Monday`, `RFI Follow`).
  // (A lower-case connector such as `of` is judged below, not here.)
  if (NOT_NAMES.has(tb.norm) && !TITLES.has(tb.norm) && !(CONNECTORS.has(tb.norm) && !ctx.cap[b])) return false;
  // `the Valley Growers' Association`: a plural possessive inside an organisation's name.
  if ((gap === "' " || gap === "’ ") && /s$/i.test(ta.norm) && ctx.cap[b] && ORG_HEADS.has(tb.norm)) return true;
  const spaced = gap === " " || gap === "\u00a0";
  const dotted = gap === ". " && (TITLES.has(ta.norm) || ta.end - ta.start === 1);
  if (!spaced && !dotted) return false;
  if (ctx.cap[b]) return true;
  // Connectors join two capitalised words: `Bank of Ruritania`, `Ludwig van Beethoven`.
  return CONNECTORS.has(tb.norm) && b + 1 < tokens.length && ctx.cap[b + 1] === true && text.slice(tb.end, tokens[b + 1]!.start) === " ";
}

/** Cuts the run `[i, j)` of sentence `si` into candidates. */
function splitRun(ctx: EntityContext, i: number, j: number, si: number, out: Candidate[]): void {
  const { tokens } = ctx;
  const norm = (k: number): string => stripPossessive(tokens[k]!.norm);
  // Drop capitalised function words that open the run (`The`, `This`, `Tomorrow`).
  while (i < j && NOT_NAMES.has(norm(i)) && !TITLES.has(norm(i))) i++;
  // `Il Varnholt non permetterà`, `Gli Stati`: an Italian article opening a sentence is not part of the name.
  while (j - i >= 2 && ITALIAN_ARTICLES.has(norm(i))) i++;
  if (i >= j) return;
  // `St Brendan's`, `St Mary's Hospital`: a hospital, church or school named after a saint, not a person.
  if ((norm(i) === "st" || norm(i) === "saint") && j - i >= 2) {
    const last = tokens[j - 1]!;
    if (/['’]s$/i.test(ctx.text.slice(last.start, last.end)) || ORG_HEADS.has(norm(j - 1))) {
      emit(ctx, i, j, si, [], "organization", false, -1, out);
      return;
    }
  }
  // `la ministra degli Esteri Anna Smith`, `the minister of Defence Jonas Varr`: a portfolio right
  // after a department link is the department, and the name starts after it (with the role before
  // the link); `degli Esteri di Ruritania` leaves the country.
  const link = tokens[i - 1];
  // An article is a link only after one (`minister of the Interior`): `the Interior Department` is one name.
  const linked = (at: number): boolean =>
    at >= 0 && !ctx.cap[at] && ctx.sentenceOf[at] === si && DEPARTMENT_LINKS.has(tokens[at]!.norm) && (!DETERMINER_THE.has(tokens[at]!.norm) || linked(at - 1));
  if (link && linked(i - 1) && PORTFOLIO_WORDS.has(norm(i)) && !ORG_HEADS.has(norm(j - 1)) && !GROUP_HEADS.has(norm(j - 1))) {
    let k = i;
    while (k < j && (PORTFOLIO_WORDS.has(norm(k)) || (CONNECTORS.has(norm(k)) && k + 1 < j && PORTFOLIO_WORDS.has(norm(k + 1))))) k++;
    // What follows is a full name (two words or more) or, after a connector, the department's country.
    if (k < j && (j - k >= 2 || CONNECTORS.has(norm(k)))) {
      let r = i - 2;
      while (r >= 0 && DEPARTMENT_LINKS.has(tokens[r]!.norm)) r--;
      const roleWord = r >= 0 && ctx.sentenceOf[r] === si && !ctx.cap[r] ? tokens[r]!.norm : "";
      const afterLink = CONNECTORS.has(norm(k));
      while (k < j && CONNECTORS.has(norm(k))) k++;
      if (k >= j) return;
      if (!afterLink && ROLE_WORDS.has(roleWord)) emit(ctx, k, j, si, [roleWord], null, true, -1, out);
      else emit(ctx, k, j, si, [], null, false, -1, out);
      return;
    }
  }
  // Last honorific or role word in the run: what follows is the name it introduces.
  let lastRole = -1;
  // `3.30 PM BST`: after a figure, `PM` tells the time.
  const clock = (k: number): boolean => ROLE_ABBREVIATIONS.has(norm(k)) && k > 0 && /\d/.test(tokens[k - 1]!.norm);
  for (let k = i; k < j; k++) if (isRoleish(norm(k)) && !clock(k)) lastRole = k;
  const roles: string[] = [];
  let gender: "m" | "f" | null = null;
  let titled = false;
  let honorific = -1;
  if (lastRole >= 0) {
    // Whatever precedes the first role word and is not filler names an organisation or place the
    // role belongs to (`Acme Spokesman X`): keep it as its own candidate.
    let firstRole = i;
    while (firstRole < lastRole && !isRoleish(norm(firstRole))) firstRole++;
    let p = i;
    while (p < firstRole && isFiller(norm(p))) p++;
    if (p < firstRole) emit(ctx, p, firstRole, si, [], null, false, -1, out);
    for (let k = firstRole; k <= lastRole; k++) {
      const n = norm(k);
      if (ROLE_WORDS.has(n)) roles.push(n);
      if (TITLES.has(n)) honorific = honorific < 0 ? k : honorific;
      if (MALE_TITLES.has(n)) gender = "m";
      if (FEMALE_TITLES.has(n)) gender = "f";
    }
    // An honorific only counts when it directly precedes the name (`Mr. Smith`, not `Mr. Foreign Minister`).
    if (honorific >= 0 && honorific !== lastRole) honorific = -1;
    titled = true;
    i = lastRole + 1;
    while (i < j && isFiller(norm(i)) && !(i + 1 >= j)) i++;
    if (i >= j) return;
    if (ORG_HEADS.has(norm(j - 1))) {
      // `Minister of the Interior Ministry`-like: the rest is an organisation, not the role's holder.
      emit(ctx, i, j, si, [], null, false, -1, out);
      return;
    }
  } else {
    // A lone demonym or modifier (`Russian`, `Federal`) names nothing; one before a name is dropped
    // unless the name is an organisation (`Ruritanian Embassy`).
    const whole = j - i === 2 ? `${norm(i)} ${norm(i + 1)}` : "";
    if (!ORG_HEADS.has(norm(j - 1)) && !PLACE_HEADS.has(norm(j - 1)) && !MULTIWORD_PLACES.has(whole)) {
      while (i < j - 1 && (DEMONYMS.has(norm(i)) || ROLE_MODIFIERS.has(norm(i)))) i++;
    }
  }
  // A place introduced by a preposition, glued to a following full name: `to Ruritania Anna Smith`.
  // After a role (`Ambassador to X Anna Smith`) the place is whatever precedes a two-word name even
  // when the gazetteer does not know it.
  const prev = tokens[i - 1];
  if (prev && PREPOSITIONS.has(prev.norm) && j - i >= 3 && !ORG_HEADS.has(norm(j - 1))) {
    const beforePrev = tokens[i - 2];
    const afterRole = beforePrev !== undefined && ROLE_WORDS.has(beforePrev.norm) && ctx.sentenceOf[i - 2] === si;
    const known = MULTIWORD_PLACES.has(`${norm(i)} ${norm(i + 1)}`) ? 2 : PLACES.has(norm(i)) ? 1 : 0;
    const placeLen = known > 0 ? known : afterRole ? j - i - 2 : 0;
    if (placeLen > 0 && j - i - placeLen >= 2) {
      emit(ctx, i, i + placeLen, si, [], "place", false, -1, out);
      i += placeLen;
    }
  }
  emit(ctx, i, j, si, roles, gender, titled, honorific, out);
}

/** Types and records one candidate spanning name tokens `[i, j)`. */
function emit(
  ctx: EntityContext,
  i: number,
  j: number,
  si: number,
  roles: string[],
  genderOrType: "m" | "f" | EntityType | null,
  titled: boolean,
  honorific: number,
  out: Candidate[],
): void {
  const { text, tokens } = ctx;
  const norms: string[] = [];
  for (let k = i; k < j; k++) norms.push(stripPossessive(tokens[k]!.norm));
  const first = norms[0]!;
  const allCaps = norms.every((_, k) => isAllCaps(text.slice(tokens[i + k]!.start, tokens[i + k]!.end)));
  if (norms.length >= 2 && allCaps && norms.every((n) => n.length > 1)) return; // a shouted heading (`READ MORE`), not a name
  if (norms.length === 1 && first.length === 1) return; // a stray initial
  const nextTok = tokens[j];
  const nextIsRole = nextTok !== undefined && !ctx.cap[j] && (ROLE_WORDS.has(nextTok.norm) || ROLE_MODIFIERS.has(nextTok.norm));
  const pluralDemonym = first.endsWith("s") && DEMONYMS.has(first.slice(0, -1)); // `Americans`
  if (norms.length === 1 && (NOT_NAMES.has(first) || GROUP_HEADS.has(first) || ROLE_ABBREVIATIONS.has(first) || pluralDemonym || isDemonym(first, nextIsRole) || ROLE_MODIFIERS.has(first) || ROLE_WORDS.has(first))) return;
  const s = ctx.sentences[si]!;
  // `Islamist militants`, `the Eurasian country`: a lone word of a group adjective's shape right
  // before a common noun qualifies it (`Julian said`: a verb follows a name).
  if (norms.length === 1 && hasGroupAdjectiveShape(first) && nextTok !== undefined && j < s.tokenEnd && !ctx.cap[j] && ctx.propn.noun?.(j, si) === true) return;
  // Opening a sentence, or the clause after a colon, a capital says nothing about being a name.
  const initial = (i === s.tokenStart || opensClause(text, tokens, i)) && j - i === 1;
  // `(Vt.)`, `Md.`: a short abbreviation, not a name.
  if (j - i === 1 && first.length <= 3 && text[tokens[i]!.end] === "." && !isAllCaps(text.slice(tokens[i]!.start, tokens[i]!.end))) return;
  if (initial && !titled) {
    // A lone capitalised word opening a sentence is usually a common word; keep it only on evidence.
    const next = tokens[j];
    const speaks = next !== undefined && SPEECH_VERBS.has(next.norm) && ctx.sentenceOf[j] === si;
    // wink's PROPN tag alone is not enough here (it tags many capitalised openers), but a proper
    // noun that soon reports speech is a speaker: `Smith later said`.
    const speaksSoon = [j + 1, j + 2].some((k) => k < s.tokenEnd && SPEECH_VERBS.has(tokens[k]!.norm)) && ctx.propn(i, si);
    const evidence = ctx.capitalisedInside.has(first) || speaks || speaksSoon || PLACES.has(first) || hasAgeApposition(text, tokens[j - 1]!.end);
    if (!evidence) return;
  }
  const last = tokens[j - 1]!;
  const surfaceLast = text.slice(last.start, last.end);
  let end = last.start + stripPossessive(surfaceLast).length;
  let start = honorific >= 0 ? tokens[honorific]!.start : tokens[i]!.start;
  let type: EntityType | null = genderOrType === "m" || genderOrType === "f" ? null : genderOrType;
  const gender = genderOrType === "m" || genderOrType === "f" ? genderOrType : null;
  let descriptor = false;
  const joined = norms.join(" ");
  // Strong evidence (2): an honorific or role, an organisation head noun, the gazetteer, a descriptor.
  // Weaker (1): an acronym, a following organisation noun, `the X`, `in X`.
  let weight = type === "place" ? 1.5 : 0;
  if (type === null) {
    weight = 2;
    if (titled) type = "person";
    else if (norms.some((n) => ORG_HEADS.has(n)) || (norms.length >= 2 && GROUP_HEADS.has(norms[norms.length - 1]!))) type = "organization";
    else if (MULTIWORD_PLACES.has(joined) || (norms.length === 1 && (PLACES.has(first) || PLACE_ACRONYMS.has(first)))) type = "place";
    else if (norms.every((n) => n.length === 1) && PLACE_ACRONYMS.has(norms.join(""))) type = "place";
    else if (norms.length >= 2 && PLACE_HEADS.has(norms[norms.length - 1]!)) type = "place";
    else if (norms.length >= 2 && PLACE_PREFIXES.has(first)) type = "place";
    else if (norms.length >= 2 && norms[0]!.length === 1 && norms[1]!.length === 1) [type, weight] = ["organization", 1]; // `U.N`, `U.N. Women`
    else if (norms.length >= 2 && DIRECTIONS.has(first) && PLACES.has(norms[norms.length - 1]!)) type = "place";
    else if (norms.length === 1 && isAllCaps(stripPossessive(text.slice(tokens[i]!.start, tokens[i]!.end)))) [type, weight] = ["organization", 1];
    else weight = 0;
  }
  // `the X movement`: the lower-case descriptor joins the mention and makes X an organisation.
  const after = tokens[j];
  if (after && end === last.end && !ctx.cap[j] && ORG_DESCRIPTORS.has(after.norm) && text.slice(last.end, after.start) === " ") {
    end = after.end;
    descriptor = true;
    if (!titled) [type, weight] = ["organization", 2];
  }
  // `Gull Sound`, `River Ambrel`: a natural feature's head or prefix.
  if (type === null && norms.length >= 2 && (FEATURE_HEADS.has(norms[norms.length - 1]!) || FEATURE_PREFIXES.has(first))) [type, weight] = ["place", 2];
  // `the leafy suburb of X`, `the town of X`: a settlement's name.
  const of = tokens[i - 1];
  const noun = tokens[i - 2];
  if (type === null && of?.norm === "of" && noun && !ctx.cap[i - 2] && SETTLEMENT_NOUNS.has(noun.norm) && ctx.sentenceOf[i - 2] === si) [type, weight] = ["place", 2];
  // `the X coast`, `the X bank of the river`: a lower-case area noun right after the name.
  const areaPart = after !== undefined && AREA_PARTS.has(after.norm) && tokens[j + 1]?.norm === "of";
  if (type === null && after && !ctx.cap[j] && ctx.sentenceOf[j] === si && (PLACE_FOLLOWERS.has(after.norm) || areaPart) && text.slice(last.end, after.start) === " ") [type, weight] = ["place", 1];
  // `X radio station`, `X newspaper`: a lower-case organisation noun right after the name.
  if (type === null && after && !ctx.cap[j] && ctx.sentenceOf[j] === si && ORG_FOLLOWERS.has(after.norm)) [type, weight] = ["organization", 1];
  // `Varga, 44,`: an age in apposition is how news introduces a person.
  if (type === null && end === last.end && hasAgeApposition(text, end)) [type, weight] = ["person", 2];
  if (type === "place" || type === "organization") roles = []; // a role before a place names its holder, not the place
  const before = tokens[i - 1];
  if (type === null && norms.length === 1 && before && DETERMINER_THE.has(before.norm) && ctx.sentenceOf[i - 1] === si) [type, weight] = ["organization", 1];
  if (type === null && norms.length === 1 && before && before.norm === "in" && ctx.sentenceOf[i - 1] === si) [type, weight] = ["place", 1];
  // `ministra de Asuntos Exteriores`, `Minister for Trade`: the name after a role and `of` is its
  // portfolio, a department, not a person.
  const role = tokens[i - 2];
  if (type === null && !titled && before && role && PORTFOLIO_LINKS.has(before.norm) && ROLE_WORDS.has(role.norm) && ctx.sentenceOf[i - 2] === si && norms.some((n) => PORTFOLIO_WORDS.has(n))) {
    [type, weight] = ["organization", 2];
    roles = [];
  }
  if (start > end) start = tokens[i]!.start;
  out.push({ tokStart: i, tokEnd: j, start, end, norms, type, weight, roles, gender, sentence: si, titled, initial, descriptor });
}
