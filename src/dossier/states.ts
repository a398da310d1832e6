/**
 * Status disputes: two outlets put one person or thing in states that exclude each other (`was
 * remanded in custody` / `was released on bail`, `was cleared of all charges` / `was convicted`,
 * `remained closed` / `reopened`, `will retire` / `was forced out`). The wordings share almost no
 * words, so the claim alignment never compares them; here each state is a row of two poles of
 * phrases any news desk uses, read over the whole event, and two clauses of different outlets are
 * set against each other when they hold opposite poles about the same subject.
 *
 * Precision first: a pole phrase counts only stated outright (no negation, modal or future just
 * before it, where the row asks it: `will reopen` is a plan, not a state; `pleaded not guilty` is a
 * plea, not a verdict), a clause holding both poles tells a sequence and counts for neither, an
 * outlet on both sides tells a nuance and leaves, and the subjects must match: the same person
 * named before the phrase, or a word of what is described (`Ward 7 reopened` / `Wards 6, 7 and 9
 * remain closed`) in common; a state of a person needs the person named on both sides (a pronoun
 * the language layer resolved counts).
 */
import { normalizeWord } from "../core/tokenize.js";
import { entityKey, type Clause } from "./features.js";
import { citeSentences, clauseTokens, sourceOf, type StoryContext } from "./context.js";
import { STOP_WORDS, wordKey } from "./text.js";
import type { Contradiction } from "./types.js";

/** A row of two poles: phrases (lower case, matched on word keys) of states that exclude each other. */
interface StateRow {
  about: string;
  poles: [string[], string[]];
  /** Labels of the two sides. */
  labels: [string, string];
  /** A modal or future word just before a phrase makes it a plan, not a state. */
  nowOnly: boolean;
  /**
   * What changes must be named right by the phrase (`kept its dividend unchanged` / `raised its
   * final dividend`): the words of these rows are told of everything in a story.
   */
  close?: boolean;
  /** A state of a person: both clauses must name the person (an unnamed `He was acquitted` may be anyone). */
  person?: boolean;
  /** The word both clauses share must sit right by the phrase in one of them (`a unanimous verdict` / `the verdict came by a majority`). */
  nearOne?: boolean;
  /**
   * A stance an organisation's people tell (`Vannemar said the company had ruled out selling`, `a
   * spokeswoman said Osterlin would look at any offer`): the person named before the phrase is
   * who speaks, not what the state is of, so only the words of what is described compare.
   */
  spoken?: boolean;
  /**
   * A state of the event's happening itself (its cause): any two tellings in one event speak of
   * the same thing, whatever else their clauses name.
   */
  event?: boolean;
}

/**
 * The rows. Each phrase is a form every desk uses for the state, matched word for word on exact
 * forms (`resigned`, not `resignation`: `calls for his resignation` states no departure); a phrase
 * holding the other pole's word (`refused to concede`, `not guilty`, `denied bail`) is listed on its
 * own pole and wins over the shorter one, being longer. French forms let a translation take its side.
 * A word with a common other sense in news (`dismissed` a claim, `cleared` a road, `cut` prices)
 * is left out or held to a phrase.
 */
