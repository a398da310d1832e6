/**
 * The reporting-cue lexicon: verbs and phrases that introduce speech or a stated position.
 *
 * Cues are matched on token `norm`s (lower-cased, accent-folded). English verbs are listed by base
 * form and inflected by rule (irregular forms listed outright); French, Spanish and German get the
 * common past/present forms a news report uses. Phrases (`according to`, `pointed out`) are token
 * sequences. The lexicon is general reporting vocabulary, not tuned to any one article. Cue words learnt
 * from annotated news (models/quotes.json) extend it for reported speech.
 */
import { loadQuoteModel, type QuoteModel } from "./model.js";

/** What kind of cue a match is: it decides where speaker and content sit around it. */
export type CueKind =
  /** A reporting verb: speaker is its subject (before) or, inverted, right after it. */
  | "verb"
  /** `according to X` / `selon X`: the speaker follows the cue. */
  | "source"
  /** `quoting X` / `quoted by X`: an intermediary; attribution stays with the subject. */
  | "via";

export interface CueMatch {
  /** Token index of the cue's first token. */
  first: number;
  /** Token index after the cue's last token. */
  end: number;
  kind: CueKind;
  /** True for verbs that take an addressee before the content (`told reporters that`). */
  addressee: boolean;
  /** True for speech verbs strong enough to attribute a direct quote. */
  speech: boolean;
}

// Speech verbs (attribute direct and reported speech).
const SPEECH_BASES = [
  "say", "tell", "add", "stress", "warn", "note", "explain", "claim", "announce", "insist", "assure", "continue",
  "state", "declare", "argue", "assert", "write", "tweet", "post", "report", "acknowledge", "admit", "confirm",
  "deny", "reveal", "suggest", "predict", "recall", "respond", "reply", "ask", "complain", "emphasize", "emphasise",
  "urge", "promise", "vow", "maintain", "contend", "remark", "observe", "comment", "conclude", "estimate",
  "allege", "charge", "concede", "disclose", "inform", "mention", "point", "pledge", "reiterate", "repeat",
  "underline", "underscore", "highlight", "caution", "describe", "testify", "boast", "quip", "joke", "shout",
  "yell", "whisper", "write", "answer", "counter", "retort", "demand", "propose", "recount", "acknowledge",
  "affirm", "forecast", "predict", "signal", "indicate", "clarify", "elaborate", "summarize", "summarise",
  "specify", "tout", "lament", "thank", "agree", "threaten", "call", "accuse", "criticize", "criticise", "echo", "react",
  "exclaim", "interject", "chime", "muse", "snap", "bark", "scoff", "sigh", "plead", "beg", "laugh",
  "fume", "gush", "rant", "grumble", "mutter", "crow", "gloat", "brag",
  // `“…,” the letter reads.`: a document's text.
  "read",
];
// Verbs of stated belief or position: reported content, but too weak to own a direct quote on their own.
const BELIEF_BASES = [
  "believe", "think", "hope", "fear", "expect", "feel", "want", "worry", "doubt", "know", "guess", "wonder",
  // Findings of polls, studies and reports: `the survey shows (that) …`, `the study found …`.
  "show", "find", "conclude", "suggest",
];
// Verbs whose object is the addressee: `told reporters (that)`, `assured us`, `warned them`.
const ADDRESSEE = new Set(["tell", "assure", "inform", "warn", "remind", "promise", "ask", "urge", "thank", "caution", "advise"]);

const IRREGULAR: Record<string, string[]> = {
  say: ["say", "says", "said", "saying"],
  tell: ["tell", "tells", "told", "telling"],
  write: ["write", "writes", "wrote", "written", "writing"],
  think: ["think", "thinks", "thought", "thinking"],
  feel: ["feel", "feels", "felt", "feeling"],
  know: ["know", "knows", "knew", "known", "knowing"],
  forecast: ["forecast", "forecasts", "forecasting", "forecasted"],
  hope: ["hope", "hopes", "hoped", "hoping"],
  show: ["show", "shows", "showed", "shown", "showing"],
  find: ["find", "finds", "found", "finding"],
  shout: ["shout", "shouts", "shouted", "shouting"],
  // A stressed last syllable doubles its consonant as a short verb's does (quip: quipped).
  admit: ["admit", "admits", "admitted", "admitting"],
  // Not `reading` (a noun far more often) nor the past `read` apart from the present.
  read: ["reads"],
};

