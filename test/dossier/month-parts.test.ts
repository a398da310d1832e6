// A part of a month (`in early March`) holds some days and not others: a wording that places the
// happening there takes the side of a day dispute whose day it holds (`on 3 March`, not `17 March`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";

const story = (part: string) => [
  { a: newsArticle("a", "Radio Tessel", "2026-04-02T07:00:00Z", "Tessel General's emergency department was rated inadequate. The Care Inspectorate, which visited unannounced on 4 March, said patients waited hours in corridors.") },
  { a: newsArticle("b", "Harl Gazette", "2026-04-02T08:00:00Z", "Tessel General's emergency department was rated inadequate. Inspectors, who made an unannounced visit on 18 March, found patients waiting in corridors.") },
  { a: newsArticle("c", "Daily Lantern", "2026-04-02T09:00:00Z", `Tessel General's emergency department was rated inadequate. The inspectors' unannounced visit in ${part} March found patients on trolleys in the corridors.`) },
];

const dateSides = (d: ReturnType<typeof analysedDossier>) =>
  d.contradictions.filter((x) => x.kind === "date").map((x) => x.sides.map((s) => [...new Set(s.citations.map((c) => c.article))].sort().join(",")).sort());

test("days: `in early March` takes the side of 4 March against 18 March", () => {
  assert.deepEqual(dateSides(analysedDossier(story("early"))), [["a,c", "b"]]);
});

test("days: `in mid March` takes the other side, and a bare `in March` neither", () => {
  assert.deepEqual(dateSides(analysedDossier(story("mid"))), [["a", "b,c"]]);
  assert.deepEqual(dateSides(analysedDossier(story(""))), [["a", "b"]]);
});
