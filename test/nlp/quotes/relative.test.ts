// A speech verb in a relative clause (`X, who promised that A, said that B`): A ends where the main
// clause's speech verb takes over, so two utterances are not read as one.
import { test } from "node:test";
import assert from "node:assert/strict";
import { quotesOf, quoteStarting } from "./helpers.js";

test("reported: a relative clause's content ends before the main clause's speech verb", () => {
  const qs = quotesOf("Interior Minister Mara Quell, who promised on Monday that the bridge would reopen in May, said on Friday that she would present a bill to double the number of inspectors.");
  const a = quoteStarting(qs, "that the bridge");
  assert.equal(a.text, "that the bridge would reopen in May");
  const b = quoteStarting(qs, "that she would");
  assert.match(b.text, /present a bill/);
});
