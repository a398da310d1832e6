// `Officials in X said`, `Residents of X told`: the speaker is the group, not the place it is in.
import { test } from "node:test";
import assert from "node:assert/strict";
import { run } from "../helpers.js";

test("a group of people placed by a preposition is the speaker, not its place", () => {
  for (const [text, speaker] of [
    ["Officials in Brennick said the border would stay closed until Friday.", "Officials in Brennick"],
    ["Residents of the old town told reporters that the water had risen overnight.", "Residents of the old town"],
    ["Neighbours in the leafy suburb of Oakhollow told the Herald that the clerk had bought a cottage for cash.", "Neighbours in the leafy suburb of Oakhollow"],
  ] as const) {
    const q = run(text).quotes[0];
    assert.ok(q, text);
    assert.equal(q.speaker?.name, speaker, text);
  }
  // A person is still named by their entity.
  const q = run("The mayor, Ilse Brandt, said the harbour would reopen on Friday.").quotes[0];
  assert.equal(q?.speaker?.name, "Ilse Brandt");
});
