// Irregular past forms of everyday news verbs meet their base (`blew` / `blowing`, `withdrew` /
// `withdraw`): one utterance printed by two outlets with the verb in another tense is one phrase,
// here given to two different speakers.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";
import { wordKey } from "../../src/dossier/text.js";

test("irregular verbs: `blew`, `withdrew`, `led` and `dug` share their base's key", () => {
  for (const [form, base] of [["blew", "blow"], ["withdrew", "withdraw"], ["led", "lead"], ["dug", "dig"], ["shook", "shake"]] as const) assert.equal(wordKey(form), wordKey(base), form);
});

test("irregular verbs: the same words in another tense given to another speaker are a speaker dispute", () => {
  const lead = "A fire destroyed the Greyling paint factory in Brackwell overnight. ";
  const d = analysedDossier([
    { a: newsArticle("a", "Nordwire", "2026-05-08T09:00:00Z", lead + `"We were lucky the wind was blowing away from the houses," said fire chief Rhona Vale.`) },
    { a: newsArticle("b", "Evening Star", "2026-05-08T10:00:00Z", lead + `Managing director Piers Aldo said: "We were lucky that the wind blew away from the houses."`) },
  ]);
  const x = d.contradictions.filter((c) => c.kind === "speaker");
  assert.equal(x.length, 1, JSON.stringify(d.contradictions));
  assert.deepEqual(x[0]!.sides.map((s) => s.label).sort(), ["said by Piers Aldo", "said by Rhona Vale"]);
});
