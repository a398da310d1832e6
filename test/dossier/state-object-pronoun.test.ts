// A state phrase told of an object pronoun (`She remanded him in custody`) is of the person the
// article named last before the clause other than its subject, not of the judge who speaks.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";

test("states: `She remanded him in custody` takes the custody side for the man just named", () => {
  const d = analysedDossier([
    {
      a: newsArticle(
        "a",
        "Nordwire",
        "2026-05-12T17:00:00Z",
        'Former mayor Ivo Brand was found guilty of corruption at Tessel Crown Court on Tuesday. "You treated public money as your own," Judge Harriet Holt told Brand, who showed no reaction. She remanded him in custody.',
      ),
    },
    { a: newsArticle("b", "Radio Tessel", "2026-05-12T18:00:00Z", "Ivo Brand, the former mayor of Tessel, was convicted of corruption on Tuesday. Brand, who was released on bail, will be sentenced in June.") },
  ]);
  const custody = d.contradictions.find((x) => x.kind === "status");
  assert.ok(custody, JSON.stringify(d.contradictions.map((x) => x.about)));
  const sides = custody.sides.map((s) => [...new Set(s.citations.map((c) => c.article))].sort().join(","));
  assert.deepEqual(sides.sort(), ["a", "b"]);
  assert.ok(custody.sides.some((s) => s.citations.some((c) => c.text.includes("She remanded him in custody"))));
});
