// A sentence's ceiling is no count (`faces a maximum of ten years` / `was jailed for four years`);
// the year a structure was built names the structure, not the time of a figure (`cross the 1968
// bridge every day`); `went on the run` tells an escape as `escaped` does.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";

type Dossier = ReturnType<typeof analysedDossier>;
const sidesOf = (d: Dossier) => d.contradictions.filter((x) => x.kind === "number").map((x) => x.sides.map((s) => `${s.label}:${s.citations.map((c) => c.article).sort().join(",")}`).sort());

test("figures: `a maximum of ten years` is a ceiling, not a count set against `jailed for four years`", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-05-06T09:00:00Z", "A former Tellby councillor was found guilty of fraud on Tuesday. He will be sentenced next month and faces a maximum of ten years in prison.") },
    { a: newsArticle("b", "Evening Star", "2026-05-07T06:00:00Z", "The former Tellby councillor was jailed for four years in prison yesterday for fraud.") },
  ]);
  assert.deepEqual(sidesOf(d), []);
});

test("figures: `a minimum of` bounds a count from below, as `at least` does", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-05-06T09:00:00Z", "Rescuers said a minimum of 40 homes were flooded in Tellby on Tuesday.") },
    { a: newsArticle("b", "Evening Star", "2026-05-06T10:00:00Z", "Some 55 homes were flooded in Tellby on Tuesday, rescuers said.") },
  ]);
  assert.deepEqual(sidesOf(d), []);
});

test("figures: the year of a bridge does not date the traffic it carries", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-05-06T09:00:00Z", "Engineers closed the Tellby road bridge on Tuesday after cracks were found. About 31,000 vehicles cross the 1968 bridge every day.") },
    { a: newsArticle("b", "Evening Star", "2026-05-06T10:00:00Z", "The Tellby road bridge was shut on Tuesday. The crossing carries some 23,000 vehicles a day.") },
  ]);
  assert.deepEqual(sidesOf(d), [["about 23,000 vehicles:b", "about 31,000 vehicles:a"]]);
});

test("figures: a year that dates the figure still keeps it apart (`closed in 2019, for eleven days`)", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-05-06T09:00:00Z", "Engineers closed the Tellby road bridge on Tuesday. About 31,000 vehicles crossed the bridge every day in 2019.") },
    { a: newsArticle("b", "Evening Star", "2026-05-06T10:00:00Z", "The Tellby road bridge was shut on Tuesday. The crossing carries some 23,000 vehicles a day.") },
  ]);
  assert.deepEqual(sidesOf(d), []);
});

test("figures: `went on the run` and `escaped` tell one escape, so its counts are compared", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-05-09T09:00:00Z", "Residents living near Tellby Zoo were told by police to stay indoors on Saturday morning after three grey wolves escaped from their enclosure through a stretch of perimeter fence damaged in the overnight storm.") },
    { a: newsArticle("b", "Evening Star", "2026-05-10T06:00:00Z", "FOUR wolves went on the run from a zoo yesterday, sparking panic among dog walkers.") },
  ]);
  assert.equal(sidesOf(d).length, 1, JSON.stringify(d.contradictions));
  assert.deepEqual(sidesOf(d)[0]!.map((s) => s.replace(/^(\d+).*:/, "$1:")), ["3:a", "4:b"]);
});

test("figures: shares of different wholes are no count in dispute (`89 per cent of those voting` / `a turnout of 74 per cent`)", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-09-22T09:00:00Z", "Dockers at the Tellby terminal walked out on Tuesday. Members voted for action last month, with 89 per cent of those taking part backing a strike.") },
    { a: newsArticle("b", "Evening Star", "2026-09-22T10:00:00Z", "Dockers at the Tellby terminal walked out on Tuesday. In a ballot last month, union members backed action on a turnout of 74 per cent.") },
  ]);
  assert.deepEqual(sidesOf(d), []);
});
