/** Markdown rendering of a dossier, for `newsfold dossier --format md` and the terminal. */
import type { ClaimSupport, Dossier } from "./types.js";

const oneLine = (s: string): string => s.replace(/\s+/g, " ").trim();
const src = (c: { article: string; outlet?: string | null }): string => (c.outlet ? `${c.outlet} (${c.article})` : c.article);
const cited = (c: ClaimSupport): string => `"${oneLine(c.text)}" — ${src(c)} [${c.start}–${c.end}]`;
const times = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** A timeline date for reading: `2026-03-09` stays, a year-less `--08-15` reads `15 August (year not given)`. */
export function readableDate(date: string): string {
  const m = /^--(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  const month = MONTHS[Number(m[1]) - 1];
  return month ? `${Number(m[2])} ${month} (year not given)` : date;
}

/**
 * A quote variant with the words only it has in bold. Markdown opens bold only before a word (or
 * after a space) and closes it only after one, so the spaces and punctuation around a differing
 * run stay outside its markers.
 */
export function markDiff(runs: { text: string; shared: boolean }[]): string {
  return runs
    .map((r) => {
      if (r.shared) return r.text;
      const m = /^([\s\p{P}]*)(.*?)([\s\p{P}]*)$/su.exec(r.text)!;
      return m[2] ? `${m[1]}**${m[2]}**${m[3]}` : r.text;
    })
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}

/** A name's words for comparing with an outlet's: lower-case letters and digits, without `the` and a trailing year. */
const nameWords = (s: string): string[] =>
  s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "" && w !== "the")
    .filter((w, i, all) => !(i === all.length - 1 && i > 0 && /^\d{4}$/.test(w)));

/** The words of the story's outlets' names (the coverage section lists them). */
function storyOutlets(d: Dossier): string[][] {
  const names = new Set<string>();
  for (const a of d.coverage.articles) if (a.outlet) names.add(a.outlet);
  for (const o of d.coverage.outlets) names.add(o.outlet);
  return [...names].map(nameWords).filter((w) => w.length > 0);
}

/**
 * True when a name is one of the story's outlets: the outlet's name, its last words (`the Clarion`
 * for `The Daily Clarion`), or the name with more after it (`X News Service XNS`). An outlet's
 * first word alone (`Varnholt` of `The Varnholt Chronicle`) is no outlet.
 */
export function namesOutlet(name: string, outlets: string[][]): boolean {
  const n = nameWords(name);
  if (n.length === 0) return false;
  return outlets.some((o) => {
    if (n.length <= o.length) return n.every((w, k) => w === o[o.length - n.length + k]);
    return o.every((w, k) => w === n[k]);
  });
}

/** Renders a dossier as Markdown: every statement with its source and character span. */
export function renderDossierMarkdown(d: Dossier): string {
  const L: string[] = [];
  L.push(`# ${oneLine(d.headline) || d.story}`, "");
  L.push(`Story \`${d.story}\`${d.event ? `, event \`${d.event}\`` : ""}: ${d.coverage.articles.length} articles, ${d.coverage.independentSources} independent sources.`);
  if (d.coverage.first) L.push(`First reported by ${d.coverage.first.outlet ?? d.coverage.first.article} on ${d.coverage.first.published}.`);
  L.push("");
  if (d.summary.length > 0) {
    L.push("## Summary", "");
    for (const s of d.summary) L.push(`- ${oneLine(s.text)} [${s.article} ${s.start}–${s.end}]`);
    L.push("");
  }
  const corroborated = d.claims.filter((c) => c.status === "corroborated");
  if (corroborated.length > 0) {
    L.push("## Corroborated claims", "");
    for (const c of corroborated) {
      L.push(`- **${oneLine(c.text)}** (${c.independentSources} sources)`);
      // Figures the sources give differently, which no contradiction reports.
      for (const f of c.figures ?? []) L.push(`  - _figures differ:_ ${f.values.map((v) => `${v.value} ${f.unit} (${v.articles.join(", ")})`).join(" / ")}`);
      for (const s of c.support) L.push(`  - ${cited(s)}`);
    }
    L.push("");
  }
  if (d.contradictions.length > 0) {
    L.push("## Contradictions", "");
    for (const x of d.contradictions) {
      L.push(`- **${x.about}** (${x.kind}, confidence ${x.confidence})`);
      for (const s of x.sides) {
        L.push(`  - *${s.label}*`);
        for (const c of s.citations) L.push(`    - ${cited(c)}`);
      }
    }
    L.push("");
  }
  if (d.quotes.groups.length > 0) {
    L.push("## Quote variants", "");
    for (const g of d.quotes.groups) {
      L.push(`- ${g.speaker ?? "unknown speaker"}:`);
      // A printing that gives the words to someone else (a speaker dispute) says so.
      for (const v of g.variants) L.push(`  - ${markDiff(v.diff)} — ${src(v)}${v.speaker && g.speaker && v.speaker !== g.speaker ? ` (said by ${v.speaker}, it says)` : ""}`);
    }
    L.push("");
  }
  if (d.timeline.length > 0) {
    L.push("## Timeline", "");
    for (const t of d.timeline) L.push(`- ${readableDate(t.date)}: ${oneLine(t.text)} (${t.citations.map(src).join(", ")})`);
    L.push("");
  }
  const outlets = storyOutlets(d);
  const people = d.entities.filter((e) => (e.type === "person" || e.type === "organization") && !namesOutlet(e.name, outlets)).slice(0, 20);
  if (people.length > 0) {
    L.push("## People and organisations", "");
    for (const e of people) L.push(`- ${e.name}${e.roles.length ? ` (${e.roles.join(", ")})` : ""}: in ${times(e.articles.length, "article", "articles")}${e.quoted ? `, quoted ${times(e.quoted, "time", "times")} by ${e.quotedBy.join(", ")}` : ""}`);
    L.push("");
  }
  const single = d.claims.filter((c) => c.status === "single-source").slice(0, 15);
  if (single.length > 0) {
    L.push("## Single-source claims", "");
    for (const c of single) L.push(`- ${cited(c.support[0]!)}`);
    L.push("");
  }
  if (d.framing.length > 0) {
    L.push("## Framing", "");
    for (const f of d.framing) {
      L.push(`- ${f.outlet}:`);
      for (const i of f.items) L.push(`  - ${i.kind === "qualifier" ? `uses "${i.text}"` : `alone says "${oneLine(i.text)}"`} [${i.citation.article} ${i.citation.start}–${i.citation.end}]`);
    }
    L.push("");
  }
  return L.join("\n");
}
