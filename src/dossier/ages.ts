/**
 * Age disputes: outlets that give one person different ages (`Montez, 44,` / `The 45-year-old
 * star`). An age is told beside a name, not as a count of something, so the figure rules never
 * see it; yet a wrong age is one of the commonest slips a reader can check.
 *
 * Precision first: an age is read only where the text ties it to a named person (an apposition
 * `Name, 44,`, `Name (44)`, `Name, who is 44`, `44-year-old ... Name`), or where `The 45-year-old`
 * can only be the article's main person; a surname two people share (two first names, or one
 * article giving it two ages) is left alone; a dispute opens only between dated reports within a
 * month of each other, since a birthday may fall between reports further apart (an arrest and a
 * verdict two years on give two true ages).
 */
import { cite, dateOf, sourceOf, type StoryContext } from "./context.js";
import { entityKey } from "./features.js";
import type { Contradiction } from "./types.js";
import type { Analysis } from "../core/types.js";

/** Reports further apart than this may both be right about an age (a birthday between them). */
const MAX_GAP_DAYS = 31;
const DAY_MS = 86_400_000;

/** An age told right after a name: `, 44,`, `, aged 44`, `, who is 44`, ` (44)`, `, de 44 anos`, `, 44 ans,`. */
const AFTER_NAME_RE =
  /^(?:\s*,\s*(?:who\s+is\s+|aged\s+|age\s+|de\s+|di\s+|âgée?\s+de\s+)?|\s*\(\s*(?:aged\s+)?)(\d{1,3})(?:\s*(?:years?\s+old|anos|años|ans|anni|jahre|jaar))?\s*(?:[,)]|\.(?!\d)|\s+(?:was|is|has|had|who|and|will|would|said|says)\b)/iu;
