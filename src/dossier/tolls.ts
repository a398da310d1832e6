/**
 * Death-toll disputes: sources of one event giving different numbers of dead (`killing at least
 * 12 workers`, `the number of people killed has risen to 15`, `Dos personas murieron` against
 * `Three people have died`). Such sentences rarely align as one claim (the count is most of what
 * they say, and tolls are worded many ways), so they are read directly: a count tied to a word of
 * dying within a few words, in a sentence that is neither hedged nor conditional. Counts of the
 * injured (`Fifteen people were injured`, `Twelve people were hurt`) are read the same way, apart.
 */
import type { Token } from "../core/types.js";
import { cite, clauseTokens, sourceOf, type StoryContext } from "./context.js";
import type { Clause } from "./features.js";
import { englishNumberWord, translateWord } from "./lexicon.js";
import { numberWordRuns } from "./quote-keys.js";
import { IN_PERIOD, isYear, numberKey, wordKey } from "./text.js";
import type { Contradiction } from "./types.js";

/** English keys of dying (foreign words reach them through the lexicon). */
const DEATH = new Set(["die", "dead", "death", "kill", "perish", "fatal", "toll"].map((w) => "w:" + wordKey(w)));
/** The key a count of lives lost is read as. */
const DIE = "w:" + wordKey("die");
/** Keys of lives (`five lives`, `Leben`, `vies`). */
const LIVES = new Set(["w:live", "w:life"]);
/** Words that make lives a count of the dead (`the loss of five lives`, `lost their lives`, `claimed four lives`). */
const LIVES_LOST = new Set(["loss", "lost", "lose", "claimed", "cost"].map((w) => "w:" + wordKey(w)));
/** Keys of being hurt: a count next to one of these is of the injured. */
const INJURY = new Set(["injure", "injury", "wound", "hurt", "hospitalise", "hospitalize"].map((w) => "w:" + wordKey(w)));
/** Nouns counting people in general: counts of them are one toll whatever the wording. */
const GENERAL = new Set(["people", "person", "persons", "victim", "life", "lives"].map((w) => "w:" + wordKey(w)));
/** Nouns counting a kind of person: such a count is a part of a toll unless a general count agrees with it. */
const KINDS = new Set(
  ["worker", "resident", "civilian", "child", "man", "men", "woman", "women", "passenger", "firefighter", "soldier", "employee", "miner", "student", "officer", "patient", "pilgrim", "tourist", "migrant"].map((w) => "w:" + wordKey(w)),
);
/** Words that make a count a bound or an estimate (`at least 12`, `au moins douze`, `more than 30`). */
const BOUNDS = new Set(["least", "moins", "menos", "mindestens", "more", "over", "plus", "mas", "uber", "about", "around", "nearly", "almost", "some", "approximately", "roughly", "environ", "unos", "unas", "rund", "etwa", "fast", "pres", "casi", "up"]);
/** Words that make a count a part of another (`two firefighters among the dead`, `including three children`). */
const PART = new Set(["among", "including", "included", "parmi", "dont", "entre", "incluidos", "unter", "darunter", "whom"]);
/** Words before the figure a toll reaches (`rose to 15`, `stands at 15`, `reached 15`). */
const REACHES = new Set(["to", "at", "reached", "hit", "is", "was", "atteint", "alcanzo", "auf"]);
/** Words after a count that make it the count of the rest (`eight other people`, `seven others`), in the lexicon's languages. */
const OTHERS = new Set(["other", "others", "more", "further", "autres", "otros", "otras", "andere", "anderen", "altri", "altre", "outros", "outras"]);
/** Auxiliaries right after a count with no noun (`seven were injured`, `two have died`): the count is of people. */
const AUXILIARIES = new Set(["were", "was", "are", "is", "have", "has", "had", "been", "will", "would", "sont", "ont", "fueron", "han", "wurden", "sind", "haben", "sono", "foram", "werden", "zijn", "raakten"]);
/** How many words may stand between a count and its word of dying. */
const REACH = 6;

/** A kind of toll: the words that tie a count to it, and those that tie a count to the other kind. */
interface TollKind {
  words: ReadonlySet<string>;
  other: ReadonlySet<string>;
  /** `the death toll rose to 15`: a figure the toll reaches counts it however far from the words. */
  tollWord: boolean;
  label: string;
  about: string;
}

/** The dead, and the injured: outlets dispute both, and a count near words of one is not of the other. */
const KINDS_OF_TOLL: readonly TollKind[] = [
  { words: DEATH, other: INJURY, tollWord: true, label: "dead", about: "death toll" },
  { words: INJURY, other: DEATH, tollWord: false, label: "injured", about: "number of injured" },
];

