// `The furious minister vowed ...`: a definite role names the article's one person of that role.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run } from "../helpers.js";

test("a definite role is the article's one person of that role, named before it", () => {
  const text = 'Foreign Minister Ada Lund expelled four diplomats on Tuesday. The furious minister vowed that the country would never be "mistaken for a soft touch" again.';
  const a = run(text);
  const q = a.quotes.find((x) => x.text.includes("soft touch"));
  assert.ok(q, JSON.stringify(a.quotes));
  assert.equal(q.speaker?.name, "Ada Lund");
  // The speaker's span stays the phrase the text gives.
  assert.equal(text.slice(q.speaker!.start, q.speaker!.end), "The furious minister");
});

test("not when two people hold the role, nor for an indefinite role", () => {
  const two = run('Foreign Minister Ada Lund met Finance Minister Ivo Brun on Tuesday. The minister said that the talks had been "frank and useful".');
  assert.notEqual(two.quotes.find((x) => x.text.includes("frank"))?.speaker?.entity ?? null, two.entities.find((e) => e.name === "Ada Lund")?.id);
  const indefinite = run('Foreign Minister Ada Lund expelled four diplomats on Tuesday. A minister said that the decision was "long overdue".');
  assert.equal(indefinite.quotes.find((x) => x.text.includes("overdue"))?.speaker?.entity ?? null, null);
});
