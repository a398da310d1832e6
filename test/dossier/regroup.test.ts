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

// An article whose first clause took its place in a claim by one strong link (`voted on Thursday
// to accept the pay offer`, beside an outlet's lead that tells the vote and the deal's terms)
// while its next sentence states what the claim's other outlets state (the terms) and is linked
// to two of them: the two change places (the second look's swap).
function dealClaims() {
  const varn = { name: "Varn", type: "place" as const, forms: ["Varn"] };
  const texts: [string, string, string][] = [
    ["a", "Harbor Post", "Ferry crews in Varn voted on Thursday to accept a 5% pay rise spread over three years and shorter winter rosters."],
    ["b", "Evening Star", "Under the agreement, crews will receive a 5% rise over three years, and winter rosters will be shorter from October, the union said."],
    [
      "x",
      "Valley Wire",
      "Ferry crews in Varn voted on Thursday to accept the pay offer, ending a week-long strike that had stranded island commuters. The agreement gives the workers a 5 percent raise across three years and makes winter rosters shorter.",
    ],
  ];
  const inputs = texts.map(([id, outlet, text], i) =>
    makeInput({ id, outlet, published: `2026-02-0${i + 1}T08:00:00Z`, text, entities: [varn], dates: text.includes("Thursday") ? [{ text: "Thursday", resolved: "2026-01-29" }] : [] }),
  );
  return buildDossier("ferries", null, inputs).claims;
}

test("regroup: a lone clause linked twice into a claim takes its article's place from a clause linked there once", () => {
  const terms = dealClaims().find((c) => holds(c, "b", "5% rise"));
  assert.ok(terms, "the terms claim is formed");
  const texts = terms.support.map((s) => s.text).join(" | ");
  assert.ok(holds(terms, "x", "5 percent raise"), texts);
  assert.ok(!holds(terms, "x", "pay offer"), texts);
});
