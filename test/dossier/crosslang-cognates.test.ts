// Cognates: a word outside the lexicon whose stem a story's English and translated clauses both
// hold (`corrosion`, `sévère`) counts between the two languages, as a lexicon word does.
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDossier } from "../../src/dossier/index.js";
import { articleFeatures } from "../../src/dossier/features.js";
import { KeyWeights, crossCosine } from "../../src/dossier/align.js";
import { translateWord } from "../../src/dossier/lexicon.js";
import { makeInputIn, type FixtureArticle } from "../fixtures/dossier/story.js";

const TOWN = { name: "Velmora", type: "place" as const, forms: ["Velmora"] };

const input = makeInputIn;

const EN: FixtureArticle = {
  id: "bridge-en",
  outlet: "Harbor Post",
  published: "2024-05-07T10:00:00Z",
  text: "Severe corrosion was found on the cables, engineers said. The council has asked for a second opinion.",
  entities: [TOWN],
};
const FR: FixtureArticle = {
  id: "bridge-fr",
  outlet: "Le Courrier",
  published: "2024-05-07T14:00:00Z",
  text: "Une corrosion sévère des câbles a été constatée. Le maire de Velmora a demandé une expertise indépendante.",
  entities: [TOWN],
};

test("cognates: the shared stems of words outside the lexicon align a translated statement", () => {
  assert.equal(translateWord("fr", "corrosion"), null, "the word is outside the lexicon");
  const en = input(EN, "en");
  const fr = input(FR, "fr");
  const clauses = [...articleFeatures(en.article, en.analysis).clauses, ...articleFeatures(fr.article, fr.analysis).clauses];
  const w = new KeyWeights(clauses);
  assert.ok(w.cognates.has("w:corros") && w.cognates.has("w:sever"), [...w.cognates].join(" "));
  assert.ok(!w.portable("w:velmor"), "a word of a name is counted by its entity, not again as a cognate");
  const i = clauses.findIndex((c) => c.article === "bridge-en" && en.article.text.slice(c.start, c.end).includes("corrosion"));
  const j = clauses.findIndex((c) => c.article === "bridge-fr" && fr.article.text.slice(c.start, c.end).includes("corrosion"));
  assert.ok(crossCosine(w, i, j) > 0.3, String(crossCosine(w, i, j)));
  const d = buildDossier("bridge", null, [en, fr]);
  const claim = d.claims.find((c) => c.support.some((s) => s.article === "bridge-fr" && s.text.includes("corrosion")));
  assert.equal(claim?.status, "corroborated", JSON.stringify(d.claims.map((c) => [c.status, c.text])));
});

test("cognates: a stem only one language holds is no cognate, and a short one is none either", () => {
  const en = input(EN, "en");
  const fr = input({ ...FR, text: "Le maire de Velmora a demandé une expertise indépendante sur les câbles." }, "fr");
  const clauses = [...articleFeatures(en.article, en.analysis).clauses, ...articleFeatures(fr.article, fr.analysis).clauses];
  const w = new KeyWeights(clauses);
  assert.ok(!w.portable("w:corros"), "only the English article holds it");
  assert.ok(!w.cognates.has("w:cabl") && !w.cognates.has("w:cable"), [...w.cognates].join(" "));
  const d = buildDossier("bridge", null, [en, fr]);
  assert.equal(d.claims.filter((c) => c.status === "corroborated").length, 0, JSON.stringify(d.claims.map((c) => [c.status, c.text])));
});
