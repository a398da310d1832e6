import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { REPO_ROOT } from "../helpers/shared.js";

const TOPICS = ["harbour strike", "river flood", "bridge treaty", "hospital data breach", "mayoral runoff", "fertiliser plant blast"];

/** Writes `n` small fictional records spread over a few topics, as JSON Lines. */
function writeCorpus(path: string, n: number): void {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const topic = TOPICS[i % TOPICS.length]!;
    lines.push(
      JSON.stringify({
        id: `r${i}`,
        outlet: `Outlet ${i % 7}`,
        published: `2026-03-${String(1 + (i % 27)).padStart(2, "0")}`,
        title: `Update ${i} on the ${topic}`,
        text: `Officials gave update number ${i} on the ${topic} on Monday.\nThe ${topic} affected ${(i * 37) % 900} people, according to the regional office.\n"We are working around the clock," said spokesperson Mara Quell of the ${topic} response team ${i % 11}.`,
      }),
    );
  }
  writeFileSync(path, lines.join("\n") + "\n");
}

function ingest(db: string, input: string, ...flags: string[]) {
  return spawn(process.execPath, ["--import", "tsx", join(REPO_ROOT, "src/cli/main.ts"), "ingest", ...flags, "--db", db, input], { cwd: REPO_ROOT, stdio: ["ignore", "pipe", "pipe"] });
}

function count(db: string, sql: string): number {
  const d = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return (d.prepare(sql).get() as { n: number }).n;
  } finally {
    d.close();
  }
}

test("a killed ingest leaves the database consistent and the next ingest completes the work", { timeout: 240_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "nf-crash-"));
  try {
    const input = join(dir, "corpus.jsonl");
    const db = join(dir, "desk.db");
    const N = 1500;
    writeCorpus(input, N);

    const child = ingest(db, input);
    // Kill it once some batches are committed but long before the end.
    const killedAt = await new Promise<number>((resolve, reject) => {
      const timer = setInterval(() => {
        try {
          const n = count(db, "SELECT count(*) AS n FROM articles");
          if (n >= 200) {
            clearInterval(timer);
            child.kill("SIGKILL");
            resolve(n);
          }
        } catch {
          // the database file may not exist yet
        }
      }, 20);
      child.on("exit", (code) => {
        clearInterval(timer);
        reject(new Error(`ingest ended (${code}) before it could be killed`));
      });
    });
    await new Promise((r) => child.once("exit", r));
    assert.ok(killedAt < N, "killed mid-way");

    // Consistent: every stored article has its analysis and assignment; the file is sound.
    const d = new Database(db, { readonly: true });
    assert.equal(d.pragma("integrity_check", { simple: true }), "ok");
    d.close();
    const stored = count(db, "SELECT count(*) AS n FROM articles");
    assert.equal(count(db, "SELECT count(*) AS n FROM analyses"), stored);
    assert.equal(count(db, "SELECT count(*) AS n FROM assignments"), stored);

    // The next ingest completes the work: nothing lost, nothing twice, every story has its row
    // and (asked to build them now) its dossier.
    const again = ingest(db, input, "--dossiers");
    let err = "";
    again.stderr.on("data", (b: Buffer) => (err += b.toString()));
    const code = await new Promise<number>((r) => again.once("exit", (c) => r(c ?? -1)));
    assert.equal(code, 0, err);
    assert.equal(count(db, "SELECT count(*) AS n FROM articles"), N);
    assert.equal(count(db, "SELECT count(DISTINCT id) AS n FROM articles"), N);
    assert.match(err, new RegExp(`${stored} duplicate`));
    assert.equal(count(db, "SELECT count(*) AS n FROM (SELECT DISTINCT story FROM assignments) s WHERE s.story NOT IN (SELECT story FROM dossiers)"), 0, "every story has a dossier");
    const inStories = count(db, "SELECT sum(article_count) AS n FROM stories");
    assert.equal(inStories, N, "story rows list every article once");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
