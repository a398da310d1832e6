/**
 * Facts told in passing that several outlets give alike: a person's age (`Colin Farrant, 58,` /
 * `Farrant, 58, splashed the cash`) and a counted figure (`Pennock's employs about 24,000 people`
 * / `all 24,000 staff will keep their jobs`). Each is told inside a sentence that says something
 * else, and each outlet's sentence says something different, so the sentences never align and the
 * fact, which the outlets agree on, would read as no one's claim or one outlet's. Each such claim
 * cites the words that tell the fact, not the whole sentence: only that is corroborated.
 */
import { agesByPerson, agesTold, type AgeTold } from "./ages.js";
import { cite, type StoryContext } from "./context.js";
import type { ClaimGroup } from "./claims.js";
import type { ClaimSupport } from "./types.js";
import { SHARE_UNITS } from "./figures.js";
import { PEOPLE } from "./headcounts.js";
import { wordKeyW } from "./text.js";

/**
 * Age claims for the people two or more independent sources give one age, except where a listed
 * corroborated claim already holds each of those sources' wordings of it. Clause indices are
 * those of the clauses the ages are told in.
 */
export function ageClaims(ctx: StoryContext, listed: ClaimGroup[]): ClaimGroup[] {
  const out: ClaimGroup[] = [];
  for (const list of agesByPerson(agesTold(ctx))) {
    const byValue = new Map<number, AgeTold[]>();
    for (const t of list) (byValue.get(t.value) ?? byValue.set(t.value, []).get(t.value)!).push(t);
    for (const [value, told] of byValue) {
      // One wording per source: the first it printed (members are in publication order).
      const perSource = new Map<string, AgeTold>();
      for (const t of told) if (!perSource.has(t.source)) perSource.set(t.source, t);
      if (perSource.size < 2) continue;
      const tellings = [...perSource.values()];
      if (heldTogether(listed, tellings.map((t) => ({ article: t.article, at: t.told.start })))) continue;
      const clauses = tellings.map((t) => ctx.clauses.findIndex((c) => c.article === t.article && c.start <= t.told.start && t.told.start < c.end));
      out.push({
        clauses: clauses.filter((i) => i >= 0),
        claim: {
          id: "",
          text: ctx.members.get(tellings[0]!.article)!.input.article.text.slice(tellings[0]!.told.start, tellings[0]!.told.end),
          status: "corroborated",
          independentSources: perSource.size,
          support: tellings.map((t) => cite(ctx, t.article, t.told.start, t.told.end)),
          keys: [tellings[0]!.key, `n:${value}`],
        },
      });
    }
  }
  return out;
}

/** Whether one listed corroborated claim cites every given place (an article and an offset in it). */
function heldTogether(listed: ClaimGroup[], places: { article: string; at: number }[]): boolean {
  const holds = (s: ClaimSupport, p: { article: string; at: number }): boolean => s.article === p.article && s.start <= p.at && p.at < s.end;
  return listed.some((g) => g.claim.status === "corroborated" && places.every((p) => g.claim.support.some((s) => holds(s, p))));
}

/** The unit of `the 25-year-old`: an age, which ageClaims reads with its person. */
const AGE_UNIT = wordKeyW("year-old");

/** Figures below this are too common to tell one fact (`two people`, `three goals`). */
const LEAST_FIGURE = 10;
/** Words a figure claim's citation takes before the figure (`employs about 24,000 people`). */
const WORDS_BEFORE = 3;
const WORDS_BEFORE_RE = new RegExp(`(?:[\\p{L}\\p{N}'’.-]+\\s+){0,${WORDS_BEFORE}}$`, "u");

interface FigureTold {
  clause: number;
  article: string;
  source: string;
  value: string;
  unit: string;
  /** The figure itself (see toldSpan for the words cited). */
  start: number;
  end: number;
}

/**
 * Figure claims: one exact figure with one kind of unit (the unit itself, or any noun counting
 * people: `24,000 people` / `24,000 staff`) that two or more independent sources give, except where
 * a listed corroborated claim already holds each source's wording. Left out: figures below
 * LEAST_FIGURE, years, shares (their own rules read them), ages, and figures with no unit (a score, a time).
 */
