// Modality disputes: an act one outlet tells as done and another, published the same day or later,
// as only expected or weighed. A plan reported before the act, an act of another time and a plan
// under a condition are no sides.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";

type Dossier = ReturnType<typeof analysedDossier>;
const modal = (d: Dossier) => d.contradictions.filter((x) => x.kind === "modality");

test("modality: `considering whether to open` an inquiry against `had already opened` it", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-11-12T09:00:00Z", "The regulator fined Halden Water 4 million crowns on Thursday. Harl police said they were considering whether to open a fraud investigation into the company's accounts.") },
    { a: newsArticle("b", "Evening Star", "2026-11-12T18:00:00Z", "Halden Water was fined 4 million crowns by the regulator. Police had already opened a fraud investigation into the accounts in September, a Harl police spokeswoman said.") },
  ]);
  const x = modal(d);
  assert.equal(x.length, 1, JSON.stringify(d.contradictions));
  assert.deepEqual(x[0]!.sides.map((s) => s.citations.map((c) => c.article).join(",")), ["a", "b"]);
  assert.match(x[0]!.sides[0]!.citations[0]!.text, /considering whether to open a fraud investigation/);
  assert.equal(x[0]!.about, "done or to come: open a fraud investigation");
});

test("modality: `is expected to open` proceedings against `have opened` them, the same day", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-11-12T09:00:00Z", "The league is expected to open disciplinary proceedings against both clubs after the match was halted.") },
    { a: newsArticle("b", "Evening Star", "2026-11-12T20:00:00Z", "The league has opened disciplinary proceedings against both clubs, a spokesman for the league confirmed.") },
  ]);
  assert.equal(modal(d).length, 1, JSON.stringify(d.contradictions));
});

test("modality: a plan reported a day before the act, an act of another year and a plan under a condition are no dispute", () => {
  // The plan came out the day before the act: the act overtook it.
  const earlier = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-11-11T09:00:00Z", "The league is expected to open disciplinary proceedings against both clubs after the match was halted.") },
    { a: newsArticle("b", "Evening Star", "2026-11-12T20:00:00Z", "The league has opened disciplinary proceedings against both clubs, a spokesman for the league confirmed.") },
  ]);
  assert.equal(modal(earlier).length, 0, JSON.stringify(earlier.contradictions));
  // The act told is an earlier one.
  const before = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-11-12T09:00:00Z", "The league is expected to open disciplinary proceedings against both clubs after the match was halted.") },
    { a: newsArticle("b", "Evening Star", "2026-11-12T20:00:00Z", "The league had opened disciplinary proceedings against both clubs in 2019 after similar scenes.") },
  ]);
  assert.equal(modal(before).length, 0, JSON.stringify(before.contradictions));
  // A plan under a condition states no plan.
  const condition = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-11-12T09:00:00Z", "The league is expected to open disciplinary proceedings against both clubs if the referee's report confirms the scenes.") },
    { a: newsArticle("b", "Evening Star", "2026-11-12T20:00:00Z", "The league has opened disciplinary proceedings against both clubs, a spokesman for the league confirmed.") },
  ]);
  assert.equal(modal(condition).length, 0, JSON.stringify(condition.contradictions));
});

test("modality: a Spanish perfect (`ha abierto`) is the act done, against an English plan of it", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-11-12T09:00:00Z", "The Continental Hockey League is expected to open disciplinary proceedings against both clubs after the brawl in Harl on Wednesday night, officials said.") },
    {
      a: {
        ...newsArticle(
          "b",
          "Diario del Sur",
          "2026-11-12T20:00:00Z",
          "La Liga Continental de Hockey ha abierto un expediente disciplinario a ambos clubes tras la pelea del miércoles por la noche en Harl. Los dos equipos se enfrentaron en un partido muy tenso y la policía tuvo que intervenir en las gradas del estadio.",
        ),
        language: "es",
      },
    },
  ]);
  const x = modal(d);
  assert.equal(x.length, 1, JSON.stringify(d.contradictions));
  assert.deepEqual(x[0]!.sides.map((s) => s.citations.map((c) => c.article).join(",")), ["a", "b"]);
});

test("modality: `had not yet been confirmed` against `have confirmed` it on the day the first report came out", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-11-11T09:00:00Z", "Samples were sent to a laboratory, and salmonella had not yet been confirmed in any of the eggs, a spokeswoman said.") },
    { a: newsArticle("b", "Evening Star", "2026-11-12T08:00:00Z", "Tests have confirmed salmonella in three batches of Orrin Farm eggs, the food agency said on Wednesday.") },
  ]);
  const x = modal(d);
  assert.equal(x.length, 1, JSON.stringify(d.contradictions));
  assert.equal(x[0]!.about, "done or to come: salmonella confirmed");
  // Confirmed on a later day than the first report: the tests came after it, no dispute.
  const later = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-11-11T09:00:00Z", "Samples were sent to a laboratory, and salmonella had not yet been confirmed in any of the eggs, a spokeswoman said.") },
    { a: newsArticle("b", "Evening Star", "2026-11-13T08:00:00Z", "Tests have confirmed salmonella in three batches of Orrin Farm eggs, the food agency said on Thursday.") },
  ]);
  assert.equal(modal(later).length, 0, JSON.stringify(later.contradictions));
});

test("modality: undated reports of a plan and of the act are no dispute (a rumour, then the announcement)", () => {
  const undated = (a: ReturnType<typeof newsArticle>) => ({ ...a, published: null });
  const d = analysedDossier([
    { a: undated(newsArticle("a", "Nordwire", "2026-11-12T09:00:00Z", "Sources say the studio is about to hire Lena Morrow as the director of the sequel.")) },
    { a: undated(newsArticle("b", "Evening Star", "2026-11-12T20:00:00Z", "The studio announced that Lena Morrow has been hired to direct the sequel.")) },
  ]);
  assert.equal(modal(d).length, 0, JSON.stringify(d.contradictions));
});
