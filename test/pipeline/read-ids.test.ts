// One id is one article downstream: a second article with an id the run already read (two files
// of one base name in two folders, a JSONL record sent twice) is reported, naming its input, and
// skipped; the first and everything else are kept.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isArticle, readArticles } from "../../src/pipeline/read.js";

test("readArticles: a second article with an id already read is a problem naming its input", async () => {
  const dir = mkdtempSync(join(tmpdir(), "newsfold-ids-"));
  try {
    mkdirSync(join(dir, "one"));
    mkdirSync(join(dir, "two"));
    writeFileSync(join(dir, "one", "report.txt"), "Harbour reopens\n\nThe harbour of Varn reopened on Monday after the storm.\n");
    writeFileSync(join(dir, "two", "report.txt"), "Bridge closes\n\nThe bridge over the Lund closed on Tuesday for repairs.\n");
    writeFileSync(join(dir, "two", "other.txt"), "Ferry late\n\nThe morning ferry to Orsk left two hours late on Wednesday.\n");
    writeFileSync(join(dir, "feed.jsonl"), ['{"id":"x1","text":"A first record about the harbour of Varn and its ferries."}', '{"id":"x1","text":"The same id sent again with other words about the bridge."}'].join("\n") + "\n");
    const got: { article?: string; text?: string; problem?: string }[] = [];
    for await (const r of readArticles([join(dir, "one"), join(dir, "two"), join(dir, "feed.jsonl")])) {
      if (isArticle(r)) got.push({ article: r.id, text: r.text });
      else got.push({ problem: r.source + ": " + r.reason });
    }
    const ids = got.filter((g) => g.article).map((g) => g.article);
    assert.deepEqual(ids.sort(), ["other", "report", "x1"]);
    assert.ok(got.find((g) => g.article === "report")!.text!.includes("harbour of Varn"), "the first file of the id is kept");
    const problems = got.filter((g) => g.problem).map((g) => g.problem!);
    assert.equal(problems.length, 2, problems.join("\n"));
    assert.ok(problems.some((p) => p.includes(join("two", "report.txt")) && p.includes('id "report"')), problems.join("\n"));
    assert.ok(problems.some((p) => p.includes("feed.jsonl") && p.includes('id "x1"')), problems.join("\n"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
