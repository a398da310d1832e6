/**
 * Scores the whole pipeline on a set laid out as examples/ (corpus/ and gold.json), made to be
 * measured on, not tuned on: the held-out sets under examples/heldout were written without reading
 * the code. Prints, per set, copies, events and storylines against the gold (BCubed F1 from the real
 * clusterer), then the dossier checks of each gold story (built on the gold's clusters, as
 * bench/dossier-examples.ts does), and its traps where the gold lists them (`not_conflicts`:
 * statements that look opposed but are not, which no contradiction may set apart).
 * Usage: node --import tsx bench/heldout.ts [--totals] [DIR...]   (default: every folder under examples/heldout;
 * --totals prints no check's details, only totals and counts per kind of check and of conflict: the way to read a set still held out)
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { readArticles, isArticle } from "../src/pipeline/read.js";
import { processBatch } from "../src/pipeline/batch.js";
import { scoreClustering } from "../src/eval/clustering/index.js";
import type { Article } from "../src/core/types.js";
import type { Contradiction, Dossier } from "../src/dossier/index.js";
import { exampleStories } from "../test/dossier/examples-gold.js";
import { checkSeeds } from "../test/dossier/seeds-gold.js";
import { checkEvidence, mixedByEvidence, type EvidenceClaim } from "../test/dossier/evidence-gold.js";

interface SetGold {
  articles: Record<string, { language?: string }>;
  clusters: { events: string[][]; stories: string[][] };
  duplicates: Record<string, string>;
  quote_variants?: { groups: { variants: { id: string; starts: string }[] }[] };
  cross_source: {
    stories: { name: string; corroborated?: EvidenceClaim[]; single_source?: EvidenceClaim[]; conflicts?: { kind?: string; sides: [string, string][] }[]; not_conflicts?: NotConflict[] }[];
  };
}

/** A pair of statements that look opposed but are not (two events' tolls, a rounded figure): no contradiction may set them apart. */
interface NotConflict {
  about: string;
  sides: { article: string; text: string }[];
}

const squash = (t: string): string => t.replace(/\s+/g, " ").trim().toLowerCase();

/** The contradiction that puts the trap's statements on different sides, if any. */
function trapped(d: Dossier, trap: NotConflict): Contradiction | undefined {
  return d.contradictions.find((x) => {
    const sideOf = trap.sides.map((t) => x.sides.findIndex((s) => s.citations.some((c) => c.article === t.article && squash(c.text).includes(squash(t.text)))));
    return sideOf.every((i) => i >= 0) && new Set(sideOf).size >= 2;
  });
}

const root = resolve(import.meta.dirname, "..");
// `--totals`: no check's details, only the totals and the counts per kind (for a set still held out).
const totalsOnly = process.argv.includes("--totals");
const args = process.argv.slice(2).filter((a) => a !== "--totals");
const base = join(root, "examples", "heldout");
const dirs = args.length ? args.map((a) => resolve(a)) : existsSync(base) ? readdirSync(base).map((d) => join(base, d)).filter((d) => existsSync(join(d, "gold.json"))) : [];
if (dirs.length === 0) console.log("no held-out set found (examples/heldout/NAME/gold.json)");

let pass = 0;
let total = 0;
/** Per kind of check, how many pass: what a held-out set may be read for without its details. */
const kinds = new Map<string, { pass: number; total: number }>();
/**
 * Whether some contradiction sets at least two of a gold conflict's sides apart: the dispute is
 * found, though not with every outlet that takes part in it (the strict check asks for all).
 */
function foundInPart(d: Dossier, sides: [string, string][]): boolean {
  return d.contradictions.some((x) => {
    const at = sides.map(([art, text]) => x.sides.findIndex((s) => s.citations.some((c) => c.article === art && squash(c.text).includes(squash(text))))).filter((i) => i >= 0);
    return new Set(at).size >= 2;
  });
}
let partly = 0;
/** Per gold quote-variant group, how the dossier holds it (see the loop). */
const quoteMiss: string[] = [];

