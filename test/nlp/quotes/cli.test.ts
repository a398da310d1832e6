// `newsfold quotes`: the contract's record shape, offsets into the text `extract` prints, bad inputs skipped.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { REPO_ROOT } from "../../helpers/shared.js";

const FIXTURE = join(REPO_ROOT, "test", "fixtures", "nlp", "quotes", "bridge.txt");

function newsfold(args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", join(REPO_ROOT, "src", "cli", "main.ts"), ...args], { cwd: REPO_ROOT, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stderr: r.stderr, records: r.stdout.split("\n").filter((l) => l !== "").map((l) => JSON.parse(l) as Record<string, unknown>) };
}

test("cli: quotes prints {id, quotes} per article with offsets into the extract text; a missing input is skipped (exit 1)", () => {
  const missing = join(REPO_ROOT, "test", "fixtures", "nlp", "quotes", "no-such-file.txt");
  const r = newsfold(["quotes", FIXTURE, missing]);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stderr, /no-such-file\.txt: /);
  assert.equal(r.records.length, 1);
  const rec = r.records[0]! as { id: string; quotes: Record<string, unknown>[] };
  assert.deepEqual(Object.keys(rec), ["id", "quotes"]);
  const ex = newsfold(["extract", FIXTURE]);
  const text = (ex.records[0] as { text: string }).text;
  assert.ok(rec.quotes.length >= 3, JSON.stringify(rec.quotes));
  for (const q of rec.quotes as { text: string; start: number; end: number; kind: string; speaker: { name: string; start: number; end: number } | null; cue: { text: string; start: number; end: number } | null }[]) {
    for (const k of ["text", "start", "end", "kind", "speaker", "cue"]) assert.ok(k in q, k);
    assert.equal(text.slice(q.start, q.end), q.text);
    if (q.cue) assert.equal(text.slice(q.cue.start, q.cue.end), q.cue.text);
    if (q.speaker) assert.deepEqual(Object.keys(q.speaker), ["name", "start", "end"]);
  }
  const safe = rec.quotes.find((q) => (q.text as string).startsWith("The bridge is safe")) as { speaker: { name: string } } | undefined;
  assert.equal(safe?.speaker.name, "Mara Quell");
  const toll = rec.quotes.find((q) => (q.text as string).startsWith("Nobody will pay")) as { speaker: { name: string } } | undefined;
  assert.equal(toll?.speaker.name, "Mara Quell");
});
