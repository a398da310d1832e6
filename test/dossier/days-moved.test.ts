// Days told without `on`: a happening put off to a day (`the vote was postponed to 3 May`), and a
// closure until a day (`will stay closed until at least Monday 22 June`), the earliest day it
// reopens, disputed only by a reopening told for an earlier day. `take place` is `hold`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysedDossier, newsArticle } from "../fixtures/dossier/analysed.js";

const dates = (x: string, y: string, published = "2026-06-16T09:00:00Z") =>
  analysedDossier([{ a: newsArticle("a", "Nordwire", published, x) }, { a: newsArticle("b", "Evening Star", published, y) }])
    .contradictions.filter((c) => c.kind === "date")
    .map((c) => c.sides.map((s) => s.label).sort());

test("days: the day a happening was put off to is its day", () => {
  assert.deepEqual(dates("The council vote was postponed to 3 May, the mayor said.", "The council vote was postponed to 10 May, the mayor said."), [["Sunday 2026-05-03", "Sunday 2026-05-10"]]);
});

test("days: `will be held` and `will take place` tell one act", () => {
  assert.deepEqual(dates("The election will be held on 14 June, the commission said.", "The election will take place on 21 June, the commission said."), [["Sunday 2026-06-14", "Sunday 2026-06-21"]]);
});

test("days: a reopening told before the day a closure lasts until disputes it; one told after does not", () => {
  assert.deepEqual(dates("Engineers expect the line to reopen on Friday, June 19, the operator said.", "Network Tarvia now says the line will stay closed until at least Monday 22 June while engineers stabilise the slope."), [["Friday 2026-06-19", "Monday 2026-06-22"]]);
  assert.deepEqual(dates("Engineers expect the line to reopen on Tuesday, June 23, the operator said.", "Network Tarvia now says the line will stay closed until at least Monday 22 June while engineers stabilise the slope."), []);
});

// The day a happening under way lasts until is the day it ends (`set to last until Saturday`), as
// `is due to end at 6am on Friday` tells it; the subject an aside sets off (`The walkout, called by
// the union, is due to end`) is what ends.
test("days: `due to end at 6am on Friday` against `set to last until Saturday morning`; another act's day disputes nothing", () => {
  assert.deepEqual(
    dates("The walkout, called by the Harbour Workers' Union, is due to end at 6am on Friday.", "The strike is set to last until Saturday morning, the union said."),
    [["Friday", "Saturday"]],
  );
  assert.deepEqual(dates("Talks between the two sides are due to resume at noon on Friday.", "The strike is set to last until Saturday morning, the union said."), []);
});