export function figureClaims(ctx: StoryContext, listed: ClaimGroup[]): ClaimGroup[] {
  const byFigure = new Map<string, FigureTold[]>();
  ctx.clauses.forEach((c, i) => {
    for (const f of [...c.numbers, ...(c.bounds ?? [])]) {
      if (f.unit === null || SHARE_UNITS.has(f.unit) || f.unit === AGE_UNIT) continue;
      const v = Number(f.value);
      if (!(v >= LEAST_FIGURE) || (Number.isInteger(v) && v >= 1800 && v <= 2100)) continue;
      const kind = PEOPLE.has(f.unit.slice(2)) ? "people" : f.unit;
      const key = `${f.value} ${kind}`;
      const told = { clause: i, article: c.article, source: ctx.members.get(c.article)!.source, value: f.value, unit: f.unit, start: f.start, end: f.end };
      (byFigure.get(key) ?? byFigure.set(key, []).get(key)!).push(told);
    }
  });
  const out: ClaimGroup[] = [];
  for (const told of byFigure.values()) {
    const perSource = new Map<string, FigureTold>();
    for (const t of told) if (!perSource.has(t.source)) perSource.set(t.source, t);
    if (perSource.size < 2) continue;
    // The words cited, read only for figures two sources give (most are told once).
    const tellings = [...perSource.values()].map((t) => {
      const c = ctx.clauses[t.clause]!;
      return { ...t, ...toldSpan(ctx.members.get(t.article)!.input.article.text, c.start, c.end, t.start, t.end) };
    });
    if (heldTogether(listed, tellings.map((t) => ({ article: t.article, at: t.start })))) continue;
    const first = tellings[0]!;
    out.push({
      clauses: tellings.map((t) => t.clause),
      claim: {
        id: "",
        text: ctx.members.get(first.article)!.input.article.text.slice(first.start, first.end),
        status: "corroborated",
        independentSources: perSource.size,
        support: tellings.map((t) => cite(ctx, t.article, t.start, t.end)),
        keys: ["n:" + first.value, first.unit],
      },
    });
  }
  return out;
}

/**
 * The words that tell a figure within its clause: up to WORDS_BEFORE words before it (not across a
 * comma or other break), through the word after it and a magnitude's next word (`24,000 people`,
 * `168,000 thalers`, `1.2 million euros`), or the words joined to it (`The 25-year-old`).
 */
function toldSpan(text: string, clauseStart: number, clauseEnd: number, start: number, end: number): { start: number; end: number } {
  const before = text.slice(clauseStart, start);
  const words = WORDS_BEFORE_RE.exec(before.slice(Math.max(0, before.search(/[^,;:()«»"“”]*$/u))));
  const from = words ? start - words[0].length : start;
  const after = /^(?:-[\p{L}'’-]+|(?:\s+(?:thousand|million|billion|trillion|mln|bn|millions?|milliards?|millones|milioni|milhões|miljoen|Millionen|Milliarden))?\s+[\p{L}'’-]+)/u.exec(text.slice(end, clauseEnd));
  return { start: Math.max(clauseStart, from), end: after ? end + after[0].length : end };
}

/**
 * The listed claims with the fact claims (ages, figures) among them: ranked by independent sources as the others
 * are, after the listed claims of as many sources, and numbered anew.
 */
export function withFactClaims(ctx: StoryContext, listed: ClaimGroup[]): ClaimGroup[] {
  const facts = [...ageClaims(ctx, listed), ...figureClaims(ctx, listed)];
  if (facts.length === 0) return listed;
  const all = [...listed, ...facts];
  const order = all.map((g, i) => ({ g, i })).sort((x, y) => y.g.claim.independentSources - x.g.claim.independentSources || x.i - y.i);
  return order.map(({ g }, i) => ({ clauses: g.clauses, claim: { ...g.claim, id: "c" + i } }));
}
