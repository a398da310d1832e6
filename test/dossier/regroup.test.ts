// Grouping joins the strongest link first and keeps one clause per article in a group: a clause
// whose strongest partner is an aside of another article stays out of the claim three other
// outlets state with it. The second look (src/dossier/regroup.ts) moves it there; a clause with
// fewer links into the other group stays where it is (a guard: it stays with two as well).
import { test } from "node:test";
import assert from "node:assert/strict";
import { makeInput } from "../fixtures/dossier/story.js";
import { buildDossier } from "../../src/dossier/index.js";

const orr = { name: "Pavel Orr", type: "person" as const, forms: ["Pavel Orr"] };

function claims(extra: string[]) {
  const texts: [string, string, string][] = [
    ["y", "Daily Ledger", "An internal inspection report from June had recommended replacing a pressure valve on the boiler of the Varn mill. Union steward Pavel Orr, who first told the Ledger about the valve in June, said workers had asked for its replacement for months."],
    ["x", "Morning Courier", "Union steward Pavel Orr said that a pressure valve on the boiler had been reported faulty in June and, to his knowledge, had never been replaced."],
    ...extra.map((t, i): [string, string, string] => ["o" + i, ["Harbor Post", "Evening Star", "Valley Wire"][i]!, t]),
  ];
  const inputs = texts.map(([id, outlet, text], i) => makeInput({ id, outlet, published: `2026-02-0${i + 1}T08:00:00Z`, text, entities: text.includes("Pavel Orr") ? [orr] : [] }));
  return buildDossier("mill", null, inputs).claims.filter((c) => c.status === "corroborated");
}

const holds = (c: { support: { article: string; text: string }[] }, article: string, words: string): boolean => c.support.some((s) => s.article === article && s.text.includes(words));

test("regroup: a clause linked to three outlets' claim joins it, away from its strongest single partner", () => {
  const found = claims([
    "An inspection report from June recommended replacing a pressure valve on the boiler, the prosecutor said.",
    "The documents include an inspection report from June that advised replacing a pressure valve on the boiler.",
    "A June inspection report had recommended the replacement of a valve on the boiler, according to the prosecutor.",
  ]);
  const report = found.find((c) => holds(c, "y", "inspection report") && holds(c, "o0", "inspection report"));
  assert.ok(report, "the report claim is formed");
  assert.ok(holds(report, "x", "never been replaced"), "the reworded clause joined the report claim");
});

test("regroup: with two links into the other claim the clause stays", () => {
  const found = claims(["An inspection report from June recommended replacing a pressure valve on the boiler, the prosecutor said."]);
  assert.ok(!found.some((c) => holds(c, "x", "never been replaced") && holds(c, "o0", "inspection report")));
});
