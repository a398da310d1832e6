// Reported-speech precision: words that look like cues but are nouns or acts, and speakers that must be
// whole noun phrases (never a verb, an article + adjective, or a place inside a role phrase).
import { test } from "node:test";
import assert from "node:assert/strict";
import { quotesOf } from "./helpers.js";

function cues(text: string): string[] {
  return quotesOf(text).map((q) => q.cue?.text ?? "");
}

test("a noun after `a` is no cue, and the verb before the article is no speaker", () => {
  const qs = quotesOf(`The port authority had sent a warning to the coastal towns at noon on Friday.`);
  assert.ok(!qs.some((q) => q.cue?.text === "warning"), JSON.stringify(qs));
  assert.ok(!qs.some((q) => q.speaker?.name === "sent"), JSON.stringify(qs));
});

test("a French auxiliary `a` still joins subject and participle", () => {
  const qs = quotesOf(`Marie Dubois a déclaré que le pont serait rouvert en mai prochain.`);
  assert.ok(qs.some((q) => q.speaker?.name === "Marie Dubois"), JSON.stringify(qs));
});

test("a base-form verb after a singular article and a modifier is a noun (`a full report`)", () => {
  const qs = quotesOf(`Ada Lind said she wanted a detailed report on the outage by Monday evening.`);
  assert.ok(!qs.some((q) => q.cue?.text === "report"), JSON.stringify(qs));
  assert.ok(!qs.some((q) => /^an? /i.test(q.speaker?.name ?? "")), JSON.stringify(qs));
});

test("`add` + a quantity or `to` tells an increase, not speech", () => {
  const found = cues(`Mara Quell said that the storm probably added 30 centimetres to the tide in the bay.`);
  assert.ok(!found.includes("added"), JSON.stringify(found));
  assert.ok(cues(`Mara Quell added that the storm had passed the bay by midnight.`).includes("added"));
});

test("a role phrase with an `of` complement is the speaker, not the place it names", () => {
  const qs = quotesOf(`The mayor of Dunmore has accused the ferry company of hiding the test results from residents.`);
  const q = qs.find((x) => x.cue?.text === "accused");
  assert.ok(q, JSON.stringify(qs));
  assert.equal(q.speaker?.name, "The mayor of Dunmore");
});

test("a place modifying a common-noun subject does not replace it", () => {
  const qs = quotesOf(`Senator Ada Lind visited Dunmore on Monday. The Dunmore senator said the ferry would run again in May.`);
  const q = qs.find((x) => x.cue?.text === "said");
  assert.ok(q, JSON.stringify(qs));
  assert.equal(q.speaker?.name, "The Dunmore senator");
});

test("a multi-word subject is taken whole when its first word is a name-like capital", () => {
  const qs = quotesOf(`Heavy rain hit the valley overnight. Rescue services said about 90 people had been taken to safety by boat.`);
  const q = qs.find((x) => x.cue?.text === "said");
  assert.ok(q, JSON.stringify(qs));
  assert.equal(q.speaker?.name, "Rescue services");
});

test("a negated auxiliary sits between subject and cue like `not`: it is no speaker", () => {
  for (const aux of ["didn't", "doesn’t", "won't"]) {
    const qs = quotesOf(`The harbour workers ${aux} believe the ferry would stop running in winter.`);
    const q = qs.find((x) => x.cue?.text === "believe");
    assert.ok(q, `${aux}: ${JSON.stringify(qs)}`);
    assert.equal(q.speaker?.name, "The harbour workers", aux);
  }
});

test("a learnt cue noun after a singular article and a modifier is no cue (`an urgent decision`)", () => {
  const qs = quotesOf(`The council took an urgent decision to close the harbour road on Friday night.`);
  assert.ok(!qs.some((q) => q.cue?.text === "decision"), JSON.stringify(qs));
  // A verb that agrees with a singular subject is still a cue.
  const said = quotesOf(`A harbour spokesman said the road would reopen on Monday morning.`);
  assert.ok(said.some((q) => q.cue?.text === "said"), JSON.stringify(said));
});

test("`thanks to` names a cause, not speech", () => {
  const qs = quotesOf(`Exports continued to grow thanks to a weaker currency and strong demand from abroad.`);
  assert.ok(!qs.some((q) => q.cue?.text === "thanks"), JSON.stringify(qs));
  assert.ok(quotesOf(`Ada Lind thanked the volunteers who had cleared the harbour road overnight.`).some((q) => q.cue?.text === "thanked"));
});

test("`known as` gives a name, not a belief", () => {
  const qs = quotesOf(`The string of spring votes known as the harbour primaries begins on Tuesday in the north.`);
  assert.ok(!qs.some((q) => q.cue?.text === "known"), JSON.stringify(qs));
  assert.ok(quotesOf(`Ada Lind knew the harbour road would flood by Monday night.`).some((q) => q.cue?.text === "knew"));
});

test("a verb of anger before `at` tells a feeling, not words; `said at a news conference that` still reports", () => {
  assert.deepEqual(cues(`Harrow fans were left fuming at losing their captain to their fiercest rivals.`), []);
  assert.deepEqual(cues(`Harrow fans raged at the board for selling their captain.`), []);
  assert.deepEqual(cues(`The mayor said at a news conference that the bridge would reopen in May.`), ["said"]);
});
