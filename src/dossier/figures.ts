/**
 * Figure disputes read across the whole event, not only inside one aligned claim: two outlets of
 * one happening that give one quantity different values (`pre-tax profit rose to 312 million
 * guilders` / `Pre-tax profit rose to 231 million guilders`, `cut power to 84,000 homes` /
 * `48,000 homes were without power`). A disputed figure is often the one thing two wordings do not
 * share, and the sentences around it tell different details, so claim alignment seldom sets them
 * side by side.
 *
 * Precision comes from what each outlet prints elsewhere, not from the two sentences alone: the
 * two wordings must share a word of what is counted besides the unit (`profit`, `power`), and
 * neither outlet may print another value of the unit about that same thing (a report that counts
 * `points` for five players, or homes without power at the peak and on Monday, counts several
 * things). A figure told of another time (`a year earlier`, `last season`, `in 2022`) is set
 * aside: it is neither a side nor a sign of several things counted.
 */
import { cite, sourceOf, type StoryContext } from "./context.js";
import type { Clause } from "./features.js";
import { crossCosine, similarity } from "./align.js";
import { ATTACHED_UNITS, RISE_VERBS, reporting } from "./features.js";
import type { ClaimSupport, Contradiction } from "./types.js";
import { HEDGES, STOP_WORDS, wordKey, wordKeyW } from "./text.js";
import { phraseKeys, translateWord } from "./lexicon.js";
import { pushTo } from "../core/multimap.js";
import { PEOPLE } from "./headcounts.js";
import { normalizeWord } from "../core/tokenize.js";

/** Reports of one quantity differ by little; figures further apart count different things. */
const MAX_RATIO = 2.5;
/** Most values of one unit and size (within MAX_RATIO of a disputed pair) in an event for them to be read as reports of one quantity. */
const MAX_VALUES = 3;
/** Least weighted cosine of the two wordings, their figures and attributions left out. */
const MIN_ALIGNMENT = 0.2;
/**
 * Least cosine of two wordings that share a word of what is counted right beside both figures
 * (`close nine stores` / `close 14 of its supermarkets`, `coursework marks for 112 pupils` / `the
 * coursework of 60 pupils`): long sentences that tell other details around one figure.
 */
const MIN_LOCAL_ALIGNMENT = 0.1;
/** Words on each side of a figure that tell what it counts (see MIN_LOCAL_ALIGNMENT). */
const LOCAL_WORDS = 4;
/** A figure as printed, its separators of thousands and decimals included (`186,000`, `3 200`, `4,3`). */
const FIGURE_HEAD = /^\p{N}+(?:[.,\u00a0\u202f ]\p{N}{3})*(?:[.,]\p{N}+)?/u;
/** Where a part of a sentence ends around a figure: a comma, a semicolon, a dash, `and`, `but`, `while`. */
const PART_BREAK = /[,;:–—]|\s(?:and|but|while|whereas)\s/iu;

/**
 * The word keys within LOCAL_WORDS words of a figure starting at `start`, inside its clause and its
 * part of it: a comma or a conjunction starts another statement (`killing two workers and wounding
 * two others`). A figure written out counts as one of the words.
 */
function keysNear(text: string, clauseStart: number, clauseEnd: number, start: number, language: string | null = null): Set<string> {
  const all = (t: string): string[] => t.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  // Function words do not count: `were taken to hospital` holds `hospital` as near as `taken`.
  const words = (list: string[]): string[] => list.filter((w) => w.length > 1 && !STOP_WORDS.has(w));
  const beforeAll = all(text.slice(clauseStart, start).split(PART_BREAK).pop()!);
  // The figure's own separators (`186,000`, `4,3`) end no part.
  const afterAll = all(text.slice(start, clauseEnd).replace(FIGURE_HEAD, "").split(PART_BREAK)[0]!);
  const before = words(beforeAll).slice(-LOCAL_WORDS);
  const after = words(afterAll).slice(0, LOCAL_WORDS + 1);
  // A translated wording's words, as the English keys the lexicon gives them (`détruit`: destroy).
  if (language !== null) return new Set([...before, ...after].map((w) => translateWord(language, normalizeWord(w))).filter((k): k is string => k !== null && k.startsWith("w:")));
  const out = new Set([...before, ...after].map((w) => wordKeyW(w)));
  // A news phrase beside the figure (`homes were reduced to ash`, `passengers stranded`) is its
  // row's head as well (`destroyed 14 homes`, `passengers stuck`): wordings of one count differ there.
  const span = [...beforeAll.slice(-2 * LOCAL_WORDS), ...afterAll.slice(0, 2 * LOCAL_WORDS + 1)];
  for (const k of phraseKeys(span.map((w) => wordKey(w)))) out.add(k);
  return out;
}

/** What a figure of the claim-level number rule already knows how to read, lent to this one. */
export interface FigureRules {
  /** Whose count a figure is (`Lawson added 16 points`), or null. */
  countedFor(clause: number, figureStart: number): string | null;
  /** Whether two clauses date their figures alike (the same printed years, or none). */
  sameYears(a: Clause, b: Clause): boolean;
  /** The unit as printed after the figure, for the label. */
  label(clause: number, figureStart: number, unit: string): string;
  /** Whether the unit is a span of time: such figures are compared here only as prison terms. */
  duration(unit: string): boolean;
}

interface Figure {
  clause: number;
  article: string;
  source: string;
  /** The value compared: as printed, or in a magnitude the event counts the unit in (`900,000 marks` as 0.9 million; see inMagnitudes). */
  value: string;
  /** The value as printed (`1.2`), which the clause's number keys hold. */
  printed: string;
  /** The clause's own unit key of the figure (`million` in `1.2 million marks`). */
  printedUnit: string;
  start: number;
  /** The currency sign before the figure, if any: `$108 million` and `€85 million` are two measures. */
  sign: string;
  /** An exact figure, an estimate (`about 420`), a lower bound (`more than 1,800`) or an upper one. */
  kind: "exact" | "about" | "over" | "under";
  /**
   * After a magnitude word, the key of the word that says what is counted (`marks` in `214
   * million marks`, `customers` in `7.4 million customers`) in an untranslated clause, else null.
   */
  counts: string | null;
  /** A name qualifying the counted noun (`quellmark` in `four Quellmark diplomats`), lower-cased, else null. */
  qualifier: string | null;
  /** An amount told with the debts it includes (see WITH_DEBT). */
  withDebt: boolean;
}

/** Whether two figures of a magnitude unit count different things (`214 million marks` / `7.4 million customers`). */
const otherThings = (a: Figure, b: Figure): boolean =>
  (a.counts !== null && b.counts !== null && a.counts !== b.counts) || (a.qualifier !== null && b.qualifier !== null && a.qualifier !== b.qualifier) || a.withDebt !== b.withDebt;

/**
 * Debt named right after an amount (`2.9 billion rells including debt`, `once the company's debts
 * are counted`, `dette comprise`): the value of a company with its debts, another quantity than
 * the value of its shares (`valuing the company at 2.6 billion`).
 */
