/**
 * The seed story's gold `cross_source` checks, shared by the seeds test (real pipeline) and the
 * development bench (gold grouping). Gold is read at run time from ../shared; nothing of it is
 * copied here.
 */
import type { Article } from "../../src/core/types.js";
import { squashSpace, tokenize } from "../../src/core/tokenize.js";
import type { Dossier } from "../../src/dossier/index.js";
import { isContent, wordKey } from "../../src/dossier/text.js";

export interface CrossSourceGold {
  corroborated: { claim: string; sources: string[] }[];
  single_source: { claim: string; sources: string[] }[];
  conflicts: { about: string; sides: [string, string][] }[];
}
export interface QuoteVariantsGold {
  groups: { id: string; starts: string }[][];
}
export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

const keysOf = (text: string): Set<string> => new Set(tokenize(text).filter(isContent).map((t) => wordKey(t.norm)));
const overlap = (a: Set<string>, b: Set<string>): number => [...a].filter((k) => b.has(k)).length;
const norm = (s: string): string => squashSpace(s).toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"');

/**
 * The gold checks of one story's dossier. `comparable(id)` tells whether an article's wording
 * can be compared with the gold's English paraphrases (default: always); for one that cannot (a
 * translation), a corroborated claim need only hold one of its sentences.
 */
export function checkSeeds(d: Dossier | undefined, articles: Article[], cross: CrossSourceGold, quotes: QuoteVariantsGold, comparable: (id: string) => boolean = () => true): Check[] {
  const out: Check[] = [];
  if (!d) return [{ name: "story dossier", ok: false, detail: "no dossier holds the seed story" }];
  for (const g of cross.corroborated) {
    const gk = keysOf(g.claim);
    // Each source's wording must share a good part of the gold claim's content words.
    const need = Math.min(3, Math.ceil(gk.size / 2));
    const hit = d.claims.find(
      (c) => c.status === "corroborated" && g.sources.every((src) => c.support.some((s) => s.article === src && (!comparable(src) || overlap(keysOf(s.text), gk) >= need))) && g.sources.some(comparable),
    );
    out.push({ name: `corroborated: ${g.claim}`, ok: !!hit, detail: hit ? `claim ${hit.id} (${hit.independentSources} sources)` : missing(g, gk, need) });
  }
  for (const g of cross.single_source) {
    const gk = keysOf(g.claim);
    const cands = d.claims.filter((c) => c.support.some((s) => s.article === g.sources[0] && overlap(keysOf(s.text), gk) >= Math.ceil(gk.size * 0.6)));
    const ok = cands.length > 0 && cands.every((c) => c.status === "single-source");
    out.push({ name: `single-source: ${g.claim}`, ok, detail: cands.map((c) => `${c.id}:${c.status}`).join(", ") || "no claim found" });
  }
  for (const g of cross.conflicts) {
    const hit = d.contradictions.find((x) => {
      const sideOf = g.sides.map(([art, text]) => x.sides.findIndex((s) => s.citations.some((c) => c.article === art && norm(c.text).includes(norm(text)))));
      return sideOf.every((i) => i >= 0) && new Set(sideOf).size >= 2;
    });
    out.push({ name: `conflict: ${g.about}`, ok: !!hit, detail: hit ? `${hit.id} (${hit.kind}, ${hit.confidence})` : "not reported with its sides" });
  }
  quotes.groups.forEach((members, gi) => {
    const matches = (v: { article: string; text: string }, m: { id: string; starts: string }): boolean =>
      v.article === m.id && norm(v.text).replace(/^["'«»„\s]+/u, "").startsWith(norm(m.starts));
    const group = d.quotes.groups.find((g) => members.every((m) => g.variants.some((v) => matches(v, m))));
    const intruders = group ? group.variants.filter((v) => !members.some((m) => matches(v, m))) : [];
    out.push({
      name: `quote variants group ${gi + 1}`,
      ok: !!group && intruders.length === 0,
      detail: group ? (intruders.length ? `intruders: ${intruders.map((v) => v.article).join(", ")}` : `group ${group.id}`) : "not formed",
    });
  });
  function missing(g: { sources: string[] }, gk: Set<string>, need: number): string {
    // The claim holding every source whose wordings come closest to the gold claim, and the
    // sources that word it too loosely there: a wording gap is told from a grouping gap.
    const best = (c: Dossier["claims"][number], src: string): number => Math.max(0, ...c.support.filter((s) => s.article === src).map((s) => overlap(keysOf(s.text), gk)));
    const sources = g.sources.filter(comparable);
    const holders = d!.claims
      .filter((c) => c.status === "corroborated" && g.sources.every((src) => c.support.some((s) => s.article === src)))
      .map((c) => ({ c, sum: sources.reduce((t, src) => t + best(c, src), 0) }))
      .sort((x, y) => y.sum - x.sum);
    // Where each source words the statement best (claim and shared words): a holder of every
    // source that words it poorly is often only the story's lead, and the wordings sit elsewhere.
    const where = sources
      .map((src) => {
        let top: { id: string; n: number } = { id: "-", n: 0 };
        for (const c of d!.claims) if (best(c, src) > top.n) top = { id: c.id, n: best(c, src) };
        return `${src} ${top.id} (${top.n})`;
      })
      .join(", ");
    // Fewer shared words than sources: the claim holds the articles, not this statement.
    if (holders.length === 0 || holders[0]!.sum < sources.length) return `no single claim holds all its sources; best wording per source: ${where}`;
    const holder = holders[0]!.c;
    const short = sources.map((src) => ({ src, n: best(holder, src) })).filter((x) => x.n < need);
    return `claim ${holder.id} holds all its sources, but shares fewer than ${need} of the claim's content words in ${short.map((x) => `${x.src} (${x.n})`).join(", ")}; best wording per source: ${where}`;
  }
  const texts = new Map(articles.map((a) => [a.id, a.text]));
  const badSummary = d.summary.filter((s) => texts.get(s.article)?.slice(s.start, s.end) !== s.text);
  out.push({ name: "summary cites existing sentences", ok: d.summary.length > 0 && badSummary.length === 0, detail: `${d.summary.length} sentences, ${badSummary.length} bad` });
  return out;
}
