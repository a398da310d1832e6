// Figure disputes read across the event: two outlets that give one quantity different values in
// sentences that tell other details too, so that no claim aligns them. Each outlet must print the
// unit with one value about that thing; a figure of another time, a line of statistics, a
// distance from a place and another event's figure take no side.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";

const numberDisputes = (d: ReturnType<typeof analysedDossier>) => d.contradictions.filter((x) => x.kind === "number");

const WIRE =
  "Tellmark Foods, the country's third-largest grocer, reported a pre-tax profit of 412 million marks for the year to March on Tuesday, up from 380 million marks a year earlier, as shoppers returned from discount chains. Sales rose 4.2 per cent.";
const PAPER = "Tellmark Foods is to close 11 of its stores, the chain said on Tuesday. Pre-tax profit rose to 214 million marks, and sales grew to about 7.1 billion marks. Its chief executive, Ora Lind, earned 2.9 million marks.";

test("figures: a profit told two ways in sentences no claim aligns is disputed, last year's figure left out", () => {
  const d = analysedDossier([{ a: newsArticle("a", "Nordwire", "2026-06-02T09:00:00Z", WIRE) }, { a: newsArticle("b", "Evening Star", "2026-06-02T10:00:00Z", PAPER) }]);
  const x = numberDisputes(d).find((c) => c.sides.some((s) => s.label.startsWith("412")));
  assert.ok(x, JSON.stringify(d.contradictions));
  assert.deepEqual(
    x.sides.map((s) => [s.label, s.citations.map((c) => c.article)]),
    [
      ["412 million marks", ["a"]],
      ["214 million marks", ["b"]],
    ],
  );
  // The year before and the chief's pay are other quantities.
  assert.ok(!d.contradictions.some((c) => c.sides.some((s) => /380|2\.9/.test(s.label))), JSON.stringify(d.contradictions));
});

test("figures: `cut power to 84,000 homes` is a count, not a bound, and disputes `48,000 homes were without power`", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-06-02T09:00:00Z", "Storm Ilse battered the coast overnight. At the height of the storm 48,000 homes were without power, the grid operator said, most of them in Tellby.") },
    { a: newsArticle("b", "Evening Star", "2026-06-02T10:00:00Z", "Trees fell across the coast road as Storm Ilse swept in. At its peak, the storm cut power to 84,000 homes.") },
  ]);
  const x = numberDisputes(d)[0];
  assert.ok(x, JSON.stringify(d.contradictions));
  assert.deepEqual(x.sides.map((s) => s.label).sort(), ["48,000 homes", "84,000 homes"]);
});

test("figures: a later figure of the same thing takes no side in the dispute over the peak", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-06-02T09:00:00Z", "Storm Ilse battered the coast overnight. At the height of the storm 48,000 homes were without power. By Monday evening 21,000 homes were still without power.") },
    { a: newsArticle("b", "Evening Star", "2026-06-02T10:00:00Z", "Trees fell across the coast road as Storm Ilse swept in. At its peak, the storm cut power to 84,000 homes.") },
  ]);
  assert.ok(!numberDisputes(d).some((x) => x.sides.some((s) => s.label.startsWith("21,000"))), JSON.stringify(d.contradictions));
});

test("figures: a line of statistics disputes nothing", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-06-02T09:00:00Z", "Tellby beat Arnholm 88-80 on Sunday. Ravel finished with 25 points and 11 rebounds in the win.") },
    { a: newsArticle("b", "Evening Star", "2026-06-02T10:00:00Z", "Tellby won at Arnholm on Sunday night. Ravel scored 22 points in the win for Tellby.") },
  ]);
  assert.deepEqual(numberDisputes(d), []);
});

test("figures: one place told as distances from two towns disputes nothing", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-06-02T09:00:00Z", "The quake struck on Sunday. The team bus was stopped 40 miles north of Arnholm by a landslide.") },
    { a: newsArticle("b", "Evening Star", "2026-06-02T10:00:00Z", "The quake hit on Sunday. The team bus was stopped 25 miles south of Tellby by a landslide.") },
  ]);
  assert.deepEqual(numberDisputes(d), []);
});

