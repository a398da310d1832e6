// The quote metric, the PolNeAR reader and `newsfold eval quotes` on a small fictional PolNeAR-shaped fixture.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import type { Quote } from "../../../src/core/types.js";
import { byCue, emptyCounts, scoreArticle, scores, single } from "../../../src/eval/quotes/metric.js";
import { parseAnn, readPolnear } from "../../../src/eval/quotes/polnear.js";
import { directUnits, evalPolnear, trimGold } from "../../../src/eval/quotes/index.js";
import { REPO_ROOT } from "../../helpers/shared.js";

const FIXTURE = join(REPO_ROOT, "test", "fixtures", "nlp", "quotes", "polnear");

function q(start: number, end: number, speaker: [number, number] | null = null): Quote {
  return { start, end, text: "", kind: "direct", speaker: speaker ? { name: "x", entity: null, start: speaker[0], end: speaker[1] } : null, cue: null };
}

test("metric: a prediction matches when it covers at least 80% of the gold characters, one to one", () => {
  const gold = [{ content: [{ start: 0, end: 100 }], source: [{ start: 200, end: 210 }] }];
  let c = emptyCounts();
  scoreArticle(single([q(0, 79)]), gold, [], c);
  assert.equal(c.matched, 0);
  c = emptyCounts();
  scoreArticle(single([q(10, 95, [205, 207]), q(0, 100)]), gold, [], c);
  assert.equal(c.matched, 1);
  assert.equal(c.speakerScored, 1);
  const s = scores(c);
  assert.equal(s.precision, 0.5);
  assert.equal(s.recall, 1);
  // The shortest covering prediction wins; its speaker (none) is then wrong.
  c = emptyCounts();
  scoreArticle(single([q(0, 100), q(0, 300, [205, 207])]), gold, [], c);
  assert.equal(c.speakerCorrect, 0);
});

test("metric: quotes sharing one cue are one attribution whose pieces together cover the gold", () => {
  const gold = [{ content: [{ start: 0, end: 40 }, { start: 60, end: 100 }], source: null }];
  const cue = { text: "said", start: 45, end: 49 };
  const a: Quote = { ...q(0, 40), cue };
  const b: Quote = { ...q(60, 100), cue };
  let c = emptyCounts();
  scoreArticle(single([a, b]), gold, [], c);
  assert.equal(c.matched, 0);
  c = emptyCounts();
  scoreArticle(byCue([a, b]), gold, [], c);
  assert.equal(c.matched, 1);
  assert.equal(c.predicted, 1);
});

test("metric: a speaker resolved to an entity is right when one of its mentions overlaps the gold source", () => {
  const gold = [{ content: [{ start: 0, end: 50 }], source: [{ start: 60, end: 62 }] }];
  const pred: Quote = { ...q(0, 50), speaker: { name: "Mara Quell", entity: "e0", start: 100, end: 110 } };
  const c = emptyCounts();
  scoreArticle(single([pred]), gold, [{ id: "e0", name: "Mara Quell", type: "person", roles: [], mentions: [{ start: 60, end: 62, text: "he", form: "pronoun" }] }], c);
  assert.equal(c.speakerCorrect, 1);
});

test("polnear: BRAT standoff with discontinuous spans parses into attributions", () => {
  const text = "abc “one,” she said, “two.” end";
  const ann = "T1\tContent 4 10;20 27\t“one,” “two.”\nT2\tSource 11 14\tshe\nT3\tCue 15 19\tsaid\nT4\tAttribution 15 19\tsaid\nE1\tAttribution:T4 Content:T1 Cue:T3 Source:T2\n";
  const [a] = parseAnn(ann, text);
  assert.deepEqual(a!.content, [{ start: 4, end: 10 }, { start: 20, end: 27 }]);
  assert.deepEqual(a!.source, [{ start: 11, end: 14 }]);
  // Each quotation of an all-quoted content is a direct unit.
  assert.equal(directUnits(a!, text).length, 2);
  assert.deepEqual(trimGold([{ start: 4, end: 10 }], text), [{ start: 5, end: 8 }]);
});

test("polnear: only contents mostly in quotation marks are direct", () => {
  const text = "He said that the plan “works” well enough for now.";
  const [a] = parseAnn("T1\tContent 8 49\tx\nE1\tAttribution:T9 Content:T1\n", text);
  assert.deepEqual(directUnits(a!, text), []);
});

test("eval: reads a split, scores both tracks, takes the first annotator's file", () => {
  const docs = readPolnear(FIXTURE, "dev");
  assert.equal(docs.length, 1);
  assert.equal(docs[0]!.attributions.length, 3);
  const r = evalPolnear(FIXTURE, "dev");
  assert.equal(r.articles, 1);
  assert.equal(r.direct.gold, 1);
  assert.equal(r.direct.matched, 1);
  assert.equal(r.direct.speakerAccuracy, 1);
  assert.equal(r.all.gold, 3);
  assert.ok(r.all.matched >= 2, JSON.stringify(r.all));
});

test("cli: newsfold eval quotes prints one JSON report; bad usage exits 2", () => {
  const run = (args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", join(REPO_ROOT, "src", "cli", "main.ts"), ...args], { cwd: REPO_ROOT, encoding: "utf8", timeout: 60_000 });
  const ok = run(["eval", "quotes", "--format", "polnear", FIXTURE, "--split", "dev"]);
  assert.equal(ok.status, 0, ok.stderr);
  const report = JSON.parse(ok.stdout) as { direct: { f1: number }; all: { f1: number } };
  assert.equal(typeof report.direct.f1, "number");
  assert.equal(run(["eval", "quotes", "--format", "polnear", FIXTURE, "--split", "test"]).status, 2);
});
