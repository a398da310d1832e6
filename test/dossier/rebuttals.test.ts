// An outlet that says its finding contradicts someone's statement, against another outlet
// printing that statement (issue 6).
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDossier, type Dossier } from "../../src/dossier/index.js";
import { makeInput, type FixtureArticle } from "../fixtures/dossier/story.js";

const dossier = (articles: FixtureArticle[]): Dossier => buildDossier("s", null, articles.map(makeInput));
const rebuttals = (d: Dossier) => d.contradictions.filter((c) => c.sides.some((s) => s.label === "contradicted"));

const stated = {
  id: "a",
  outlet: "One",
  published: null,
  text: "A lorry overturned near the Varn reservoir on Monday. No chemicals from the spill reached the reservoir, according to the board.",
};
const rebuttal = (tail: string): FixtureArticle => ({
  id: "b",
  outlet: "Two",
  published: null,
  text: "A lorry overturned near the Varn reservoir on Monday. Samples taken at three schools show traces of solvent in tap water, " + tail,
});

test("rebuttals: `contradicting the board's assurance that ...` disputes the outlet that prints the assurance", () => {
  const d = dossier([stated, rebuttal("contradicting the board's assurance that no chemicals reached the reservoir.")]);
  const found = rebuttals(d);
  assert.equal(found.length, 1, JSON.stringify(d.contradictions));
  assert.deepEqual(found[0]!.sides.map((s) => s.citations.map((c) => c.article)), [["a"], ["b"]]);
  assert.ok(found[0]!.sides[0]!.citations[0]!.text.startsWith("No chemicals"));
  // An outlet's other sentence that uses the word is no second statement of it.
  const twice = { ...stated, text: stated.text + " The board tests the reservoir for chemicals every week." };
  const again = rebuttals(dossier([twice, rebuttal("contradicting the board's assurance that no chemicals reached the reservoir.")]));
  assert.equal(again.length, 1);
  assert.deepEqual(again[0]!.sides[0]!.citations.map((c) => c.text.slice(0, 12)), ["No chemicals"]);
});

test("rebuttals: no statement noun, an outlet telling the evidence, or one outlet alone is no dispute", () => {
  // `contrary to expectations` rebuts nobody's statement.
  assert.equal(rebuttals(dossier([stated, rebuttal("contrary to expectations that no chemicals reached the reservoir.")])).length, 0);
  // An outlet that reports the traces itself agrees with the rebuttal.
  const evidence = { id: "a", outlet: "One", published: null, text: "A lorry overturned near the Varn reservoir on Monday. Traces of solvent from the spill reached the reservoir, tests show." };
  assert.equal(rebuttals(dossier([evidence, rebuttal("contradicting the board's assurance that no chemicals reached the reservoir.")])).length, 0);
  // The outlet that printed the assurance and rebuts it tells both; no other outlet states it.
  const alone = rebuttal("contradicting the board's assurance that no chemicals reached the reservoir. No chemicals reached the reservoir, the board had said.");
  assert.equal(rebuttals(dossier([alone, { id: "c", outlet: "Three", published: null, text: "A lorry overturned near the Varn reservoir on Monday, police said." }])).length, 0);
});
