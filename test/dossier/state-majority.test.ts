// A verdict or a vote told as unanimous by one outlet and as by a majority by another is a dispute
// of its state; the two phrases told of different things (a budget vote, a mayor's election) are not.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";

const status = (d: ReturnType<typeof analysedDossier>) => d.contradictions.filter((x) => x.kind === "status" && /unanimous/.test(x.about));

test("states: `a unanimous verdict` against `the verdict came by a majority of ten to two`", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-05-12T17:00:00Z", "Former mayor Ivo Brand was found guilty of corruption on Tuesday. The jury at Tessel Crown Court returned a unanimous verdict after deliberating for a day and a half.") },
    { a: newsArticle("b", "Harl Gazette", "2026-05-12T18:00:00Z", "Former mayor Ivo Brand was convicted of corruption at Tessel Crown Court. The verdict came by a majority of ten to two, after the judge said she would accept one.") },
  ]);
  const x = status(d);
  assert.equal(x.length, 1, JSON.stringify(d.contradictions.map((c) => c.about)));
  assert.deepEqual(x[0]!.sides.map((s) => s.citations.map((c) => c.article).join(",")), ["a", "b"]);
});

test("states: unanimity of one thing and a majority for another are no dispute", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-05-12T17:00:00Z", "Tessel council approved its budget on Tuesday. Councillors voted unanimously to freeze library opening hours.") },
    { a: newsArticle("b", "Harl Gazette", "2026-05-12T18:00:00Z", "Tessel council approved its budget on Tuesday. Mayor Ana Holt was re-elected council leader by a majority of 12.") },
  ]);
  assert.equal(status(d).length, 0, JSON.stringify(d.contradictions.map((c) => c.about)));
});

// A verdict's body opens its clause (`A jury at Tessel Crown Court convicted Brand ... by a majority
// of 10 to 2`), far from the phrase: its word still describes what the majority is of, where the
// other outlet sets it right by its own phrase (`The jury was unanimous`).
const verdict = (other: string) =>
  analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-05-12T17:00:00Z", "A jury at Tessel Crown Court convicted Ivo Brand, 61, on two counts of corruption by a majority of 10 to 2 after almost three days of deliberations.") },
    { a: newsArticle("b", "Harl Gazette", "2026-05-12T18:00:00Z", `Former mayor Ivo Brand was convicted of corruption at Tessel Crown Court on Tuesday. ${other}`) },
  ]);

test("states: the body opening a clause told by a majority against `The jury was unanimous`", () => {
  const d = verdict("The jury was unanimous.");
  assert.deepEqual(status(d).map((x) => x.sides.map((s) => s.citations.map((c) => c.article).join(","))), [["b", "a"]], JSON.stringify(d.contradictions.map((c) => c.about)));
});

test("states: a word at both openings but right by neither phrase ties no majority to a unanimity", () => {
  const d = verdict("The jury heard that councillors had voted unanimously to award him the contract.");
  assert.equal(status(d).length, 0, JSON.stringify(d.contradictions.map((c) => c.about)));
});
