// Disputes of when a happening took place told by its month or year (`in December`, `in 2021`),
// and the outlets of a day dispute that the pairs which found it did not take in: a further English
// wording of one side's day, and a translation, whose day the date layer reads.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";

const dateDisputes = (d: ReturnType<typeof analysedDossier>) => d.contradictions.filter((x) => x.kind === "date");

test("periods: the same inspection dated to two years is disputed, each year with its outlets", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-10-05T09:00:00Z", "The inquiry into the Harlow viaduct published its findings. The report says an inspection in 2021 rated the deck poor and recommended repairs costing about 2.4 million crowns.") },
    { a: newsArticle("b", "Evening Star", "2026-10-05T10:00:00Z", "Findings on the Harlow viaduct came out on Monday. Repairs costing 2.4 million crowns were recommended after an inspection in 2023, the report says.") },
    { a: newsArticle("c", "Ledger", "2026-10-05T11:00:00Z", "Families of the victims gathered outside the town hall. The council leader apologised to them.") },
  ]);
  const x = dateDisputes(d)[0];
  assert.ok(x, JSON.stringify(d.contradictions));
  assert.deepEqual(x.sides.map((s) => `${s.label}:${s.citations.map((c) => c.article).join(",")}`).sort(), ["2021:a", "2023:b"]);
  assert.match(x.about, /^year: /);
});

test("periods: one completion put in two months is disputed; a month told alike joins its side", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-11-10T09:00:00Z", "Shareholders of Brennmoor Dairies approved the takeover by Kessel Foods. The deal is expected to be completed in December.") },
    { a: newsArticle("b", "Business Post", "2026-11-10T10:00:00Z", "Kessel Foods won the vote at Brennmoor Dairies. Completion is expected in early December, the company said.") },
    { a: newsArticle("c", "Evening Star", "2026-11-10T11:00:00Z", "Brennmoor Dairies backed the Kessel Foods offer. The deal is now expected to be completed in February, after a review by regulators.") },
  ]);
  const x = dateDisputes(d)[0];
  assert.ok(x, JSON.stringify(d.contradictions));
  assert.deepEqual(x.sides.map((s) => s.citations.map((c) => c.article).sort().join(",")).sort(), ["a,b", "c"]);
});

test("periods: a month or a year dates one act only with the same verb or the same thing dated; beginning to shoot in August and reaching cinemas in November are no dispute", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-03-02T09:00:00Z", "Studio Arvel named its new director on Friday. The second Tallow Moon film is set to begin shooting in August.") },
    { a: newsArticle("b", "Evening Star", "2026-03-02T10:00:00Z", "Studio Arvel picked a director on Friday. The second Tallow Moon film is scheduled to reach cinemas in November.") },
  ]);
  assert.deepEqual(dateDisputes(d), []);
  // A weekday and a month are not compared: `died on Friday` and an aside's `died in May 1972`.
  const e = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-03-02T09:00:00Z", "Former police chief Aldo Brenn died on Friday at his home in Harlow.") },
    { a: newsArticle("b", "Evening Star", "2026-03-02T10:00:00Z", "Brenn had hoped to succeed Otto Varga, who had run the force for 20 years and died in May 1998.") },
  ]);
  assert.deepEqual(dateDisputes(e), []);
});

test("days: a translation that gives one side's date joins that side", () => {
  const wire = "Former Tellby mayor Ivo Brand was convicted of taking bribes on Tuesday. The judge remanded Brand in custody at Arnholm Crown Court and said he would be sentenced on 29 May.";
  const star = "A jury found Ivo Brand guilty of corruption. Brand, who was released on bail, will be sentenced at Arnholm Crown Court on Friday 5 June.";
  const fr = { ...newsArticle("c", "Le Messager", "2026-05-12T11:00:00Z", "L'ancien maire de Tellby, Ivo Brand, a été reconnu coupable de corruption mardi par la cour d'Arnholm. Il sera condamné le 29 mai."), language: "fr" };
  const d = analysedDossier([{ a: newsArticle("a", "Nordwire", "2026-05-12T09:00:00Z", wire) }, { a: newsArticle("b", "Evening Star", "2026-05-12T10:00:00Z", star) }, { a: fr }]);
  const x = dateDisputes(d)[0];
  assert.ok(x, JSON.stringify(d.contradictions));
  assert.deepEqual(x.sides.map((s) => s.citations.map((c) => c.article).sort().join(",")).sort(), ["a,c", "b"]);
});

test("days: searching the river on Friday is another act than a collapse on Thursday; a clause naming two years dates neither", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-09-05T09:00:00Z", "Two people were killed when the central span of the Harl footbridge collapsed into the river Harl during the evening rush hour on Thursday.") },
    { a: newsArticle("b", "Evening Star", "2026-09-05T10:00:00Z", "Two people were killed in the collapse. Divers were searching the river Harl below the central span of the footbridge on Friday after Thursday evening's collapse.") },
  ]);
  assert.deepEqual(dateDisputes(d), [], JSON.stringify(d.contradictions));
  const e = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-03-02T09:00:00Z", "Aldo Brenn died in prison on Sunday. Brenn was serving a twelve-year sentence for racketeering handed down in 1997.") },
    { a: newsArticle("b", "Evening Star", "2026-03-02T10:00:00Z", "Aldo Brenn has died in prison. Before 1997, Brenn had served only a five-year sentence for racketeering in 1959.") },
  ]);
  assert.deepEqual(dateDisputes(e), [], JSON.stringify(e.contradictions));
});