const ROWS: StateRow[] = [
  {
    about: "custody",
    poles: [
      ["remanded in custody", "remanded * in custody", "was remanded", "were remanded", "held in custody", "kept in custody", "placed in detention", "place en detention", "placee en detention", "denied bail", "refused bail"],
      ["granted bail", "released on bail", "freed on bail", "was bailed", "were bailed", "remis en liberte", "remise en liberte"],
    ],
    labels: ["held in custody", "on bail"],
    nowOnly: true,
    person: true,
  },
  {
    about: "verdict",
    poles: [
      ["acquitted", "was cleared", "were cleared", "been cleared", "found not guilty", "found * not guilty", "not guilty", "acquitte", "acquittee"],
      ["convicted", "found guilty", "found * guilty", "reconnu coupable", "reconnue coupable"],
    ],
    labels: ["acquitted", "convicted"],
    nowOnly: true,
    person: true,
  },
  {
    // A sentence yet to come told against one already passed, in one happening's reports.
    about: "sentenced",
    poles: [
      ["will be sentenced", "would be sentenced", "to be sentenced", "is due to be sentenced", "awaiting sentence", "awaits sentence", "until sentencing", "before sentencing", "sera condamne", "sera condamnee"],
      ["was jailed for", "were jailed for", "was sentenced to", "were sentenced to", "was jailed", "been jailed for", "been sentenced to"],
    ],
    labels: ["to be sentenced", "sentenced"],
    nowOnly: false,
    person: true,
  },
  {
    // A jury's verdict or a body's vote (`returned a unanimous verdict` / `by a majority of ten to two`).
    about: "unanimous or by a majority",
    poles: [
      ["unanimous", "unanimously", "unanime", "unanimement", "unanimidad", "einstimmig"],
      ["by a majority", "majority of", "a la majorite", "por mayoria", "mehrheitlich"],
    ],
    labels: ["unanimous", "by a majority"],
    nowOnly: false,
    // Votes are told of everything in a council's or a court's story: what was voted on is named by the phrase in one telling at least.
    nearOne: true,
  },
  {
    about: "open or closed",
    poles: [
      ["reopened", "has reopened", "back open", "open again", "reopens"],
      ["remained closed", "remains closed", "remain closed", "still closed", "stayed closed", "stays closed", "remained shut", "remains shut", "remain shut", "still shut"],
    ],
    labels: ["reopened", "still closed"],
    nowOnly: true,
  },
  {
    about: "open or closed to traffic",
    poles: [
      ["closed to all traffic", "closed to traffic", "closed to vehicles", "closed to all vehicles", "closed to cars"],
      ["remains open", "remained open", "still open", "stays open", "stayed open", "open to traffic", "open to cars", "open to vehicles"],
    ],
    labels: ["closed to traffic", "open to traffic"],
    nowOnly: true,
  },
  {
    about: "departure",
    poles: [
      ["retire", "retires", "retiring", "retired", "step down", "steps down", "stepping down", "stepped down", "resigned", "resigns", "resign"],
      ["forced out", "pushed out", "sacked", "ousted", "was suspended", "were suspended", "been suspended", "was fired"],
    ],
    labels: ["left of own accord", "removed"],
    nowOnly: false,
    person: true,
  },
  {
    about: "suspended or dismissed",
    poles: [
      ["remains suspended", "remain suspended", "is suspended", "are suspended", "still suspended", "is still suspended"],
      ["was sacked", "were sacked", "been sacked", "was dismissed", "were dismissed", "been dismissed", "was fired", "were fired", "been fired", "has been sacked", "has been dismissed", "sacked", "dismissed"],
    ],
    labels: ["suspended", "dismissed"],
    nowOnly: true,
    person: true,
  },
  {
    // A player's caution against his dismissal in one match's reports.
    about: "booked or sent off",
    poles: [
      ["was booked", "were booked", "been booked", "shown a yellow card", "given a yellow card", "received a yellow card"],
      ["was sent off", "were sent off", "been sent off", "shown a red card", "given a red card", "received a red card", "was red-carded"],
    ],
    labels: ["booked", "sent off"],
    nowOnly: false,
    person: true,
  },
  {
    about: "result conceded",
    poles: [
      ["conceded", "conceded defeat", "accepted defeat", "admitted defeat"],
      ["refused to concede", "refuses to concede", "will not concede", "would not concede", "did not concede", "has not conceded", "challenge the result", "contest the result"],
    ],
    labels: ["conceded", "not conceded"],
    nowOnly: false,
    person: true,
  },
  {
    about: "missing or found",
    poles: [
      ["remains missing", "remain missing", "still missing", "is still missing", "are still missing", "unaccounted for", "remains unaccounted for"],
      ["was found", "were found", "been found", "was rescued", "were rescued", "been rescued", "found alive", "found dead", "was recovered", "were recovered"],
    ],
    labels: ["missing", "found"],
    nowOnly: true,
    close: true,
  },
  {
    about: "arrest",
    poles: [
      ["was arrested", "were arrested", "been arrested", "was detained", "were detained", "been detained", "was caught", "were caught", "handed himself in", "handed herself in"],
      ["remains at large", "remain at large", "still at large", "is still at large", "are still at large", "still on the run", "remains on the run"],
    ],
    labels: ["arrested", "at large"],
    nowOnly: true,
    close: true,
  },
  {
    about: "charged",
    poles: [
      ["was charged", "were charged", "been charged", "has been charged", "have been charged"],
      ["released without charge", "freed without charge", "released without being charged", "released uncharged"],
    ],
    labels: ["charged", "released without charge"],
    nowOnly: true,
    person: true,
  },
  {
    about: "cancelled or postponed",
    poles: [
      ["was cancelled", "were cancelled", "been cancelled", "was called off", "were called off", "been called off", "was scrapped", "were scrapped"],
      ["was postponed", "were postponed", "been postponed", "was put off", "went ahead", "will go ahead", "was delayed", "were delayed", "been delayed"],
    ],
    labels: ["cancelled", "postponed or held"],
    nowOnly: false,
    close: true,
  },
  {
    // A sale ruled out by one outlet's account, sought or weighed by another's (`had ruled out
    // selling the works` / `was open to offers from a buyer for the site`).
    about: "sale ruled out or considered",
    poles: [
      ["ruled out selling", "ruled out a sale", "ruled out any sale", "ruled out the sale", "rules out selling", "rules out a sale", "no plans to sell", "not for sale"],
      ["open to offers", "open to an offer", "open to a sale", "open to selling", "consider offers", "consider any offer", "consider any * offer", "look at any offer", "look at any * offer", "up for sale", "willing to sell"],
    ],
    labels: ["sale ruled out", "sale considered"],
    nowOnly: false,
    spoken: true,
  },
  {
    // The cause of the happening, unknown or only supposed by one account and confirmed by
    // another (`The cause of the fire is not yet known` / `Fire chiefs confirmed the blaze was
    // started by an electrical fault`); a supposition (`may have started`) is no confirmation.
    about: "cause",
    poles: [
      [
        "cause is not yet known", "cause was not yet known", "cause is not known", "cause was not known", "cause is unknown", "cause remains unknown", "cause is still unknown",
        "cause has not been established", "cause had not been established", "cause has not yet been established", "cause had not yet been established",
        "cause is being investigated", "cause was being investigated", "cause is under investigation", "cause is still being investigated",
        "cause of the * is not yet known", "cause of the * was not yet known", "cause of the * is not known", "cause of the * is unknown", "cause of the * remains unknown",
        "cause of the * has not been established", "cause of the * has not yet been established", "cause of the * is being investigated", "cause of the * is under investigation",
        "may have started", "may have been started", "may have been caused", "might have been caused", "is thought to have started", "is believed to have started",
      ],
      ["confirmed the * was started by", "confirmed the * was caused by", "confirmed the cause", "was started by", "was caused by", "were caused by"],
    ],
    labels: ["not established", "confirmed"],
    nowOnly: false,
    event: true,
  },
  {
    about: "change",
    poles: [
      ["unchanged", "kept unchanged", "left unchanged", "held steady", "frozen"],
      ["raised", "increased", "lowered", "reduced", "hiked", "slashed"],
    ],
    labels: ["unchanged", "changed"],
    nowOnly: true,
    close: true,
  },
];

