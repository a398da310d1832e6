// A side of a dispute cites an outlet's sentence once, whole, when two of its clauses take the
// side (`has refused to concede the election` + `says he will challenge the result in court`), or
// when a clause and the sentence holding it both do.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";

test("contradictions: two clauses of one sentence on one side are cited as one stretch", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-05-10T08:00:00Z", "Ilse Varga was elected mayor of Tessel by 52 votes on Saturday after a full recount. Bram Holt conceded defeat on the stage and shook Varga's hand.") },
    { a: newsArticle("b", "Harl Gazette", "2026-05-11T08:00:00Z", "Bram Holt has refused to concede the Tessel mayoral election and says he will challenge the result in court, after losing to Ilse Varga by 52 votes.") },
  ]);
  const x = d.contradictions.find((c) => c.kind === "status");
  assert.ok(x, JSON.stringify(d.contradictions.map((c) => c.about)));
  const side = x.sides.find((s) => s.citations.some((c) => c.article === "b"))!;
  assert.equal(side.citations.length, 1, JSON.stringify(side.citations.map((c) => c.text)));
  assert.match(side.citations[0]!.text, /^Bram Holt has refused to concede the Tessel mayoral election and says he will challenge the result in court/);
});
