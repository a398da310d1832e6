// Toll disputes: sources of one event giving different numbers of dead (or of injured) are set side by side;
// ages, injured counts, parts of a toll and two lower bounds are not.
import { test } from "node:test";
import assert from "node:assert/strict";
import { makeInput, twoSourceContradictions } from "../fixtures/dossier/story.js";
import { buildDossier } from "../../src/dossier/index.js";

function tolls(a: string, b: string) {
  return twoSourceContradictions("quake", a, b).filter((c) => c.about === "death toll");
}

test("tolls: an exact later count against an earlier bound is a dispute with both sides", () => {
  const found = tolls(
    "An earthquake struck the hill town of Varn on Sunday, killing at least 12 people and destroying dozens of homes.",
    "The number of people killed in the earthquake in Varn has risen to 15, the regional hospital said on Sunday evening.",
  );
  assert.equal(found.length, 1);
  assert.deepEqual(found[0]!.sides.map((s) => s.label), ["at least 12 dead", "15 dead"]);
  assert.deepEqual(found[0]!.sides.map((s) => s.citations[0]!.article), ["a", "b"]);
});

test("tolls: ages, injured, parts of a toll and two lower bounds give no dispute", () => {
  // An age in commas after a name, and the dead counted once.
  assert.equal(tolls("Mira Dane, 16, was killed by a falling wall in Varn on Sunday.", "Two people were killed in Varn on Sunday, among them Mira Dane, 17.").length, 0);
  // The injured are not the dead.
  assert.equal(tolls("The earthquake in Varn killed four people and injured 30 on Sunday.", "Four people were killed and 25 were injured in Varn on Sunday.").length, 0);
  // A kind of person (two children) is a part of the toll, not another toll.
  assert.equal(tolls("Six people died in the earthquake in Varn on Sunday.", "Two children died in the earthquake in Varn on Sunday.").length, 0);
  // Two lower bounds do not disagree.
  assert.equal(tolls("The earthquake in Varn killed at least six people on Sunday.", "At least seven people died in the earthquake in Varn on Sunday.").length, 0);
  // Statistics: figures in brackets, ranges and rates are no tolls of a happening.
  assert.equal(tolls("Overdose deaths in Varn rose from 2018 (253 deaths) to 2022 (723 deaths).", "Overdose deaths in Varn rose from 2018 (250 deaths) to 2022 (700 deaths).").length, 0);
  assert.equal(tolls("Between six and 12 people die in avalanches near Varn every year.", "Nine people die in avalanches near Varn every year.").length, 0);
  // A comma parts two statements: three were shot, one of them died.
  assert.equal(tolls("A gunman in Varn shot three people, killing one, on Sunday.", "A gunman shot two people in Varn on Sunday and one of them died.").length, 0);
});

test("tolls: comma-grouped counts in the range of years are counts, bare years are not", () => {
  const found = tolls("The floods in Varn have killed 1,900 people, officials said on Sunday.", "More than 2,000 people died in the Varn floods, the regional governor said.");
  assert.equal(found.length, 1);
  assert.deepEqual(found[0]!.sides.map((s) => s.label), ["1900 dead", "at least 2000 dead"]);
});

test("tolls: counts of the injured are disputed on their own, apart from the dead", () => {
  const found = twoSourceContradictions(
    "quake",
    "The earthquake in Varn killed four people on Sunday. Fifteen people were injured, three of them seriously, the regional hospital said.",
    "Four people died in the earthquake in Varn on Sunday. Twelve people were hurt, according to the fire service.",
  );
  const injured = found.filter((c) => c.about === "number of injured");
  assert.equal(injured.length, 1, JSON.stringify(found));
  assert.deepEqual(injured[0]!.sides.map((s) => [s.label, s.citations[0]!.article]), [["12 injured", "b"], ["15 injured", "a"]]);
  assert.equal(found.filter((c) => c.about === "death toll").length, 0);
  // The dead are not the injured.
  assert.equal(twoSourceContradictions("quake", "The earthquake in Varn injured 30 people and killed four on Sunday.", "Thirty people were hurt and six were killed in Varn on Sunday.").filter((c) => c.about === "number of injured").length, 0);
});

test("tolls: lives lost count the dead, in English and German, and a later event's recall joins its side", () => {
  const d = buildDossier(
    "s",
    null,
    [
      { id: "a", outlet: "One", published: null, event: "ev-1", text: "A tanker ran aground off Varn on Sunday, killing at least three people, the coastguard said." },
      { id: "de", outlet: "Zwei", published: null, event: "ev-1", language: "de", text: "Mindestens drei Menschen kamen ums Leben, wie die Küstenwache mitteilte." },
      { id: "b", outlet: "Three", published: null, event: "ev-1", text: "The grounding of the tanker off Varn on Sunday claimed four lives, the coastguard said on Monday." },
      { id: "c", outlet: "Four", published: null, event: "ev-2", text: "The captain was charged on Friday, five days after the grounding off Varn with the loss of four lives." },
    ].map(makeInput),
  );
  const x = d.contradictions.find((c) => c.about === "death toll");
  assert.ok(x, JSON.stringify(d.contradictions));
  assert.deepEqual(x.sides.map((s) => [s.label, s.citations.map((c) => c.article).sort()]), [["at least 3 dead", ["a", "de"]], ["4 dead", ["b", "c"]]]);
  // `the loss of four lives` counts the dead; `five of the ten crew` is a part, not a toll of five.
  assert.equal(tolls("The grounding off Varn on Sunday led to the loss of four lives.", "Five of the ten crew died when the tanker ran aground off Varn on Sunday.").length, 0);
});