interface Count {
  clause: number;
  article: string;
  source: string;
  value: number;
  bound: boolean;
  general: boolean;
}

/** The English key of a token of a clause (its translation in a translated article). */
function keyOf(c: Clause, t: Token): string {
  if (c.foreign) {
    const en = translateWord(c.foreign, t.norm);
    if (en) return en;
  }
  return "w:" + wordKey(t.norm);
}

/** The counts of one kind of toll in one clause. */
function clauseCounts(ctx: StoryContext, idx: number, kind: TollKind): Count[] {
  const c = ctx.clauses[idx]!;
  // Kept per clause of the cached features (its polarity map is its own, also in a copy of the
  // clause with aliased entity keys, which changes no word), so a rebuild tokenises no clause again.
  const cache = figuresCache.get(kind)!;
  let figures = cache.get(c.polarity);
  if (!figures) cache.set(c.polarity, (figures = clauseFigures(ctx, c, kind)));
  return figures.map((f) => ({ clause: idx, article: c.article, source: sourceOf(ctx, c.article), ...f }));
}

const figuresCache = new Map(KINDS_OF_TOLL.map((k) => [k, new WeakMap<object, Omit<Count, "clause" | "article" | "source">[]>()]));

/** The counts of one kind of toll in one clause, without where they stand in the story. */
function clauseFigures(ctx: StoryContext, c: Clause, kind: TollKind): Omit<Count, "clause" | "article" | "source">[] {
  if (c.hedged || c.conditional || !c.keys.some((k) => kind.words.has(k) || (kind.tollWord && LIVES.has(k)))) return [];
  const text = ctx.members.get(c.article)!.input.article.text;
  // A toll dated by its month or year (`In early March, a gunman wounded three people`) is an
  // earlier happening the report recalls, not this event's toll.
  IN_PERIOD.lastIndex = 0;
  if (IN_PERIOD.test(text.slice(c.start, c.end))) return [];
  const toks = clauseTokens(ctx, c);
  const keys = toks.map((t) => keyOf(c, t));
  // Lives lost are the dead (`with the loss of five lives`, `claimed four lives`, German `kamen
  // ums Leben`): the word of lives stands for dying there.
  if (kind.tollWord) {
    for (let k = 0; k < toks.length; k++) {
      if (!LIVES.has(keys[k]!)) continue;
      if (toks[k - 1]?.norm === "ums" || keys.slice(Math.max(0, k - 4), k).some((b) => LIVES_LOST.has(b))) keys[k] = DIE;
    }
  }
  const numberOf = (t: Token): number | null => {
    const en = c.foreign ? translateWord(c.foreign, t.norm) : englishNumberWord(t.norm);
    return en?.startsWith("n:") ? Number(en.slice(2)) : null;
  };
  const runs = numberWordRuns(toks, numberOf);
  // A clause about the toll itself (`the death toll rose to 15`, `the number of people killed has
  // risen to 15`): a figure it reaches counts the dead however far from the words of dying.
  let tollSubject = -1;
  for (let k = 0; k < toks.length && tollSubject < 0 && kind.tollWord; k++) {
    if (keys[k] === "w:toll") tollSubject = k;
    else if (toks[k]!.norm === "number" && toks[k + 1]?.norm === "of" && GENERAL.has(keys[k + 2] ?? "") && kind.words.has(keys[k + 3] ?? "")) tollSubject = k + 3;
  }
  const dates = ctx.members.get(c.article)!.input.analysis.dates;
  const out: Omit<Count, "clause" | "article" | "source">[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const from = i;
    let value: number | null = null;
    let end = i + 1;
    const run = runs.get(i);
    if (run) {
      value = run.value;
      end = run.end;
      i = run.end - 1;
    } else if (t.numeric) {
      // Only whole counts: not `4.40` (a time), `2026` (a year), `1,800.5`.
      const v = numberKey(t.norm);
      if (!/^\d+$/.test(v) || isYear(t.norm)) continue;
      if (/^[.:/,]\s?\d/.test(text.slice(t.end, t.end + 3)) || /\d[.:/,]$/.test(text.slice(Math.max(0, t.start - 2), t.start))) continue;
      value = Number(v);
    } else value = numberOf(t);
    if (value === null || value === 0) continue;
    // A day of a date (`March 9, killing`) is no count.
    if (dates.some((d) => d.start <= t.start && t.start < d.end)) continue;
    // `eight other people`, `seven others`, `zeven anderen`: the count of the rest, read on.
    const further = toks[end] !== undefined && OTHERS.has(toks[end]!.norm);
    const next = keys[further ? end + 1 : end];
    const nextTok = toks[further ? end + 1 : end];
    // An age (`81-year-old`, `aged 64`, `de 81 años`) or a share is no count of people.
    if (nextTok && (/^(years?|ans?|anos?|jahre?n?|percent|per|pct)$/.test(nextTok.norm) || /^(year|jahrig)/.test(nextTok.norm) || text.charAt(t.end) === "%")) continue;
    // `died at 85`, `died at age 77`: an age, unless the clause is about the toll (`stood at 15`).
    if (toks[from - 1]?.norm === "aged" || toks[from - 1]?.norm === "age" || (toks[from - 1]?.norm === "at" && tollSubject < 0)) continue;
    // A figure in brackets (`peaked in 2018 (1,750 deaths)`), the end of a range (`six to 12`) or
    // a rate (`12 deaths a year`) belongs to statistics, not to the toll of a happening.
    if (/\(\s*$/.test(text.slice(Math.max(0, t.start - 2), t.start))) continue;
    const before2 = toks[from - 2];
    if (before2 && (before2.numeric || numberOf(before2) !== null) && ["to", "or", "and"].includes(toks[from - 1]!.norm)) continue;
    if (toks.slice(end, end + 5).some((x, k, arr) => ["annually", "yearly"].includes(x.norm) || (["a", "per", "each", "every"].includes(x.norm) && /^(year|day|week|month)s?$/.test(arr[k + 1]?.norm ?? "")))) continue;
    // `Kimani Gray, 16, killed by police`: a figure in commas after a name is an age.
    const prevTok = toks[from - 1];
    if (prevTok && /^\p{Lu}/u.test(text.slice(prevTok.start, prevTok.end)) && /^\s*,\s*$/.test(text.slice(prevTok.end, toks[from]!.start))) continue;
    let general = false;
    if (next && GENERAL.has(next)) general = true;
    else if (next && KINDS.has(next)) general = false;
    // No noun after the count (`killing 15.`, `rose to 15,`, `15 dead`, `seven were injured`,
    // `seven others`): it counts the dead or hurt themselves.
    else if (!next || further || kind.words.has(next) || /[,.;:)]/.test(text.slice(toks[end - 1]!.end, toks[end]!.start))) general = true;
    // `seven were injured`, `two have been killed`: the word of the toll right after its auxiliaries.
    else if (AUXILIARIES.has(nextTok!.norm) && toks.slice(end, end + 3).some((x, k) => kind.words.has(keys[end + k]!) && toks.slice(end, end + k).every((y) => AUXILIARIES.has(y.norm)))) general = true;
    else continue;
    // The nearest word of dying within reach, with no other count or word of injury between.
    let near = tollSubject >= 0 && tollSubject < from && REACHES.has(toks[from - 1]?.norm ?? "") ? tollSubject : -1;
    for (let d = 1; d <= REACH && near < 0; d++) {
      for (const j of [from - d, end - 1 + d]) {
        if (j < 0 || j >= toks.length || !kind.words.has(keys[j]!)) continue;
        const lo = Math.min(j, from);
        const hi = Math.max(j, end - 1);
        // A comma between them parts two statements (`shooting three people, killing one`).
        let clear = !/[,;:()]/.test(text.slice(toks[lo]!.end, toks[hi]!.start));
        for (let k = lo + 1; k < hi && clear; k++) {
          if ((k < from || k >= end) && (toks[k]!.numeric || numberOf(toks[k]!) !== null || kind.other.has(keys[k]!))) clear = false;
        }
        if (clear) {
          near = j;
          break;
        }
      }
    }
    if (near < 0) continue;
    // A word of the other kind nearer the count makes it that kind's (`killed five people and
    // injured several others`: five dead, not five hurt).
    const distance = near === tollSubject ? 0 : Math.min(Math.abs(near - from), Math.abs(near - (end - 1)));
    let rival = false;
    for (let d = 1; d < distance && !rival; d++) {
      for (const j of [from - d, end - 1 + d]) if (j >= 0 && j < toks.length && kind.other.has(keys[j]!)) rival = true;
    }
    if (rival) continue;
    // A count given as a part of the dead (`among them two children`) or the whole of a part
    // (`two of the three victims`) is no toll of its own.
    // Not `the loss of five lives`: a loss of lives is the toll itself.
    let part = (toks[from - 1]?.norm === "of" && !LIVES_LOST.has(keys[from - 2] ?? "")) || (toks[from - 1]?.norm === "the" && toks[from - 2]?.norm === "of");
    for (let k = Math.max(0, from - 3); k < from; k++) if (PART.has(toks[k]!.norm)) part = true;
    if (part) continue;
    const bound = [from - 1, from - 2].some((k) => k >= 0 && BOUNDS.has(toks[k]!.norm));
    out.push({ value, bound, general });
  }
  return out;
}

