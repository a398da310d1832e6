// Counts written with a thousands separator in the range of years (`1,800`, `2,000`) are counts:
// a clause's numbers keep them, so two sources' differing figures are compared; bare years are not.
import { test } from "node:test";
import assert from "node:assert/strict";
import { twoSourceContradictions } from "../fixtures/dossier/story.js";

function numberDisputes(a: string, b: string) {
  return twoSourceContradictions("flood", a, b).filter((c) => c.kind === "number");
}

test("thousands: 2,000 against 1,800 destroyed homes is a number dispute", () => {
  const found = numberDisputes("The flood destroyed 2,000 homes in the town of Varn on Sunday.", "The flood destroyed 1,800 homes in the town of Varn on Sunday.");
  assert.equal(found.length, 1);
  assert.equal(found[0]!.sides.length, 2);
});

test("thousands: two different years are no dispute", () => {
  assert.equal(numberDisputes("The dam above Varn was built in 1998 by the regional water board.", "The dam above Varn was built in 2001 by the regional water board.").length, 0);
});