/** An age right before a name, a few words of role between (`44-year-old TV presenter Rafael Montez`, `der 44-jährige Montez`). */
const BEFORE_NAME_RE = /\b(\d{1,3})-(?:year-old|jährige[nr]?)\s+(?:(?:\p{Lu}\p{Ll}{0,3}\.|[\p{L}'’-]+)\s+){0,3}$/u;
/** `The 45-year-old` with no name after it: an anaphor. */
const ANAPHOR_RE = /\b[Tt]he\s+(\d{1,3})-year-old\b(?!\s+(?:[\p{Ll}'’-]+\s+){0,3}\p{Lu})/gu;

export interface AgeTold {
  key: string;
  /** The fullest name the article gives the person. */
  name: string;
  value: number;
  article: string;
  source: string;
  /** The sentence that tells it. */
  start: number;
  end: number;
  /** The words that tie the age to the name (`Colin Farrant, 58`, `the 58-year-old Farrant`). */
  told: { start: number; end: number };
}

/** Every age the story's originals tie to a named person, persons keyed as the story spells them (read once per story context). */
export function agesTold(ctx: StoryContext): AgeTold[] {
  const known = toldByStory.get(ctx);
  if (known) return known;
  const told: AgeTold[] = [];
  for (const [id, m] of ctx.members) {
    if (m.copy) continue;
    told.push(...agesIn(id, m.input.article.text, m.input.analysis, sourceOf(ctx, id)).map((t) => ({ ...t, key: ctx.spellings.get(t.key) ?? t.key })));
  }
  toldByStory.set(ctx, told);
  return told;
}

/** The ages of each story context: the age disputes and the age claims both read them. */
const toldByStory = new WeakMap<StoryContext, AgeTold[]>();

/**
 * The ages told per person, without the people whose ages cannot be told apart: one article giving
 * the surname two ages, or two first names across the story (two people of one surname).
 */
export function agesByPerson(told: AgeTold[]): AgeTold[][] {
  const byKey = new Map<string, AgeTold[]>();
  for (const t of told) (byKey.get(t.key) ?? byKey.set(t.key, []).get(t.key)!).push(t);
  return [...byKey.values()].filter((list) => {
    const perArticle = new Map<string, Set<number>>();
    for (const t of list) (perArticle.get(t.article) ?? perArticle.set(t.article, new Set()).get(t.article)!).add(t.value);
    if ([...perArticle.values()].some((v) => v.size > 1)) return false;
    const firstNames = new Set(list.map((t) => t.name.split(/\s+/)).filter((w) => w.length > 1).map((w) => w[0]!.toLowerCase()));
    return firstNames.size <= 1;
  });
}

/** Age disputes across the story's originals. */
export function ageContradictions(ctx: StoryContext): Contradiction[] {
  const out: Contradiction[] = [];
  for (const list of agesByPerson(agesTold(ctx))) {
    const values = [...new Set(list.map((t) => t.value))];
    if (values.length < 2) continue;
    const time = (t: AgeTold): number | null => {
      const d = dateOf(ctx.members.get(t.article)!.input.article);
      return d ? Date.parse(d) : null;
    };
    // Some two outlets near in time must disagree; further reports then join their value's side.
    const near = list.some((a) => list.some((b) => {
      if (a.value === b.value || a.source === b.source) return false;
      const ta = time(a);
      const tb = time(b);
      return ta !== null && tb !== null && Math.abs(ta - tb) <= MAX_GAP_DAYS * DAY_MS;
    }));
    if (!near) continue;
    // An outlet that gives two ages in two articles takes no side.
    const valuesOf = new Map<string, Set<number>>();
    for (const t of list) (valuesOf.get(t.source) ?? valuesOf.set(t.source, new Set()).get(t.source)!).add(t.value);
    const kept = list.filter((t) => valuesOf.get(t.source)!.size === 1);
    const sides = new Map<number, AgeTold[]>();
    for (const t of kept) (sides.get(t.value) ?? sides.set(t.value, []).get(t.value)!).push(t);
    if (sides.size < 2) continue;
    const name = list.map((t) => t.name).sort((a, b) => b.length - a.length)[0]!;
    out.push({
      id: "",
      kind: "number",
      about: `age of ${name}`,
      sides: [...sides].sort((a, b) => a[0] - b[0]).map(([value, ts]) => ({
        label: `${value} years old`,
        citations: ts.map((t) => cite(ctx, t.article, t.start, t.end)),
      })),
      confidence: 0.8,
    });
  }
  return out;
}

/** The ages one article ties to named people. */
function agesIn(article: string, text: string, analysis: Analysis, source: string): AgeTold[] {
  const people = analysis.entities.filter((e) => e.type === "person");
  if (people.length === 0) return [];
  const sentenceAt = (offset: number): { start: number; end: number } | null => analysis.sentences.find((s) => s.start <= offset && offset < s.end) ?? null;
  const out: AgeTold[] = [];
  const push = (e: (typeof people)[number], value: number, at: number, told: { start: number; end: number }): void => {
    const s = sentenceAt(at);
    if (!s || value < 1 || value > 110) return;
    out.push({ key: entityKey(e.name, "person"), name: e.name, value, article, source, start: s.start, end: s.end, told });
  };
  const named = people.flatMap((e) => e.mentions.filter((m) => m.form !== "pronoun").map((m) => ({ e, m }))).sort((a, b) => a.m.start - b.m.start);
  for (const { e, m } of named) {
    const after = AFTER_NAME_RE.exec(text.slice(m.end, m.end + 40));
    if (after) push(e, Number(after[1]), m.end, { start: m.start, end: m.end + after[0].indexOf(after[1]!) + after[1]!.length });
    const from = Math.max(0, m.start - 60);
    const before = BEFORE_NAME_RE.exec(text.slice(from, m.start));
    if (before) push(e, Number(before[1]), m.start, { start: from + before.index, end: m.end });
  }
  // `The 45-year-old star`: the person last named, or the article's main person when the one last
  // named has an age of their own already; otherwise nobody can be sure whom it means.
  // The main person: named most often, and on a tie the one the text names first (the lead's).
  const firstAt = (e: (typeof people)[number]): number => Math.min(...e.mentions.filter((m) => m.form !== "pronoun").map((m) => m.start));
  const count = (e: (typeof people)[number]): number => e.mentions.filter((m) => m.form !== "pronoun").length;
  const main = [...people].sort((a, b) => count(b) - count(a) || firstAt(a) - firstAt(b))[0] ?? null;
  for (const x of text.matchAll(ANAPHOR_RE)) {
    const at = x.index;
    const last = named.filter((n) => n.m.end <= at).pop()?.e;
    if (!last || !main) continue;
    const value = Number(x[1]);
    const ownAge = out.find((t) => t.name === last.name && t.value !== value);
    const told = { start: at, end: at + x[0].length };
    if (last === main && !ownAge) push(main, value, at, told);
    else if (last !== main && ownAge && !out.some((t) => t.name === main.name && t.value !== value)) push(main, value, at, told);
  }
  return out;
}
