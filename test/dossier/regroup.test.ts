// Grouping joins the strongest link first and keeps one clause per article in a group: a clause
// whose strongest partner is an aside of another article stays out of the claim three other
// outlets state with it. The second look (src/dossier/regroup.ts) moves it there; a clause with
// fewer links into the other group stays where it is (a guard: it stays with two as well).
import { test } from "node:test";
import assert from "node:assert/strict";
import { makeInput } from "../fixtures/dossier/story.js";
import { buildDossier } from "../../src/dossier/index.js";
import { DisjointSets, KeyWeights, PairList } from "../../src/dossier/align.js";
import type { Clause } from "../../src/dossier/features.js";
import { regroup } from "../../src/dossier/regroup.js";

const orr = { name: "Pavel Orr", type: "person" as const, forms: ["Pavel Orr"] };

function claims(extra: string[]) {
  const texts: [string, string, string][] = [
    ["y", "Daily Ledger", "An internal inspection report from June had recommended replacing a pressure valve on the boiler of the Varn mill. Union steward Pavel Orr, who first told the Ledger about the valve in June, said workers had asked for its replacement for months."],
    ["x", "Morning Courier", "Union steward Pavel Orr said that a pressure valve on the boiler had been reported faulty in June and, to his knowledge, had never been replaced."],
    ...extra.map((t, i): [string, string, string] => ["o" + i, ["Harbor Post", "Evening Star", "Valley Wire"][i]!, t]),
  ];
  const inputs = texts.map(([id, outlet, text], i) => makeInput({ id, outlet, published: `2026-02-0${i + 1}T08:00:00Z`, text, entities: text.includes("Pavel Orr") ? [orr] : [] }));
  return buildDossier("mill", null, inputs).claims.filter((c) => c.status === "corroborated");
}

const holds = (c: { support: { article: string; text: string }[] }, article: string, words: string): boolean => c.support.some((s) => s.article === article && s.text.includes(words));

test("regroup: a clause linked to three outlets' claim joins it, away from its strongest single partner", () => {
  const found = claims([
    "An inspection report from June recommended replacing a pressure valve on the boiler, the prosecutor said.",
    "The documents include an inspection report from June that advised replacing a pressure valve on the boiler.",
    "A June inspection report had recommended the replacement of a valve on the boiler, according to the prosecutor.",
  ]);
  const report = found.find((c) => holds(c, "y", "inspection report") && holds(c, "o0", "inspection report"));
  assert.ok(report, "the report claim is formed");
  assert.ok(holds(report, "x", "never been replaced"), "the reworded clause joined the report claim");
});

test("regroup: with two links into the other claim the clause stays", () => {
  const found = claims(["An inspection report from June recommended replacing a pressure valve on the boiler, the prosecutor said."]);
  assert.ok(!found.some((c) => holds(c, "x", "never been replaced") && holds(c, "o0", "inspection report")));
});

// An article whose first clause took its place in a claim by one strong link (`voted on Thursday
// to accept the pay offer`, beside an outlet's lead that tells the vote and the deal's terms)
// while its next sentence states what the claim's other outlets state (the terms) and is linked
// to two of them: the two change places (the second look's swap).
function dealClaims() {
  const varn = { name: "Varn", type: "place" as const, forms: ["Varn"] };
  const texts: [string, string, string][] = [
    ["a", "Harbor Post", "Ferry crews in Varn voted on Thursday to accept a 5% pay rise spread over three years and shorter winter rosters."],
    ["b", "Evening Star", "Under the agreement, crews will receive a 5% rise over three years, and winter rosters will be shorter from October, the union said."],
    [
      "x",
      "Valley Wire",
      "Ferry crews in Varn voted on Thursday to accept the pay offer, ending a week-long strike that had stranded island commuters. The agreement gives the workers a 5 percent raise across three years and makes winter rosters shorter.",
    ],
  ];
  const inputs = texts.map(([id, outlet, text], i) =>
    makeInput({ id, outlet, published: `2026-02-0${i + 1}T08:00:00Z`, text, entities: [varn], dates: text.includes("Thursday") ? [{ text: "Thursday", resolved: "2026-01-29" }] : [] }),
  );
  return buildDossier("ferries", null, inputs).claims;
}

test("regroup: a lone clause linked twice into a claim takes its article's place from a clause linked there once", () => {
  const terms = dealClaims().find((c) => holds(c, "b", "5% rise"));
  assert.ok(terms, "the terms claim is formed");
  const texts = terms.support.map((s) => s.text).join(" | ");
  assert.ok(holds(terms, "x", "5 percent raise"), texts);
  assert.ok(!holds(terms, "x", "pay offer"), texts);
});

// A lead that tells a strike's end (`agreed on Thursday to end a strike that had shut the port`)
// was taken into the claim of the strike's start through one loose link, while the clause that
// states its fact (`voted on Thursday to accept a pay deal`) was left on its own (set free by the
// swap): the lead, held by one link, pairs off with the lone clause it is linked to more strongly.
function clause(article: string, keys: string[]): Clause {
  return { article, sentence: 0, start: 0, end: 1, keys, nameKeys: new Set(), nameOnly: new Set(), attributionOnly: new Set(), actors: [], polarity: new Map(), numbers: [], dates: [], hedged: false, conditional: false, anyNegation: false, foreign: null };
}

function pairOff(insideLinks: [number, number, number][]) {
  // 0, 1: two outlets' leads on the strike's start; 2: a third outlet's lead on its end; 3: a
  // fourth outlet's lead on the vote that ended it.
  const clauses = [clause("s1", ["w:strike", "w:shut"]), clause("s2", ["w:strike", "w:stop"]), clause("m", ["w:strike", "w:end"]), clause("x", ["w:vote", "w:end"])];
  const w = new KeyWeights(clauses);
  const pairs = new PairList();
  pairs.push(0, 1, 0.5);
  for (const [a, b, sim] of insideLinks) pairs.push(a, b, sim);
  pairs.push(2, 3, 0.43);
  const groups = new DisjointSets(4);
  groups.union(0, 1);
  groups.union(0, 2);
  const out = regroup(w, pairs, groups, () => true);
  return [0, 1, 2, 3].map((i) => out.find(i));
}

test("regroup: a clause held in its claim by one link pairs off with a lone clause it is linked to more strongly", () => {
  const [s1, s2, m, x] = pairOff([[0, 2, 0.34]]);
  assert.equal(s1, s2);
  assert.notEqual(m, s1, "the end-of-strike lead left the start's claim");
  assert.equal(m, x, "and pairs with the vote");
});

test("regroup: a clause held in its claim by two links stays", () => {
  const [s1, , m, x] = pairOff([
    [0, 2, 0.34],
    [1, 2, 0.36],
  ]);
  assert.equal(m, s1);
  assert.notEqual(m, x);
});
