// Clause splitting: a relative clause set in commas states its own fact, apart from the main
// predicate after it; a short one stays with its sentence.
import { test } from "node:test";
import assert from "node:assert/strict";
import { clauseSpans } from "../../src/dossier/text.js";

const parts = (s: string): string[] => clauseSpans(s, 0, s.length).map((c) => s.slice(c.start, c.end));

test("clauses: a relative clause in commas is a clause of its own; the predicate after it keeps its subject but not the aside's words", async () => {
  const s = "The samples, which were posted on a criminal forum on Tuesday night, contain claim records that list the codes doctors use.";
  assert.deepEqual(parts(s), [
    "The samples, which were posted on a criminal forum on Tuesday night",
    "The samples, which were posted on a criminal forum on Tuesday night, contain claim records that list the codes doctors use.",
  ]);
  const [, predicate] = clauseSpans(s, 0, s.length);
  assert.equal(s.slice(predicate!.skip!.start, predicate!.skip!.end), ", which were posted on a criminal forum on Tuesday night, ");
  // Its keys: the subject's and the predicate's words, none of the aside's.
  const { makeInput } = await import("../fixtures/dossier/story.js");
  const { articleFeatures } = await import("../../src/dossier/features.js");
  const it = makeInput({ id: "a", outlet: null, published: null, text: s });
  const [aside, main] = articleFeatures(it.article, it.analysis).clauses;
  assert.ok(aside!.keys.includes("w:forum") && aside!.keys.includes("w:sampl"), aside!.keys.join(" "));
  assert.ok(main!.keys.includes("w:sampl") && main!.keys.includes("w:record") && !main!.keys.includes("w:forum"), main!.keys.join(" "));
  // Too short an aside, or too little after it: one clause.
  assert.equal(parts("The mayor, who was re-elected, opened the new bridge over the river on Monday.").length, 1);
});

test("clauses: an aside's opening comma cuts no second predicate, so the subject stays with what it says", () => {
  // `, whose son is ...` would read as a fact told in passing; its subject (`Tomas Reyes, 39`) then
  // stood alone as a fragment and the quote's clause began at `whose`.
  const s = 'Angry dad Tomas Reyes, 39, whose daughter is in the final year, said: "She worked so hard and now she has to sit every paper again."';
  assert.deepEqual(parts(s), [s]);
  const t = "The Orrin Street footbridge over the canal, which was opened by the old county council in 1962, was closed on Friday after inspectors found cracks in two of its beams.";
  assert.deepEqual(parts(t), [
    "The Orrin Street footbridge over the canal, which was opened by the old county council in 1962",
    "The Orrin Street footbridge over the canal, which was opened by the old county council in 1962, was closed on Friday after inspectors found cracks in two of its beams.",
  ]);
});

test("clauses: a count written in words is one figure key", async () => {
  const { makeInput } = await import("../fixtures/dossier/story.js");
  const { articleFeatures } = await import("../../src/dossier/features.js");
  const it = makeInput({ id: "a", outlet: null, published: null, text: "After a hundred and fifty years the lynx is home. They take a few hundred sheep." });
  const keys = articleFeatures(it.article, it.analysis).clauses.flatMap((c) => c.keys);
  assert.ok(keys.includes("n:150"), keys.join(" "));
  assert.ok(!keys.includes("n:100") && !keys.includes("n:50"), keys.join(" "));
});

test("clauses: `, hours after` + another event is a statement of its own", () => {
  assert.deepEqual(parts("Police closed the ring road near the stadium on Sunday evening, hours after a lorry overturned and spilled its load of gravel."), [
    "Police closed the ring road near the stadium on Sunday evening",
    "hours after a lorry overturned and spilled its load of gravel.",
  ]);
  assert.equal(parts("The ferry left Varn harbour on Sunday, two days after a storm had closed the strait to all shipping.").length, 2);
  // Too little before it: one clause.
  assert.equal(parts("He left, hours after the storm had closed the strait to all shipping.").length, 1);
});