test("figures: the same count in two events is no dispute", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-06-02T09:00:00Z", "A fire at the Tellby paint works sent four workers to hospital with breathing problems on Tuesday."), event: "fire" },
    { a: newsArticle("b", "Evening Star", "2026-06-09T10:00:00Z", "A second fire at the Tellby paint works sent seven workers to hospital with breathing problems on Tuesday."), event: "second" },
  ]);
  assert.deepEqual(numberDisputes(d), []);
});

test("figures: a translated report's spaced thousands and its currency word dispute the English figure", () => {
  const fr = { ...newsArticle("c", "Le Messager", "2026-06-02T11:00:00Z", "L'ancien maire de Tellby, Ivo Brand, a été reconnu coupable mardi d'avoir touché 840 000 florins de pots-de-vin de la part de l'entreprise Garlen Bau."), language: "fr" };
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-06-02T09:00:00Z", "Former Tellby mayor Ivo Brand was found guilty on Tuesday of taking bribes worth 480,000 guilders from the builder Garlen Bau.") },
    { a: fr },
    { a: newsArticle("b", "Evening Star", "2026-06-02T12:00:00Z", "Ivo Brand will be sentenced on 29 June. Garlen Bau built the town's new pool. Brand, who denied the charges, was taken into custody.") },
  ]);
  const x = numberDisputes(d)[0];
  assert.ok(x, JSON.stringify(d.contradictions));
  assert.deepEqual(x.sides.map((s) => [s.label, s.citations[0]!.article]).sort(), [["480,000 guilders", "a"], ["840,000 guilders", "c"]].sort());
});

test("figures: a forecast beside the reported figure is no rival value", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-06-02T09:00:00Z", "Orrin Telecom said on Thursday that its net profit climbed to 241 million marks in its first quarter, helped by higher prices.") },
    { a: newsArticle("b", "Evening Star", "2026-06-02T10:00:00Z", "Orrin Telecom will cut 650 jobs. Net profit rose to 214 million marks in the quarter, comfortably ahead of the 196 million forecast by analysts.") },
    { a: newsArticle("c", "Ledger", "2026-06-02T11:00:00Z", "Orrin Telecom shares rose on Thursday. The company plans to close its call centre in Arnholm.") },
  ]);
  const x = numberDisputes(d)[0];
  assert.ok(x, JSON.stringify(d.contradictions));
  assert.deepEqual(x.sides.map((s) => s.label).sort(), ["214 million marks", "241 million marks"]);
});

test("figures: estimates and bounds take sides only when the other figure breaks them", () => {
  const story = (a: string, b: string) =>
    analysedDossier([
      { a: newsArticle("a", "Nordwire", "2026-06-02T09:00:00Z", a) },
      { a: newsArticle("b", "Evening Star", "2026-06-02T10:00:00Z", b) },
      { a: newsArticle("c", "Ledger", "2026-06-02T11:00:00Z", "The line between Tellby and Arnholm stays closed. Engineers are checking the slope above the track.") },
    ]);
  const far = story("A landslip near Tellby trapped a train on Tuesday, leaving about 420 passengers stuck on the train for hours.", "A landslip near Tellby trapped a train on Tuesday, and some 240 passengers were stuck on the train for hours.");
  const x = numberDisputes(far)[0];
  assert.ok(x, JSON.stringify(far.contradictions));
  assert.deepEqual(x.sides.map((s) => s.label).sort(), ["about 240 passengers", "about 420 passengers"]);
  const near = story("A landslip near Tellby trapped a train on Tuesday, leaving about 300 passengers stuck on the train for hours.", "A landslip near Tellby trapped a train on Tuesday, and 297 passengers were stuck on the train for hours.");
  assert.deepEqual(numberDisputes(near), []);
  const bound = story("A landslip near Tellby trapped a train on Tuesday, leaving more than 400 passengers stuck on the train for hours.", "A landslip near Tellby trapped a train on Tuesday, and some 430 passengers were stuck on the train for hours.");
  assert.deepEqual(numberDisputes(bound), []);
  const broken = story("A landslip near Tellby trapped a train on Tuesday, leaving more than 400 passengers stuck on the train for hours.", "A landslip near Tellby trapped a train on Tuesday, and 250 passengers were stuck on the train for hours.");
  assert.equal(numberDisputes(broken).length, 1, JSON.stringify(broken.contradictions));
});