/** Inflects a regular English verb: base, 3rd person, past, gerund. */
function inflect(base: string): string[] {
  if (IRREGULAR[base]) return IRREGULAR[base];
  const forms = [base];
  if (/(s|sh|ch|x|z)$/.test(base)) forms.push(base + "es");
  else if (/[^aeiou]y$/.test(base)) forms.push(base.slice(0, -1) + "ies");
  else forms.push(base + "s");
  if (base.endsWith("e")) forms.push(base + "d", base.slice(0, -1) + "ing");
  else if (/[^aeiou]y$/.test(base)) forms.push(base.slice(0, -1) + "ied", base + "ing");
  else if (/^(?:[^aeiou]*[aeiou])[bdgmnpt]$/.test(base) && base.length <= 4) {
    // One-syllable consonant-vowel-consonant verbs double the last consonant: quip -> quipped.
    const last = base[base.length - 1];
    forms.push(base + last + "ed", base + last + "ing");
  } else forms.push(base + "ed", base + "ing");
  return forms;
}

interface VerbInfo {
  speech: boolean;
  addressee: boolean;
  base: string;
}

const VERBS = new Map<string, VerbInfo>();
for (const base of BELIEF_BASES) for (const f of inflect(base)) VERBS.set(f, { speech: false, addressee: false, base });
for (const base of SPEECH_BASES) for (const f of inflect(base)) VERBS.set(f, { speech: true, addressee: ADDRESSEE.has(base), base });
// `point` is only a cue as `pointed out`; `call` only with `for`/`on`; `post` and `charge` are too ambiguous alone.
for (const f of inflect("point")) VERBS.delete(f);
for (const f of inflect("call")) VERBS.delete(f);
for (const f of inflect("post")) VERBS.delete(f);
for (const f of inflect("charge")) VERBS.delete(f);
for (const f of inflect("signal")) VERBS.delete(f);
// Present participles used as nouns or adjectives ("a warning", "continuing") are still cues after a comma,
// which the caller checks; bare "state", "report", "answer" are frequent nouns and need a subject to count.

