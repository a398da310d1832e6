// A line of statistics (`548 rushing yards, 28 receptions and 258 receiving yards`) counts many
// things at once, often over different spans (`this season`, `since Week 11`): its figures are
// not set against another wording's, in one claim as across the event.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";

test("numbers: two lines of statistics aligned as one claim are no dispute", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-12-01T09:00:00Z", "Harlow running back Tam Oduya will miss Sunday's game with a knee injury. Oduya has 548 rushing yards, 28 receptions and 258 receiving yards for the Harlow Hawks this season.") },
    { a: newsArticle("b", "Evening Star", "2026-12-01T10:00:00Z", "Tam Oduya is out of Sunday's game against Tessen with a knee injury. Oduya has eight touchdowns on 498 rushing yards and 176 receiving yards for the Harlow Hawks since Week 11.") },
  ]);
  assert.deepEqual(d.contradictions.filter((x) => x.kind === "number").map((x) => x.about), []);
});
