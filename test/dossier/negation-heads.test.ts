// A negation reaches the noun a noun qualifies: `no plant closures` denies closures, not plants, so
// it does not contradict `will keep all five plants open`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";

const negations = (d: ReturnType<typeof analysedDossier>) => d.contradictions.filter((x) => x.kind === "negation");

test("negation: `no plant closures` does not deny the plants another outlet keeps open", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-03-10T07:00:00Z", "Arvel Foods agreed to buy the dairy group Kestel for 820 million crowns. Arvel said it would keep all four plants open for at least three years.") },
    { a: newsArticle("b", "Business Post", "2026-03-10T09:00:00Z", "Arvel Foods is buying Kestel, the dairy group, for 820 million crowns. Arvel has promised no plant closures for three years.") },
  ]);
  assert.deepEqual(negations(d), [], JSON.stringify(d.contradictions));
});

