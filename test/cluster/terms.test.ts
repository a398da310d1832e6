import { test } from "node:test";
import assert from "node:assert/strict";
import { tokenize } from "../../src/core/tokenize.js";
import { contentTerms, stem, termMaker } from "../../src/nlp/terms/index.js";

test("English: stop words dropped, words stemmed, numbers only on request", () => {
  const toks = tokenize("The workers were striking over 300 jobs and the strikes continued");
  assert.deepEqual(contentTerms(toks, "en"), ["worker", "strike", "job", "strike", "continu"]);
  assert.ok(contentTerms(toks, "en", { numbers: true }).includes("300"));
});

test("each supported language has its stop words and stemmer", () => {
  assert.deepEqual(contentTerms(tokenize("Les inondations ont détruit les maisons"), "fr"), ["inond", "detruit", "maison"]);
  assert.deepEqual(contentTerms(tokenize("Die Arbeiter streikten in den Fabriken"), "de"), ["arbeit", "streikt", "fabrik"]);
  assert.equal(stem("elecciones", "es"), "eleccion");
  assert.equal(stem("elezioni", "it"), "elezion");
  assert.equal(stem("eleições".normalize("NFD").replace(/\p{M}/gu, ""), "pt").startsWith("eleic"), true);
  assert.deepEqual(contentTerms(tokenize("De arbeiders staakten in de fabrieken"), "nl"), ["arbeider", "staakt", "fabriek"]);
});

test("unknown language falls back to no stemming, missing language to English", () => {
  assert.equal(termMaker("xx")("running"), "running");
  assert.equal(termMaker(null)("running"), "run");
});

test("cluster evidence sums the words of one stem (each word form has its own counting slot)", async () => {
  const { rawFeatures } = await import("../../src/cluster/features.js");
  const { defaultParams } = await import("../../src/cluster/params.js");
  const text = "Workers strike. The strikes went on, and striking workers met.";
  const article = { id: "t1", text, title: null, language: "en", published: null, outlet: null, url: null } as never;
  const analysis = { language: "en", tokens: tokenize(text), entities: [], dates: [] } as never;
  const params = { ...defaultParams(), leadTokens: 0, leadWeight: 1 };
  const counts = rawFeatures(article, analysis, params).counts;
  assert.equal(counts.get("t:strike"), 3);
  assert.equal(counts.get("t:worker"), 2);
});
