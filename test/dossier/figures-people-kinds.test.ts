// Counts of people of no kind (`men`, `people`) against the counts of one kind (`miners`): one
// outlet's men may be another's miners; a clause counting both words counts two groups, and a
// kind counted beside another kind (`passengers and crew`) is a part of the whole a count of
// people may give. A number written as a compound word labels its unit whole.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";

type Dossier = ReturnType<typeof analysedDossier>;
const numbers = (d: Dossier) => d.contradictions.filter((x) => x.kind === "number");
const sides = (d: Dossier) => numbers(d).map((x) => x.sides.map((s) => `${s.label}:${s.citations.map((c) => c.article).sort().join(",")}`).sort());

test("figures: `men` underground in one outlet and `miners` underground in another count one group", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-03-04T07:00:00Z", "A section of roof gave way at the Hallow Fell salt mine overnight. Thirty-eight miners were underground at the time. Rescuers brought nine of them out by the morning.") },
    { a: newsArticle("b", "Tessel Courier", "2026-03-04T09:00:00Z", "The roof of a tunnel collapsed at Hallow Fell salt mine. There were 54 men underground on the night shift at the time, the union said. The mine employs about 400 miners.") },
  ]);
  assert.deepEqual(sides(d), [["38 miners:a", "54 miners:b"]], JSON.stringify(d.contradictions));
});

test("figures: a clause counting both men and miners keeps them two groups", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-03-04T07:00:00Z", "A section of roof gave way at the Hallow Fell salt mine overnight. Thirty-eight miners were underground at the time.") },
    { a: newsArticle("b", "Tessel Courier", "2026-03-04T09:00:00Z", "The roof of a tunnel collapsed at Hallow Fell salt mine. There were 54 men underground at the time, 12 miners and a team of 42 surveyors.") },
  ]);
  assert.deepEqual(sides(d), [], JSON.stringify(d.contradictions));
});

test("figures: people on board in all are no rival of the passengers counted beside the crew", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-03-04T07:00:00Z", "The ferry Marra Bay ran aground off Tessel Point on Tuesday night. It was carrying 212 passengers and 37 crew.") },
    { a: newsArticle("b", "Tessel Courier", "2026-03-04T09:00:00Z", "The ferry Marra Bay ran aground off Tessel Point on Tuesday night with 249 people on board.") },
    { a: newsArticle("c", "Harl Gazette", "2026-03-04T10:00:00Z", "The ferry Marra Bay, carrying 221 passengers, ran aground off Tessel Point on Tuesday night.") },
  ]);
  const cited = numbers(d).flatMap((x) => x.sides.flatMap((s) => s.citations.map((c) => c.text)));
  assert.ok(!cited.some((t) => t.includes("249 people")), JSON.stringify(d.contradictions));
});
