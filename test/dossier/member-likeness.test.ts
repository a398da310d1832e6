// A claim group joins a lone clause on its likeness to the group's first wording; an outlet's
// wording can share little with that one and much with the group's others. A lone clause then
// joins on its likeness to the group's clauses of its language taken together (see
// alikeToMembers in src/dossier/context.ts); one that shares no word with the first wording, or
// meets a group of one clause of its language, stays out.
import { test } from "node:test";
import assert from "node:assert/strict";
import { makeInput } from "../fixtures/dossier/story.js";
import { buildDossier } from "../../src/dossier/index.js";

function claimsOf(texts: [string, string, string][]) {
  const inputs = texts.map(([id, outlet, text], i) => makeInput({ id, outlet, published: `2026-04-0${i + 1}T08:00:00Z`, text }));
  return buildDossier("storm", null, inputs).claims;
}

const holds = (c: { support: { article: string; text: string }[] }, article: string, words: string): boolean => c.support.some((s) => s.article === article && s.text.includes(words));

test("member likeness: a wording far from a claim's first wording but close to its others joins the claim", () => {
  const claims = claimsOf([
    ["a", "Harbor Post", "Storm Oriel battered the east coast overnight. Trains on the coast line did not run all day and every school in Farrow was shut."],
    ["b", "Valley Wire", "Storm Oriel swept across the east coast overnight. All trains on the coast line were cancelled on Monday and schools in Farrow stayed closed."],
    ["c", "Evening Star", "The east coast began clearing up after Storm Oriel. Rail services on the coast line were cancelled for the whole of Monday and resumed on Tuesday morning."],
  ]);
  const trains = claims.find((c) => holds(c, "a", "did not run") && holds(c, "b", "were cancelled"));
  assert.ok(trains, "the first two wordings form a claim");
  assert.ok(holds(trains, "c", "Rail services"), `the third joined it: ${JSON.stringify(claims.map((c) => c.support.map((s) => s.text)))}`);
  assert.equal(trains.independentSources, 3);
});

test("member likeness: a lone wording sharing no plain word with the first wording stays out", () => {
  const claims = claimsOf([
    ["a", "Harbor Post", "Storm Oriel battered the east coast overnight. Trains did not run all day and every school in Farrow was shut."],
    ["b", "Valley Wire", "Storm Oriel swept across the east coast overnight. All trains on the coast line were cancelled on Monday and schools in Farrow stayed closed."],
    ["c", "Evening Star", "The east coast began clearing up after Storm Oriel. Rail services on the coast line were cancelled for the whole of Monday and resumed on Tuesday morning."],
  ]);
  assert.ok(!claims.some((c) => holds(c, "a", "did not run") && holds(c, "c", "Rail services")), JSON.stringify(claims.map((c) => c.support.map((s) => s.text))));
});