/**
 * Death tolls, and counts of the injured, that differ between the sources of one event. An article's toll is the largest it
 * gives (tolls grow; an article recalling an earlier count gives its latest too). A count of a
 * kind of person (`12 workers`) takes part only when a general count (`12 people`) agrees with it.
 */
export function tollContradictions(ctx: StoryContext): Contradiction[] {
  return KINDS_OF_TOLL.flatMap((kind) => kindContradictions(ctx, kind));
}

/** The tolls of one kind that differ between the sources of one event. */
function kindContradictions(ctx: StoryContext, kind: TollKind): Contradiction[] {
  const byEvent = new Map<string, Count[]>();
  ctx.clauses.forEach((c, idx) => {
    const m = ctx.members.get(c.article)!;
    if (m.copy) return;
    const counts = clauseCounts(ctx, idx, kind);
    if (counts.length === 0) return;
    const ev = m.input.assignment.event;
    const list = byEvent.get(ev) ?? [];
    list.push(...counts);
    byEvent.set(ev, list);
  });
  const out: Contradiction[] = [];
  const told = new Set<string>();
  // Each article's toll: its largest count of a value some general count of its event gives.
  const tollsOf = (counts: Count[]): { kept: Count[]; tollOf: Map<string, number> } => {
    const generalValues = new Set(counts.filter((x) => x.general).map((x) => x.value));
    const kept = counts.filter((x) => generalValues.has(x.value));
    const tollOf = new Map<string, number>();
    for (const x of kept) tollOf.set(x.article, Math.max(tollOf.get(x.article) ?? 0, x.value));
    return { kept, tollOf };
  };
  for (const [event, counts] of byEvent) {
    const { kept, tollOf } = tollsOf(counts);
    const sourcesByValue = new Map<number, Set<string>>();
    for (const [article, v] of tollOf) {
      const set = sourcesByValue.get(v) ?? new Set<string>();
      set.add(sourceOf(ctx, article));
      sourcesByValue.set(v, set);
    }
    if (sourcesByValue.size < 2) continue;
    const values = [...sourcesByValue.keys()].sort((a, b) => a - b);
    // Reports of one toll differ by little; far-apart figures count different things.
    if (values[values.length - 1]! > 3 * values[0]!) continue;
    // Two lower bounds (`at least 6`, `at least 7`) never disagree: one figure at least must be exact.
    if (kept.every((x) => x.bound)) continue;
    // Two tolls need two sources: one outlet's two figures tell an update, not a dispute.
    const allSources = new Set([...sourcesByValue.values()].flatMap((s) => [...s]));
    if (allSources.size < 2) continue;
    // An article of another event recalling the toll (`four days after the crash, with the loss
    // of five lives`) is cited on the side of the value it gives, when that is one of the disputed
    // values: a figure of its own (a later, higher toll) disputes nothing here. It may be an
    // outlet's own later report: it shows which figure the story settled on.
    for (const [other, more] of byEvent) {
      if (other === event) continue;
      const recalled = tollsOf(more);
      for (const [article, v] of recalled.tollOf) if (sourcesByValue.has(v)) kept.push(...recalled.kept.filter((x) => x.article === article && x.value === v));
    }
    const sides = values.map((v) => {
      const xs = kept.filter((x) => x.value === v);
      const clauses = [...new Set(xs.map((x) => x.clause))].sort((a, b) => a - b);
      const bound = xs.every((x) => x.bound);
      // Each side cites whole sentences: a toll's clause alone may lose what was counted.
      const seen = new Set<string>();
      const citations = clauses
        .map((i) => {
          const c = ctx.clauses[i]!;
          const s = ctx.members.get(c.article)!.features.sentences[c.sentence];
          return cite(ctx, c.article, s ? Math.min(s.start, c.start) : c.start, s ? Math.max(s.end, c.end) : c.end);
        })
        .filter((x) => !seen.has(`${x.article}:${x.start}`) && seen.add(`${x.article}:${x.start}`));
      return { label: `${bound ? "at least " : ""}${v} ${kind.label}`, citations };
    });
    // Two events of a storyline that recall each other's tolls make one dispute, told once.
    const sig = sides.map((side) => `${side.label}=${side.citations.map((c) => `${c.article}:${c.start}`).sort().join(",")}`).join("|");
    if (told.has(sig)) continue;
    told.add(sig);
    out.push({ id: "", kind: "number", about: kind.about, sides, confidence: 0.6 });
  }
  return out;
}