// Basic cues of other languages, by norm (accent-folded): one-token verbs.
const FOREIGN_VERBS: Record<string, string[]> = {
  fr: ["dit", "declare", "affirme", "ajoute", "souligne", "explique", "estime", "assure", "indique", "precise", "annonce", "confie", "insiste", "rappelle", "averti", "avertit", "repond", "raconte", "martele", "reconnait", "juge", "considere", "reagi", "commente", "lance", "temoigne", "deplore", "regrette", "promis", "promet", "confirme", "admis", "admet"],
  // Spanish: the simple past a report uses and the present; not forms as often nouns or adjectives
  // (`preciso`, `critico`, `relato`, `expreso`, `apunto`).
  es: [
    "dijo", "dice", "afirmo", "afirma", "declaro", "aseguro", "asegura", "senalo", "explico", "anadio", "agrego", "indico", "sostuvo", "subrayo",
    "advirtio", "insistio", "anuncio", "manifesto", "destaco", "reconocio", "respondio", "lamento", "lamenta", "admitio", "admite", "confeso",
    "recordo", "recuerda", "comento", "comenta", "denuncio", "reitero", "concluyo", "opino", "explica", "senala", "subraya", "destaca",
    "reconoce", "advierte", "insiste", "responde", "confirmo", "informo",
  ],
  de: ["sagte", "sagt", "erklarte", "erklart", "betonte", "betont", "fugte", "warnte", "meinte", "versicherte", "kundigte", "teilte", "berichtete", "bestatigte", "unterstrich", "sagten", "erklarten"],
  // Italian: the participle of the compound past (`ha dichiarato`), the present, the remote past (`disse`).
  // Not forms that are nouns or adjectives as often (`precisa`, `conferma`, `replica`, `garante`) nor
  // forms shared with Spanish (`annuncia`), whose behaviour stays as it was.
  it: [
    "detto", "dichiarato", "affermato", "aggiunto", "spiegato", "sottolineato", "annunciato", "precisato", "ribadito",
    "osservato", "assicurato", "avvertito", "insistito", "risposto", "replicato", "confermato", "ammesso", "raccontato",
    "commentato", "dichiara", "afferma", "spiega", "aggiunge", "sottolinea", "ribadisce", "avverte", "assicura",
    "osserva", "racconta", "commenta", "disse", "dichiaro", "affermo", "parlato",
  ],
  // Portuguese: the simple past a report uses (`disse`, `afirmou`), plural past, and the present.
  pt: [
    "disse", "afirmou", "declarou", "acrescentou", "explicou", "sublinhou", "anunciou", "garantiu", "assegurou",
    "salientou", "destacou", "frisou", "referiu", "adiantou", "advertiu", "alertou", "insistiu", "respondeu",
    "reconheceu", "confirmou", "comentou", "observou", "lembrou", "ressaltou", "disseram", "afirmaram", "declararam",
    "diz", "acrescenta", "sublinha",
  ],
  // Dutch: past and present of the speech verbs and their participles (`heeft gezegd`); `voegde ... toe` on the verb.
  nl: [
    "zei", "zegt", "zeiden", "verklaarde", "verklaart", "voegde", "benadrukte", "benadrukt", "waarschuwde", "waarschuwt",
    "meldde", "meldt", "vertelde", "antwoordde", "bevestigde", "erkende", "onderstreepte", "herhaalde", "schreef",
    "gezegd", "verklaard", "gewaarschuwd", "gemeld", "verteld", "bevestigd",
    // `“…”, aldus Lind`: `thus (said)`, the speaker after it.
    "aldus",
  ],
};
const FOREIGN = new Set<string>(Object.values(FOREIGN_VERBS).flat());
// The cue verbs of Italian, Portuguese and Dutch, before which their auxiliaries are skipped.
const ROMANCE_DUTCH = new Set<string>([...FOREIGN_VERBS.it!, ...FOREIGN_VERBS.pt!, ...FOREIGN_VERBS.nl!]);

/** Multi-token phrases, as norm sequences, with their kind. */
const PHRASES: { words: string[]; kind: CueKind; speech: boolean }[] = [
  { words: ["according", "to"], kind: "source", speech: true },
  { words: ["pointed", "out"], kind: "verb", speech: true },
  { words: ["points", "out"], kind: "verb", speech: true },
  { words: ["pointing", "out"], kind: "verb", speech: true },
  { words: ["point", "out"], kind: "verb", speech: true },
  { words: ["called", "for"], kind: "verb", speech: true },
  { words: ["calls", "for"], kind: "verb", speech: true },
  { words: ["called", "on"], kind: "verb", speech: true },
  { words: ["quoted", "by"], kind: "via", speech: true },
  { words: ["quoting"], kind: "via", speech: true },
  { words: ["cited", "by"], kind: "via", speech: true },
  { words: ["citing"], kind: "via", speech: true },
  { words: ["went", "on"], kind: "verb", speech: true },
  { words: ["made", "clear"], kind: "verb", speech: true },
  // `as Lind put it, “…”`
  { words: ["put", "it"], kind: "verb", speech: true },
  { words: ["puts", "it"], kind: "verb", speech: true },
  { words: ["makes", "clear"], kind: "verb", speech: true },
  // French, Spanish, German source phrases.
  { words: ["selon"], kind: "source", speech: true },
  { words: ["d'apres"], kind: "source", speech: true },
  { words: ["segun"], kind: "source", speech: true },
  { words: ["laut"], kind: "source", speech: true },
  { words: ["zufolge"], kind: "source", speech: true },
  // Italian, Portuguese, Dutch source phrases; `liet weten` (let it be known) is a speech verb.
  { words: ["secondo"], kind: "source", speech: true },
  { words: ["segundo"], kind: "source", speech: true },
  { words: ["de", "acordo", "com"], kind: "source", speech: true },
  { words: ["volgens"], kind: "source", speech: true },
  { words: ["liet", "weten"], kind: "verb", speech: true },
  { words: ["laat", "weten"], kind: "verb", speech: true },
];

