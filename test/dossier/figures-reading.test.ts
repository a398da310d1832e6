// How a figure is read before two outlets' values are compared: what it counts when told as a
// part of a group, a move `up to` a value, a margin both sides share, a year that bounds a span
// or a deadline, and a hedge that falls on another part of the sentence.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";

const numberDisputes = (d: ReturnType<typeof analysedDossier>) => d.contradictions.filter((x) => x.kind === "number");
/** Each number dispute's values as labelled (`about 950`), its unit word left out: the first wording names the unit for all. */
const labels = (d: ReturnType<typeof analysedDossier>) => numberDisputes(d).map((x) => x.sides.map((s) => s.label.replace(/\s+\S+$/, "")).sort());
const FILLER = { a: newsArticle("z", "Ledger", "2026-06-02T12:00:00Z", "Tellby council met on Tuesday evening. Its leader, Ada Morrow, took questions from the public for an hour.") };

test("figures: `five of his colleagues were hurt` counts colleagues, which are workers", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-06-02T09:00:00Z", "A forklift driver was killed at the Tellby warehouse on Monday. Five of his colleagues were hurt when the racking collapsed.") },
    { a: newsArticle("b", "Evening Star", "2026-06-02T10:00:00Z", "A dad was killed at the Tellby warehouse on Monday. Eight workers were hurt when the racking collapsed on them.") },
    FILLER,
  ]);
  assert.deepEqual(labels(d), [["5", "8"]], JSON.stringify(d.contradictions));
});

test("figures: a part of a group counts the group's noun, and `two of the three` counts nothing", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-06-02T09:00:00Z", "Harvell's is to close 14 of its supermarkets, the grocer said on Wednesday.") },
    { a: newsArticle("b", "Evening Star", "2026-06-02T10:00:00Z", "Harvell's said on Wednesday it is to close nine supermarkets that lose money.") },
    FILLER,
  ]);
  assert.deepEqual(labels(d), [["14", "9"]], JSON.stringify(d.contradictions));
  const ratio = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-06-02T09:00:00Z", "Three climbers were caught by the avalanche on Sunday. Two of the three were hurt.") },
    { a: newsArticle("b", "Evening Star", "2026-06-02T10:00:00Z", "Three climbers were caught by the avalanche on Sunday, and one of them was hurt.") },
  ]);
  assert.deepEqual(numberDisputes(ratio), []);
});

test("figures: `goes up to 3.50 marks` is the new charge, not a bound, and disputes `will rise to 3 marks`", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-06-02T09:00:00Z", "Tellby council approved its budget on Tuesday. The hourly parking charge in the city centre will rise to 3 marks an hour from September.") },
    { a: newsArticle("b", "Evening Star", "2026-06-02T10:00:00Z", "Drivers face higher costs after Tellby's budget vote on Tuesday: the hourly parking charge in the city centre goes up to 3.50 marks an hour.") },
    FILLER,
  ]);
  assert.deepEqual(labels(d), [["3", "3.50"]], JSON.stringify(d.contradictions));
});

test("figures: a winning margin is both candidates' own, whoever the sentence names first", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-06-02T09:00:00Z", "Ada Morrow has been elected mayor of Tellby, beating the sitting mayor, Ivo Brand, by 37 votes after a recount.") },
    { a: newsArticle("b", "Evening Star", "2026-06-02T10:00:00Z", "Ivo Brand says he will take the election to court after losing to Ada Morrow by 73 votes in the recount.") },
    FILLER,
  ]);
  assert.deepEqual(labels(d), [["37", "73"]], JSON.stringify(d.contradictions));
});

