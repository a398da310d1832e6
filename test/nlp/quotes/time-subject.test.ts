// A time phrase between a subject and its cue (`X on Friday declared`, `the mayor yesterday said`) is not the speaker.
import { test } from "node:test";
import assert from "node:assert/strict";
import { quotesOf } from "./helpers.js";

test("the subject before a time phrase speaks, not the day", () => {
  const a = quotesOf(`MIRENSK - Dovrania on Friday declared four Tessan diplomats persona non grata.`);
  assert.equal(a.find((q) => q.cue?.text === "declared")?.speaker?.name, "Dovrania");
  const b = quotesOf(`The mayor yesterday said the bridge would reopen.`);
  assert.equal(b.find((q) => q.cue?.text === "said")?.speaker?.name, "The mayor");
  const c = quotesOf(`Ormsby last Monday warned that the harbour wall was cracking.`);
  assert.equal(c.find((q) => q.cue?.text === "warned")?.speaker?.name, "Ormsby");
});
