// Two happenings of one storyline (two councillors charged weeks apart, two players arrested) are
// told in like words with their own figures and facts: the claim rules compare statements of one
// event only, as the rules read across an event do.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";

const FIRST = [
  "Councillor Marta Quell was charged with bribery over the Dunmere refuse contract on Monday, prosecutors said. A police spokesperson said: \"A 52-year-old woman was charged with accepting bribes and will appear in court next month.\" The prosecutors did not name the company that paid.",
  "Dunmere councillor Marta Quell has been charged with taking bribes for the refuse contract. A police spokesperson said: \"A 52-year-old woman was charged with accepting bribes and will appear in court next month.\"",
];
const SECOND = [
  "Councillor Ivo Brandt was charged with bribery over the Dunmere parking contract on Monday, prosecutors said. A police spokesperson said: \"A 47-year-old man was charged with accepting bribes and will appear in court next month.\" Court papers name the company that paid as ParkWise Systems.",
  "Dunmere councillor Ivo Brandt has been charged with taking bribes for the parking contract. A police spokesperson said: \"A 47-year-old man was charged with accepting bribes and will appear in court next month.\"",
];
const OUTLETS = ["Nordwire", "Evening Star"];

test("claim rules: a storyline's two events give no number or negation dispute between them", () => {
  const d = analysedDossier([
    ...FIRST.map((t, i) => ({ a: newsArticle(`a${i}`, OUTLETS[i]!, "2026-03-02T09:00:00Z", t), event: "e1" })),
    ...SECOND.map((t, i) => ({ a: newsArticle(`b${i}`, OUTLETS[1 - i]!, "2026-04-13T09:00:00Z", t), event: "e2" })),
  ]);
  const across = d.contradictions.filter((x) => {
    const arts = x.sides.map((s) => new Set(s.citations.map((c) => c.article[0])));
    return arts.some((s) => s.has("a")) && arts.some((s) => s.has("b"));
  });
  assert.deepEqual(across.map((x) => `${x.kind}: ${x.about}`), []);
});

test("claim rules: the same two wordings within one event are still disputed", () => {
  const d = analysedDossier([
    { a: newsArticle("a0", OUTLETS[0]!, "2026-03-02T09:00:00Z", FIRST[0]!) },
    { a: newsArticle("b0", OUTLETS[1]!, "2026-03-02T10:00:00Z", FIRST[1]!.replace("52-year-old woman", "57-year-old woman")) },
  ]);
  assert.ok(d.contradictions.some((x) => x.kind === "number"), JSON.stringify(d.contradictions.map((x) => x.about)));
});