test("figures: a deadline's year does not date the figure (`650 posts would go by the end of 2027`)", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-06-02T09:00:00Z", "Orrin Telecom reported its results on Thursday. The company said 650 jobs would go at its call centres by the end of 2027.") },
    { a: newsArticle("b", "Evening Star", "2026-06-02T10:00:00Z", "Staff at Orrin Telecom were told on Thursday that some 950 jobs are to go at its call centres.") },
    FILLER,
  ]);
  assert.deepEqual(labels(d), [["650", "about 950"]], JSON.stringify(d.contradictions));
  // A figure told of another year still takes no side.
  const other = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-06-02T09:00:00Z", "Orrin Telecom reported its results on Thursday. The company cut 650 jobs at its call centres in 2024.") },
    { a: newsArticle("b", "Evening Star", "2026-06-02T10:00:00Z", "Staff at Orrin Telecom were told on Thursday that some 950 jobs are to go at its call centres.") },
    FILLER,
  ]);
  assert.deepEqual(numberDisputes(other), []);
});

test("figures: a hedge on another part of the sentence leaves a count told in a relative clause", () => {
  const story = (first: string) =>
    analysedDossier([
      { a: newsArticle("a", "Nordwire", "2026-06-02T09:00:00Z", first) },
      { a: newsArticle("b", "Evening Star", "2026-06-02T10:00:00Z", "The norovirus outbreak at St Ivel's Hospital has now infected 58 patients, and planned operations were cancelled.") },
      FILLER,
    ]);
  const relative = story("A ward at St Ivel's Hospital reopened on Monday, a sign that the norovirus outbreak, which has infected 43 patients, may be past its peak.");
  assert.deepEqual(labels(relative), [["43", "58"]], JSON.stringify(relative.contradictions));
});

test("figures: a contract's length told as `four-year contract` and `five-year deal` is disputed, whatever else the sentences tell", () => {
  const fr = { ...newsArticle("c", "La Voz", "2026-06-02T11:00:00Z", "Ivo Brand, de 26 años, firmó un contrato de cinco años con el Tellby City tras superar el reconocimiento médico."), language: "es" };
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-06-02T09:00:00Z", "Tellby City have completed the signing of Ivo Brand from Arnholm Rovers. The 26-year-old passed a medical on Tuesday and signed a four-year contract on Wednesday morning.") },
    { a: newsArticle("b", "Evening Star", "2026-06-02T10:00:00Z", "Tellby City have landed Ivo Brand. The hitman has signed a five-year deal after City forked out 22 million guilders to prise him away from Arnholm Rovers.") },
    { a: newsArticle("d", "Ledger", "2026-06-02T12:00:00Z", "Arnholm Rovers fans were angry on Wednesday. Brand is expected to sign a four-year deal at Tellby City.") },
    { a: fr },
  ]);
  const x = numberDisputes(d).find((c) => c.about === "length of the contract");
  assert.ok(x, JSON.stringify(d.contradictions));
  assert.deepEqual(x.sides.map((s) => [s.label, s.citations.map((c) => c.article).sort()]).sort(), [
    ["4 years", ["a", "d"]],
    ["5 years", ["b", "c"]],
  ]);
});

test("figures: an outlet that gives two contracts' lengths takes no side on the contract", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-06-02T09:00:00Z", "Tellby City have completed the signing of Ivo Brand from Arnholm Rovers. He signed a four-year contract on Wednesday morning.") },
    { a: newsArticle("b", "Evening Star", "2026-06-02T10:00:00Z", "Tellby City have landed Ivo Brand, and their manager has agreed a two-year contract extension. Brand has signed a five-year deal.") },
  ]);
  assert.ok(!numberDisputes(d).some((c) => c.about === "length of the contract"), JSON.stringify(d.contradictions));
});

test("figures: a one-line paragraph told with a past spelt as its present (`put the cost at`) is news, not a caption", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-06-02T09:00:00Z", "Lorries are banned from the Tellby bridge.\nRepairing the bridge is expected to cost 9 million guilders.") },
    { a: newsArticle("b", "Evening Star", "2026-06-02T10:00:00Z", "The Tellby bridge will stay shut for two years.\nThe council's engineers put the cost of the repairs at 19 million guilders.") },
    FILLER,
  ]);
  assert.ok(d.claims.some((c) => c.support.some((s) => s.article === "b" && s.text.startsWith("The council's engineers put"))), JSON.stringify(d.claims.map((c) => c.text)));
  assert.deepEqual(labels(d), [["19 million", "9 million"]], JSON.stringify(d.contradictions));
});
