// Speech introduced by a label and a colon: headlines (`Lind: …`) and transcript turns (`LIND: …`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { quotesOf, quoteStarting } from "./helpers.js";

test("labels: a headline `Name: claim` attributes the claim to the name", () => {
  const qs = quotesOf(`Mara Quell: Bridge Will Reopen in May.\n\nThe transport minister spoke on Monday in Oslo.`);
  const q = quoteStarting(qs, "Bridge Will Reopen");
  assert.equal(q.text, "Bridge Will Reopen in May");
  assert.equal(q.kind, "indirect");
  assert.equal(q.cue?.text, ":");
  assert.match(q.speaker?.name ?? "", /Mara Quell/);
});

test("labels: transcript turns in capitals are the speakers' own words", () => {
  const text = `Partial transcript:\n\nREYN: Will the bridge reopen in May?\n\nQUELL: It will reopen in May, and the ferry will stop.\n\nThe interview ended there.`;
  const qs = quotesOf(text);
  const a = quoteStarting(qs, "Will the bridge");
  assert.equal(a.kind, "direct");
  assert.match(a.speaker?.name ?? "", /REYN/i);
  assert.match(quoteStarting(qs, "It will reopen").speaker?.name ?? "", /QUELL/i);
});

test("labels: a single capitalised note, or a long lede with a colon, is not speech", () => {
  const qs = quotesOf(`Bridge reopens.\n\nUPDATE: The ferry timetable was corrected on Tuesday.\n\nNOTE: Prices are in euros.`);
  assert.equal(qs.filter((q) => q.cue?.text === ":").length, 0);
  const lede = `The council approved three things on Monday after a long debate that ran late into the evening and saw several votes: a new bridge, a ferry subsidy and a bus lane across the old town square.`;
  assert.equal(quotesOf(lede).filter((q) => q.cue?.text === ":").length, 0);
});

test("transcript: a turn printed inside quotation marks (`\"LIND: …`) is spoken by its label", () => {
  const text = [
    "On Sunday's show, Governor Ada Lind said the bridge would reopen.",
    "",
    "Partial transcript as follows:",
    "",
    "\"QUELL: Will the bridge reopen in May, and who will pay for the repairs on it?\"",
    "",
    "\"LIND: Well, look, the bridge will reopen in May and the state will pay for every repair.\"",
  ].join("\n");
  const qs = quotesOf(text);
  const turn = qs.find((q) => q.text.includes("the state will pay"));
  assert.ok(turn, JSON.stringify(qs.map((q) => q.text)));
  assert.match(turn.speaker?.name ?? "", /LIND/i);
  const question = qs.find((q) => q.text.includes("who will pay"));
  assert.match(question?.speaker?.name ?? "", /QUELL/i);
});
