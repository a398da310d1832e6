#!/usr/bin/env node
// `npm run demo`: ingest the bundled sample corpus into a fresh SQLite file and serve the story desk.
// Options: --no-serve (ingest, list stories, exit), --port N.
import { rmSync } from "node:fs";
import { spawnSync, spawn } from "node:child_process";

const args = process.argv.slice(2);
const serve = !args.includes("--no-serve");
const portIdx = args.indexOf("--port");
const port = portIdx >= 0 ? args[portIdx + 1] : process.env.PORT ?? "8080";
const db = process.env.NEWSFOLD_DEMO_DB ?? "demo.db";
// Straight from the sources (tsx), so the demo never runs a stale build of an edited checkout.
const cli = ["--import", "tsx", "src/cli/main.ts"];

for (const suffix of ["", "-wal", "-shm"]) rmSync(db + suffix, { force: true });

const run = (argv) => spawnSync(process.execPath, [...cli, ...argv], { stdio: "inherit" });
console.error(`newsfold demo: ingesting examples/corpus into ${db}`);
const ingest = run(["ingest", "--db", db, "examples/corpus"]);
if (ingest.status !== 0 && ingest.status !== 1) process.exit(ingest.status ?? 1);
run(["stories", "--db", db]);
if (!serve) process.exit(0);
console.error(`newsfold demo: open http://127.0.0.1:${port}/  (Ctrl-C to stop)`);
const server = spawn(process.execPath, [...cli, "serve", "--db", db, "--port", String(port)], { stdio: "inherit" });
server.on("exit", (code) => process.exit(code ?? 0));
process.on("SIGINT", () => server.kill("SIGINT"));
