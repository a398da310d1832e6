// A plural the stemmer cannot reach (`lives` / `life`, `children` / `child`) is the same word:
// one speaker's quote printed as `gamble with people's lives` and as `take a gamble with anybody's
// life` is one utterance.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";
import { wordKey } from "../../src/dossier/text.js";

test("irregular plurals share their singular's key", () => {
  assert.equal(wordKey("lives"), wordKey("life"));
  assert.equal(wordKey("children"), wordKey("child"));
  assert.equal(wordKey("women"), wordKey("woman"));
  // `leaves` is also a verb: it keeps its own key.
  assert.notEqual(wordKey("leaves"), wordKey("leaf"));
});

test("a quote worded with a plural and with its singular is one utterance", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-05-15T09:00:00Z", `The Harl viaduct was closed on Friday. "I will not gamble with people's lives on that viaduct," said the council leader, Wynne Tarrow.`) },
    { a: newsArticle("b", "Evening Star", "2026-05-15T10:00:00Z", `Council leader Wynne Tarrow told the Star: "I will not take a gamble with anybody's life on that viaduct."`) },
  ]);
  const group = d.quotes.groups.find((g) => g.variants.some((v) => v.article === "a"));
  assert.ok(group, JSON.stringify(d.quotes.single.map((q) => q.text)));
  assert.deepEqual(group.variants.map((v) => v.article).sort(), ["a", "b"]);
});
