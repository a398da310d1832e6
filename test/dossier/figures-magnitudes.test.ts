// One amount printed in a magnitude by one outlet and in digits by another (`1.6 million crowns` /
// `900,000 crowns`), or in round words (`nearly half a million`): the figure rule compares them
// in one unit, and a round estimate that fits only one side's value stands on that side.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";

type Dossier = ReturnType<typeof analysedDossier>;
const numbers = (d: Dossier) => d.contradictions.filter((x) => x.kind === "number");
const sides = (d: Dossier) => numbers(d).map((x) => x.sides.map((s) => `${s.label}:${s.citations.map((c) => c.article).sort().join(",")}`).sort());

test("figures: an amount in millions and one in digits of the same thing are one quantity in dispute", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-03-06T15:00:00Z", "The former treasurer of Orlin harbour board was ordered to repay 1.6 million crowns of the money he took from the board's pension fund.") },
    { a: newsArticle("b", "Harl Gazette", "2026-03-06T16:00:00Z", "The court told the former treasurer to repay 900,000 crowns taken from the pension fund of the harbour board in Orlin.") },
  ]);
  assert.deepEqual(sides(d), [["1.6 million crowns:a", "900,000 crowns:b"]], JSON.stringify(d.contradictions));
});

test("figures: a round estimate (`nearly half a million`) joins the side whose value it fits, not a side of its own", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-03-06T15:00:00Z", "Ansel Brode, the former mayor of Orlin, was found guilty on Friday of taking bribes worth 480,000 crowns from a building firm.") },
    { a: newsArticle("b", "Harl Gazette", "2026-03-06T16:00:00Z", "Jurors heard that Brode took bribes of nearly half a million crowns from the building firm while he was the mayor of Orlin.") },
    { a: newsArticle("c", "Tessel Courier", "2026-03-06T17:00:00Z", "The former mayor of Orlin, Ansel Brode, was found guilty of taking bribes worth 840,000 crowns from the building firm.") },
  ]);
  assert.deepEqual(sides(d), [["480,000 crowns:a,b", "840,000 crowns:c"]], JSON.stringify(d.contradictions));
});

test("figures: a price in the unit stays apart from an amount of it in billions", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-03-06T15:00:00Z", "Orlin Shipping reported revenue of 1.8 billion crowns for the year; its shares closed at 41.60 crowns on Friday.") },
    { a: newsArticle("b", "Harl Gazette", "2026-03-06T16:00:00Z", "Orlin Shipping shares ended the day at 44.10 crowns after the company reported revenue of 1.8 billion crowns.") },
  ]);
  assert.deepEqual(sides(d), [["41.60 crowns:a", "44.10 crowns:b"]], JSON.stringify(d.contradictions));
});

test("figures: an amount hyphenated onto what it prices (`a 340-million-crown contract`) is the amount told plainly", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-09-14T09:00:00Z", "Lisa Brandt has resigned as transport minister after a week of pressure over a 340-million-crown railway signalling contract awarded to a firm linked to her brother.") },
    { a: newsArticle("b", "Evening Star", "2026-09-14T10:00:00Z", "Lisa Brandt resigned as transport minister on Monday, after messages showed her pressing officials over the 430 million crown contract to resignal the main line.") },
  ]);
  assert.deepEqual(sides(d), [["340 million crown:a", "430 million crown:b"]]);
});
