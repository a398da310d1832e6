// A sentence a scrape broke around an insert (a "Read more" link, an ad slot) is one sentence again.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cleanText } from "../../../src/extract/text/index.js";

const P1 = "The harbour board approved the new ferry timetable on Monday after a long meeting with operators.";
const P2 = "Captains said the earlier departures would help them avoid the evening fog on the estuary.";

test("a sentence broken around a removed 'Read more' line or ad slot is rejoined; a full stop still ends it", () => {
  for (const insert of ["Read more: Ferry captains vote to strike over night shifts", "[advert]", "Advertisement"]) {
    const text = [P1, "The board also reviewed the harbour fees, and the operators", insert, "agreed to pay them from next spring.", P2].join("\n");
    assert.deepEqual(cleanText(text).text.split("\n"), [P1, "The board also reviewed the harbour fees, and the operators agreed to pay them from next spring.", P2], insert);
  }
  const closed = [P1, "Read more: Ferry captains vote to strike", "iPhones were banned on the bridge during crossings.", P2];
  assert.equal(cleanText(closed.join("\n")).text.split("\n").length, 3);
});
