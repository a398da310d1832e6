import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "../helpers/shared.js";

const FIX = join(REPO_ROOT, "test", "fixtures", "nlp");

interface Rec {
  id: string;
  entities: { name: string; type: string; mentions: { text: string; start: number; end: number }[] }[];
}

function newsfold(args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", join(REPO_ROOT, "src", "cli", "main.ts"), ...args], { cwd: REPO_ROOT, encoding: "utf8", timeout: 60_000 });
  const records = r.stdout.split("\n").filter((l) => l !== "").map((l) => JSON.parse(l) as Rec);
  return { code: r.status, records, stderr: r.stderr };
}

test("entities: one contract line per article, names resolved across the run's inputs", () => {
  const a = join(FIX, "story-a.txt");
  const b = join(FIX, "story-b.txt");
  const { code, records, stderr } = newsfold(["entities", a, b]);
  assert.equal(code, 0, stderr);
  assert.deepEqual(records.map((r) => r.id), ["story-a", "story-b"]);
  for (const r of records) {
    assert.deepEqual(Object.keys(r), ["id", "entities"]);
    for (const e of r.entities) {
      assert.deepEqual(Object.keys(e), ["name", "type", "mentions"]);
      assert.ok(["person", "organization", "place", "other"].includes(e.type));
      for (const m of e.mentions) assert.deepEqual(Object.keys(m), ["text", "start", "end"]);
    }
  }
  // Article B never gives the first name; the run does, so B's entity carries the full name.
  const bMarot = records[1]!.entities.find((e) => e.mentions.some((m) => m.text === "Marot"))!;
  assert.equal(bMarot.name, "Élise Marot");
  assert.equal(bMarot.type, "person");
  assert.ok(bMarot.mentions.some((m) => m.text === "the envoy"), "the role mention sits under the person");
  const aVelmar = records[0]!.entities.find((e) => e.mentions.some((m) => m.text === "Velmar movement"))!;
  const bVelmar = records[1]!.entities.find((e) => e.mentions.some((m) => m.text.startsWith("Velmar")))!;
  assert.equal(aVelmar.name, bVelmar.name);
  const bImf = records[1]!.entities.find((e) => e.mentions.some((m) => m.text === "IMF"))!;
  assert.equal(bImf.name, "International Monetary Fund");
});

test("entities: offsets index the text extract prints for the same input", () => {
  const a = join(FIX, "story-a.txt");
  const ex = spawnSync(process.execPath, ["--import", "tsx", join(REPO_ROOT, "src", "cli", "main.ts"), "extract", a], { cwd: REPO_ROOT, encoding: "utf8" });
  const text = (JSON.parse(ex.stdout.trim()) as { text: string }).text;
  const { records } = newsfold(["entities", a]);
  for (const e of records[0]!.entities) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  assert.ok(readFileSync(a, "utf8").length > 0);
});

test("entities: a bad input is reported and skipped, the rest is printed, exit 1", () => {
  const { code, records, stderr } = newsfold(["entities", join(FIX, "story-a.txt"), join(FIX, "does-not-exist.txt")]);
  assert.equal(code, 1);
  assert.equal(records.length, 1);
  assert.match(stderr, /does-not-exist\.txt/);
});