/** Words that make the phrase after them something other than a state told outright. */
const NEGATORS = new Set(["not", "no", "never", "n't", "nor", "without", "ne", "pas"]);
/** Words before a year that make it the start of a span, not the time of what the clause tells. */
const SPAN_START = new Set(["since", "from"]);

/** Words that make any phrase after them a supposition. */
const HEDGES = new Set(["may", "might", "could", "possibly", "reportedly", "allegedly", "apparently", "believed", "thought", "rumoured", "if", "whether", "unless"]);
/** Words that make a state after them a plan (for rows of states that hold now). */
const MODALS = new Set(["will", "would", "should", "must", "can", "to", "expected", "likely", "due", "plans"]);
/** A plea or a denial is not a verdict: `pleaded not guilty`, `denied being guilty`. */
const PLEAS = new Set(["plead", "pleade", "admit", "deni", "deny", "plea"]);

/**
 * Content words that name what a `close` row's change is told of: the one right before the phrase
 * (`kept its dividend unchanged`) and up to two after it (`raised its final dividend`).
 */
const CLOSE_BEFORE = 1;
const CLOSE_AFTER = 2;

/** Words that bring in one more person than those told of (`a third man`, `another suspect`). */
const ANOTHER_ONE = /\b(?:another|a\s+(?:second|third|fourth|fifth|sixth))\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:is|are|was|were|has|had|have|remains?|remained)?\s*(?:still\s+)?$/iu;