const NONE: typeof PHRASES = [];
const PHRASES_BY_FIRST = new Map<string, typeof PHRASES>();
for (const p of PHRASES) PHRASES_BY_FIRST.set(p.words[0]!, [...(PHRASES_BY_FIRST.get(p.words[0]!) ?? []), p]);

/** Words that precede a cue verb without breaking subject-verb adjacency (`he also said`, `has long argued`). */
export const CUE_MODIFIERS = new Set([
  "also", "has", "have", "had", "later", "then", "previously", "further", "again", "recently", "once", "repeatedly",
  "earlier", "would", "will", "is", "was", "reportedly", "already", "just", "additionally", "did", "does", "do",
  "long", "often", "publicly", "privately", "openly", "firmly", "flatly", "bluntly", "simply", "clearly", "may",
  "might", "could", "can", "should", "must", "has", "a", "il", "elle", "ha", "hat", "habe", "hatte", "never", "not",
  "frequently", "subsequently", "immediately", "quickly", "calmly", "angrily", "finally", "separately", "also",
]);

/**
 * Auxiliaries and adverbs of Italian, Portuguese and Dutch that sit between a subject and a cue verb of
 * those languages (`Lind ha dichiarato`, `Lind heeft gezegd`, `Lind ha anche detto`). Like the French `a`,
 * they are skipped only before such a cue (see foreignModifier), so other languages read as before.
 */
const FOREIGN_MODIFIERS = new Set([
  "ha", "hanno", "aveva", "avevano", "e", "anche", "poi", "inoltre", "gia",
  "tem", "tinha", "tambem", "ainda", "ja",
  "heeft", "hebben", "had", "ook", "nog",
]);

let learnedFrom: QuoteModel | null | undefined;
let learned = new Set<string>();

/** The learnt cue words of the current model (reloaded when the model changes). */
function learnedCues(): Set<string> {
  const m = loadQuoteModel();
  if (m !== learnedFrom) {
    learnedFrom = m;
    learned = new Set(m?.learnedCues ?? []);
  }
  return learned;
}

// Words after which a verb form is a noun: `the report`, `those reports`, `a call`.
const NOUN_MARKERS = new Set(["the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those", "every", "each", "any", "no"]);
// Contractions of a pronoun and `is`/`has` that end like a possessive (`he's said`).
const NOT_POSSESSIVE = new Set(["he's", "she's", "it's", "that's", "there's", "who's", "what's", "here's", "where's", "let's"]);
// Verb forms that are nouns far more often than verbs in news (`the state`, `two states`): cues only
// when a content clause follows (`states that`).
const MOSTLY_NOUNS = new Set(["state", "states"]);

// Words before `secondo` / `segundo` that make it the ordinal `second`: Italian and Portuguese articles and
// prepositions, and the Spanish ones (`el segundo`, `por segundo año`), where `segundo` is never a source.
const ORDINAL_LEADS = new Set([
  "il", "lo", "l", "un", "al", "del", "nel", "dal", "sul", "in", "per", "o", "a", "ao", "do", "no", "um", "em", "pelo", "num", "seu", "suo",
  "el", "en", "por", "su", "cada", "este", "ese", "y", "mi", "tu",
]);

