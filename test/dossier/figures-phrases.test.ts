// Two outlets word one count with different words beside it (`had destroyed 14 homes` / `21 homes
// were reduced to ash`, `about 420 passengers stuck on a train` / `some 240 passengers ... stranded`):
// a news phrase beside a figure is read as its row's head, in the wordings and in the words that
// tell what the figure counts. A phrase whose head the unit itself stands for (`arrests` for
// `detain`) tells nothing more than the unit.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";

const numbers = (d: ReturnType<typeof analysedDossier>) => d.contradictions.filter((x) => x.kind === "number");
const values = (d: ReturnType<typeof analysedDossier>) => numbers(d).map((x) => x.sides.map((s) => `${s.label}:${s.citations.map((c) => c.article).join(",")}`).sort());

test("figure phrases: `destroyed 14 homes` and `21 homes were reduced to ash` count one thing", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-06-21T09:00:00Z", "A wildfire that broke out on Saturday afternoon on Tarrow Moor, close to the border, had destroyed 14 homes by Sunday and burned about 900 hectares of heath, the regional fire service said.") },
    { a: newsArticle("b", "Daily Clarion", "2026-06-21T10:00:00Z", "TWENTY-ONE homes were reduced to ash after a monster wildfire tore through the countryside around Tarrow.") },
  ]);
  assert.deepEqual(values(d), [["14 homes:a", "21 homes:b"]], JSON.stringify(d.contradictions));
});

test("figure phrases: passengers `stuck` and passengers `stranded` are one count", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Radio Varn", "2026-06-16T09:00:00Z", "A landslip buried the line near Hobb on Tuesday, leaving about 420 passengers stuck on a train for four hours.") },
    { a: newsArticle("b", "Varn Chronicle", "2026-06-16T10:00:00Z", "Some 240 passengers spent the morning stranded aboard the 6.12 service from Varn, which hit the debris at low speed.") },
  ]);
  assert.deepEqual(values(d), [["about 240 passengers:b", "about 420 passengers:a"]], JSON.stringify(d.contradictions));
});

test("figure phrases: arrests over four nights and arrests of one night are no dispute through the unit's own phrase", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "City Wire", "2026-03-12T09:00:00Z", "Since the shooting, over 50 arrests have been made over four nights of protests where residents are demanding justice.") },
    { a: newsArticle("b", "Morning Post", "2026-03-11T10:00:00Z", "Police said someone hit an officer in the face with a brick on Wednesday, and there were 46 arrests, mostly for disorderly conduct.") },
  ]);
  assert.deepEqual(values(d), [], JSON.stringify(d.contradictions));
});

test("figure phrases: a translated wording joins its value's side through the word beside both figures", () => {
  const fr = { ...newsArticle("c", "La Gazette", "2026-06-21T11:00:00Z", "Le feu a déjà parcouru 900 hectares. Il a détruit quatorze maisons, selon les pompiers."), language: "fr" };
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-06-21T09:00:00Z", "A wildfire that broke out on Saturday afternoon on Tarrow Moor, close to the border, had destroyed 14 homes by Sunday and burned about 900 hectares of heath, the regional fire service said.") },
    { a: newsArticle("b", "Daily Clarion", "2026-06-21T10:00:00Z", "TWENTY-ONE homes were reduced to ash after a monster wildfire tore through the countryside around Tarrow.") },
    { a: fr },
  ]);
  assert.deepEqual(values(d), [["14 homes:a,c", "21 homes:b"]], JSON.stringify(d.contradictions));
});

test("figure phrases: jobs `cut` and jobs `wiped out` are one count", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-09-22T09:00:00Z", "Kessel Ceramics will close its tile works in Marrow by the end of March next year, cutting 640 jobs, the company said on Tuesday, blaming energy costs.") },
    { a: newsArticle("b", "The Klaxon", "2026-09-22T10:00:00Z", "FURIOUS workers wept at the gates last night after tile giant Kessel announced it was SHUTTING its Marrow factory - wiping out 700 jobs.") },
  ]);
  assert.deepEqual(values(d), [["640 jobs:a", "700 jobs:b"]], JSON.stringify(d.contradictions));
});

test("figure phrases: homes `under water` are homes flooded (a news phrase), so two counts of them are a dispute", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-03-08T07:00:00Z", "Around 150 homes were flooded in Marrin on Saturday after the river burst its banks near the old mill.") },
    { a: newsArticle("b", "Tessel Courier", "2026-03-09T09:00:00Z", "Marrin began drying out yesterday after the storm left at least 320 homes under water and the quay strewn with debris.") },
  ]);
  assert.deepEqual(values(d), [["about 150 homes:a", "more than 320 homes:b"]], JSON.stringify(d.contradictions));
});
