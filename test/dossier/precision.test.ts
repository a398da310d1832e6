// Small fixtures for mistakes seen on real data (seeds, ECB+ dev, the sample corpus): what the
// dossier must not report as a contradiction, must not cite, and how it cuts and aligns clauses.
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDossier, type Dossier } from "../../src/dossier/index.js";
import { clauseSpans } from "../../src/dossier/text.js";
import { makeInput, type FixtureArticle } from "../fixtures/dossier/story.js";

const dossier = (articles: FixtureArticle[]): Dossier => buildDossier("s", null, articles.map(makeInput));
const CAST = [
  { name: "Mara Kessel", type: "person" as const, forms: ["Mara Kessel", "Kessel"] },
  { name: "Ivo Brandt", type: "person" as const, forms: ["Ivo Brandt", "Brandt"] },
];

test("statements about different people are not set against each other", () => {
  const d = dossier([
    { id: "a", outlet: "One", published: null, entities: CAST, text: "While Mara Kessel wasn't signed on to the sequel films of the studio, the producers confirmed the plans on Monday." },
    { id: "b", outlet: "Two", published: null, entities: CAST, text: "Ivo Brandt is already signed on to the sequel films of the studio, the producers confirmed on Monday." },
  ]);
  assert.deepEqual(d.contradictions, []);
});

test("`failed to` negates: an apology worded two ways is no contradiction", () => {
  const d = dossier([
    { id: "a", outlet: "One", published: null, text: "The insurer said it did not protect the records of its members from the attackers last week." },
    { id: "b", outlet: "Two", published: null, text: "The insurer said it failed to protect the records of its members from the attackers last week." },
  ]);
  assert.deepEqual(d.contradictions.filter((x) => x.kind === "negation"), []);
});

test("an outlet that states both sides of a word tells a nuance, not a dispute", () => {
  const d = dossier([
    { id: "a", outlet: "One", published: null, text: "The dockers will not return to the harbour cranes for promises alone. The dockers will return to the harbour cranes when a signed contract arrives." },
    { id: "b", outlet: "Two", published: null, text: "The union said the dockers would not return to the harbour cranes for promises alone." },
  ]);
  assert.deepEqual(d.contradictions.filter((x) => x.kind === "negation"), []);
});

test("reading times, questions and repeated caption lines are no statements", () => {
  const caption = "Firefighters spray water on the burning storage hall of the plant";
  const d = dossier([
    { id: "a", outlet: "One", published: null, text: `3 min read\n${caption}\n${caption}\nIs this the grumpiest cat in the city?\nThe storage hall of the chemical plant burned for six hours on Monday, the fire chief said.` },
    { id: "b", outlet: "Two", published: null, text: `4 min read\nThe storage hall of the chemical plant burned for six hours on Monday, officials said.` },
  ]);
  const cited = [...d.claims.flatMap((c) => c.support), ...d.contradictions.flatMap((x) => x.sides.flatMap((s) => s.citations)), ...d.summary];
  assert.ok(cited.length > 0);
  for (const c of cited) {
    assert.doesNotMatch(c.text, /min read|grumpiest|Firefighters spray/);
  }
  assert.deepEqual(d.contradictions, []);
});

test("a second predicate (`and will ...`) is a clause of its own when both parts say enough", () => {
  const text = "Its ambassador will meet the new rulers in the capital on Tuesday and will decide whether to recognise their government.";
  const spans = clauseSpans(text, 0, text.length).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(spans, ["Its ambassador will meet the new rulers in the capital on Tuesday", "will decide whether to recognise their government."]);
  const short = "The email arrived at 10pm and was not read until after midnight.";
  assert.equal(clauseSpans(short, 0, short.length).length, 1);
});

test("a non-restrictive `, which/whose` + verb clause states a fact of its own", () => {
  const text = "The governor said the bank would not declare victory over prices, which rose 5.2% in April from a year earlier.";
  const spans = clauseSpans(text, 0, text.length).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(spans, ["The governor said the bank would not declare victory over prices", "which rose 5.2% in April from a year earlier."]);
  // A restrictive `which` (no comma) or one without a verb right after it stays in its clause.
  for (const one of ["The council chose the plan which costs less than the others did last year.", "The ministry named the firms, which ones it did not say in its statement yesterday."]) {
    assert.equal(clauseSpans(one, 0, one.length).length, 1, one);
  }
});

test("the same words given to two people, one wording with a copula, is a speaker conflict", () => {
  const cast = [...CAST, { name: "Dana Holm", type: "person" as const, forms: ["Dana Holm"] }];
  const d = dossier([
    {
      id: "a", outlet: "One", published: null, entities: cast,
      text: "Mara Kessel told reporters that the rebels have restored order, have even kept girls' schools open and are guarding the embassy. The market square filled with traders again after weeks of closures, and the buses from the river port were running on the usual timetable by the afternoon.  Ivo Brandt said the talks would go on.",
      quotes: [{ words: "the rebels have restored order, have even kept girls' schools open and are guarding the embassy", speaker: "Mara Kessel", kind: "indirect" }, { words: "the talks would go on", speaker: "Ivo Brandt", kind: "indirect" }],
    },
    {
      id: "b", outlet: "Two", published: null, entities: cast,
      text: "\u201cGood news: schools for girls remain open in the city,\u201d Ivo Brandt said. Residents queued at the bakery near the cathedral while a brass band rehearsed in the courtyard of the municipal library under a grey winter sky.  Mara Kessel spoke later.",
      quotes: [{ words: "Good news: schools for girls remain open in the city,", speaker: "Ivo Brandt" }],
    },
  ]);
  const x = d.contradictions.find((c) => c.kind === "speaker");
  assert.ok(x, "speaker conflict");
  assert.deepEqual(x.sides.map((s) => s.citations[0]!.article).sort(), ["a", "b"]);
});

test("summary: a sentence that opens a single-quoted quotation it does not close is not cited", () => {
  const d = dossier([
    { id: "a", outlet: "One", published: null, text: "Prosecutors detained the plant's director on Friday over the blast at the port. Hollum said: 'Our documents prove the company knew of the defect in the storage hall before the blast at the port." },
    { id: "b", outlet: "Two", published: null, text: "The plant's director was detained on Friday over the blast at the port, prosecutors said. Our documents prove the company knew of the defect in the storage hall, the prosecutor added." },
    { id: "c", outlet: "Three", published: null, text: "On Friday prosecutors detained the director of the plant over the blast at the port." },
  ]);
  assert.ok(d.summary.length > 0);
  assert.ok(!d.summary.some((s) => s.text.includes("Hollum said: 'Our")), JSON.stringify(d.summary.map((s) => s.text)));
});
