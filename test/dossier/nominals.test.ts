// The noun of an act meets its verb where the six-letter stem does not reach (`closure` / `close`),
// so `ordered a partial closure` and `would not close` align on one key.
import { test } from "node:test";
import assert from "node:assert/strict";
import { formKey, wordKey } from "../../src/dossier/text.js";

test("nouns of acts fold onto their verbs, and keep the verb's form key", () => {
  for (const [noun, verb] of [["closure", "close"], ["expulsion", "expel"], ["withdrawal", "withdraw"], ["departure", "depart"], ["refusal", "refuse"], ["denial", "deny"]] as const) {
    assert.equal(wordKey(noun), wordKey(verb), `${noun} / ${verb}`);
    assert.equal(formKey(noun), formKey(verb), `${noun} / ${verb} form`);
  }
  // Irregular verb forms still keep a form of their own (`rose` is not opposed to `rise`).
  assert.equal(wordKey("rose"), wordKey("rise"));
  assert.notEqual(formKey("rose"), formKey("rise"));
});
