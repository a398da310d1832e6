// The people an article leads with. Two happenings of one kind and one place (two players of one
// team arrested for drunk driving weeks apart) share most words and names, since the second
// report recalls the first; what sets them apart is whom each report is about, which its lead
// names first. A group of reports that mostly lead with one person, and another that mostly lead
// with someone else and hardly ever with the first, are two happenings' coverage.
import { normalizeWord } from "../core/tokenize.js";
import type { Analysis } from "../core/types.js";

/** Roles of people who tell about a happening rather than undergo it. */
const COMMENTATOR_ROLES = new Set("spokesman spokeswoman spokesperson inspector sergeant superintendent detective constable officer commander commissioner analyst lawyer attorney solicitor barrister expert professor coroner witness neighbour neighbor resident source official".split(" "));

/** Keys (surnames) of the people the first `leadTokens` tokens of the text name (not by pronoun). */
export function leadPeople(analysis: Analysis, leadTokens: number): string[] {
  const end = analysis.tokens[Math.min(leadTokens, analysis.tokens.length) - 1]?.end ?? 0;
  const out = new Set<string>();
  for (const e of analysis.entities) {
    if (e.type !== "person") continue;
    if (!e.mentions.some((m) => m.form !== "pronoun" && m.start < end)) continue;
    const words = e.name.split(/\s+/).map(normalizeWord).filter((w) => w.length > 1);
    // A one-word "person" is as often a mistyped firm or place; a person whose role is to tell about
    // happenings (`police inspector Dave ...`, a spokesman, a lawyer) is who speaks about this one,
    // not whom it befell (a minister who resigns, a captain whose ship ran aground).
    if (words.length < 2) continue;
    if (e.roles.some((r) => r.split(/\s+/).some((w) => COMMENTATOR_ROLES.has(w)))) continue;
    out.add(words[words.length - 1]!);
  }
  return [...out];
}

/** Tunables of the cast rule (priors: see bench/README.md, "Lead casts"). */
export interface CastRule {
  /** Least articles a group needs for its lead cast to count. */
  minGroup: number;
  /** Share of a group's articles that must lead with its protagonist. */
  dominant: number;
  /** Most share of the other group's articles that may lead with it. */
  rare: number;
}

export const CAST_RULE: CastRule = { minGroup: 3, dominant: 0.5, rare: 0.2 };

/** How many of a group's articles lead with each person. */
export function castCounts(members: readonly number[], people: readonly (readonly string[])[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of members) for (const k of people[m]!) out.set(k, (out.get(k) ?? 0) + 1);
  return out;
}

/** The person most of a group's articles lead with, if one leads at least `dominant` of them. */
export function protagonist(counts: Map<string, number>, size: number, rule: CastRule = CAST_RULE): string | null {
  let best: string | null = null;
  let most = 0;
  for (const [k, n] of counts) if (n > most || (n === most && best !== null && k < best)) [best, most] = [k, n];
  return best !== null && most >= rule.dominant * size ? best : null;
}

/**
 * Whether two groups lead with different people: each has a protagonist of its own, and neither's
 * protagonist leads more than a `rare` share of the other's articles.
 */
export function castsApart(a: Map<string, number>, sizeA: number, b: Map<string, number>, sizeB: number, rule: CastRule = CAST_RULE): boolean {
  if (sizeA < rule.minGroup || sizeB < rule.minGroup) return false;
  const pa = protagonist(a, sizeA, rule);
  const pb = protagonist(b, sizeB, rule);
  if (pa === null || pb === null || pa === pb) return false;
  return (b.get(pa) ?? 0) <= rule.rare * sizeB && (a.get(pb) ?? 0) <= rule.rare * sizeA;
}

/** What the cast rule reads of a live group of the batch: its members (article positions), version and first date. */
export interface CastGroup {
  members: readonly number[];
  version: number;
  first: number | null;
}

/**
 * The cast rule over one batch: per article whom it leads with, per live group how many of its
 * articles lead with each person (recounted when the group changes), and for explanations the
 * group each article was kept apart from.
 */
export class LeadCasts {
  private readonly cast: string[][];
  private readonly memo = new WeakMap<CastGroup, { version: number; size: number; counts: Map<string, number> }>();
  /** Per article position, the note of the first group it was kept apart from (explanations only). */
  readonly keptApart: ({ from: number; note: string } | undefined)[];

  constructor(analyses: readonly Analysis[], leadTokens: number) {
    this.cast = analyses.map((a) => leadPeople(a, leadTokens));
    this.keptApart = new Array(analyses.length);
  }

  private countsOf(g: CastGroup): Map<string, number> {
    let m = this.memo.get(g);
    if (!m || m.version !== g.version || m.size !== g.members.length) this.memo.set(g, (m = { version: g.version, size: g.members.length, counts: castCounts(g.members, this.cast) }));
    return m.counts;
  }

  /**
   * Whether two groups may join. Between dated groups time tells two happenings apart (the event
   * window), and one happening's reports lead with its several people (a suspect, a victim, a
   * club): there the rule only cost.
   */
  fits(a: CastGroup, b: CastGroup): boolean {
    return (a.first !== null && b.first !== null) || !castsApart(this.countsOf(a), a.members.length, this.countsOf(b), b.members.length);
  }

  /** Notes, on both groups' articles, that they were kept apart at similarity `s` (at least `threshold`). */
  noteApart(a: CastGroup, b: CastGroup, s: number, threshold: number): void {
    const pa = protagonist(this.countsOf(a), a.members.length);
    const pb = protagonist(this.countsOf(b), b.members.length);
    const shown = (key: string | null): string => (key ? key[0]!.toUpperCase() + key.slice(1) : "no one");
    for (const [x, y, px, py] of [[a, b, pa, pb], [b, a, pb, pa]] as const) {
      const note = `kept apart from ${y.members.length} articles that mostly lead with ${shown(py)} (similarity ${Math.round(s * 1000) / 1000} >= ${threshold}): its group's articles lead with ${shown(px)}`;
      for (const m of x.members) this.keptApart[m] ??= { from: y.members[0]!, note };
    }
  }
}
