import { test } from "node:test";
import assert from "node:assert/strict";
import type { Analysis, DateMention } from "../../src/core/types.js";
import { leadWeekday, weekdayFits, weekdaysMeet } from "../../src/cluster/lead-weekday.js";

const withDates = (dates: Partial<DateMention>[]): Analysis => ({ dates: dates.map((d) => ({ start: 0, end: 1, text: "", sentence: 0, resolved: null, ...d })) }) as unknown as Analysis;

test("the lead's first weekday mention counts, unresolved or resolved without a year; later sentences and full dates do not", () => {
  assert.equal(leadWeekday(withDates([{ text: "on Monday", sentence: 0 }])), 1);
  assert.equal(leadWeekday(withDates([{ text: "on Friday", sentence: 1, resolved: "--03-06" }])), 5);
  assert.equal(leadWeekday(withDates([{ text: "vendredi", sentence: 0 }])), 5);
  assert.equal(leadWeekday(withDates([{ text: "on Monday", sentence: 0, resolved: "2026-03-09" }])), -1);
  assert.equal(leadWeekday(withDates([{ text: "on Monday", sentence: 3 }])), -1);
  assert.equal(leadWeekday(withDates([{ text: "last week", sentence: 0 }])), -1);
});

test("a lead weekday fits a group first published that day or the day after; two undated leads meet within a day", () => {
  const monday = Date.parse("2026-03-09T13:00:00Z");
  const friday = Date.parse("2026-03-13T13:00:00Z");
  assert.ok(weekdayFits(new Set([1]), monday));
  assert.ok(weekdayFits(new Set([1]), monday + 86_400_000));
  assert.ok(!weekdayFits(new Set([1]), friday));
  assert.ok(weekdayFits(new Set(), friday));
  assert.ok(weekdaysMeet(new Set([1]), new Set([0])));
  assert.ok(!weekdaysMeet(new Set([1]), new Set([5])));
  assert.ok(weekdaysMeet(new Set([1]), new Set()));
});
