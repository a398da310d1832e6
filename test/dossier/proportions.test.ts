// Proportion disputes: parts of one whole told as a share of it (`about 44 per cent of the beer`)
// or as a fraction in words (`one train in five`, `fewer than a quarter of services`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";

type Dossier = ReturnType<typeof analysedDossier>;
const shares = (d: Dossier) =>
  d.contradictions.filter((x) => x.about.startsWith("share")).map((x) => x.sides.map((s) => `${s.label}:${s.citations.map((c) => c.article).sort().join(",")}`).sort());

test("proportions: two shares of one whole named alike are a dispute", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Business Post", "2026-10-02T09:00:00Z", "Regulators will study the bid closely: the merged company would sell about 41 per cent of the wine drunk in Tessel's bars.") },
    { a: newsArticle("b", "Nordwire", "2026-10-02T10:00:00Z", "Together the two vintners would have about 47 per cent of wine sales in Tessel's bars, and the deal is likely to be reviewed.") },
  ]);
  assert.deepEqual(shares(d), [["about 41%:a", "about 47%:b"]], JSON.stringify(d.contradictions));
});

test("proportions: a fraction in words and a share in digits of one act (`one bus in five running` / `40 per cent of its timetable ran`)", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-10-02T09:00:00Z", "Commuters in Harl were stranded on Monday by the drivers' strike, with only about one bus in five running.") },
    { a: newsArticle("b", "Evening Star", "2026-10-02T10:00:00Z", "Harl Transit's depots stood empty, with fewer than a quarter of Harl Transit's services running on Monday.") },
    { a: newsArticle("c", "Marketline", "2026-10-02T11:00:00Z", "Harl Transit said 40 per cent of its timetable ran during the strike on Monday.") },
  ]);
  assert.deepEqual(shares(d), [["40%:c", "about 20%:a,b"]], JSON.stringify(d.contradictions));
});

test("proportions: shares of wholes named differently, and a line of statistics, are no dispute", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-10-02T09:00:00Z", "The operator said 62% of traffic to Orlin was down after the cable broke.") },
    { a: newsArticle("b", "Evening Star", "2026-10-02T10:00:00Z", "The cable carries more than 75 per cent of traffic between Harl and Tessel, the operator said after the cable broke.") },
    { a: newsArticle("c", "Ledger", "2026-10-02T11:00:00Z", "After the cable broke, 55 per cent of voice traffic in Orlin and 30 per cent in Tessel was cut.") },
  ]);
  assert.deepEqual(shares(d), [], JSON.stringify(d.contradictions));
});

test("proportions: a round fraction and a figure it rounds agree (`about one in five` / `22 per cent`)", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-10-02T09:00:00Z", "Commuters in Harl were stranded on Monday, with only about one bus in five running during the strike.") },
    { a: newsArticle("b", "Marketline", "2026-10-02T11:00:00Z", "Harl Transit said 22 per cent of its buses were running during the strike on Monday.") },
  ]);
  assert.deepEqual(shares(d), [], JSON.stringify(d.contradictions));
});

test("proportions: two candidates' shares of one vote are no dispute", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-10-02T09:00:00Z", "Ilse Varga won 52 per cent of the vote in the Tessel mayoral election on Sunday.") },
    { a: newsArticle("b", "Evening Star", "2026-10-02T10:00:00Z", "The sitting mayor, Bram Holt, took 45 per cent of the vote in Tessel on Sunday.") },
  ]);
  assert.deepEqual(shares(d), [], JSON.stringify(d.contradictions));
});
