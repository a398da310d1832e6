/**
 * Claims of a person's age that several outlets give alike (`Colin Farrant, 58,` / `Farrant, 58,
 * splashed the cash`). An age is told in passing inside a sentence that says something else,
 * and each outlet's sentence says something different, so the sentences never align and the age,
 * which every outlet agrees on, would read as no one's claim or one outlet's. Each such claim
 * cites the words that tie the age to the name, not the whole sentence: only that is corroborated.
 */
import { agesByPerson, agesTold, type AgeTold } from "./ages.js";
import { cite, type StoryContext } from "./context.js";
import type { ClaimGroup } from "./claims.js";

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
      const inside = (s: { article: string; start: number; end: number }, t: AgeTold): boolean => s.article === t.article && s.start <= t.told.start && t.told.end <= s.end;
      if (listed.some((g) => g.claim.status === "corroborated" && tellings.every((t) => g.claim.support.some((s) => inside(s, t))))) continue;
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

/**
 * The listed claims with the age claims among them: ranked by independent sources as the others
 * are, after the listed claims of as many sources, and numbered anew.
 */
export function withAgeClaims(ctx: StoryContext, listed: ClaimGroup[]): ClaimGroup[] {
  const ages = ageClaims(ctx, listed);
  if (ages.length === 0) return listed;
  const all = [...listed, ...ages];
  const order = all.map((g, i) => ({ g, i })).sort((x, y) => y.g.claim.independentSources - x.g.claim.independentSources || x.i - y.i);
  return order.map(({ g }, i) => ({ clauses: g.clauses, claim: { ...g.claim, id: "c" + i } }));
}
