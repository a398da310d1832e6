// `want` and `wish` are light: what is wanted is the predicate. `She did not want to be
// photographed` denies being photographed, so it is set against `was photographed`, never against
// `wanted her fans to remember her`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { articleFeatures } from "../../src/dossier/features.js";
import { wordKeyW } from "../../src/dossier/text.js";
import { analyze } from "../../src/nlp/index.js";
import { newsArticle } from "../fixtures/dossier/analysed.js";

test("negations: `did not want to be photographed` negates what is wanted, and `want` is light", () => {
  const a = newsArticle("a", "Nordwire", "2026-12-12T09:00:00Z", "Lena Varr did not want to be photographed in her old age.");
  const f = articleFeatures(a, analyze(a));
  const c = f.clauses[0]!;
  assert.equal(c.polarity.get(wordKeyW("photographed"))?.negated, true, JSON.stringify([...c.polarity]));
  assert.equal(c.polarity.get(wordKeyW("want"))?.light, true);
});
