import { test } from "node:test";
import assert from "node:assert/strict";
import { isoPublished } from "../../src/ingest/dates.js";

test("publication dates as producers write them become ISO-8601", () => {
  const cases: [unknown, string | null][] = [
    ["2021-08-16", "2021-08-16"],
    ["2021-08-16T10:00:00+04:30", "2021-08-16T10:00:00+04:30"],
    ["2021-08-16 10:00:00", "2021-08-16T10:00:00"],
    ["2021-08-16 10:00 UTC", "2021-08-16T10:00Z"],
    ["Mon, 16 Aug 2021 10:00:00 GMT", "2021-08-16T10:00:00Z"],
    ["August 16, 2021", "2021-08-16"],
    ["16.08.2021", "2021-08-16"],
    ["16/08/2021", "2021-08-16"],
    ["08/16/2021", "2021-08-16"],
    [1629108000, "2021-08-16T10:00:00Z"],
    ["1629108000000", "2021-08-16T10:00:00Z"],
  ];
  for (const [v, want] of cases) assert.equal(isoPublished(v), want, String(v));
});

test("what is not surely a date gives null", () => {
  for (const v of ["04/05/2021", "yesterday", "2021", "31.13.2021", "", "   ", 42, null, {}, Number.NaN]) assert.equal(isoPublished(v), null, String(v));
});