test("figures: an outlet set against two values keeps its closest; a forecast range and a count of customers are no rivals", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-06-02T09:00:00Z", "Orrin Telecom said on Thursday that its net profit climbed to 241 million marks in its first quarter. Its revenue for the year reached 310 million marks in the same period.") },
    { a: newsArticle("b", "Evening Star", "2026-06-02T10:00:00Z", "Orrin Telecom reported a profit after tax of 214 million marks for the first quarter on Thursday and said it would cut jobs.") },
    { a: newsArticle("c", "Ledger", "2026-06-02T11:00:00Z", "Net profit rose to 214 million marks, comfortably ahead of analysts' forecasts. The group, which has 7.4 million customers, kept its forecast of full-year operating profit of between 880 and 920 million marks.") },
  ]);
  const x = numberDisputes(d).find((c) => c.sides.some((s) => s.label.startsWith("241")));
  assert.ok(x, JSON.stringify(d.contradictions));
  const side = (v: string) => x.sides.find((s) => s.label.startsWith(v))?.citations.map((c) => c.article).sort();
  assert.deepEqual(side("241"), ["a"]);
  assert.deepEqual(side("214"), ["b", "c"]);
});

test("figures: a later event's report that recalls a disputed value joins its side", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-10-06T09:00:00Z", "Thieves stole the Marrow Chalice from the Tellby museum overnight. Detective Inspector Ada Kell said two men had been caught on camera at the museum."), event: "theft" },
    { a: newsArticle("b", "Daily Beacon", "2026-10-06T10:00:00Z", "CHALICE SNATCHED! THREE men were caught on CCTV at the Tellby museum in the early hours, the Beacon understands."), event: "theft" },
    { a: newsArticle("c", "Evening Star", "2026-11-11T09:00:00Z", "The Marrow Chalice was found at the border on Wednesday. Two men were caught on camera at the museum that night, police said at the time."), event: "recovery" },
  ]);
  const x = numberDisputes(d).find((c) => c.about.includes("men"));
  assert.ok(x, JSON.stringify(d.contradictions));
  const side = (v: string) => x.sides.find((s) => s.label.startsWith(v))?.citations.map((c) => c.article).sort();
  assert.deepEqual(side("2 "), ["a", "c"]);
  assert.deepEqual(side("3 "), ["b"]);
});

test("figures: `two were killed and seven injured` counts the injured (`and` bounds only a range)", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-09-03T19:00:00Z", "Two people were killed and seven injured when the central span of the Tellby bridge collapsed into the river.") },
    { a: newsArticle("b", "Evening Star", "2026-09-03T20:00:00Z", "The central span of the Tellby bridge fell into the river. Two people died. Eight people were injured, two of them seriously.") },
    { a: newsArticle("c", "Ledger", "2026-09-03T21:00:00Z", "Divers searched the river below the Tellby bridge for a third car. The council closed the roads nearby.") },
  ]);
  const x = d.contradictions.find((c) => c.kind === "number" && c.sides.some((s) => s.label.startsWith("7")) && c.sides.some((s) => s.label.startsWith("8")));
  assert.ok(x, JSON.stringify(d.contradictions));
});

test("figures: prison terms are disputed as spans of time, beside a sum the same sentences dispute", () => {
  const fr = { ...newsArticle("c", "Le Courrier", "2026-06-05T12:00:00Z", "Ivo Brand, ancien directeur financier de Tellby Water, a été condamné vendredi à six ans de prison par la Haute Cour d'Arnholm."), language: "fr" };
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-06-05T09:00:00Z", "The former finance director of Tellby Water was jailed for six years on Friday for diverting 3.4 million marks from the utility through false invoices.") },
    { a: newsArticle("b", "Evening Star", "2026-06-05T10:00:00Z", "A finance director who siphoned off 4.3 million marks from Tellby Water to pay for a seaside villa was sentenced to eight years in prison on Friday.") },
    { a: fr },
  ]);
  const years = numberDisputes(d).find((x) => x.sides.some((s) => s.label.startsWith("8 ")));
  assert.ok(years, JSON.stringify(d.contradictions));
  const side = (v: string) => years.sides.find((s) => s.label.startsWith(v))?.citations.map((c) => c.article).sort();
  assert.deepEqual(side("6 "), ["a", "c"]);
  assert.deepEqual(side("8 "), ["b"]);
  assert.ok(numberDisputes(d).some((x) => x.sides.some((s) => s.label.startsWith("3.4"))), JSON.stringify(d.contradictions));
});

