// Lines a batch's unrelated articles print word for word are the page's, not the story's: removed,
// and recorded. Lines that copies and rewrites of one story share are news, and stay.
import { test } from "node:test";
import assert from "node:assert/strict";
import { dropSharedLines, SHARED_LINE_REASON } from "../../../src/extract/index.js";
import { processBatch } from "../../../src/pipeline/batch.js";
import type { Article } from "../../../src/core/types.js";

const art = (id: string, text: string): Article => ({ id, path: id + ".txt", url: null, outlet: null, title: null, byline: null, published: null, dateline: null, language: "en", text, removed: [] });

const APPEAL = "Like what you read? Become a Tellby Courier member from 4 crowns a month.";
const FLOOD =
  "Floodwater swept through the lower streets of Arnholm overnight after the river burst its banks upstream of the old mill.\n" +
  "Firefighters rescued eleven residents from upstairs windows using inflatable boats, and the town hall opened as a shelter for families.\n" +
  "The regional water authority said levels would keep rising until Thursday, and warned farmers along the valley to move livestock to higher pastures.";
const BUDGET =
  "Councillors in Tellby approved a budget that raises parking charges and cuts grants to community theatres and sports clubs.\n" +
  "The finance committee chairman defended the plan, saying pensions and social care costs had grown faster than any income the council controls.\n" +
  "Opposition members promised a referendum petition, arguing that residents were never consulted about the closure of two libraries.";

test("shared lines: an appeal two unrelated articles print is removed from both, with its reason", () => {
  const [a, b] = dropSharedLines([art("a", FLOOD + "\n" + APPEAL), art("b", BUDGET + "\n" + APPEAL)]) as Article[];
  for (const x of [a!, b!]) {
    assert.ok(!x.text.includes("Become a Tellby Courier member"), x.text);
    assert.deepEqual(x.removed, [{ text: APPEAL, reason: SHARED_LINE_REASON }]);
  }
  assert.ok(a!.text.startsWith("Floodwater swept"));
});

test("shared lines: copies and rewrites of one story keep the lines they share", () => {
  const copy = [art("a", FLOOD), art("b", FLOOD.split("\n").slice(0, 2).join("\n") + "\nThe mayor said the clean-up would take weeks.")];
  assert.equal(dropSharedLines(copy), copy);
  // A rewrite that prints one sentence of the other alike: the rest is about the same flood.
  const rewrite = [
    art("a", FLOOD),
    art(
      "b",
      "The river at Arnholm burst its banks upstream of the old mill on Tuesday night, flooding the lower streets of the town.\n" +
        "Firefighters rescued eleven residents from upstairs windows using inflatable boats, and the town hall opened as a shelter for families.\n" +
        "Farmers along the valley were told to move livestock to higher pastures as the water authority expects levels to keep rising.",
    ),
  ];
  assert.equal(dropSharedLines(rewrite), rewrite);
});

test("shared lines: a short line two unrelated reports print is news, not compared", () => {
  const batch = [art("a", FLOOD + "\nHe was 75."), art("b", BUDGET + "\nHe was 75.")];
  assert.equal(dropSharedLines(batch), batch);
});

test("shared lines: the batch's analyses point into the texts it returns", () => {
  const quote = '"We have never seen the river this high," said Mara Lind, who runs the mill.';
  const { articles, analyses } = processBatch([art("a", APPEAL + "\n" + FLOOD + "\n" + quote), art("b", APPEAL + "\n" + BUDGET)], "analyze");
  const q = analyses[0]!.quotes.find((x) => x.text.includes("never seen"));
  assert.ok(q, JSON.stringify(analyses[0]!.quotes));
  assert.equal(articles[0]!.text.slice(q.start, q.end), q.text);
  assert.ok(!articles[0]!.text.includes("Become a"));
});
