// A figure two clauses give as the count of one unit (`about 60 firefighters`) pins their
// statement down as a second shared figure would: one shared word beside it is enough to align.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";

test("claims: the same count of the same unit aligns two wordings that share one other word", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-05-08T07:00:00Z", "A fire broke out at the Orlin paint works in Tessel late on Thursday. About 60 firefighters were sent to the site. Nobody was hurt.") },
    { a: newsArticle("b", "Daily Lantern", "2026-05-08T08:00:00Z", "An inferno ripped through the Orlin paint works in Tessel. Around 60 firefighters battled the blaze. Locals watched in horror.") },
  ]);
  const claim = d.claims.find((c) => c.support.some((s) => s.article === "b" && s.text.includes("60 firefighters")));
  assert.ok(claim);
  assert.equal(claim.status, "corroborated", JSON.stringify(claim.support.map((s) => s.text)));
});

test("claims: a count of another unit gives no such anchor", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-05-08T07:00:00Z", "A fire broke out at the Orlin paint works in Tessel late on Thursday. About 60 families were sent to the site. Nobody was hurt.") },
    { a: newsArticle("b", "Daily Lantern", "2026-05-08T08:00:00Z", "An inferno ripped through the Orlin paint works in Tessel. Around 60 firefighters battled the blaze. Locals watched in horror.") },
  ]);
  const claim = d.claims.find((c) => c.support.some((s) => s.article === "b" && s.text.includes("60 firefighters")));
  assert.equal(claim?.status ?? "single-source", "single-source");
});
