// Headcount disputes: organisers and authorities counting one crowd differently are set side by
// side; counts of other groups (more hires, far-apart figures) and one source's two figures are not.
import { test } from "node:test";
import assert from "node:assert/strict";
import { twoSourceContradictions } from "../fixtures/dossier/story.js";

function headcounts(a: string, b: string) {
  return twoSourceContradictions("strike", a, b).filter((c) => c.about === "how many took part");
}

test("headcounts: the union's count against the authority's is a dispute with both sides", () => {
  const found = headcounts(
    "Around 4,000 nurses walked out at the Varn hospitals on Monday, according to their union.",
    "About 3,200 nurses joined the strike in Varn on Monday, the health authority said.",
  );
  assert.equal(found.length, 1);
  assert.deepEqual(found[0]!.sides.map((s) => s.label), ["4,000 taking part", "3,200 taking part"]);
  assert.deepEqual(found[0]!.sides.map((s) => s.citations[0]!.article), ["a", "b"]);
});

test("headcounts: a figure given for 'the number' right after a count is the other side", () => {
  const found = headcounts(
    "The Varn Nurses' Union says 4,000 of its members joined the strike. The health authority put the number at about 3,200.",
    "About 4,000 nurses walked out across Varn on Monday.",
  );
  assert.equal(found.length, 1);
  assert.ok(found[0]!.sides.some((s) => s.citations.some((c) => c.text.includes("put the number at about 3,200"))));
});

test("headcounts: other groups, far-apart figures, years and one source's figures give no dispute", () => {
  // More hires are not the strikers.
  assert.equal(headcounts("About 4,000 nurses joined the strike in Varn on Monday.", "The authority will hire 300 more nurses, and 4,000 nurses remain on strike.").length, 0);
  // Far-apart figures count different groups (a march of 50,000 and a picket of 300).
  assert.equal(headcounts("Some 50,000 people marched through Varn on Saturday.", "About 300 nurses joined the picket outside the Varn hospital on Saturday.").length, 0);
  // A year is no count.
  assert.equal(headcounts("In 2019 nurses in Varn joined a strike over pay.", "In 2018 nurses in Varn joined a strike over pay.").length, 0);
  // The same figure from both sources is no dispute.
  assert.equal(headcounts("About 4,000 nurses joined the strike in Varn.", "Some 4,000 nurses walked out in Varn on Monday.").length, 0);
});

test("headcounts: an aside between the counted people and their verb of taking part is passed over", () => {
  const found = headcounts(
    "Some 2,400 nurses at the Varn General Hospital, the region's largest employer, began a strike on Monday over pay.",
    "About 3,000 nurses at Varn General walked out on Monday, their union said.",
  );
  assert.equal(found.length, 1);
  assert.deepEqual(found[0]!.sides.map((s) => s.label).sort(), ["2,400 taking part", "3,000 taking part"]);
  // Without an aside the verb must still be near: a count far from any word of taking part is no headcount.
  assert.equal(
    headcounts(
      "Some 2,400 nurses at the Varn General Hospital in the north of the region were told on Monday that the wards would begin a strike.",
      "About 3,000 nurses at Varn General walked out on Monday, their union said.",
    ).length,
    0,
  );
});
