// How a figure's unit is read: a unit of measure printed onto its figure (`131km/h`) counts like one
// apart from it; `members of staff` counts staff, one class with workers and employees; and the
// words beside a figure are its nearest content words, so function words (`were taken to`) do not
// push what is counted (`hospital`) out of reach.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";

type Dossier = ReturnType<typeof analysedDossier>;
const numbers = (d: Dossier) => d.contradictions.filter((x) => x.kind === "number");
const sides = (d: Dossier) => numbers(d).map((x) => x.sides.map((s) => `${s.label}:${s.citations.map((c) => c.article).sort().join(",")}`).sort());

test("figures: a unit printed onto its figure (`131km/h`) is read, and labelled whole", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-02-09T07:00:00Z", "The coastguard recorded a gust of 131 km/h at Marrow Head, the strongest there in a decade.") },
    { a: newsArticle("b", "Tessel Courier", "2026-02-09T08:00:00Z", "Forecasters measured a gust of 131km/h at Marrow Head overnight, a record for the station.") },
    { a: newsArticle("c", "Harl Gazette", "2026-02-09T09:00:00Z", "The strongest gust, 113 km/h, was measured at Marrow Head just before dawn.") },
  ]);
  assert.deepEqual(sides(d), [["113 km/h:c", "131 km/h:a,b"]], JSON.stringify(d.contradictions));
});

test("figures: a figure run into a word that is no unit of measure (`5th`) counts nothing", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-02-09T07:00:00Z", "The coastguard said the 5th boat of the convoy reached Marrow Head harbour on Sunday evening.") },
    { a: newsArticle("b", "Tessel Courier", "2026-02-09T08:00:00Z", "The 7th boat of the convoy reached Marrow Head harbour on Sunday evening, the coastguard said.") },
  ]);
  assert.deepEqual(sides(d), [], JSON.stringify(d.contradictions));
});

test("figures: `members of staff`, `employees` and `workers` count one thing, told beside `hospital`", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-06-11T06:00:00Z", "Three workers were taken to hospital with breathing difficulties, the county ambulance service said on Thursday.") },
    { a: newsArticle("b", "Harl Gazette", "2026-06-11T07:00:00Z", "Three members of staff were taken to Tessel Royal Infirmary.") },
    { a: newsArticle("c", "Daily Lantern", "2026-06-11T08:00:00Z", "FIVE workers were rushed to hospital after the inferno at Orlin Chemicals in Tessel, which lit up the sky for miles.") },
  ]);
  assert.deepEqual(sides(d), [["3 workers:a,b", "5 workers:c"]], JSON.stringify(d.contradictions));
});

test("figures: an outlet's other value of the unit far from the disputed one (a winner's total) is no rival of its margin", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-05-09T22:00:00Z", "Ilse Varga was elected mayor of Tessel by 52 votes on Saturday, unseating the sitting mayor, Bram Holt. Varga received 9,412 votes and Holt 9,360.") },
    { a: newsArticle("b", "Harl Gazette", "2026-05-10T08:00:00Z", "Bram Holt says he will go to court after losing to Ilse Varga by 25 votes.") },
  ]);
  assert.deepEqual(sides(d), [["25 votes:b", "52 votes:a"]], JSON.stringify(d.contradictions));
});

test("figures: a wording of a disputed value among other figures (`43 patients and 17 staff`) joins its side", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-01-13T09:00:00Z", "Two wards at Marrow General Hospital are closed after an outbreak of norovirus that has infected 31 patients and 12 members of staff, the hospital said.") },
    { a: newsArticle("b", "Daily Lantern", "2026-01-13T10:00:00Z", "A shocking 46 patients have now been struck down by norovirus at Marrow General, and operations have been cancelled.") },
    { a: newsArticle("c", "Harl Gazette", "2026-01-13T11:00:00Z", "Ward 4 reopened on Monday, the first sign that the norovirus outbreak which has affected 31 patients may be easing.") },
  ]);
  assert.deepEqual(sides(d), [["31 patients:a,c", "46 patients:b"]], JSON.stringify(d.contradictions));
});

test("figures: the disputed value counted in another word (`people` / `patients`) joins its side", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Radio Tessel", "2026-04-02T07:00:00Z", "In March, 1,180 people waited more than 12 hours in the emergency department at Tessel General, up from 540 a year earlier.") },
    { a: newsArticle("b", "Harl Gazette", "2026-04-02T08:00:00Z", "The inspectors said 1,180 patients waited more than 12 hours in the emergency department at Tessel General in March alone.") },
    { a: newsArticle("c", "Daily Lantern", "2026-04-02T09:00:00Z", "Inspectors found that 1,650 patients had waited longer than 12 hours in the emergency department at Tessel General that month.") },
  ]);
  assert.deepEqual(sides(d), [["1,180 patients:a,b", "1,650 patients:c"]], JSON.stringify(d.contradictions));
});