/** A clause's subject, then a relative aside in commas, then at most two words up to the phrase. */
const ASIDE_BEFORE = /^([^,]{1,60}),\s*(?:who|whose|which)\b[^;:]*,\s*(?:[\p{L}'’-]+\s+){0,2}$/u;

/** Where the subject of a phrase is looked for: this many tokens before it. */
const SUBJECT_WINDOW = 8;
/** Words at a clause's opening that name whose vote or verdict it tells (see StateRow.nearOne). */
const OPENING_WORDS = 3;

interface Phrase {
  row: number;
  pole: 0 | 1;
  norms: string[];
}

const PHRASES: Phrase[] = ROWS.flatMap((r, row) =>
  r.poles.flatMap((forms, pole) => forms.map((f) => ({ row, pole: pole as 0 | 1, norms: f.split(" ").map((w) => (w === "*" ? w : normalizeWord(w))) }))),
).sort((a, b) => b.norms.length - a.norms.length);

/** Indices into PHRASES by a phrase's first word. */
const PHRASES_BY_FIRST = new Map<string, number[]>();
PHRASES.forEach((p, k) => {
  const list = PHRASES_BY_FIRST.get(p.norms[0]!);
  if (list) list.push(k);
  else PHRASES_BY_FIRST.set(p.norms[0]!, [k]);
});

/** Per row, the word keys of its phrases. */
const ROW_KEYS: Set<string>[] = ROWS.map((_, row) => new Set(PHRASES.filter((p) => p.row === row).flatMap((p) => p.norms.filter((n) => n !== "*").map(wordKey))));

/** Every word key a pole phrase is made of: no subject word. */
const POLE_KEYS = new Set(PHRASES.flatMap((p) => p.norms.filter((n) => n !== "*").map(wordKey)));

/** Any phrase's first word, on normalised text: the test a clause must pass to be read at all. */
const FIRST_WORDS = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...new Set(PHRASES.map((p) => p.norms[0]!))].join("|")})(?![\\p{L}\\p{N}])`, "u");

/** Most words a `*` of a phrase stands for (`remanded * in custody`: `him`, `Vane`, `the former mayor`). */
const WILDCARD_WORDS = 3;

/**
 * Where phrase `p` matching from token `at` ends (exclusive), or -1: words compared on exact forms,
 * a `*` standing for one to WILDCARD_WORDS words with no punctuation between, no token taken yet.
 */
function matchEnd(p: Phrase, toks: readonly { norm: string; start: number; end: number }[], at: number, taken: Uint8Array, text: string): number {
  let x = at;
  for (let k = 0; k < p.norms.length; k++) {
    const n = p.norms[k]!;
    if (n !== "*") {
      if (x >= toks.length || toks[x]!.norm !== n || taken[x] === 1) return -1;
      x++;
      continue;
    }
    // The shortest run of words after which the rest of the phrase matches.
    for (let run = 1; run <= WILDCARD_WORDS && x + run <= toks.length; run++) {
      // The run and the gaps around it hold no punctuation.
      if (x + run >= toks.length || /[,;:()."]/.test(text.slice(toks[x - 1]!.end, toks[x + run]!.start))) break;
      const rest = matchEnd({ ...p, norms: p.norms.slice(k + 1) }, toks, x + run, taken, text);
      if (rest >= 0) return rest;
    }
    return -1;
  }
  return x;
}

interface Occurrence {
  clause: number;
  row: number;
  pole: 0 | 1;
  start: number;
  /** The person named last before the phrase, if any. */
  actor: string | null;
  /** Plain word keys around the phrase: what is described. */
  subject: Set<string>;
  /** Of those, the ones at most CLOSE_WORDS content words from the phrase. */
  near: Set<string>;
}

/**
 * The person a state phrase at `offset` is told of: the nearest one named before it with no comma
 * between (`after Miriam Oakes was suspended`) or only the comma of a relative clause (`Ora Lind,
 * who will retire`), else the clause's first (`Étienne Vauclair, who stood trial alongside Marsh,
 * was cleared`: the nearest name sits in an aside).
 */
function subjectActor(c: Clause, text: string, offset: number): string | null {
  for (let x = c.actors.length - 1; x >= 0; x--) {
    const a = c.actors[x]!;
    if (a.start >= offset) continue;
    const between = text.slice(a.start, offset);
    if (!between.includes(",") || RELATIVE.test(between)) return a.key;
  }
  return c.actors[0] && c.actors[0].start < offset ? c.actors[0].key : null;
}

/** Subject pronouns a translated clause opens on (`Il a été placé en détention`), which the language layer leaves unresolved outside English. */
const FOREIGN_SUBJECT_PRONOUNS = new Set(["il", "elle", "er", "sie", "el", "ella", "ele", "ela", "lui", "lei", "hij", "zij", "ze"]);

/**
 * Whom a translated clause that opens on a subject pronoun speaks of: the person its article named
 * last before it (`L'ancien maire, Gideon Marsh, a été reconnu coupable ... Il a été placé en
 * détention`), or null.
 */
function pronounSubject(ctx: StoryContext, c: Clause, first: string): string | null {
  return FOREIGN_SUBJECT_PRONOUNS.has(first) ? lastNamedBefore(ctx, c, null) : null;
}

/** Auxiliaries of a passive before a state verb (`was sacked`): its person is its subject, not a word after it. */
const PASSIVE_AUX = new Set(["was", "were", "been", "is", "are", "be"]);

/**
 * The person named right after a one-word state verb in the active voice (`sacked Professor X`),
 * within the next three words; null for a phrase of several words or a passive.
 */
function objectAfter(c: Clause, toks: readonly { norm: string; start: number; end: number }[], at: number, end: number): string | null {
  if (end - at !== 1 || PASSIVE_AUX.has(toks[at - 1]?.norm ?? "")) return null;
  const reach = toks[Math.min(toks.length - 1, end + 2)]!.start;
  return c.actors.find((a) => a.start >= toks[at]!.end && a.start <= reach)?.key ?? null;
}

/** Object pronouns a state phrase may hold for its person (`remanded him in custody`). */
const OBJECT_PRONOUNS = new Set(["him", "her"]);

/**
 * The person its article named last before clause `c` (by name, not pronoun), other than `except`;
 * null if none. A name the article's own layer did not type as a person still is one where the
 * story's other clauses name that person (`Gideon Marsh` in a French report).
 */
function lastNamedBefore(ctx: StoryContext, c: Clause, except: string | null): string | null {
  const m = ctx.members.get(c.article)!;
  let best: { start: number; key: string } | null = null;
  for (const e of m.input.analysis.entities) {
    const key = e.type === "person" ? (m.features.entityKeys.get(e.id) ?? null) : entityKey(e.name, "person");
    if (key === null || key === except || (e.type !== "person" && !peopleOf(ctx).has(key))) continue;
    for (const mention of e.mentions) if (mention.form !== "pronoun" && mention.end <= c.start && (!best || mention.start > best.start)) best = { start: mention.start, key };
  }
  return best?.key ?? null;
}

/** Per story, the person keys its clauses name. */
const storyPeople = new WeakMap<StoryContext, Set<string>>();

/** The person keys the story's clauses name (cached per story). */
function peopleOf(ctx: StoryContext): Set<string> {
  let people = storyPeople.get(ctx);
  if (!people) storyPeople.set(ctx, (people = new Set(ctx.clauses.flatMap((x) => x.actors.map((a) => a.key)))));
  return people;
}

/** A name, then only the comma that opens a relative clause about it, up to the phrase. */
const RELATIVE = /^[^,]*,\s*(?:who|whose|which)\b[^,]*$/i;

/** The state phrases told outright in one clause, longest first, none overlapping. */
function occurrences(ctx: StoryContext, i: number): Occurrence[] {
  // What a clause states depends on its article alone: read once per clause, then re-indexed (a
  // rebuild after one article joins reads only the new article's clauses).
  const c = ctx.clauses[i]!;
  const known = occurrencesRead.get(c);
  if (known) return known.length === 0 || known[0]!.clause === i ? known : known.map((o) => ({ ...o, clause: i }));
  const read = readOccurrences(ctx, i);
  occurrencesRead.set(c, read);
  return read;
}

/** Each clause's state phrases (see occurrences), by the clause's features object. */
const occurrencesRead = new WeakMap<Clause, Occurrence[]>();

/** The state phrases of clause i, read from its text (see occurrences). */
function readOccurrences(ctx: StoryContext, i: number): Occurrence[] {
  const c = ctx.clauses[i]!;
  // Hedges and modals are read next to each phrase, not over the clause: `She remanded him in
  // custody and said he would be sentenced` states the custody outright.
  const { text, published } = ctx.members.get(c.article)!.input.article;
  // Most clauses hold no phrase's first word: they are passed over before being tokenised.
  if (!FIRST_WORDS.test(normalizeWord(text.slice(c.start, c.end)))) return [];
  const toks = clauseTokens(ctx, c);
  // A clause naming another year tells a state of another time (`He retired in 1993`), unless the
  // year only dates a span (`who has led the school since 2019`).
  const year = published?.slice(0, 4) ?? null;
  if (toks.some((t, x) => /^(?:19|20)\d\d$/.test(t.norm) && t.norm !== year && !SPAN_START.has(toks[x - 1]?.norm ?? ""))) return [];
  const keys = toks.map((t) => wordKey(t.norm));
  // The key a token lends the description of a subject (`n:7`, `w:ward`), or null for a stop word,
  // a one-letter word or a word of a state phrase.
  const describing = (x: number): string | null => {
    const n = toks[x]!.norm;
    const digits = /^\d/.test(n);
    if ((n.length < 2 && !digits) || STOP_WORDS.has(n) || POLE_KEYS.has(keys[x]!)) return null;
    return digits ? "n:" + n : "w:" + keys[x]!;
  };
  // Tokens taken per row: within a row the longer phrase wins (`refused to concede` over
  // `concede`); a word two rows list (`sacked`: forced out, dismissed) counts in both.
  const takenByRow = new Map<number, Uint8Array>();
  const out: Occurrence[] = [];
  // Where each form stands: a phrase is tried only where its first word is (most phrases open on
  // a common word, `is`, `was`, `to`, so a walk over every token per phrase cost more than the rest).
  const positions = new Map<string, number[]>();
  toks.forEach((t, x) => {
    const list = positions.get(t.norm);
    if (list) list.push(x);
    else positions.set(t.norm, [x]);
  });
  // The phrases opening on a word of the clause, in PHRASES order (longer phrases first).
  const tried: number[] = [];
  for (const norm of positions.keys()) {
    const list = PHRASES_BY_FIRST.get(norm);
    if (list) for (const k of list) tried.push(k);
  }
  tried.sort((a, b) => a - b);
  for (const k of tried) {
    const p = PHRASES[k]!;
    for (const at of positions.get(p.norms[0]!)!) {
      let taken = takenByRow.get(p.row);
      if (!taken) takenByRow.set(p.row, (taken = new Uint8Array(toks.length)));
      const end = matchEnd(p, toks, at, taken, text);
      if (end < 0) continue;
      for (let x = at; x < end; x++) taken[x] = 1;
      // A person named inside the phrase is whom it is told of (`the judge remanded Vane in custody`),
      // or an active verb's object right after it (`the university sacked Professor X`).
      const inside = c.actors.find((a) => a.start > toks[at]!.start && a.start < toks[end - 1]!.end)?.key ?? (ROWS[p.row]!.person === true ? objectAfter(c, toks, at, end) : null);
      // The words just before, back to the nearest punctuation (`from 2014 to 2022, was found guilty`).
      let from = at;
      while (from > Math.max(0, at - 3) && !/[,;:()]/.test(text.slice(toks[from - 1]!.end, toks[from]!.start))) from--;
      const before = keys.slice(from, at);
      const norms = toks.slice(from, at).map((t) => t.norm);
      if (norms.some((n) => NEGATORS.has(n) || HEDGES.has(n)) || before.some((k) => PLEAS.has(k))) continue;
      if (ROWS[p.row]!.nowOnly && norms.some((n) => MODALS.has(n))) continue;
      // `a third man is still on the run`, `another suspect was released`: someone besides those
      // the other reports tell of.
      if (ANOTHER_ONE.test(text.slice(Math.max(c.start, toks[at]!.start - 40), toks[at]!.start))) continue;
      const subject = new Set<string>();
      const near = new Set<string>();
      let nearBefore = 0;
      for (let x = at - 1; x >= Math.max(0, at - SUBJECT_WINDOW) && nearBefore < CLOSE_BEFORE; x--) {
        const k = describing(x);
        if (k === null) continue;
        near.add(k);
        nearBefore++;
      }
      // A translated clause's words are its own language's: only its numbers describe a subject.
      const portable = (k: string | null): k is string => k !== null && (c.foreign === null || k.startsWith("n:"));
      for (let x = Math.max(0, at - SUBJECT_WINDOW); x < at; x++) {
        const k = describing(x);
        if (portable(k)) subject.add(k);
      }
      // The subject before an aside (`Marsh, who throughout the trial insisted he had done nothing
      // wrong, was granted bail`) lies beyond the window: its words describe the subject too.
      const aside = ASIDE_BEFORE.exec(text.slice(c.start, toks[at]!.start));
      if (aside) {
        for (let x = 0; x < at && toks[x]!.end <= c.start + aside[1]!.length; x++) {
          const k = describing(x);
          if (portable(k)) subject.add(k);
        }
      }
      // A vote's or a verdict's body opens the clause (`A jury at the Crown Court convicted X ... by
      // a majority of 10 to 2`), far from the phrase: its words describe the subject too, and the
      // row still asks a shared word right by the phrase in one of the two clauses.
      if (ROWS[p.row]!.nearOne) {
        for (let x = 0; x < Math.min(at, OPENING_WORDS); x++) {
          const k = describing(x);
          if (portable(k)) subject.add(k);
        }
      }
      // And what it acts on, up to the next punctuation (`raised its final dividend`).
      for (let x = end; x < Math.min(toks.length, end + 4); x++) {
        if (/[,;:()]/.test(text.slice(toks[x - 1]!.end, toks[x]!.start))) break;
        const k = describing(x);
        if (!portable(k)) continue;
        subject.add(k);
        if (near.size < nearBefore + CLOSE_AFTER) near.add(k);
      }
      const subjectKey = subjectActor(c, text, toks[at]!.start);
      // `She remanded him in custody`: the phrase is told of whom `him` stands for, the person
      // named last before the clause other than its subject (`Judge X told Marsh ... She remanded him`).
      const object = inside === null && toks.slice(at, end).some((t) => OBJECT_PRONOUNS.has(t.norm)) ? lastNamedBefore(ctx, c, subjectKey) : null;
      const actor = inside ?? object ?? subjectKey ?? (c.foreign !== null ? pronounSubject(ctx, c, toks[0]!.norm) : null);
      out.push({ clause: i, row: p.row, pole: p.pole, start: toks[at]!.start, actor, subject, near });
    }
  }
  // Both poles of one row in a clause: a sequence (`was suspended, then resigned`), no state.
  return out.filter((o) => !out.some((q) => q.row === o.row && q.pole !== o.pole));
}

