// Cue verbs with a sense that reports no words: `recall` an envoy or goods (withdraw), `maintain` a lead (keep).
import { test } from "node:test";
import assert from "node:assert/strict";
import { quotesOf } from "./helpers.js";

const cues = (text: string): string[] => quotesOf(text).map((q) => q.cue?.text.toLowerCase() ?? "");

test("recall: withdrawing an envoy, forces or goods reports nothing", () => {
  assert.ok(!cues(`Dovrania was recalling its ambassador in Peltz, Orrin Vasquel, for consultations.`).includes("recalling"));
  assert.ok(!cues(`The carmaker Ambrel Motors recalled some 40,000 cars over faulty brakes.`).includes("recalled"));
  assert.ok(!cues(`Tessaly recalled its troops from the border on Friday.`).includes("recalled"));
});

test("recall: remembering aloud still reports", () => {
  const a = quotesOf(`Former mayor Tilde Ormsby recalled that the bridge had been closed twice before.`);
  assert.ok(a.some((q) => q.cue?.text === "recalled" && q.speaker?.name === "Tilde Ormsby"));
  const b = quotesOf(`"We were proud," Ormsby said, recalling a visit to the harbour by the queen.`);
  assert.ok(b.some((q) => q.cue?.text === "recalling"));
  const c = quotesOf(`Ormsby recalled the day the troops marched through the square.`);
  assert.ok(c.some((q) => q.cue?.text === "recalled"));
});

test("maintain: keeping a lead or a presence reports nothing; maintaining that … does", () => {
  assert.ok(!cues(`The Harlow party maintains a ten-point lead over its rivals.`).includes("maintains"));
  assert.ok(!cues(`The firm maintained its presence in Ulvik for a decade.`).includes("maintained"));
  assert.ok(quotesOf(`Ormsby maintained that the bridge was safe.`).some((q) => q.cue?.text === "maintained"));
});
