// A short denial whose every word a longer statement of another outlet holds (`No homes were
// evacuated` / `Dozens of families were evacuated from their homes in Mill Road, which ...`) is one
// statement denied and affirmed, though the longer tells more and the two align loosely.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";

test("negation: a short denial against a longer statement that holds all its words", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-09-10T09:00:00Z", "Fire gutted a storage hall at the Tellby chemical plant overnight. No homes were evacuated, but people living nearby were told to keep their windows shut.") },
    { a: newsArticle("b", "Evening Star", "2026-09-11T06:00:00Z", "Dozens of families were evacuated from their homes in Mill Road, which backs onto the site, and spent the night on camp beds in a school hall.") },
  ]);
  const x = d.contradictions.find((c) => c.kind === "negation");
  assert.ok(x, JSON.stringify(d.contradictions));
  assert.equal(x.about, "evacuated");
  assert.deepEqual(x.sides.map((s) => s.citations.map((c) => c.article).join(",")), ["a", "b"]);
});

test("negation: not when the short denial holds a word the longer statement lacks", () => {
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-09-10T09:00:00Z", "Fire gutted a storage hall at the Tellby chemical plant overnight. No pupils were evacuated, but people living nearby were told to keep their windows shut.") },
    { a: newsArticle("b", "Evening Star", "2026-09-11T06:00:00Z", "Dozens of families were evacuated from their homes in Mill Road, which backs onto the site, and spent the night on camp beds in a school hall.") },
  ]);
  assert.deepEqual(d.contradictions.filter((c) => c.kind === "negation"), []);
});
