/**
 * Dossier speed on a generated story: 200 articles (about 25 sentences each) drawn from a pool
 * of shared statements, reworded and mixed with article-specific filler, with quotes, entities
 * and dates. Measures a cold build, and the rebuild after one more article joins (per-article
 * features cached). Target: a 200-article story under 2 s on one core.
 * Usage: node --import tsx bench/dossier.ts [articles] [--phases]
 */
import { buildDossiers } from "../src/dossier/index.js";
import { dossierPhaseCpu } from "./lib/dossier-phases.js";
import { makeInput, type FixtureArticle } from "../test/fixtures/dossier/story.js";

const N = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 200);
let seed = 42;
const rand = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;

const WORDS = "harbor council bridge storm river valley market school hospital road budget tender ferry station tower permit contract engineer flood levee pump grid outage repair crew vote audit fund loan rate tax port dock cargo train line depot clinic ward nurse doctor court judge appeal ruling".split(" ");
const VERBS = "approved rejected delayed inspected repaired closed opened announced confirmed denied funded reviewed blocked signed extended".split(" ");
const NAMES = ["Ana Velk", "Boris Tamm", "Clara Oduya", "Dario Fenn", "Elin Sorr", "Farid Kass"];
const sentence = (): string => `The ${pick(WORDS)} ${pick(WORDS)} ${pick(VERBS)} the ${pick(WORDS)} ${pick(WORDS)} near the ${pick(WORDS)} after ${Math.floor(rand() * 500)} ${pick(WORDS)}s.`;
const FACTS = Array.from({ length: 60 }, sentence);
const reword = (s: string): string => s.replace(/\bthe\b/g, () => pick(["the", "a", "the local"])).replace(/ after /, pick([" after ", " following ", " once "]));

const articles: FixtureArticle[] = [];
for (let i = 0; i <= N; i++) {
  const parts: string[] = [];
  const name = pick(NAMES);
  for (let s = 0; s < 25; s++) {
    const r = rand();
    if (r < 0.4) parts.push(reword(pick(FACTS)));
    else if (r < 0.5) parts.push(`\u201c${reword(pick(FACTS)).replace(/\.$/, "")},\u201d ${name} said.`);
    else if (r < 0.55) parts.push(`Officials did not ${pick(["confirm", "approve", "delay"])} the ${pick(WORDS)} ${pick(WORDS)} on Monday.`);
    else parts.push(sentence());
  }
  const text = parts.join(i % 3 === 0 ? "\n" : " ");
  const quoteWords = [...text.matchAll(/\u201c([^\u201d]+),\u201d/g)].map((m) => m[1]!);
  articles.push({
    id: "g" + i,
    outlet: "Outlet " + (i % 40),
    published: `2024-05-${String(1 + (i % 20)).padStart(2, "0")}T10:00:00Z`,
    text,
    entities: [{ name, type: "person", forms: [name] }],
    quotes: [...new Set(quoteWords)].map((w) => ({ words: w, speaker: name })),
    dates: [{ text: "Monday", resolved: "2024-05-06" }],
    duplicate_of: i % 25 === 7 ? "g" + (i - 1) : null,
  });
}
const inputs = articles.map(makeInput);
const base = inputs.slice(0, N);

// CPU time as well as wall time: on a loaded machine the wall clock says little.
const cpuMs = (u: NodeJS.CpuUsage): number => Math.round((u.user + u.system) / 1000);
const t0 = performance.now();
const c0 = process.cpuUsage();
const [d] = buildDossiers(base);
const coldCpu = cpuMs(process.cpuUsage(c0));
const cold = performance.now() - t0;
const t1 = performance.now();
const c1 = process.cpuUsage();
buildDossiers(inputs);
const rebuildCpu = cpuMs(process.cpuUsage(c1));
const rebuild = performance.now() - t1;
console.log(
  JSON.stringify({
    articles: N,
    sentences: base.reduce((s, i) => s + i.analysis.sentences.length, 0),
    claims: d!.claims.length,
    corroborated: d!.claims.filter((c) => c.status === "corroborated").length,
    contradictions: d!.contradictions.length,
    quoteGroups: d!.quotes.groups.length,
    coldMs: Math.round(cold),
    coldCpuMs: coldCpu,
    rebuildAfterJoinMs: Math.round(rebuild),
    rebuildCpuMs: rebuildCpu,
  }),
);

if (process.argv.includes("--phases")) {
  // Per-phase CPU times of one more (warm) build, to see where the time goes.
  console.log(JSON.stringify(dossierPhaseCpu(inputs).times));
}