test("periods: one named thing built in two years (`the Orrin Bridge, built in 1894` / `the Orrin Bridge, a stone arch built in 1896`) is disputed", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-03-14T09:00:00Z", "The Orrin Bridge, a stone arch over the river Senn built in 1894, was closed to traffic after cracks were found in its piers.") },
    { a: newsArticle("b", "Evening Star", "2026-03-14T10:00:00Z", "The Orrin Bridge, built in 1896, carries about 9,000 vehicles a day into Harlow.") },
  ]);
  const x = dateDisputes(d)[0];
  assert.ok(x, JSON.stringify(d.contradictions));
  assert.deepEqual(x.sides.map((s) => `${s.label}:${s.citations.map((c) => c.article).join(",")}`).sort(), ["1894:a", "1896:b"]);
});

test("periods: two bridges built in two years in one town are no dispute", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-03-14T09:00:00Z", "The Orrin Bridge, a stone arch over the river Senn built in 1894, was closed to traffic after cracks were found in its piers.") },
    { a: newsArticle("b", "Evening Star", "2026-03-14T10:00:00Z", "Traffic was sent over the Kell Bridge, built in 1896, which carries about 9,000 vehicles a day into Harlow.") },
  ]);
  assert.deepEqual(dateDisputes(d), [], JSON.stringify(d.contradictions));
});

test("periods: a translation's month opens a dispute (`finaliser en janvier` / `to be completed in December`), and a month told after the clause's day is read too", () => {
  const wire = "Shareholders of Brennmoor Dairies on Tuesday approved the sale to Kessel Foods, clearing the way for the deal to be completed in December.";
  const post = "Kessel Foods won the vote at Brennmoor Dairies. Completion is expected in early December, the company said.";
  const fr = { ...newsArticle("c", "L'Écho", "2026-11-10T11:00:00Z", "Les actionnaires de Brennmoor ont approuvé la vente à Kessel Foods. Kessel prévoit de la finaliser en janvier."), language: "fr" };
  const d = analysedDossier([{ a: newsArticle("a", "Nordwire", "2026-11-10T09:00:00Z", wire) }, { a: newsArticle("b", "Business Post", "2026-11-10T10:00:00Z", post) }, { a: fr }]);
  const x = dateDisputes(d)[0];
  assert.ok(x, JSON.stringify(d.contradictions));
  assert.deepEqual(x.sides.map((s) => `${s.label}:${s.citations.map((c) => c.article).sort().join(",")}`).sort(), ["December:a,b", "January:c"]);
});

test("periods: a translation's month of another act is no dispute", () => {
  const post = "Kessel Foods won the vote at Brennmoor Dairies. Completion is expected in early December, the company said.";
  const fr = { ...newsArticle("c", "L'Écho", "2026-11-10T11:00:00Z", "Les actionnaires de Brennmoor ont approuvé la vente à Kessel Foods. Les éleveurs seront payés davantage en janvier."), language: "fr" };
  const d = analysedDossier([{ a: newsArticle("b", "Business Post", "2026-11-10T10:00:00Z", post) }, { a: fr }]);
  assert.deepEqual(dateDisputes(d), [], JSON.stringify(d.contradictions));
});

test("periods: a translated month with its year (`en enero de 2023`) disputes an English one of the same act", () => {
  const en = "The striker Amos Vell signed for Harl Rovers in March 2023 and scored 40 goals for the club.";
  const es = { ...newsArticle("b", "La Voz", "2026-07-01T10:00:00Z", "El Harl Rovers presentó al delantero el martes. El delantero Amos Vell firmó con el Harl Rovers en enero de 2023."), language: "es" };
  const d = analysedDossier([{ a: newsArticle("a", "Touchline", "2026-07-01T09:00:00Z", en) }, { a: es }]);
  const x = dateDisputes(d)[0];
  assert.ok(x, JSON.stringify(d.contradictions));
  assert.deepEqual(x.sides.map((s) => s.citations.map((c) => c.article).join(",")).sort(), ["a", "b"]);
});

test("days: a German report whose verb comes after the day (`frühestens am Montag wieder befahrbar`) joins the side of that day", () => {
  const de = { ...newsArticle("c", "Rundschau", "2026-06-17T12:00:00Z", "Ein Erdrutsch hat die Bahnstrecke bei Tessel verschüttet. Der Betreiber rechnet damit, dass die Strecke frühestens am Montag wieder befahrbar ist."), language: "de" };
  const d = analysedDossier([
    { a: newsArticle("a", "Radio Harl", "2026-06-17T09:00:00Z", "A landslip buried the railway line near Tessel on Tuesday. Engineers expect the line to reopen on Friday.") },
    { a: newsArticle("b", "Chronicle", "2026-06-17T10:00:00Z", "The operator says the line near Tessel will stay closed until at least Monday 22 June while engineers clear the earth.") },
    { a: de },
  ]);
  const x = dateDisputes(d)[0];
  assert.ok(x, JSON.stringify(d.contradictions));
  assert.deepEqual(x.sides.map((s) => s.citations.map((c) => c.article).sort().join(",")).sort(), ["a", "b,c"]);
});

test("periods: a change from one month against another is disputed though the outlets give different figures for it too", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-03-03T09:00:00Z", "The council voted for its budget. Parking in the centre of Harl will rise to 3 marks an hour from 1 September.") },
    { a: newsArticle("b", "Evening News", "2026-03-03T10:00:00Z", "Councillors passed the budget. Parking in the centre of Harl goes up to 3.50 marks an hour from October.") },
  ]);
  const x = dateDisputes(d)[0];
  assert.ok(x, JSON.stringify(d.contradictions));
  assert.deepEqual(x.sides.map((s) => s.citations.map((c) => c.article).join(",")).sort(), ["a", "b"]);
});
