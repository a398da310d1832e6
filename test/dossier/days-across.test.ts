// Day disputes read across the event: two outlets put the same act on different days in sentences
// that tell other details too, so that no claim aligns them. The verb nearest the day must be the
// same (or a synonym); a day another act took place on is no side.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";

const dateDisputes = (d: ReturnType<typeof analysedDossier>) => d.contradictions.filter((x) => x.kind === "date");

test("days: one sentencing due on two dates in sentences no claim aligns is disputed", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-05-12T09:00:00Z", "Former Tellby mayor Ivo Brand was convicted of taking bribes on Tuesday. The judge remanded Brand in custody at Arnholm Crown Court and said he would be sentenced on 29 May.") },
    { a: newsArticle("b", "Evening Star", "2026-05-12T10:00:00Z", "A jury found Ivo Brand guilty of corruption. Brand, who was released on bail, will be sentenced at Arnholm Crown Court on Friday 5 June.") },
    { a: newsArticle("c", "Ledger", "2026-05-12T11:00:00Z", "The builder Garlen Bau said it would cooperate with prosecutors. Its chief executive resigned last year.") },
  ]);
  const x = dateDisputes(d)[0];
  assert.ok(x, JSON.stringify(d.contradictions));
  assert.deepEqual(x.sides.map((s) => s.citations[0]!.article).sort(), ["a", "b"]);
});

test("days: a found crack and a spotted crack are one act on two days", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-05-15T09:00:00Z", "The Tellby bridge was closed on Friday. The cracks were found during a routine inspection on Tuesday, the district council said.") },
    { a: newsArticle("b", "Evening Star", "2026-05-15T10:00:00Z", "Lorries are banned from the Tellby bridge. The district council said an engineer spotted the cracks on Wednesday afternoon, in a steel beam under the road.") },
    { a: newsArticle("c", "Ledger", "2026-05-15T11:00:00Z", "Drivers face long detours around Tellby. The council will meet on Monday to discuss repairs to the bridge.") },
  ]);
  const x = dateDisputes(d)[0];
  assert.ok(x, JSON.stringify(d.contradictions));
  assert.deepEqual(x.sides.map((s) => s.label).sort(), ["Tuesday", "Wednesday"]);
});

test("days: a service cancelled on Monday and resumed on Tuesday disputes no day of the cancelling", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-05-05T09:00:00Z", "Storm Ilse hit the coast. All trains on the coast line were cancelled on Monday and schools in Tellby stayed closed.") },
    { a: newsArticle("b", "Evening Star", "2026-05-05T10:00:00Z", "Storm Ilse left a trail of damage. Rail services on the coast line were cancelled for the whole of Monday and resumed on Tuesday morning.") },
  ]);
  assert.deepEqual(dateDisputes(d), []);
});

test("days: a short report of an act and a long sentence that tells it on the way are one act on two days", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-05-21T09:00:00Z", "Train drivers in Tellby walked out on Thursday. Talks between the two sides broke down on Tuesday.") },
    { a: newsArticle("b", "Evening Star", "2026-05-21T10:00:00Z", "Trains stood still across Tellby on Thursday. The drivers' union, which represents about 6,000 staff, rejected a pay offer of 4 per cent after talks collapsed on Monday night.") },
    { a: newsArticle("c", "Ledger", "2026-05-21T11:00:00Z", "Commuters in Tellby faced long queues on the ring road. Buses were full by seven in the morning.") },
  ]);
  const x = dateDisputes(d)[0];
  assert.ok(x, JSON.stringify(d.contradictions));
  assert.deepEqual(x.sides.map((s) => s.label).sort(), ["Monday", "Tuesday"]);
});

test("days: `gave way` is a collapse, and two acts of one thing on two days are no dispute", () => {
  const collapse = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-06-10T09:00:00Z", "Inspectors visited the Tellby warehouse on Wednesday. The storage racking collapsed on Tuesday, the fire service said.") },
    { a: newsArticle("b", "Evening Star", "2026-06-10T10:00:00Z", "Staff were buried under stock at the Tellby depot. The storage racking gave way without warning on Monday.") },
    { a: newsArticle("c", "Ledger", "2026-06-10T11:00:00Z", "The warehouse will stay closed. Its owner said it would cooperate with the inspectors.") },
  ]);
  assert.deepEqual(dateDisputes(collapse).map((x) => x.sides.map((s) => s.label).sort()), [["Monday", "Tuesday"]], JSON.stringify(collapse.contradictions));
  // Talks that began on one day and broke down on another: two acts.
  const two = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-05-21T09:00:00Z", "Train drivers in Tellby walked out on Thursday. Talks between the two sides began on Monday.") },
    { a: newsArticle("b", "Evening Star", "2026-05-21T10:00:00Z", "Trains stood still across Tellby on Thursday. The union rejected a pay offer after talks between the two sides broke down on Tuesday.") },
  ]);
  assert.deepEqual(dateDisputes(two), [], JSON.stringify(two.contradictions));
});