/** True when the speech-verb form at `i` is used as a noun: after a determiner or a possessive (`Lind's comments`). */
function nounUse(norms: readonly string[], i: number, joinedBefore: boolean): boolean {
  if (MOSTLY_NOUNS.has(norms[i]!) && norms[i + 1] !== "that") return true;
  // Across punctuation or a quotation mark (`“… no,” said Lind`) the word before says nothing.
  if (i === 0 || !joinedBefore) return false;
  const prev = norms[i - 1]!;
  if (NOUN_MARKERS.has(prev)) return true;
  return /['’]s$|s['’]$/.test(prev) && !NOT_POSSESSIVE.has(prev.replace("’", "'"));
}

// Forms of `add`: `added 40 centimetres`, `adds to the pressure` tell an increase, not speech.
const ADD_FORMS = new Set(inflect("add"));
// `known as Super Tuesday` gives a name, not a belief.
const KNOW_FORMS = new Set(inflect("know"));
// `thanks to the rain` names a cause, not someone thanked.
const THANK_FORMS = new Set(inflect("thank"));
// Forms of `recall`: `recalled its ambassador`, `recalling 40,000 cars` withdraw someone or something;
// `recalled that ...`, `recalling a visit` (remembering aloud) report. Told apart by the object's head noun.
const RECALL_FORMS = new Set(inflect("recall"));
/** Heads of what is recalled in the sense of withdrawn: envoys, forces, goods. */
const WITHDRAWN = new Set([
  "ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "consul", "consuls", "attache", "attaches",
  "representative", "representatives", "delegation", "delegations", "mission", "staff", "personnel", "troops", "soldiers",
  "forces", "units", "battalion", "battalions", "ship", "ships", "warship", "warships", "fleet", "aircraft", "jets",
  "product", "products", "car", "cars", "vehicle", "vehicles", "model", "models", "batch", "batches", "lot", "lots",
  "device", "devices", "item", "items", "toy", "toys", "unit", "drug", "drugs", "medicine", "medicines", "food", "foods",
]);
// Words an object noun phrase opens with (`its ambassador`, `some 40,000 cars`).
const OBJECT_OPENERS = new Set(["the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "these", "those", "some", "all", "about", "nearly", "almost", "more", "over"]);
// Forms of `maintain` that agree with a subject: `maintains a lead`, `maintained its presence` keep something;
// `maintained that ...` reports (annotated news marks no cue before a noun phrase, 0 of 9 in PolNeAR train).
const MAINTAIN_FORMS = new Set(["maintained", "maintains"]);

/** True when the tokens after `i` open a noun phrase whose head (within three tokens) is withdrawn goods or people. */
function withdrawnObject(norms: readonly string[], i: number): boolean {
  for (let k = i + 1; k <= i + 3 && k < norms.length; k++) {
    const t = norms[k]!;
    if (WITHDRAWN.has(t)) return true;
    // A second determiner opens another phrase (`recalled the day the troops left`).
    if (k > i + 1 && OBJECT_OPENERS.has(t)) return false;
    if (!/^[\p{L}\d][\p{L}\d,.'’-]*$/u.test(t) || t === "that" || t === "how" || t === "what" || t === "when") return false;
  }
  return false;
}

// Determiners of one thing: a bare base-form verb cannot agree with them (`a full report`, `another formal
// complaint`), so a base form after one of them and a modifier is the head noun of their phrase.
const SINGULAR_DETERMINERS = new Set(["a", "an", "another", "every", "each"]);

/**
 * True when the verb form at `i` is used in a sense that reports no words (see the sets above). `asked for`
 * stays a cue: like `called for`, a request states a position, and annotated news marks it so.
 */
function notSpeech(norms: readonly string[], i: number): boolean {
  const w = norms[i]!;
  const next = norms[i + 1];
  if (THANK_FORMS.has(w) && next === "to") return true;
  if (KNOW_FORMS.has(w) && next === "as") return true;
  if (ADD_FORMS.has(w) && next !== undefined && (next === "to" || /^\d/.test(next))) return true;
  if (RECALL_FORMS.has(w) && withdrawnObject(norms, i)) return true;
  if (MAINTAIN_FORMS.has(w) && next !== undefined && (OBJECT_OPENERS.has(next) || /^\d/.test(next))) return true;
  if (i < 2 || !SINGULAR_DETERMINERS.has(norms[i - 2]!) || VERBS.has(norms[i - 1]!)) return false;
  const v = VERBS.get(w);
  // A verb agreeing with a singular subject (`a spokesman said`, `a judge warns`, `a bill designed to`) is in
  // -ed or -s; a learnt cue word in neither (`a strong supporter`, `an urgent decision`) is the noun itself.
  return v === undefined ? !/(?:ed|s)$/.test(w) : v.base === w;
}

/**
 * The cue starting at token `i`, or null. `norms` are the article's token norms; `joinedBefore` says whether
 * only white space separates token `i` from the one before (else that word cannot make a verb a noun).
 * Foreign cues are tried for any language so that a quoted foreign statement in an English text still counts.
 */
export function cueAt(norms: readonly string[], i: number, joinedBefore = true): CueMatch | null {
  const w = norms[i]!;
  if (notSpeech(norms, i)) return null;
  // `il secondo turno`, `o segundo dia`, `in secondo luogo`: the ordinal, not `according to`.
  if ((w === "secondo" || w === "segundo") && i > 0 && ORDINAL_LEADS.has(norms[i - 1]!)) return null;
  for (const p of PHRASES_BY_FIRST.get(w) ?? NONE) {
    let ok = true;
    for (let k = 1; k < p.words.length; k++) if (norms[i + k]! !== p.words[k]) ok = false;
    if (ok) return { first: i, end: i + p.words.length, kind: p.kind, addressee: false, speech: p.speech };
  }
  const v = VERBS.get(w);
  if (v && !nounUse(norms, i, joinedBefore)) return { first: i, end: i + 1, kind: "verb", addressee: v.addressee, speech: v.speech };
  if (FOREIGN.has(w)) return { first: i, end: i + 1, kind: "verb", addressee: false, speech: true };
  // A learnt cue word may be a noun (`his remarks`, `the decision`): annotators mark those as cues too.
  if (learnedCues().has(w)) return { first: i, end: i + 1, kind: "verb", addressee: false, speech: false };
  // French compound past: `a déclaré` is caught on the participle; German separable `teilte ... mit` on the verb.
  return null;
}

/**
 * True when a cue's words (token norms) are in the hand-written lexicon: a speech or belief verb, a
 * source phrase, a foreign cue. A cue word learnt from annotated news alone (`voted`, `signed`,
 * `released`) marks an attributed act more often than words someone said.
 */
export function isLexiconCue(norms: readonly string[]): boolean {
  if (norms.length === 0) return false;
  const m = cueAt(norms, 0, false);
  return m !== null && m.end === norms.length && (VERBS.has(norms[0]!) || FOREIGN.has(norms[0]!) || PHRASES_BY_FIRST.has(norms[0]!));
}

/** True when `norm` is a cue verb of another language (`a déclaré`: its auxiliary may sit before it). */
export function isForeignCue(norm: string): boolean {
  return FOREIGN.has(norm);
}

/**
 * True when `modifier` is an Italian, Portuguese or Dutch auxiliary or adverb that may stand between a
 * subject and the cue verb `cue` of those languages (`ha dichiarato`, `heeft gezegd`).
 */
export function foreignModifier(modifier: string, cue: string): boolean {
  return FOREIGN_MODIFIERS.has(modifier) && ROMANCE_DUTCH.has(cue);
}

/** True when `norm` is an English speech-verb form (for the `, said X` inversion test). */
export function isSpeechVerb(norm: string): boolean {
  const v = VERBS.get(norm);
  return (v !== undefined && v.speech) || FOREIGN.has(norm);
}