const WITH_DEBT = /^[^.;]{0,40}?\b(?:debts?|dette|deuda|schulden|debiti|d[íi]vida|schuld)\b/iu;

/** The name between a figure ending at `end` and the noun it counts (`four Quellmark diplomats`), lower-cased, or null. */
function qualifierAfter(text: string, end: number): string | null {
  return /^\s+(\p{Lu}[\p{L}'’-]*)\s+\p{Ll}{3,}s\b/u.exec(text.slice(end, end + 60))?.[1]!.toLowerCase() ?? null;
}

/** How far apart an estimate and another figure must be to disagree (`about 420` / `some 240`; not `about 300` / `297`). */
const ESTIMATE_SPREAD = 1.08;

/**
 * Whether two figures of one unit cannot both be true: two exact values that differ, an estimate
 * far from the other figure, a bound the other figure breaks (`more than 1,800` / `about 1,100`).
 */
function disagree(a: Figure, b: Figure): boolean {
  const va = Number(a.value);
  const vb = Number(b.value);
  if (a.kind === "exact" && b.kind === "exact") return va !== vb;
  if (a.kind === "over" && b.kind === "over") return false;
  if (a.kind === "under" && b.kind === "under") return false;
  if (a.kind === "over" || a.kind === "under") return breaks(a, b);
  if (b.kind === "over" || b.kind === "under") return breaks(b, a);
  return Math.max(va, vb) > ESTIMATE_SPREAD * Math.min(va, vb);
}

/** Whether figure `f` falls outside the bound `bound` (an estimate by more than its spread). */
function breaks(bound: Figure, f: Figure): boolean {
  const b = Number(bound.value);
  const v = Number(f.value);
  if (f.kind === "over") return bound.kind === "under" && b < v;
  if (f.kind === "under") return bound.kind === "over" && v < b;
  const slack = f.kind === "about" ? ESTIMATE_SPREAD : 1;
  return bound.kind === "over" ? v * slack < b : v > b * slack;
}

/** A side's key: figures of one value and kind stand together; an estimate stands with the exact value. */
const sideKey = (f: Figure): string => (f.kind === "over" || f.kind === "under" ? f.kind + ":" : "") + f.value;

const KIND_WORDS = { exact: "", about: "about ", over: "more than ", under: "fewer than " } as const;

/** The key of the word after a magnitude unit (`million marks`), or null for other units. */
function countedAfter(text: string, figureEnd: number, unit: string): string | null {
  if (!MAGNITUDE_RE.test(unit.slice(2)) && !MAGNITUDE_KEYS.has(unit)) return null;
  const m = /^\s*\p{L}+\s+(?:of\s+)?(\p{L}[\p{L}'’-]*)/u.exec(text.slice(figureEnd, figureEnd + 40));
  return m ? wordKeyW(m[1]!.toLowerCase()) : null;
}

/** Unit keys of magnitude words. */
const MAGNITUDE_KEYS = new Set(["hundred", "thousand", "million", "billion", "trillion"].map((w) => wordKeyW(w)));

/** What each magnitude's unit key multiplies by (a translated magnitude carries its English key). */
const MAGNITUDE_FACTOR = new Map<string, number>([
  ["thousand", 1e3], ["million", 1e6], ["billion", 1e9],
].map(([w, f]) => [wordKeyW(w as string), f as number] as const));

/** Words right after a figure that date it to another time than the happening's. */
const OTHER_TIME = /^[^.;:,\d]{0,40}?\b(a\s+year\s+(?:earlier|ago|before)|the\s+(?:year|month|week|day|season)\s+before|the\s+previous\s+(?:year|month|week|season|day)|last\s+(?:year|month|week|season|time)|a\s+(?:month|week|decade)\s+(?:earlier|ago)|years?\s+ago|in\s+(?:19|20)\d\d)\b/i;

/**
 * The time a figure is told of, from OTHER_TIME's words after it: "" for the happening's own time,
 * else one name per period however it is worded (`a year earlier`, `last year`, `the previous
 * year`: "year before"), or the year named. Figures are compared within one time only: `19 goals
 * last season` disputes `23 goals in the league last season`, not this season's tally.
 */
function timeOf(after: string): string {
  const m = OTHER_TIME.exec(after);
  if (!m) return "";
  const words = m[1]!.toLowerCase().replace(/\s+/g, " ");
  const year = /(?:19|20)\d\d/.exec(words);
  if (year) return year[0];
  const period = /year|month|week|season|day|decade|time/.exec(words)?.[0] ?? words;
  return /ago/.test(words) && !/^a /.test(words) ? words : period + " before";
}

/** The keys of a printed unit's words (`million guilders`). */
function unitKeys(printed: string): string[] {
  return (printed.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []).map((w) => wordKeyW(w));
}

/**
 * Nouns outlets swap when they count the same people or posts (`about 1,300 people were
 * evacuated` / `around 1,500 residents`, `cut 650 jobs` / `650 posts would go`): one unit each.
 */
const UNIT_CLASS = new Map(
  [
    ["people", "people", "person", "persons", "residents", "inhabitants", "villagers", "locals", "individuals"],
    ["child", "kids"],
    ["worker", "workers", "employees", "staff", "staffers", "colleagues"],
    ["job", "jobs", "posts", "positions"],
    ["store", "stores", "shops", "supermarkets", "branches"],
  ].flatMap(([head, ...forms]) => forms!.map((f) => [wordKeyW(f!), wordKeyW(head!)] as const)),
);

/** A speed after its figure, in kilometres or miles an hour, in the lexicon's languages. */
const SPEED_RE = /^\s*(?:(km|kms|kilomet(?:re|er|ro)s?|kilómetros?|kilomètres?|quilómetros?|quilômetros?|miles?)\s*(?:\/\s*h\b|per\s+(?:hour|uur|ora)\b|por\s+hora\b|à\s+l['’]heure\b|pro\s+stunde\b|an\s+hour\b|all['’]ora\b)|(km\/h|kmh|kph|mph|stundenkilometer|km\/u)\b)/iu;
const KMH = wordKeyW("km/h");
const MPH = wordKeyW("mph");

/**
 * The unit a figure measures in: a speed is one unit however it is written (`137 km/h`, `148
 * kilometer per uur`, `90 kilómetros por hora`), and no distance (`140 km of coast`); any other
 * unit as the clause read it.
 */
export function measuredUnit(text: string, figureEnd: number, unit: string): string {
  const speed = SPEED_RE.exec(text.slice(figureEnd, figureEnd + 40));
  if (!speed) return unit;
  return /^(?:miles?|mph)$/iu.test(speed[1] ?? speed[2] ?? "") ? MPH : KMH;
}

/** `members of staff`, `members of the crew`: what the members are members of. */
const MEMBER_KEY = wordKeyW("members");
const MEMBERS_OF_RE = /^\s+members?\s+of\s+(?:the\s+)?(\p{L}+)/iu;

/**
 * The class of a figure's unit (see UNIT_CLASS); `four members of staff` counts staff, where the
 * staff is a class of its own (not `members of parliament`).
 */
function unitClass(text: string, figureEnd: number, unit: string): string {
  const measured = measuredUnit(text, figureEnd, unit);
  if (measured !== unit) return measured;
  if (unit === MEMBER_KEY) {
    const m = MEMBERS_OF_RE.exec(text.slice(figureEnd, figureEnd + 40));
    const whole = m ? UNIT_CLASS.get(wordKeyW(m[1]!.toLowerCase())) : undefined;
    if (whole) return whole;
  }
  return UNIT_CLASS.get(unit) ?? unit;
}

/** Keys of sentencing (translated reports carry them too): a span of time in such a clause is a prison term. */
const TERM_KEYS = new Set(["sentence", "sentenced", "jail", "jailed", "prison", "imprisoned", "imprisonment"].map((w) => wordKeyW(w)));

/** Keys of an agreement that runs for a span of time: the span in such a clause is its length. */
const CONTRACT_KEYS = new Set(["contract", "contracts", "deal", "lease"].map((w) => wordKeyW(w)));

/**
 * Units of a share as figures carry them (`w:percent` as features.ts writes it, not the word key
 * `w:percen`; `w:per` of `per cent`): a part of some whole, read by the share rules.
 */
export const SHARE_UNITS: ReadonlySet<string> = new Set(["w:percent", "w:per"]);
/** Shares have their own rules (shares.ts, proportions.ts); `times` counts how often, which outlets count from different starts. */
const SKIPPED_UNITS = new Set(["percent", "time"].map((w) => wordKeyW(w)).concat(...SHARE_UNITS));

/**
 * Whether the figure is a count told plainly: its unit after a space (not `a 12-year sentence`,
 * `the 7-yard line`, `$137-million`, which name a kind of thing), the unit in lower case or a
 * tabloid's capitals (not `23 Somali pirates`, whose count is of what follows), and no score or
 * range around it (`27-24`, `58 - 3`, `15 - 17`), and not the rest of a whole (`the remaining three boats`).
 */
function plainCount(text: string, start: number, end: number, value: string, bound: boolean, language: string | null = null): boolean {
  // A span written with its unit (`a four-year contract`, `a 4-year deal`) names a length told plainly.
  if (SPAN_RE.test(text.slice(start, end + 12))) return true;
  const after = /^(\s*|-)(\p{L}[\p{L}'’]*)/u.exec(text.slice(end, end + 40));
  // An amount in a magnitude stays an amount when hyphenated as a modifier (`a 340-million-thaler
  // contract`, `a $137-million deal`): the contract is worth it, as `a 430 million thaler contract` is.
  const joined = after !== null && /^-$/.test(after[1]!) && MAGNITUDE_RE.test(after[2]!);
  if (!after || (/-/.test(after[1]!) && !joined) || (after[1] === "" && !ATTACHED_UNITS.has(after[2]!.toLowerCase()))) return false;
  const unit = after[2]!;
  // A name qualifies the counted noun after it (`four Quellmark diplomats`); a name alone is no
  // unit. German writes every noun with a capital (`Fünf Beschäftigte`): no name there.
  if (language !== "de" && /^\p{Lu}\p{Ll}/u.test(unit) && qualifierAfter(text, end) === null) return false;
  if (/\d\s?[-–]\s?$/.test(text.slice(Math.max(0, start - 4), start)) || /^\s?[-–]\s?\d/.test(text.slice(end, end + 4))) return false;
  const before = text.slice(Math.max(0, start - 24), start);
  if (placeDistance(text, end)) return false;
  // `about 58km (36 miles)`: a figure in brackets converts the one before it.
  if (/\(\s*\S?$/.test(before)) return false;
  // `a 5.6 quake`, `a 12 year sentence`: a figure after `a` names a kind (but `a 22 million fee` counts).
  if (/\ban?\s+\S?$/i.test(before) && !MAGNITUDE_RE.test(unit)) return false;
  // A fraction is a measure only with its magnitude (`9.38 billion`) or as a price in cents
  // (`3.50 marks`), not a rating (`5.6 quake`).
  if (!Number.isInteger(Number(value)) && !MAGNITUDE_RE.test(unit) && !/^\d+\.\d\d$/.test(value)) return false;
  if (bound) return !/\b(?:remaining|other|rest|last|first|another)\s+(?:\p{L}+\s+)?\S?$/iu.test(before);
  // `up to` bounds a figure, but `goes up to 3.50 marks` tells where it goes (the verbs the clause features read so).
  const move = /\b(\p{L}+)\s+up\s+to\s+\S?$/iu.exec(before);
  if (move && RISE_VERBS.has(move[1]!.toLowerCase())) return true;
  return !/\b(?:remaining|other|rest|last|first|another|more\s+than|less\s+than|fewer\s+than|over|about|nearly|almost|around|some|up\s+to|at\s+least|roughly|approximately|estimated|under)\s+\S?$/i.test(before);
}

/** A contract's length as one word before it (`four-year contract`, `5-year deal`). */
const CONTRACT_SPAN_RE = /^[\p{L}\d]+-(?:years?|seasons?)\s+(?:contracts?|deals?|lease)\b/iu;

/** A contract `of` a span, before its figure (`a contract of five years`, `contrato de cinco años`, `contratto di`, `contrat de`, `contract van`). */
const CONTRACT_OF_RE = /\b(?:contract|contrato|contrat|contratto|vertrag)\s+(?:of|de|di|van|über|ueber)\s+$/iu;
/** A figure followed by its unit of years or seasons in the lexicon's languages. */
const YEARS_AFTER_RE = /^\S+\s+(?:years?|seasons?|años|temporadas|ans|saisons|anni|stagioni|anos|jahre|jaar|seizoenen)\b/iu;

/** A count joined to its unit of time by a hyphen, as one word (`four-year`, `4-year`; not an age, `26-year-old`). */
const SPAN_RE = /^[\p{L}\d]+-(?:years?|months?|weeks?|days?|seasons?)(?![-\p{L}])/iu;

/**
 * Whether the figure ending at `figureEnd` tells where something is from a place each outlet
 * picks (`50 miles north of Arnholm`, `12 km off the coast`), not a quantity of the happening: a
 * length unit, then a direction or `from`, `off`, `away`.
 */
export function placeDistance(text: string, figureEnd: number): boolean {
  return /^\s*(?:miles?|mi|km|kms|kilomet(?:re|er)s?|met(?:re|er)s?|m|yards?|feet|ft|nautical\s+miles?)\.?\s*(?:\([^)]{0,20}\)\s*)?(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west|away|from|off|outside|inland|offshore)\b/iu.test(text.slice(figureEnd, figureEnd + 48));
}

const MAGNITUDE_RE = /^(?:hundred|thousand|millions?|billions?|trillion|mln|bn|milliards?|millones|mill[oó]n|millionen|milliarden?|milioni|miliardi|milh[õo]es|milh[ãa]o|bilh[õo]es|miljoen|miljard)$/i;

/** Words of counts up to ninety (`one` is mostly an article or a pronoun). */
const COUNT_WORDS = /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b/gi;

/**
 * How many figures a clause prints: digit groups and count words, not years, not where a figure
 * started (`up from 287 million`), not a date's day (`on 12 May`, `on May 5`) and not an age (`The
 * 24-year-old bagged 22 goals`).
 */
function figuresIn(clause: string): number {
  const digits = clause.match(/(?<![\d.,])(?<!\b(?:from|about|around|nearly|almost|some|than|over|roughly|approximately|environ|rund|etwa|unos|unas|cerca|circa|de)\s+\S?)(?<!\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?\s+)\d[\d,.]*(?!\d|-(?:year|month|week|day)s?-old)(?!\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*)/giu) ?? [];
  return digits.filter((d) => !/^(?:1[89]|20)\d\d$/.test(d)).length + (clause.match(COUNT_WORDS)?.length ?? 0);
}

/**
 * Whether a figure stands in a line of statistics (`548 rushing yards, 28 receptions and 258
 * receiving yards`, `six rifles, 12 magazines and 300 rounds`): another figure within a few words.
 */
export function inStatisticsLine(text: string, clauseStart: number, clauseEnd: number, start: number, end: number): boolean {
  const others = figuresIn(nearby(text, clauseStart, clauseEnd, start, end));
  return others > 0 && !(others === 1 && countAndCount(text, clauseStart, clauseEnd, start, end));
}

/** Two counts joined (`236 passengers and 41 crew`, `12 dead plus 30 injured`). */
const COUNT_AND_COUNT = /(?<![\d.,])(\d[\d,.]*)\s+(\p{L}[\p{L}'’-]*)\s+(?:and|plus)\s+(\d[\d,.]*)\s+(\p{L}[\p{L}'’-]*)/dgu;

/** Words of people counted beside the headcount words (see PEOPLE): who is on board, hurt or held. */
const MORE_PEOPLE = new Set(["passenger", "passengers", "crew", "dead", "injured", "wounded", "patient", "patients", "child", "children", "adult", "adults", "victim", "victims", "survivor", "survivors", "hostage", "hostages", "prisoner", "prisoners", "soldier", "soldiers", "officer", "officers", "firefighter", "firefighters"].map((w) => wordKey(w)));

/**
 * Whether the figure at `start` is one of two counts of different people joined by `and` (`236
 * passengers and 41 crew`, `three dead and 12 injured`): a headcount of each, told plainly, as
 * two sentences would tell them. A line of statistics (`25 points and 11 rebounds`) counts a
 * performance, which reports of other spells of a game count otherwise.
 */
function countAndCount(text: string, clauseStart: number, clauseEnd: number, start: number, end: number): boolean {
  const person = (w: string): boolean => {
    const k = wordKey(normalizeWord(w));
    return PEOPLE.has(k) || MORE_PEOPLE.has(k);
  };
  for (const m of text.slice(clauseStart, clauseEnd).matchAll(COUNT_AND_COUNT)) {
    const first = clauseStart + m.indices![1]![0];
    const [secondStart, secondEnd] = m.indices![3]!;
    if (start !== first && !(start === clauseStart + secondStart && end <= clauseStart + secondEnd)) continue;
    return m[2]!.toLowerCase() !== m[4]!.toLowerCase() && person(m[2]!) && person(m[4]!);
  }
  return false;
}

/** Words either side of a figure within which another figure makes a line of statistics. */
const STATS_REACH = 3;

/**
 * Whether a figure is what was expected or compared against rather than what is reported (`ahead
 * of the 196 million forecast`, `than the 12 expected`).
 */
function notReported(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  // A range's end (`between 880 and 920 million`) and a forecast or target (`its forecast of
  // full-year profit of 880 million`) are not what happened.
  if (/\bbetween\s+\S+\s+and\s+\S?$|\d\s*(?:to|-|–)\s*\S?$/i.test(before)) return true;
  if (/\b(?:forecasts?|targets?|guidance|outlook|expects?|expected|predicts?)\b[^.;,]{0,40}$/i.test(before)) return true;
  if (/\b(?:ahead\s+of|short\s+of|below|above|(?<!\b(?:more|less|fewer|rather)\s)than|versus|compared\s+with|beat|beating|missed|missing)\s+(?:the\s+|a\s+|an\s+)?\S?$/i.test(text.slice(Math.max(0, start - 30), start))) return true;
  // A unit with a slash (`120 km/h forecast`) is one word.
  return /^\S*(?:\s+[\p{L}/-]+){0,2}\s+(?:forecast|forecasts|expected|predicted|estimated|target|consensus)\b/iu.test(text.slice(end, end + 48));
}

/** The clause's text within STATS_REACH words either side of the figure, the figure left out. */
function nearby(text: string, clauseStart: number, clauseEnd: number, start: number, end: number): string {
  const before = text.slice(clauseStart, start).split(/\s+/).slice(-STATS_REACH - 1).join(" ");
  const after = text.slice(end, clauseEnd).split(/\s+/).slice(0, STATS_REACH + 1).join(" ");
  return before + " \u2026 " + after;
}

/** The sign printed against a figure (`$108`, `€85`, `e85`), or an empty string. */
function signOf(text: string, start: number): string {
  const c = text.charAt(start - 1);
  return /[$€£¥\p{L}]/u.test(c) ? c.toLowerCase() : "";
}

/** Hedging words as the clause features read them, as a pattern over a clause's text. */
const HEDGE_RE = new RegExp(`\\b(?:${[...HEDGES].filter((h) => h !== "may").join("|")})\\b|\\bmay\\b(?!\\s*\\d)`, "i");
/** A relative clause that opens before a figure and tells it as done (`which has affected 43 patients`). */
const RELATIVE_DONE_RE = /\b(?:which|that|who)\s+(?:has|have|had|was|were)\b[^,;]*$/i;

/**
 * Whether a hedged clause's hedge reaches its figure at `figureStart`: always when it stands
 * before the figure, but not when the figure is told as done in a relative clause and the hedge
 * comes after it (`the outbreak, which has affected 43 patients, may be past its peak` hedges the
 * peak, not the count).
 */
function hedgeReaches(text: string, start: number, end: number, figureStart: number): boolean {
  const before = text.slice(start, figureStart);
  if (HEDGE_RE.test(before)) return true;
  return !(RELATIVE_DONE_RE.test(before) && HEDGE_RE.test(text.slice(figureStart, end)));
}

/** Number disputes between outlets of one event, over all their clauses. */
export function figureContradictions(ctx: StoryContext, rules: FigureRules): Contradiction[] {
  const cap = ctx.weights.postingCap();
  const eventOf = (article: string): string => ctx.members.get(article)!.input.assignment.event;
  // Per event and unit, every figure of the originals told of the happening's own time, and
  // those of them told plainly enough to be compared.
  const every = new Map<string, Figure[]>();
  const plain = new Map<string, Figure[]>();
  ctx.clauses.forEach((c, i) => {
    const member = ctx.members.get(c.article)!;
    if (member.copy) return;
    const text = member.input.article.text;
    const told: { value: string; unit: string | null; start: number; end: number; kind: Figure["kind"] }[] = [...c.numbers.map((n) => ({ ...n, kind: "exact" as const })), ...(c.bounds ?? [])];
    for (const n of told) {
      // A contract expected to be signed for a length tells that length (no forecast of a figure).
      if (!n.unit || SKIPPED_UNITS.has(n.unit) || (notReported(text, n.start, n.end) && !CONTRACT_SPAN_RE.test(text.slice(n.start, n.start + 40)))) continue;
      const when = timeOf(text.slice(n.end, c.end));
      // A span of time is compared only as a prison term (`jailed for six years`, `sentenced to
      // eight years`, `condamné à six ans de prison`): other spans count from different starts.
      // So is the length of a contract (`a four-year deal`, `a contract of five years`).
      if (rules.duration(n.unit) && !c.keys.some((k) => TERM_KEYS.has(k) || CONTRACT_KEYS.has(k))) continue;
      const ownUnit = unitClass(text, n.end, n.unit);
      const key = `${eventOf(c.article)}\u0000${when}\u0000${ownUnit}`;
      const f: Figure = { clause: i, article: c.article, source: sourceOf(ctx, c.article), value: n.value, printed: n.value, printedUnit: ownUnit, start: n.start, sign: signOf(text, n.start), kind: n.kind, counts: c.foreign === null ? countedAfter(text, n.end, n.unit) : null, qualifier: qualifierAfter(text, n.end), withDebt: WITH_DEBT.test(text.slice(n.end, c.end)) };
      pushTo(every, key, f);
      if (!plainCount(text, n.start, n.end, n.value, n.kind !== "exact", c.foreign)) continue;
      // A line of statistics (`25 points and 16 rebounds`, `eight touchdowns on 498 rushing yards`) counts many things at once.
      if (inStatisticsLine(text, c.start, c.end, n.start, n.end)) continue;
      pushTo(plain, key, f);
    }
  });
  inMagnitudes(every, plain);
  const anyPeople = inPeopleKinds(every, plain);
  const out: Contradiction[] = [];
  // The word keys beside each figure, read once (see keysNear).
  const nearKeys = new Map<Figure, Set<string>>();
  for (const [key, figs] of plain) {
    const unit = key.slice(key.lastIndexOf("\u0000") + 1);
    const when = key.split("\u0000")[1]!;
    const all = every.get(key)!;
    // The unit's own figures, without counts of people of no kind joined to it (see inPeopleKinds).
    const ownKind = all.filter((h) => !anyPeople.has(h));
    if (new Set(figs.map((f) => f.value)).size < 2) continue;
    // Two values may be a dispute; many of one size are a tally (a game's points and yards, a
    // career's wins). A company's profit and its sales, a thousand times larger, are two things.
    const values = [...new Set(all.map((f) => Number(f.value)))];
    // A unit counted many ways across the event is a tally at every size: not read at all.
    if (values.length > 4 * MAX_VALUES) continue;
    const crowded = (lo: number, hi: number): boolean => values.filter((v) => v * MAX_RATIO >= lo && v <= hi * MAX_RATIO).length > MAX_VALUES;
    // A span that names a contract's length (`a four-year contract`, `a 4-year deal`), and
    // whether its outlet names another length of a contract in the event.
    const textOf = (f: Figure): string => ctx.members.get(f.article)!.input.article.text;
    const contractLength = (f: Figure): boolean => CONTRACT_SPAN_RE.test(textOf(f).slice(f.start, f.start + 40)) || (CONTRACT_OF_RE.test(textOf(f).slice(Math.max(0, f.start - 24), f.start)) && YEARS_AFTER_RE.test(textOf(f).slice(f.start, f.start + 30)));
    const otherLength = (f: Figure): boolean => (every.get(`${eventOf(f.article)}\u0000${when}\u0000${unit}`) ?? []).some((g) => g.source === f.source && g.value !== f.value && contractLength(g));
    // A contract's length is told alike of a contract signed and one to be signed (`is expected
    // to sign a four-year deal`); other figures of a plan or a guess are not compared.
    const usable = (f: Figure): boolean => {
      const c = ctx.clauses[f.clause]!;
      return (!c.conditional && !(c.hedged && hedgeReaches(ctx.members.get(c.article)!.input.article.text, c.start, c.end, f.start))) || contractLength(f);
    };
    // Whether the figure's outlet prints another value of the unit (plainly or not: `a 30-mile
    // pursuit`) in its own event, in its clause or in one that shares a word of what is counted,
    // of a size that could report the same quantity (a winner's 14,218 votes is no rival of a
    // margin of 37).
    const comparable = (g: Figure, f: Figure): boolean => Math.max(Number(g.value), Number(f.value)) <= MAX_RATIO * Math.min(Number(g.value), Number(f.value));
    const rival = (f: Figure, telling: string[]): boolean =>
      (every.get(`${eventOf(f.article)}\u0000${when}\u0000${unit}`) ?? []).some((g) => g.source === f.source && disagree(g, f) && comparable(g, f) && !otherThings(g, f) && (g.clause === f.clause || telling.some((k) => ctx.weights.keySet(g.clause).has(k))));
    // The words beside a figure (see keysNear), read once per figure.
    const near = (f: Figure): Set<string> => {
      let keys = nearKeys.get(f);
      if (!keys) {
        const c = ctx.clauses[f.clause]!;
        nearKeys.set(f, (keys = keysNear(textOf(f), c.start, c.end, f.start, c.foreign)));
      }
      return keys;
    };
    // Every pair of wordings of different values that count the same thing; the sides are their union.
    let best = 0;
    const sides = new Map<string, Figure[]>();
    /** Per figure, the closest pair it was set against. */
    const strength = new Map<Figure, number>();
    const about = new Set<string>();
    for (let x = 0; x < figs.length; x++) {
      for (let y = x + 1; y < figs.length; y++) {
        const a = figs[x]!;
        const b = figs[y]!;
        if (!disagree(a, b) || otherThings(a, b) || a.source === b.source || a.sign !== b.sign || !usable(a) || !usable(b)) continue;
        const va = Number(a.value);
        const vb = Number(b.value);
        if (!(va > 0 && vb > 0) || Math.max(va, vb) > MAX_RATIO * Math.min(va, vb) || crowded(Math.min(va, vb), Math.max(va, vb))) continue;
        const ca = ctx.clauses[a.clause]!;
        const cb = ctx.clauses[b.clause]!;
        if (!rules.sameYears(ca, cb)) continue;
        const ka = rules.countedFor(a.clause, a.start);
        const kb = rules.countedFor(b.clause, b.start);
        if (ka !== null && kb !== null && ka !== kb) continue;
        const aligned = similarity(ctx.weights, a.clause, b.clause, reporting(ca, cb, ["n:" + a.printed, "n:" + b.printed]));
        const { shared } = aligned;
        // A translation is compared on the words a translation keeps (see crossCosine), when
        // neither outlet gives the unit another value of its size in the event: the few words two languages
        // share cannot tell which of an outlet's counts is the other's (`tre uomini` on camera,
        // `due uomini` arrested).
        const oneValue = (f: Figure): boolean => !all.some((h) => h.source === f.source && h.value !== f.value && comparable(h, f));
        const sim = ca.foreign === cb.foreign || !oneValue(a) || !oneValue(b) ? aligned.sim : Math.max(aligned.sim, crossCosine(ctx.weights, a.clause, b.clause));
        // The length of the event's contract told by both (`a four-year contract` / `a five-year
        // deal`) is one quantity however the rest of the sentences differ, unless an outlet gives
        // two lengths (two contracts).
        const contracts = contractLength(a) && contractLength(b) && !otherLength(a) && !otherLength(b);
        // A word of what is counted besides the unit as printed (`million guilders`), and not
        // only a name the whole story repeats.
        const printed = new Set([unit, ...unitKeys(rules.label(a.clause, a.start, unit)), ...unitKeys(rules.label(b.clause, b.start, unit))]);
        // The head of a news phrase the unit is (`arrests` stands for `detain`) is the unit too.
        for (const k of [...printed]) for (const h of phraseKeys([k.slice(2)])) printed.add(h);
        // A contract's length has its own rule (two lengths from one outlet are two contracts).
        // A word both wordings print only in names tells nothing counted; one that is a plain word
        // in one of them does (`from a property developer` / `from Ashdown Vale Developments`).
        const local = (): boolean => {
          if (sim < MIN_LOCAL_ALIGNMENT || contractLength(a) || contractLength(b)) return false;
          const na = near(a);
          const nb = near(b);
          return shared.some((k) => k.startsWith("w:") && !printed.has(k) && !(ca.nameKeys.has(k) && cb.nameKeys.has(k)) && na.has(k) && nb.has(k) && ctx.weights.postings.get(k)!.length <= cap / 2);
        };
        if (sim < MIN_ALIGNMENT && !contracts && !local()) continue;
        const telling = shared.filter((k) => !printed.has(k) && k.startsWith("w:") && ctx.weights.postings.get(k)!.length <= cap / 2);
        if (!contracts && (telling.length === 0 || rival(a, telling) || rival(b, telling))) continue;
        best = Math.max(best, contracts ? Math.max(sim, MIN_ALIGNMENT) : sim);
        for (const f of [a, b]) {
          strength.set(f, Math.max(strength.get(f) ?? 0, sim));
          const list = sides.get(sideKey(f)) ?? [];
          if (!list.includes(f)) list.push(f);
          sides.set(sideKey(f), list);
        }
        for (const k of telling) about.add(k);
      }
    }
    if (sides.size < 2) continue;
    // An estimate or a bound that only one side's figures fit (`nearly half a million` beside
    // 480,000 against 840,000) tells that side's value in round words: it stands there.
    const fitting = (f: Figure): Figure[] | undefined => {
      if (f.kind === "exact") return undefined;
      const fit = [...sides].filter(([k, list]) => k !== sideKey(f) && list.some((g) => g.kind === "exact") && list.every((g) => !disagree(f, g)));
      return fit.length === 1 ? fit[0]![1] : undefined;
    };
    for (const [k, list] of [...sides]) {
      if (list.some((f) => f.kind === "exact")) continue;
      const into = fitting(list[0]!);
      if (!into || !list.every((f) => fitting(f) === into)) continue;
      into.push(...list);
      sides.delete(k);
    }
    if (sides.size < 2) continue;
    // Further wordings of either value: a clause close to one already on a side, sharing a word of
    // what is counted, told plainly or not (`infected 43 patients and 17 members of staff` is too
    // crowded to open a dispute, not to take a side in one), and in a clause that is no plain
    // assertion (`people who were evacuated ... have been told they can go home`): it still prints
    // the value. Two rounds: a wording may join through one that joined in the first.
    // Reports of the story's other events that recall a disputed value (`Two people died and seven
    // were injured when the span fell`, in the inquiry's report a month on) join its side too.
    const recalls = [...plain].filter(([k]) => k !== key && k.slice(k.indexOf("\u0000") + 1) === `${when}\u0000${unit}`).flatMap(([, list]) => list);
    // The same value of the event counted in another word (`1,240 people waited` beside `1,240
    // patients waited`) is a wording of its side too.
    const eventWhen = key.slice(0, key.lastIndexOf("\u0000") + 1);
    const renamed = [...every].filter(([k]) => k !== key && k.startsWith(eventWhen)).flatMap(([, list]) => list.filter((f) => sides.has(sideKey(f))));
    for (let round = 0; round < 2; round++) {
      const members = [...sides.values()].flat();
      for (const f of [...all, ...recalls, ...renamed]) {
        const side = sides.get(sideKey(f)) ?? fitting(f);
        // A side holds one thing counted: not `four Varnholt diplomats` beside `four Quellmark diplomats`.
        if (!side || side.includes(f) || side.some((g) => otherThings(f, g))) continue;
        const joins = members.some((g) => {
          if (g.clause === f.clause) return false;
          if (translatedWording(ctx, f, g, ownKind)) return true;
          const { sim, shared } = similarity(ctx.weights, f.clause, g.clause, reporting(ctx.clauses[f.clause]!, ctx.clauses[g.clause]!, ["n:" + f.printed, "n:" + g.printed]));
          const telling = shared.filter((k) => k !== unit && k.startsWith("w:") && ctx.weights.postings.get(k)!.length <= cap / 2);
          // A word of what is counted right beside both figures (`détruit quatorze maisons` /
          // `had destroyed 14 homes`) ties a short wording to a long one that tells more.
          const beside = telling.some((k) => near(f).has(k) && near(g).has(k));
          return (sim >= MIN_ALIGNMENT / 2 || (beside && sim >= MIN_LOCAL_ALIGNMENT / 2)) && telling.length > 0 && !rival(f, telling);
        });
        if (joins) side.push(f);
      }
    }
    // An outlet paired on two sides keeps the side of its closest pair (`214 million` against
    // `net profit climbed to 241 million`, not against `revenue of 310 million`); one that joined
    // two sides only through further wordings tells two things and takes none.
    const sideOf = new Map<string, Map<string, number>>();
    for (const [v, list] of sides) for (const f of list) {
      const m = sideOf.get(f.source) ?? new Map<string, number>();
      m.set(v, Math.max(m.get(v) ?? 0, strength.get(f) ?? 0));
      sideOf.set(f.source, m);
    }
    const keep = (f: Figure, v: string): boolean => {
      const m = sideOf.get(f.source)!;
      if (m.size === 1) return true;
      const top = Math.max(...m.values());
      return top > 0 && m.get(v) === top && [...m.values()].filter((x) => x === top).length === 1;
    };
    for (const [v, list] of sides) sides.set(v, list.filter((f) => keep(f, v)));
    for (const [v, list] of sides) if (list.length === 0) sides.delete(v);
    if (sides.size < 2) continue;
    derivedWordings(ctx, sides, unit);
    // The unit as an untranslated wording prints it.
    const shown = [...sides.values()].flat();
    const first = shown.find((f) => ctx.clauses[f.clause]!.foreign === null) ?? shown[0]!;
    // A contract's length reads as one (`length of the contract`: `4 years` / `5 years`).
    const lengths = shown.every(contractLength);
    const printedWord = rules.label(first.clause, first.start, first.printedUnit);
    // What is counted without a magnitude (`marks` of `million marks`), for the wordings in units.
    const scaled = (f: Figure): boolean => f.value !== f.printed;
    const word = lengths ? unit.slice(2) + "s" : printedWord;
    // A side reads as its first untranslated wording prints it (`1.2 million marks`, `900,000 marks`).
    const anyScaled = shown.some(scaled);
    const labelOf = (list: Figure[]): string => {
      if (!anyScaled) return `${KIND_WORDS[list[0]!.kind]}${figureLabel(list[0]!.value)} ${word}`;
      const f = list.find((g) => ctx.clauses[g.clause]!.foreign === null && g.kind === list[0]!.kind) ?? list[0]!;
      const untranslated = (g: Figure): boolean => ctx.clauses[g.clause]!.foreign === null;
      if (untranslated(f) && !lengths) return `${KIND_WORDS[f.kind]}${figureLabel(f.printed)} ${rules.label(f.clause, f.start, f.printedUnit)}`;
      // A translated wording in the words of an untranslated one of its unit as printed, or of its magnitude.
      const like = shown.find((g) => untranslated(g) && g.printedUnit === f.printedUnit) ?? shown.find((g) => untranslated(g) && g.printedUnit === unit);
      const shownValue = like && like.printedUnit !== unit ? f.printed : f.value;
      return `${KIND_WORDS[f.kind]}${figureLabel(shownValue)} ${like ? rules.label(like.clause, like.start, like.printedUnit) : word}`;
    };
    out.push({
      id: "",
      kind: "number",
      about: (lengths ? "length of the contract" : `number of ${word}`) + (when === "" ? "" : /^\d/.test(when) ? ` in ${when}` : when.endsWith("before") ? ` the ${when}` : ` ${when}`),
      sides: [...sides].map(([, list]) => ({
        label: labelOf(list),
        citations: [...new Map(list.map((f) => [f.clause, f] as const)).values()].sort((p, q) => p.clause - q.clause).map((f) => citeFigure(ctx, f.clause, f.start, f.printedUnit)),
      })),
      confidence: Math.round(Math.min(1, 0.5 + best) * 1000) / 1000,
    });
  }
  return out;
}

/**
 * A translation of a side's wording (`wurden neun Beschäftigte verletzt` beside `Nine workers were
 * taken to hospital`): of another language than the side's figure, with its value and unit, the
 * only value of the unit its outlet gives in the event, and aligned on the words a translation
 * keeps (see crossCosine). A translated sentence seldom keeps a word of what is counted besides the
 * unit that the lexicon knows, which the wordings of one language must share.
 */
function translatedWording(ctx: StoryContext, f: Figure, g: Figure, all: readonly Figure[]): boolean {
  const cf = ctx.clauses[f.clause]!;
  const cg = ctx.clauses[g.clause]!;
  if (cf.foreign === cg.foreign || f.value !== g.value || f.kind !== g.kind) return false;
  if (all.some((h) => h.source === f.source && h.value !== f.value)) return false;
  return crossCosine(ctx.weights, f.clause, g.clause) >= MIN_ALIGNMENT / 2;
}

/**
 * A figure of a unit that the event also counts in a magnitude (`900,000 marks` beside `1.2
 * million marks`, `480,000 guilders` beside `nearly half a million guilders`) moves to the
 * magnitude's group, its value read in it (0.9 million), when it is of the size of a figure
 * there (within MAX_RATIO): outlets print one amount both ways. A share price of `41.60 marks`
 * beside `1.86 billion marks` of revenue stays where it was.
 */
function inMagnitudes(every: Map<string, Figure[]>, plain: Map<string, Figure[]>): void {
  const moves: { from: string; to: string; factor: number; f: Figure }[] = [];
  for (const [key, figs] of every) {
    const cut = key.lastIndexOf("\u0000");
    const factor = MAGNITUDE_FACTOR.get(key.slice(cut + 1));
    if (factor === undefined) continue;
    for (const m of figs) {
      if (m.counts === null) continue;
      const from = key.slice(0, cut + 1) + (UNIT_CLASS.get(m.counts) ?? m.counts);
      if (from === key) continue;
      const whole = Number(m.value) * factor;
      for (const f of every.get(from) ?? []) {
        const v = Number(f.value);
        if (v > 0 && Math.max(v, whole) <= MAX_RATIO * Math.min(v, whole) && !moves.some((x) => x.f === f)) moves.push({ from, to: key, factor, f });
      }
    }
  }
  for (const { from, to, factor, f } of moves) {
    const scaled: Figure = { ...f, value: String(Number(f.value) / factor), counts: from.slice(from.lastIndexOf("\u0000") + 1) };
    every.set(from, every.get(from)!.filter((g) => g !== f));
    every.get(to)!.push(scaled);
    const plainFrom = plain.get(from);
    if (plainFrom?.includes(f)) {
      plain.set(from, plainFrom.filter((g) => g !== f));
      pushTo(plain, to, scaled);
    }
  }
}

/** Units that count people of no kind of their own (`62 men underground`, `some 300 people`). */
const ANY_PEOPLE = new Set([UNIT_CLASS.get(wordKeyW("people"))!, wordKeyW("men")]);

/** Whether a unit counts people of one kind (`miners`, `nurses`, `passengers`). */
function peopleOfAKind(unit: string): boolean {
  const k = unit.slice(2);
  return !ANY_PEOPLE.has(unit) && (PEOPLE.has(k) || MORE_PEOPLE.has(k));
}

/**
 * Counts of people of no kind compared with the counts of each kind of people the event counts
 * (`Forty-seven miners were underground` / `There were 62 men underground`): one outlet's `men`
 * may be another's `miners`, unless one clause counts both words, which makes them two groups
 * (`62 men, among them 47 miners`). What is compared stays for the pairs to show: their values
 * within MAX_RATIO and their wordings aligned, as for any unit. Returns the figures so joined: no
 * value of the kind's own for a translation's count to be told apart from (see translatedWording).
 */
function inPeopleKinds(every: Map<string, Figure[]>, plain: Map<string, Figure[]>): Set<Figure> {
  const joinedFigures = new Set<Figure>();
  const unitsOf = new Map<string, string[]>();
  for (const key of every.keys()) {
    const cut = key.lastIndexOf("\u0000");
    pushTo(unitsOf, key.slice(0, cut + 1), key.slice(cut + 1));
  }
  for (const [scope, units] of unitsOf) {
    const generic = units.filter((u) => ANY_PEOPLE.has(u));
    if (generic.length !== 1) continue;
    const from = scope + generic[0]!;
    let joined = false;
    const kinds = units.filter(peopleOfAKind);
    // The kinds of people each clause counts: a kind counted beside another (`236 passengers and
    // 41 crew`) is a part of a whole, which a count of no kind may be (`277 people on board`).
    const kindsOf = new Map<number, Set<string>>();
    for (const kind of kinds) for (const f of every.get(scope + kind)!) kindsOf.set(f.clause, (kindsOf.get(f.clause) ?? new Set()).add(kind));
    const parts = new Set([...kindsOf.values()].filter((ks) => ks.size > 1).flatMap((ks) => [...ks]));
    for (const kind of kinds) {
      if (parts.has(kind)) continue;
      const to = scope + kind;
      // A clause counting both words counts two groups: its figures stay apart.
      const both = new Set(every.get(to)!.map((f) => f.clause));
      const apart = (f: Figure): boolean => !both.has(f.clause);
      for (const f of every.get(from)!) if (apart(f)) joinedFigures.add(f);
      every.set(to, [...every.get(to)!, ...every.get(from)!.filter(apart)]);
      const plainFrom = plain.get(from)?.filter(apart);
      if (plainFrom?.length) plain.set(to, [...(plain.get(to) ?? []), ...plainFrom]);
      joined = true;
    }
    if (!joined) continue;
    every.delete(from);
    plain.delete(from);
  }
  return joinedFigures;
}

/**
 * An outlet's own two counts whose difference is its side's value (`elected by 37 votes` beside
 * `Merrow received 14,218 votes and Ruck 14,181`) tell that value too: the clause of the two
 * counts joins the side, cited at the larger one. Only clauses of articles already on the side,
 * and no year counts (`2022` and `2019` are no tallies three apart).
 */
function derivedWordings(ctx: StoryContext, sides: Map<string, Figure[]>, unit: string): void {
  for (const list of sides.values()) {
    const exact = list.find((f) => f.kind === "exact" && f.value === f.printed);
    const v = exact ? Number(exact.value) : NaN;
    if (!exact || !Number.isInteger(v) || v <= 0) continue;
    const articles = new Set(list.map((f) => f.article));
    const have = new Set(list.map((f) => f.clause));
    ctx.clauses.forEach((c, i) => {
      if (!articles.has(c.article) || have.has(i) || !c.keys.includes(unit)) return;
      const text = ctx.members.get(c.article)!.input.article.text.slice(c.start, c.end);
      const counts = [...text.matchAll(/(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d.,]\d)|(?<![\d.,])\d+(?![\d.,]\d)/g)].filter((m) => !/^(?:19|20)\d\d$/.test(m[0])).map((m) => ({ n: Number(m[0].replace(/,/g, "")), at: c.start + m.index }));
      for (const a of counts)
        for (const b of counts) {
          if (a.n - b.n !== v || b.n <= v) continue;
          list.push({ ...exact, clause: i, start: a.at });
          have.add(i);
          return;
        }
    });
  }
}

/** A figure as a side's label shows it: thousands grouped, and the decimals printed (`3.50`, `1,240`). */
export function figureLabel(value: string): string {
  const decimals = /\.(\d+)$/.exec(value)?.[1]?.length ?? 0;
  return Number(value).toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: Math.max(3, decimals) });
}

/** A comparison set off after a figure (`, up from 587 million last year`, `, against 41 a year ago`). */
const COMPARISON_TAIL = /[,;]\s*(?:(?:up|down)\s+from|compared\s+(?:with|to)|against|versus|from)\b[^,;]{0,24}\d/iu;

/**
 * The citation of the clause holding a figure at `figureStart` (unit key `unit`), cut short of
 * another figure of the same unit that a comma or dash sets off and of a comparison after it (`A
 * 648 million mark budget cleared the chamber on Tuesday, up from 587 million marks last year`
 * cites up to the comma): the other figure is no part of this side.
 */
export function citeFigure(ctx: StoryContext, clause: number, figureStart: number, unit: string): ClaimSupport {
  const c = ctx.clauses[clause]!;
  const text = ctx.members.get(c.article)!.input.article.text;
  let start = c.start;
  let end = c.end;
  const here = Math.max(c.start, Math.min(figureStart, c.end));
  const tail = COMPARISON_TAIL.exec(text.slice(here, end));
  if (tail) end = here + tail.index;
  const others = [...c.numbers, ...(c.bounds ?? [])].filter((n) => n.unit !== null && (UNIT_CLASS.get(n.unit) ?? n.unit) === unit && n.start !== figureStart);
  for (const o of others) {
    if (o.start > here) {
      const gap = text.slice(here, o.start);
      const cut = Math.max(gap.lastIndexOf(","), gap.lastIndexOf(";"), gap.lastIndexOf(" – "), gap.lastIndexOf(" — "), gap.lastIndexOf("("));
      if (cut > 0) end = Math.min(end, here + cut);
    } else if (o.end <= here) {
      const gap = text.slice(o.end, here);
      const cut = Math.max(gap.lastIndexOf(","), gap.lastIndexOf(";"), gap.lastIndexOf(" – "), gap.lastIndexOf(" — "), gap.lastIndexOf(")"));
      if (cut >= 0) start = Math.max(start, o.end + cut + 1);
    }
  }
  // A figure of another thing in another clause of the sentence (`... while the council was
  // choosing a builder for the 420-home estate`) is no part of what the side says.
  for (const o of [...c.numbers, ...(c.bounds ?? [])]) {
    if (o.start === figureStart || o.unit === null) continue;
    if (o.start > here && o.start < end) {
      const gap = text.slice(here, o.start);
      const breaks = [...gap.matchAll(CLAUSE_BREAKS)];
      const last = breaks[breaks.length - 1];
      if (last && last.index > 0) end = Math.min(end, here + last.index);
    } else if (o.end <= here && o.end > start) {
      const gap = text.slice(o.end, here);
      const first = CLAUSE_BREAK.exec(gap);
      if (first) start = Math.max(start, o.end + first.index + first[0].length);
    }
  }
  while (start < end && /\s/.test(text.charAt(start))) start++;
  return cite(ctx, c.article, start, end);
}

/** Where another clause of a sentence starts: a semicolon, `while`, `whereas`. */
const CLAUSE_BREAK = /;|\s(?:while|whereas)\s/iu;
/** Every clause break of a text (see CLAUSE_BREAK). */
const CLAUSE_BREAKS = new RegExp(CLAUSE_BREAK.source, "giu");
