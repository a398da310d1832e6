// Two clauses that share only words of when (`the year`) and the unit both count a figure in
// (`million guilders`) say different things: a chain's profit the year before and its chief's pay
// package for the year are no one claim. Sharing the figure too (`1,310 million guilders`), they tell one.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";

const claimOf = (d: ReturnType<typeof analysedDossier>, article: string, words: string) => d.claims.find((c) => c.support.some((s) => s.article === article && s.text.includes(words)));

test("claims: a shared unit of figures and a word of when align nothing", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-04-22T07:00:00Z", "Corrin's, the bakery chain, made a profit of 214 million guilders in the year to March. Profit compared with 187 million guilders the year before. Sales rose 4 per cent.") },
    { a: newsArticle("b", "Kelm Standard", "2026-04-22T09:00:00Z", "Corrin's made a record profit of 214 million guilders, the bakery chain said. Its chief executive, Mara Holt, leaves in June. Her pay package for the year was 2.6 million guilders.") },
  ]);
  const pay = claimOf(d, "b", "pay package");
  assert.ok(pay);
  assert.equal(pay.status, "single-source", JSON.stringify(pay.support.map((s) => s.text)));
  // The profit itself is told by both.
  assert.equal(claimOf(d, "b", "record profit")?.status, "corroborated");
});

test("claims: a shared figure with its unit tells one thing though no other word is shared", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-04-22T07:00:00Z", "Corrin's, the bakery chain, named a new finance director on Wednesday. The chain's turnover reached 1,310 million guilders last year.") },
    { a: newsArticle("b", "Kelm Standard", "2026-04-22T09:00:00Z", "Corrin's has a new finance director, the bakery chain said. Revenue for the year came to 1,310 million guilders.") },
  ]);
  const sales = claimOf(d, "b", "Revenue for the year");
  assert.ok(sales);
  assert.equal(sales.status, "corroborated", JSON.stringify(sales.support.map((s) => s.text)));
});
