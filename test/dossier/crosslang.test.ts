// Cross-language alignment: a translated article's clauses join English claims through names,
// numbers, dates and the general-news lexicon, and only through them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDossier } from "../../src/dossier/index.js";
import { articleFeatures } from "../../src/dossier/features.js";
import { translateWord, englishNumberWord, portableKey } from "../../src/dossier/lexicon.js";
import { KeyWeights, cosine, crossCosine } from "../../src/dossier/align.js";
import { makeInputIn, type FixtureArticle } from "../fixtures/dossier/story.js";

const TOWN = { name: "Velmora", type: "place" as const, forms: ["Velmora"] };

const input = makeInputIn;

const EN_A: FixtureArticle = {
  id: "storm-a",
  outlet: "Harbor Post",
  published: "2024-05-07T10:00:00Z",
  text: "The storm destroyed 120 houses in Velmora on Tuesday, officials said. The regional council will meet on Friday to discuss repairs.",
  entities: [TOWN],
};
const EN_B: FixtureArticle = {
  id: "storm-b",
  outlet: "Valley Times",
  published: "2024-05-07T12:00:00Z",
  text: "About 120 houses in Velmora were destroyed by the storm on Tuesday. Power lines fell across the northern road.",
  entities: [TOWN],
};
const FR: FixtureArticle = {
  id: "storm-fr",
  outlet: "Le Courrier",
  published: "2024-05-07T14:00:00Z",
  text: "La violente tempête qui a balayé toute la région a détruit 120 maisons à Velmora mardi, selon les autorités préfectorales. Les écoles de Velmora resteront fermées jusqu'à nouvel ordre.",
  entities: [TOWN],
};

test("lexicon: foreign words and number words map to English keys; function words do not", () => {
  assert.equal(translateWord("fr", "maisons"), translateWord("es", "casas"));
  assert.equal(translateWord("fr", "tempete"), translateWord("de", "sturm"));
  assert.equal(translateWord("fr", "l'ornithorynque"), null, "a word outside the lexicon stays untranslated");
  assert.equal(translateWord("fr", "les"), null);
  assert.equal(translateWord("es", "dos"), "n:2");
  assert.equal(englishNumberWord("seven"), "n:7");
  assert.equal(englishNumberWord("several"), null);
  assert.equal(translateWord("pl", "dom"), null, "an uncovered language is not translated");
  assert.ok(portableKey("e:velmora") && portableKey("n:120") && portableKey("d:2024-05-07"));
  assert.ok(!portableKey("w:umbrel"), "a word the lexicon cannot produce is no cross-language evidence");
});

test("features: French figures (`3 200`, `4,1`) are read as the numbers they are", () => {
  const it = input({ id: "n-fr", outlet: "Le Courrier", published: null, text: "Environ 3 200 personnes ont quitté la ville, et les prix ont augmenté de 4,1 % en un an." }, "fr");
  const keys = articleFeatures(it.article, it.analysis).clauses.flatMap((c) => c.keys);
  assert.ok(keys.includes("n:3200"), keys.join(" "));
  assert.ok(keys.includes("n:4.1"), keys.join(" "));
  assert.ok(!keys.includes("n:200"));
});

test("claims: a translation joins the English claim it states, not the ones it only names a place in", () => {
  const d = buildDossier("storm", null, [input(EN_A, "en"), input(EN_B, "en"), input(FR, "fr")]);
  const houses = d.claims.find((c) => c.support.some((s) => s.article === "storm-fr" && s.text.includes("120 maisons")));
  assert.ok(houses, "the French statement is in a claim");
  assert.deepEqual(new Set(houses.support.map((s) => s.article)), new Set(["storm-a", "storm-b", "storm-fr"]));
  assert.equal(houses.independentSources, 3);
  const schools = d.claims.find((c) => c.support.some((s) => s.text.includes("écoles")));
  assert.ok(schools);
  assert.equal(schools.status, "single-source", "sharing only the town's name aligns nothing");
  assert.equal(d.contradictions.length, 0);
});

test("features: an English clause is not translated, but a count written out also stands for its figure", () => {
  const it = input(EN_A, "en");
  for (const c of articleFeatures(it.article, it.analysis).clauses) assert.equal(c.foreign, null);
  const words = input({ id: "n-en", outlet: null, published: null, text: "The board voted seven to two for the increase on Thursday." }, "en");
  const keys = articleFeatures(words.article, words.analysis).clauses.flatMap((c) => c.keys);
  assert.ok(keys.includes("n:7") && keys.includes("n:2") && keys.includes("w:seven"), keys.join(" "));
});

test("crossCosine: across languages only portable keys weigh, so a translation scores above its plain cosine", () => {
  const en = input(EN_A, "en");
  const fr = input(FR, "fr");
  const clauses = [...articleFeatures(en.article, en.analysis).clauses, ...articleFeatures(fr.article, fr.analysis).clauses];
  const w = new KeyWeights(clauses);
  const i = clauses.findIndex((c) => en.article.text.slice(c.start, c.end).includes("destroyed 120 houses"));
  const j = clauses.findIndex((c) => c.article === "storm-fr" && fr.article.text.slice(c.start, c.end).includes("120 maisons"));
  assert.ok(i >= 0 && j >= 0);
  assert.ok(crossCosine(w, i, j) > cosine(w, i, j), `${crossCosine(w, i, j)} vs ${cosine(w, i, j)}`);
  assert.ok(crossCosine(w, i, j) <= 1);
});

test("summary: a claim printed in the story's main language is cited in it, even when a translation came first", () => {
  const early = { ...FR, id: "storm-fr-early", published: "2024-05-07T08:00:00Z" };
  const enC: FixtureArticle = { ...EN_A, id: "storm-c", outlet: "Coast Wire", published: "2024-05-07T13:00:00Z" };
  const d = buildDossier("st", null, [input(early, "fr"), input(EN_A, "en"), input(EN_B, "en"), input(enC, "en")], {});
  const houses = d.claims.find((c) => c.support.some((s) => s.article === "storm-fr-early") && c.support.some((s) => s.article === "storm-a"));
  assert.ok(houses, "the French sentence joins the English claim");
  const texts = d.summary.map((s) => s.text);
  assert.ok(texts.some((t) => /120 houses/.test(t)), JSON.stringify(texts));
  assert.ok(!texts.some((t) => t.startsWith("La violente")), JSON.stringify(texts));
});
