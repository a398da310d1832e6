// A disputed figure often sits in a long sentence that tells other details around it, so the two
// wordings align loosely as wholes (`will shut nine shops that are losing money, ... and plans to
// open 25 kiosks` / `is to shut 14 of its shops, the chain said ...`). A word of what is counted
// right beside both figures (`shut`) still makes them one quantity; a word only beside another
// figure of the sentence (behind `and`) does not. Irregular plurals and synonyms of a counted noun
// (`children` / `child` / `kids`) are one unit.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";

const numbers = (d: ReturnType<typeof analysedDossier>) => d.contradictions.filter((x) => x.kind === "number");
const values = (d: ReturnType<typeof analysedDossier>) => numbers(d).map((x) => x.sides.map((s) => `${s.label}:${s.citations.map((c) => c.article).join(",")}`).sort());

test("figures: a word of what is counted beside both figures makes long wordings one quantity", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Marketline", "2026-05-14T09:00:00Z", "Corrin's will shut nine shops that are losing money, most of them large out-of-town sites in retail parks, and plans to open 25 small kiosks at railway stations and airports next year.") },
    { a: newsArticle("b", "Kelm Standard", "2026-05-14T10:00:00Z", "Corrin's is to shut 14 of its shops, the bakery chain said on Thursday as it reported a rise in yearly profit to the end of March and named a new finance director.") },
  ]);
  assert.deepEqual(values(d), [["14 shops:b", "9 shops:a"]], JSON.stringify(d.contradictions));
});

test("figures: a shared word beside another figure of the sentence does not join two counts", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Marketline", "2026-05-14T09:00:00Z", "Corrin's will keep nine shops that are losing money open until the summer, most of them large out-of-town sites in retail parks, and will shut 25 small kiosks at railway stations and airports next year.") },
    { a: newsArticle("b", "Kelm Standard", "2026-05-14T10:00:00Z", "Corrin's is to shut 14 of its shops, the bakery chain said on Thursday as it reported a rise in yearly profit to the end of March and named a new finance director.") },
  ]);
  assert.deepEqual(values(d).filter((v) => v.some((s) => s.startsWith("9 "))), [], JSON.stringify(d.contradictions));
});

test("figures: `children`, `child` and `kids` count one thing", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-03-02T09:00:00Z", "Twelve children were taken to hospital in Dorran after eating contaminated ice cream at the school fair on Sunday.") },
    { a: newsArticle("b", "Radio Dorran", "2026-03-02T10:00:00Z", "Twenty kids were taken to hospital in Dorran after eating contaminated ice cream at the school fair, doctors said.") },
  ]);
  assert.equal(numbers(d).length, 1, JSON.stringify(d.contradictions));
  assert.deepEqual(numbers(d)[0]!.sides.map((s) => s.citations[0]!.article).sort(), ["a", "b"]);
});

// A figure's separator of thousands (`243,000`) is no end of its part: the words after it
// (`from a road contractor`) still tell what it counts. A word that is part of a name in one
// wording only (`Brightway Contractors`) and a plain word in the other tells it too.
const kickbacks = (standard: string) =>
  analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-04-09T09:00:00Z", "Ruth Calloway, a former transport commissioner of Marhaven, was found guilty on Wednesday of accepting kickbacks totalling 243,000 crowns from a road contractor in return for steering a resurfacing contract its way.") },
    { a: newsArticle("b", "Marhaven Standard", "2026-04-09T10:00:00Z", standard) },
  ]);
const standard = "Calloway, 61, who sat on the transport board from 2015 to 2023, was convicted at Selby Crown Court of taking sums of 234,000 crowns from Brightway Contractors while the board was choosing a firm for the bypass.";

test("figures: the words after a figure with a separator of thousands tell what it counts", () => {
  assert.deepEqual(values(kickbacks(standard)), [["234,000 crowns:b", "243,000 crowns:a"]], JSON.stringify(kickbacks(standard).contradictions));
});

test("figures: a side cites its figure's clause, not another clause of the sentence with a figure of its own", () => {
  const d = kickbacks("Calloway, 61, was convicted at Selby Crown Court of taking sums of 234,000 crowns from Brightway Contractors while the board was choosing a builder for the 12-mile bypass.");
  const x = numbers(d).find((c) => c.sides.some((s) => s.label.startsWith("234,000")));
  assert.ok(x, JSON.stringify(d.contradictions));
  const cited = x.sides.flatMap((s) => s.citations).find((c) => c.article === "b")!;
  assert.match(cited.text, /234,000 crowns from Brightway Contractors$/);
});
