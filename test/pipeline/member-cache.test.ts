import { test } from "node:test";
import assert from "node:assert/strict";
import { clearMemberCache, MEMBER_CACHE_SIZE, reuseAnalyses } from "../../src/pipeline/member-cache.js";
import type { Analysis } from "../../src/core/types.js";

const member = (id: string, text: string) => ({ article: { id, text }, analysis: { language: "en", tokens: [] } as unknown as Analysis });

test("a rebuild gets the Analysis objects of the members an earlier build had, and only when the text is the same", () => {
  clearMemberCache();
  const first = [member("a", "one"), member("b", "two")];
  const kept = first.map((m) => m.analysis);
  reuseAnalyses(first);
  const second = reuseAnalyses([member("a", "one"), member("b", "two, corrected"), member("c", "three")]);
  assert.equal(second[0]!.analysis, kept[0], "same id and text: the earlier object");
  assert.notEqual(second[1]!.analysis, kept[1], "changed text: its own analysis");
  const third = reuseAnalyses([member("b", "two, corrected"), member("c", "three")]);
  assert.equal(third[0]!.analysis, second[1]!.analysis, "the corrected version is what is kept now");
  assert.equal(third[1]!.analysis, second[2]!.analysis);
});

test("the cache keeps at most MEMBER_CACHE_SIZE members, the most recently built", () => {
  clearMemberCache();
  const many = Array.from({ length: MEMBER_CACHE_SIZE + 10 }, (_, i) => member(`m${i}`, `text ${i}`));
  const kept = many.map((m) => m.analysis);
  reuseAnalyses(many);
  const again = reuseAnalyses([member("m0", "text 0"), member(`m${MEMBER_CACHE_SIZE + 9}`, `text ${MEMBER_CACHE_SIZE + 9}`)]);
  assert.notEqual(again[0]!.analysis, kept[0], "the oldest fell out");
  assert.equal(again[1]!.analysis, kept[MEMBER_CACHE_SIZE + 9], "the newest is kept");
});
