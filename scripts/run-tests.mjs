#!/usr/bin/env node
// Runs every test file under test/ with Node's own test runner (TypeScript through tsx).
// Usage: npm test [-- substring-filter...]  e.g. `npm test -- ingest` runs test files whose path contains "ingest".
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { spawn } from "node:child_process";

function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name === "fixtures" || name === "node_modules") continue;
      out.push(...walk(p));
    } else if (name.endsWith(".test.ts")) out.push(p);
  }
  return out;
}

const filters = process.argv.slice(2);
const files = walk("test").sort().filter((f) => filters.length === 0 || filters.some((s) => f.includes(s)));
if (files.length === 0) {
  console.error("no test files matched");
  process.exit(1);
}
// --test-timeout bounds each test (20 min: the 4-worker scale test needs 6-12 on a loaded 2-core
// machine). No --test-force-exit: it can end a file whose tests are registered after a top-level await
// before they run, dropping them silently. A file that leaves a handle open (a pool, a child process)
// is caught instead by the watchdog, which bounds the whole run so CI gets a failure, not a time-out.
const WATCHDOG_MS = Number(process.env.NEWSFOLD_TEST_WATCHDOG_MS ?? 40 * 60_000);
const child = spawn(
  process.execPath,
  // --expose-gc: memory tests (test/core/detach.test.ts) collect garbage before they measure.
  ["--expose-gc", "--import", "tsx", "--test", "--test-reporter=spec", "--test-concurrency=2", "--test-timeout=1200000", ...files],
  { stdio: "inherit", env: { ...process.env, NODE_ENV: "test" }, detached: true },
);
// Its own process group, so the watchdog or a Ctrl-C stops every test process and worker it started.
const killAll = (sig) => { try { process.kill(-child.pid, sig); } catch { /* already gone */ } };
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => { killAll(sig); process.exit(130); });
const watchdog = setTimeout(() => {
  console.error(`run-tests: the run exceeded ${WATCHDOG_MS / 60_000} min; stopping it`);
  killAll("SIGKILL");
}, WATCHDOG_MS);
child.on("exit", (code, signal) => {
  clearTimeout(watchdog);
  process.exit(code ?? (signal ? 1 : 0));
});