test("clauses: `, ending/leaving/killing ...` (what the event brought about) is a statement of its own", () => {
  assert.deepEqual(parts("Bus drivers in Varn voted on Friday to accept a 5% pay rise over three years, ending a two-week strike that had emptied the depots."), [
    "Bus drivers in Varn voted on Friday to accept a 5% pay rise over three years",
    "ending a two-week strike that had emptied the depots.",
  ]);
  assert.equal(parts("A storm flooded the lower town of Varn on Sunday night, leaving two hundred homes without power.").length, 2);
  // Too little after it: one clause.
  assert.equal(parts("The river burst its banks near the old mill on Sunday night, killing two.").length, 1);
});

test("clauses: `and still/also/later` + a verb is a second predicate of the same subject", () => {
  assert.deepEqual(parts("The barge lies at a depth of 20 metres and still carries about 40 steel drums, the harbour office said."), [
    "The barge lies at a depth of 20 metres",
    "still carries about 40 steel drums, the harbour office said.",
  ]);
  // A noun after the adverb, or no adverb: one clause.
  assert.equal(parts("The museum holds coins from the wreck and also pottery from the older hull nearby.").length, 1);
  assert.equal(parts("The hall stores names and addresses of all the members of the club.").length, 1);
});

test("clauses: `, the first/only/biggest ...` after a statement (a ranking of what it tells) is a statement of its own", () => {
  assert.deepEqual(parts("Three bison were set free on the Varn plateau on Sunday, the first wild bison in the region since the last herd died out in 1790."), [
    "Three bison were set free on the Varn plateau on Sunday",
    "the first wild bison in the region since the last herd died out in 1790.",
  ]);
  assert.equal(parts("The storm flattened the harbour wall at Varn, the worst damage the town has seen in forty years.").length, 2);
  // A name's description (`the first woman to ...`) too short to state anything: one clause.
  assert.equal(parts("The prize went to Ines Kroll, the first woman.").length, 1);
  // Any other noun phrase after a comma stays.
  assert.equal(parts("The ferry reached Varn harbour on Sunday, the day after the storm had closed the strait.").length, 1);
});

test("clauses: `, after` + an earlier event in a perfect or passive clause is a statement of its own", () => {
  assert.deepEqual(parts("Bison herders in Varn say they will keep their calves in the barns until May, after three bison were released on the plateau on Sunday."), [
    "Bison herders in Varn say they will keep their calves in the barns until May",
    "after three bison were released on the plateau on Sunday.",
  ]);
  assert.equal(parts("The dam's operator opened the gates on Sunday night, after two days of heavy rain had filled the reservoir.").length, 2);
  // `after` + a noun phrase, or a clause in the simple past: one clause.
  assert.equal(parts("The ferry service to Varn resumed on Monday morning, after the storm over the strait.").length, 1);
  assert.equal(parts("The ferry service to Varn resumed on Monday morning, after the storm passed over the strait.").length, 1);
});

test("clauses: `and says` starts the subject's second statement, `, after losing` an earlier act", () => {
  assert.deepEqual(parts("Desmond Ruck has refused to concede the Varn mayoral election and says he will challenge the result in court, after losing to Ada Merrin by 73 votes."), [
    "Desmond Ruck has refused to concede the Varn mayoral election",
    "says he will challenge the result in court",
    "after losing to Ada Merrin by 73 votes.",
  ]);
});

test("clauses: `, whom` + a clause in the past is a statement told in passing", () => {
  // `whom the ministry appointed as mediator` is the appointment another outlet reports on its
  // own; in one clause with `The deal was brokered by ...` it tied the two statements together.
  assert.deepEqual(parts("The deal was brokered by retired judge Ana Ruiz, whom the labour ministry appointed as mediator last week after both sides asked for help."), [
    "The deal was brokered by retired judge Ana Ruiz",
    "whom the labour ministry appointed as mediator last week after both sides asked for help.",
  ]);
  // Not before a verb of another form (`whom police are questioning`): one clause.
  assert.equal(parts("The driver was a man of 34, whom police are still questioning at the station in Varn.").length, 1);
});