test("figures: a wording of the disputed value in a clause that is no plain assertion (`can go home`) joins its side", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-10-04T18:00:00Z", "About 900 people were evacuated from the village of Orrin on Sunday after engineers found water leaking through the dam.") },
    { a: newsArticle("b", "Valley Times", "2026-10-05T07:00:00Z", "Around 1,200 residents of Orrin spent last night away from home after a leak was found in the dam on Sunday.") },
    { a: newsArticle("c", "Radio Tessel", "2026-10-05T12:00:00Z", "Around 900 people who were evacuated from Orrin on Sunday after the leak in the dam have been told they can go home tonight.") },
  ]);
  assert.deepEqual(sides(d), [["about 1,200 people:b", "about 900 people:a,c"]], JSON.stringify(d.contradictions));
});

test("figures: a noun before the counted noun (`17 league goals`) counts the last one", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Matchday", "2026-07-02T09:00:00Z", "Harl Town have signed the striker Pavel Ostrow from Tessel Athletic. Ostrow scored 17 league goals for Tessel last season, finishing second in the scoring charts.") },
    { a: newsArticle("b", "Daily Lantern", "2026-07-02T10:00:00Z", "HARL TOWN have landed goal machine Pavel Ostrow. The 24-year-old bagged 22 goals in the league last season for Tessel.") },
  ]);
  assert.deepEqual(sides(d), [["17 league goals:a", "22 league goals:b"]], JSON.stringify(d.contradictions));
});

test("clauses: a figure joined to its unit by a hyphen (`a 90,000-crown sports car`) keeps that unit", async () => {
  const { makeInput } = await import("../fixtures/dossier/story.js");
  const { articleFeatures } = await import("../../src/dossier/features.js");
  const it = makeInput({ id: "a", outlet: null, published: null, text: "His 90,000-crown sports car hit a cyclist on Linden Row. Eight high-volume pumps were brought in." });
  const units = articleFeatures(it.article, it.analysis).clauses.flatMap((c) => c.numbers.map((n) => `${n.value}:${n.unit}`));
  assert.deepEqual(units, ["90000:w:crown", "8:w:pump"]);
});

test("figures: an outlet's two counts whose difference is its margin (`9,412 votes to Holt's 9,360`) take its side", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-05-09T22:00:00Z", "Ilse Varga was elected mayor of Tessel by 52 votes on Saturday, unseating the sitting mayor, Bram Holt. Varga received 9,412 votes to Holt's 9,360 after a recount.") },
    { a: newsArticle("b", "Harl Gazette", "2026-05-10T08:00:00Z", "Bram Holt says he will go to court after losing to Ilse Varga by 25 votes.") },
  ]);
  const x = numbers(d)[0];
  assert.ok(x, JSON.stringify(d.contradictions));
  const side = x.sides.find((s) => s.label.startsWith("52"))!;
  assert.ok(side.citations.some((c) => c.text.includes("9,412 votes to Holt's 9,360")), JSON.stringify(side));
});

test("figures: a speed is one unit in any wording (`137 km/h`, `148 kilometer per uur`) and no distance", () => {
  const dutch = (id: string, outlet: string, text: string) => ({ ...newsArticle(id, outlet, "2026-02-09T10:00:00Z", text), language: "nl" });
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-02-09T07:00:00Z", "A gust of 131 km/h was recorded at Marrow Head on Sunday afternoon, the coastguard said.") },
    { a: dutch("b", "Zeeveld Dagblad", "Op Marrow Head werd zondagmiddag een windstoot van 143 kilometer per uur gemeten, meldde de kustwacht.") },
  ]);
  assert.deepEqual(sides(d), [["131 km/h:a", "143 km/h:b"]], JSON.stringify(d.contradictions));
  // A distance in kilometres is another quantity than a speed.
  const apart = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-02-09T07:00:00Z", "A gust of 131 km/h was recorded at Marrow Head on Sunday afternoon, the coastguard said.") },
    { a: newsArticle("b", "Tessel Courier", "2026-02-09T08:00:00Z", "Gusts were recorded along 140 km of coast at Marrow Head on Sunday afternoon, the coastguard said.") },
  ]);
  assert.deepEqual(sides(apart), [], JSON.stringify(apart.contradictions));
});