test("figures: a span of time outside a prison term is not compared", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-06-05T09:00:00Z", "The fraud at Tellby Water went on for six years before auditors found the false invoices.") },
    { a: newsArticle("b", "Evening Star", "2026-06-05T10:00:00Z", "Ivo Brand had worked at Tellby Water for eight years when auditors found the false invoices.") },
  ]);
  assert.deepEqual(numberDisputes(d), []);
});

test("figures: what a player needed is no count told (`needed just nine points` / `scored 20 points`)", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-06-05T09:00:00Z", "Ivo Brand needed just nine points in the game against Tellby to pass the school's scoring record.") },
    { a: newsArticle("b", "Evening Star", "2026-06-05T10:00:00Z", "Ivo Brand scored 20 points in the game against Tellby to pass the school's scoring record.") },
  ]);
  assert.deepEqual(numberDisputes(d), []);
});

test("figures: one group counted under two nouns (`people` / `residents`) is one quantity", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-10-05T09:00:00Z", "About 1,300 people were evacuated from Tellby on Sunday after engineers found water leaking through the dam.") },
    { a: newsArticle("b", "Evening Star", "2026-10-05T10:00:00Z", "Around 1,500 residents of Tellby were evacuated on Sunday after a leak was found in the dam.") },
    { a: newsArticle("c", "Ledger", "2026-10-05T11:00:00Z", "Engineers worked through the night on the Tellby dam. The water company said repairs would take weeks.") },
  ]);
  const x = numberDisputes(d)[0];
  assert.ok(x, JSON.stringify(d.contradictions));
  assert.deepEqual(x.sides.map((s) => s.citations[0]!.article).sort(), ["a", "b"]);
});

test("figures: two figures of the same earlier time are compared with each other, not with this year's", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-06-02T09:00:00Z", "Tellby signed the striker Ivo Ravel from Arnholm on Tuesday. Ravel scored 19 goals last season, second in the scoring charts.") },
    { a: newsArticle("b", "Evening Star", "2026-06-02T10:00:00Z", "Arnholm sold Ivo Ravel to Tellby on Tuesday. The striker, who scored 23 goals last season, cost a club record fee. He has scored 4 goals this season.") },
  ]);
  const x = numberDisputes(d);
  assert.equal(x.length, 1, JSON.stringify(d.contradictions));
  assert.deepEqual(x[0]!.sides.map((s) => s.label).sort(), ["19 goals", "23 goals"]);
  assert.match(x[0]!.about, /season before/);
});

test("figures: a side cites its figure's part of the sentence, not a comparison set off after it", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-06-02T09:00:00Z", "Tellby council on Tuesday approved a budget of 612 million marks for the coming year. Council tax will rise.") },
    { a: newsArticle("b", "Evening Star", "2026-06-02T10:00:00Z", "A 648 million mark budget cleared the Tellby council chamber on Tuesday night, up from 587 million marks last year.") },
  ]);
  const x = numberDisputes(d).find((c) => c.sides.some((s) => s.label.startsWith("648")));
  assert.ok(x, JSON.stringify(d.contradictions));
  const cited = x.sides.find((s) => s.label.startsWith("648"))!.citations[0]!;
  assert.equal(cited.text, "A 648 million mark budget cleared the Tellby council chamber on Tuesday night");
});

test("figures: `five other workers` counts workers; `two more workers` is an increase and counts none", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-06-02T09:00:00Z", "A forklift driver was killed and five other workers were injured when racking collapsed at the Tellby depot on Tuesday morning.") },
    { a: newsArticle("b", "Evening Star", "2026-06-02T10:00:00Z", "EIGHT workers were hurt and a dad was killed when towering shelves came crashing down at the busy Tellby depot.") },
  ]);
  const x = numberDisputes(d);
  assert.equal(x.length, 1, JSON.stringify(d.contradictions));
  assert.deepEqual(x[0]!.sides.map((s) => s.label.split(" ")[0]).sort(), ["5", "8"]);
  const more = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-06-02T09:00:00Z", "Rescuers at the Tellby depot freed two more workers from the collapsed racking on Wednesday.") },
    { a: newsArticle("b", "Evening Star", "2026-06-02T10:00:00Z", "Rescuers at the Tellby depot have freed eight workers from the collapsed racking since Tuesday.") },
  ]);
  assert.deepEqual(numberDisputes(more), []);
});