/** Per gold kind of conflict, how many are found with their sides. */
const conflictKinds = new Map<string, { pass: number; total: number }>();
let traps = 0;
let falseConflicts = 0;
/** Claims judged by the spans the gold's sources printed (sets whose gold gives them). */
const byEvidence = new Map<string, { pass: number; total: number }>();
/** Claims whose wordings cite spans of two different gold claims (see mixedByEvidence). */
let mixedClaims = 0;
for (const dir of dirs) {
  const gold = JSON.parse(readFileSync(join(dir, "gold.json"), "utf8")) as SetGold;
  const articles: Article[] = [];
  for await (const r of readArticles([join(dir, "corpus")])) if (isArticle(r)) articles.push(r);
  // The batch's analyses are of its own articles (see processBatch): one run gives both.
  const { assignments, analyses } = processBatch(articles, "cluster");
  // Whether each article is analysed in its gold language (a translation read as English loses its keys).
  const wrongLanguage = articles.filter((a, i) => analyses[i]!.language !== (gold.articles[a.id]?.language ?? "en")).length;
  const level = (groups: string[][]): Map<string, string> => new Map(groups.flatMap((ids, i) => ids.map((id) => [id, "g" + i] as [string, string])));
  const event = scoreClustering(new Map(assignments.map((a) => [a.id, a.event])), level(gold.clusters.events));
  const story = scoreClustering(new Map(assignments.map((a) => [a.id, a.story])), level(gold.clusters.stories));
  const copies = Object.entries(gold.duplicates).filter(([k]) => k !== "about");
  // A pair counts either way round: with no dates, the contract's "earliest" is the input order.
  const dupOf = new Map(assignments.map((a) => [a.id, a.duplicate_of]));
  const paired = (x: string, y: string): boolean => dupOf.get(x) === y || dupOf.get(y) === x;
  const found = copies.filter(([copy, original]) => paired(copy, original)).length;
  const extra = assignments.filter((a) => a.duplicate_of !== null && !copies.some(([c, o]) => (c === a.id && o === a.duplicate_of) || (o === a.id && c === a.duplicate_of))).length;
  console.log(`# ${dir.slice(root.length + 1)}: ${articles.length} articles`);
  console.log(`languages: ${articles.length - wrongLanguage} of ${articles.length} articles analysed in their gold language`);
  // How the clusters miss, in counts only: gold events spread over several predicted ones, and
  // predicted events that hold articles of several gold events; translated articles on their own.
  const predictedEvent = new Map(assignments.map((a) => [a.id, a.event]));
  const split = gold.clusters.events.filter((ids) => new Set(ids.map((id) => predictedEvent.get(id))).size > 1).length;
  const goldEvent = level(gold.clusters.events);
  const predicted = new Set(assignments.map((a) => a.event)).size;
  const mixed = [...new Set(assignments.map((a) => a.event))].filter((e) => new Set(assignments.filter((a) => a.event === e).map((a) => goldEvent.get(a.id))).size > 1).length;
  const lonelyForeign = assignments.filter((a) => (gold.articles[a.id]?.language ?? "en") !== "en" && assignments.filter((b) => b.event === a.event).length === 1).length;
  const foreign = articles.filter((a) => (gold.articles[a.id]?.language ?? "en") !== "en").length;
  // Whether the language layer finds the gold's quote variants as quotes at all, and with a speaker.
  const normQ = (t: string): string => squash(t).replace(/^["'«»„“”‘’\s]+/u, "").replace(/[\u2018\u2019]/g, "'");
  const byId = new Map(articles.map((a, i) => [a.id, analyses[i]!]));
  let members = 0;
  let asQuotes = 0;
  let withSpeaker = 0;
  for (const g of gold.quote_variants?.groups ?? []) {
    for (const v of g.variants) {
      members++;
      const q = byId.get(v.id)?.quotes.find((q) => normQ(q.text).startsWith(normQ(v.starts).slice(0, 30)) || normQ(v.starts).startsWith(normQ(q.text).slice(0, 30)));
      if (q) asQuotes++;
      if (q?.speaker) withSpeaker++;
    }
  }
  if (members) console.log(`quotes: ${asQuotes} of ${members} gold quote variants found as quotes, ${withSpeaker} with a speaker`);
  console.log(`event errors: ${split} of ${gold.clusters.events.length} gold events split, ${mixed} of ${predicted} predicted events mixed; translated articles alone in an event: ${lonelyForeign} of ${foreign}`);
  console.log(`clusters: event BCubed F1 ${event.bcubed.f1.toFixed(3)} (${event.predictedClusters} for ${event.goldClusters}), story ${story.bcubed.f1.toFixed(3)} (${story.predictedClusters} for ${story.goldClusters}); copy pairs ${found}/${copies.length} found, ${extra} false`);
  const english = (id: string): boolean => (gold.articles[id]?.language ?? "en") === "en";
  const { stories, articles: read } = await exampleStories(root, dir);
  for (const s of stories) {
    console.log(`## ${s.name}`);
    const goldStory = gold.cross_source.stories.find((g) => g.name === s.name);
    let conflictIndex = 0;
    for (const c of checkSeeds(s.dossier, read, s.cross, s.quotes, english)) {
      total++;
      if (c.ok) pass++;
      tally(kindOf(c.name), c.ok);
      // Conflicts also by their gold kind (number, date, negation, speaker...), in the gold's order.
      if (c.name.startsWith("conflict:")) conflictTally(goldStory?.conflicts?.[conflictIndex++]?.kind ?? "unknown", c.ok);
      if (!totalsOnly) console.log(`${c.ok ? "PASS" : "FAIL"}  ${c.name}  [${c.detail}]`);
    }
    for (const g of goldStory?.conflicts ?? []) if (foundInPart(s.dossier, g.sides)) partly++;
    // The same claims judged by their sources' spans: translations count, paraphrase wording does not.
    for (const c of checkEvidence(s.dossier, read, goldStory?.corroborated ?? [], goldStory?.single_source ?? [], (id) => gold.duplicates[id] ?? id)) {
      const v = byEvidence.get(c.kind) ?? { pass: 0, total: 0 };
      v.total++;
      if (c.ok) v.pass++;
      byEvidence.set(c.kind, v);
      if (!totalsOnly) console.log(`${c.ok ? "PASS" : "FAIL"}  by evidence, ${c.kind}: ${c.claim}  [${c.detail}]`);
    }
    const goldClaims = [...(goldStory?.corroborated ?? []), ...(goldStory?.single_source ?? [])];
    for (const m of mixedByEvidence(s.dossier, read, goldClaims, (id) => gold.duplicates[id] ?? id)) {
      mixedClaims++;
      if (!totalsOnly) console.log(`MIXED  ${m.id}: ${m.x} | ${m.y}`);
    }
    // How quote-variant groups miss, in counts: members in one group with others (intruders),
    // spread over groups, or printed as single quotes; and how many speakers the members got.
    for (const members of s.quotes.groups) {
      const matches = (v: { article: string; text: string }, m: { id: string; starts: string }): boolean => v.article === m.id && squash(v.text).replace(/^["'«»„“”‘’\s]+/u, "").startsWith(squash(m.starts).replace(/^["'«»„“”‘’\s]+/u, "").slice(0, 30));
      const holders = new Set(members.map((m) => s.dossier.quotes.groups.findIndex((g) => g.variants.some((v) => matches(v, m)))));
      const alone = members.filter((m) => s.dossier.quotes.single.some((v) => matches(v, m))).length;
      const speakers = new Set(members.map((m) => [...s.dossier.quotes.groups.flatMap((g) => g.variants), ...s.dossier.quotes.single].find((v) => matches(v, m))?.speaker ?? "?"));
      quoteMiss.push(holders.has(-1) && holders.size === 1 ? "none grouped" : holders.size > 1 || holders.has(-1) ? "spread" : "one group");
      if (alone > 0) quoteMiss.push("some single");
      if (speakers.size > 1) quoteMiss.push("speakers differ");
    }
    // Traps (sets that list them): statements that must not be reported as a contradiction.
    for (const trap of gold.cross_source.stories.find((g) => g.name === s.name)?.not_conflicts ?? []) {
      const x = trapped(s.dossier, trap);
      traps++;
      if (x) falseConflicts++;
      tally("not a conflict", !x);
      if (!totalsOnly) console.log(`${x ? "FAIL" : "PASS"}  not a conflict: ${trap.about}  [${x ? `reported as ${x.id} (${x.kind}, ${x.confidence})` : "not reported"}]`);
    }
  }
}
if (dirs.length) {
  console.log(`\n${pass}/${total} dossier checks pass` + (traps ? `; ${falseConflicts} of ${traps} traps reported as a contradiction` : ""));
  console.log("by kind: " + [...kinds].map(([k, v]) => `${k} ${v.pass}/${v.total}`).join(", "));
  if (byEvidence.size) console.log("by evidence spans: " + [...byEvidence].map(([k, v]) => `${k} ${v.pass}/${v.total}`).join(", ") + `; claims mixing two gold claims: ${mixedClaims}`);
  if (quoteMiss.length) console.log("quote groups held: " + [...new Set(quoteMiss)].map((k) => `${k} ${quoteMiss.filter((x) => x === k).length}`).join(", "));
  if (conflictKinds.size) console.log(`conflicts found at least in part (two of their sides set apart): ${partly} of ${[...conflictKinds.values()].reduce((t, v) => t + v.total, 0)}`);
  if (conflictKinds.size) console.log("conflicts by kind: " + [...conflictKinds].map(([k, v]) => `${k} ${v.pass}/${v.total}`).join(", "));
}

/** The kind of a check, from its name (`corroborated: ...`, `quote variants group 2`). */
function kindOf(name: string): string {
  return name.startsWith("quote variants") ? "quote variants" : name.startsWith("summary") ? "summary" : name.split(":")[0]!;
}

function conflictTally(kind: string, ok: boolean): void {
  const v = conflictKinds.get(kind) ?? { pass: 0, total: 0 };
  v.total++;
  if (ok) v.pass++;
  conflictKinds.set(kind, v);
}

function tally(kind: string, ok: boolean): void {
  const v = kinds.get(kind) ?? { pass: 0, total: 0 };
  v.total++;
  if (ok) v.pass++;
  kinds.set(kind, v);
}