/**
 * Status disputes of the story, one per row, event and subject, with the outlets on each side.
 */
export function stateContradictions(ctx: StoryContext): Contradiction[] {
  const { clauses } = ctx;
  const eventOf = (c: Clause): string => ctx.members.get(c.article)!.input.assignment.event;
  const byEventRow = new Map<string, Occurrence[]>();
  clauses.forEach((c, i) => {
    if (ctx.members.get(c.article)!.copy) return;
    for (const o of occurrences(ctx, i)) {
      const key = `${eventOf(c)}\u0000${o.row}`;
      const list = byEventRow.get(key);
      if (list) list.push(o);
      else byEventRow.set(key, [o]);
    }
  });
  const cap = ctx.weights.postingCap();
  const out: Contradiction[] = [];
  for (const told of byEventRow.values()) {
    if (!told.some((o) => o.pole === 0) || !told.some((o) => o.pole === 1)) continue;
    const occs = ROWS[told[0]!.row]!.spoken || ROWS[told[0]!.row]!.event ? told.map((o) => ({ ...o, actor: null })) : told;
    const personRow = ROWS[occs[0]!.row]!.person === true;
    const eventRow = ROWS[occs[0]!.row]!.event === true;
    const same = (a: Occurrence, b: Occurrence): boolean => {
      // The happening's cause: a word of what happened in common (`fire` / `the blaze`, read as fire), not a power cut's cause beside a fire's.
      if (eventRow) {
        const kb = new Set(clauses[b.clause]!.keys);
        const own = ROW_KEYS[a.row]!;
        return clauses[a.clause]!.keys.some((k) => k.startsWith("w:") && kb.has(k) && !own.has(k.slice(2)));
      }
      if (a.actor !== null && b.actor !== null) return a.actor === b.actor;
      // One names the person, the other only by surname where the name was not read as one.
      const named = a.actor ?? b.actor;
      const other = a.actor === null ? a : b;
      if (named !== null && other.subject.has("w:" + wordKey(named.slice(2).split(" ").pop()!))) return true;
      if (personRow) return false;
      // Numbered things none of whose numbers meet (`Ward 7` / `Wards 6 and 9`) are different things.
      const na = [...a.subject].filter((k) => k.startsWith("n:"));
      const nb = [...b.subject].filter((k) => k.startsWith("n:"));
      if (na.length > 0 && nb.length > 0 && !na.some((k) => b.subject.has(k))) return false;
      // A word of what is described in common, one the event's clauses do not use everywhere (`chain` in a supermarket's story).
      if (ROWS[a.row]!.close) {
        for (const k of a.near) if (b.near.has(k)) return true;
        return false;
      }
      const nearOne = ROWS[a.row]!.nearOne === true;
      for (const k of a.subject) if (b.subject.has(k) && (!nearOne || a.near.has(k) || b.near.has(k)) && (ctx.weights.postings.get(k)?.length ?? 0) <= cap / 2) return true;
      return false;
    };
    // Occurrences joined when they speak of the same subject; a component with both poles is a dispute.
    const parent = occs.map((_, x) => x);
    const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
    // A component speaks of one person at most: a clause naming no one may join either of two
    // people through a word in common, and so would chain them into one dispute.
    const person = occs.map((o) => o.actor);
    const join = (x: number, y: number): void => {
      const rx = find(x);
      const ry = find(y);
      if (rx === ry || (person[rx] !== null && person[ry] !== null && person[rx] !== person[ry])) return;
      parent[rx] = ry;
      person[ry] = person[ry] ?? person[rx]!;
    };
    // Clauses naming the same person first, then the looser ties.
    for (let x = 0; x < occs.length; x++) for (let y = x + 1; y < occs.length; y++) if (occs[x]!.actor !== null && occs[x]!.actor === occs[y]!.actor) join(x, y);
    for (let x = 0; x < occs.length; x++) for (let y = x + 1; y < occs.length; y++) if (same(occs[x]!, occs[y]!)) join(x, y);
    const comps = new Map<number, Occurrence[]>();
    occs.forEach((o, x) => {
      const r = find(x);
      const list = comps.get(r);
      if (list) list.push(o);
      else comps.set(r, [o]);
    });
    for (const comp of comps.values()) {
      const srcOf = (o: Occurrence): string => sourceOf(ctx, clauses[o.clause]!.article);
      // A side holds what another outlet's opposite state is directly said of (the component may
      // chain `Ward 7` and `Wards 6 and 9` through `Wards 6, 7 and 9`); an outlet telling both
      // states of one subject tells a nuance or a sequence, and takes neither side.
      const opposed = (o: Occurrence): boolean => comp.some((q) => q.pole !== o.pole && srcOf(q) !== srcOf(o) && same(o, q));
      const torn = (o: Occurrence): boolean => comp.some((q) => q.pole !== o.pole && srcOf(q) === srcOf(o) && same(o, q));
      const a = comp.filter((o) => o.pole === 0 && opposed(o) && !torn(o));
      const b = comp.filter((o) => o.pole === 1 && opposed(o) && !torn(o));
      if (a.length === 0 || b.length === 0) continue;
      const row = ROWS[comp[0]!.row]!;
      const clausesOf = (list: Occurrence[]): number[] => [...new Set(list.map((o) => o.clause))];
      const outlets = new Set([...a, ...b].map(srcOf)).size;
      out.push({
        id: "",
        kind: "status",
        about: row.about,
        sides: [
          { label: row.labels[0], citations: citeSentences(ctx, clausesOf(a), clausesOf(b)) },
          { label: row.labels[1], citations: citeSentences(ctx, clausesOf(b), clausesOf(a)) },
        ],
        confidence: Math.round(Math.min(0.85, 0.5 + 0.05 * outlets) * 1000) / 1000,
      });
    }
  }
  return out;
}
