// The day after a verb of saying and where it was said (`Freya said at her family's home in Karsby
// on Monday`) dates the saying, not the happening: no side of a day dispute against the day the
// happening is told on.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";

test("days: `said at her home on Monday` is no side against the rescue's Sunday", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-03-03T09:00:00Z", "Freya Baarstad and her brother clung to their capsized kayak off Saltvik Point on Sunday afternoon. \"We kept shouting but the wind took it,\" Freya said at her family's home in Karsby on Monday.") },
    { a: newsArticle("b", "Evening Star", "2026-03-03T10:00:00Z", "Kirsten Baarstad was at home in Karsby when her phone rang on Sunday afternoon with the call every parent dreads. Her son and daughter had been swept out to sea when their kayak capsized off Saltvik Point.") },
  ]);
  assert.deepEqual(d.contradictions.filter((x) => x.kind === "date").map((x) => x.about), []);
});

test("days: a day after what was said is still the happening's (`said the line would reopen on Friday`)", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-03-03T09:00:00Z", "The railway line between Saltvik and Karsby was closed by a landslip on Monday. The operator said the line would reopen on Friday.") },
    { a: newsArticle("b", "Evening Star", "2026-03-03T10:00:00Z", "A landslip closed the railway line between Saltvik and Karsby on Monday. Engineers said the line would reopen on Wednesday.") },
  ]);
  assert.ok(d.contradictions.some((x) => x.kind === "date"), JSON.stringify(d.contradictions.map((x) => x.about)));
});
