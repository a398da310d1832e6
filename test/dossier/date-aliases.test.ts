// An undated article's `Monday, March 2` resolves to a date without a year (`--03-02`), which
// never met the `2026-03-02` of the story's dated articles: the story context gives it the year
// its other articles name (src/dossier/context.ts), unless two years are named about as often.
import { test } from "node:test";
import assert from "node:assert/strict";
import { makeInput } from "../fixtures/dossier/story.js";
import { buildContext, DEFAULT_OPTIONS } from "../../src/dossier/context.js";

function dateKeysOfUndated(otherYears: string[]): string[] {
  const dated = ["2026", ...otherYears].map((year, i) =>
    makeInput({
      id: "d" + i,
      outlet: ["Harbor Post", "Evening Star", "Valley Wire", "Coast Ledger"][i]!,
      published: "2026-03-03T08:00:00Z",
      text: `Dockers in Varn walked out on Monday ${i} over pay and night shifts.`,
      dates: [{ text: `Monday ${i}`, resolved: `${year}-03-02` }],
    }),
  );
  const undated = makeInput({
    id: "u",
    outlet: "Pinecrest Tribune",
    published: null,
    text: "Not a single container moved on the quays of Varn from dawn on Monday, March 2, when the strike began.",
    dates: [{ text: "Monday, March 2", resolved: "--03-02" }],
  });
  const ctx = buildContext([...dated, undated], DEFAULT_OPTIONS);
  return ctx.clauses.filter((c) => c.article === "u").flatMap((c) => c.keys.filter((k) => k.startsWith("d:")));
}

test("date aliases: an undated article's month and day take the year the story's articles name", () => {
  assert.deepEqual(dateKeysOfUndated([]), ["d:2026-03-02"]);
  // One article's other year (`three years ago` resolved to a day) does not outweigh three.
  assert.deepEqual(dateKeysOfUndated(["2026", "2026", "2023"]), ["d:2026-03-02"]);
});

test("date aliases: not when two years are named about as often", () => {
  assert.deepEqual(dateKeysOfUndated(["2025"]), ["d:--03-02"]);
});
