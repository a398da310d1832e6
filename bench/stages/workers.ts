/**
 * Workers on PostgreSQL: generated 4 KB articles enqueued on a fresh schema, then 1, 2 and 4
 * `newsfold worker` processes (concurrency 1 each) started together; timed from the moment every
 * worker is up until every article is placed ("assigned") and until the queue is drained (dossiers
 * rebuilt too). Per-article cost is CPU time over the articles: the worker processes' and the
 * PostgreSQL backends serving them (both from /proc; the workers connect with an application_name
 * of their own, so their backends are told apart from other clients of the same server).
 *   node --import tsx bench/stages/workers.ts --size 1000 [--workers 1,2,4]
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { readInputs } from "../../src/ingest/index.js";
import { PostgresStore } from "../../src/store/index.js";
import { enqueueInputs } from "../../src/worker/enqueue.js";
import { bossSchemaFor } from "../../src/worker/queues.js";
import { queueStatus } from "../../src/worker/status.js";
import { stageArgs } from "../lib/args.js";
import { generatedJsonl } from "../lib/files.js";
import { emit, type StageResult } from "../lib/measure.js";

const URL = process.env.NEWSFOLD_BENCH_PG ?? "postgres://postgres@127.0.0.1:5432/postgres";
const args = stageArgs();
const counts = (args.get("workers") ?? "1,2,4").split(",").map(Number);
const ROOT = join(import.meta.dirname, "..", "..");
const TICK = 100; // USER_HZ on Linux

/** utime + stime of a process in seconds, and its peak RSS in MB (0 when it is gone). */
function procUsage(pid: number): { cpu: number; peakMb: number } {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return { cpu: (Number(f[11]) + Number(f[12])) / TICK, peakMb: hwm ? Number(hwm[1]) / 1024 : 0 };
  } catch {
    return { cpu: 0, peakMb: 0 };
  }
}

async function until(check: () => Promise<boolean>, tick: () => Promise<void> = async () => undefined): Promise<void> {
  while (!(await check())) {
    await tick();
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** `url` with an application_name, so the server's backends for these clients can be found. */
function withAppName(url: string, name: string): string {
  return `${url}${url.includes("?") ? "&" : "?"}application_name=${name}`;
}

/**
 * CPU seconds of the PostgreSQL backends serving one application_name, sampled: a pool closes idle
 * connections, so each backend's last reading is kept (what a backend spent after its last sample
 * before it exited is lost: at most a sampling interval's worth).
 */
class BackendCpu {
  private readonly last = new Map<number, number>();
  private marked = new Map<number, number>();
  constructor(private readonly store: PostgresStore, private readonly app: string) {}

  async sample(): Promise<void> {
    const r = await this.store.pool.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE application_name = $1", [this.app]);
    for (const { pid } of r.rows) {
      const cpu = procUsage(pid).cpu;
      if (cpu === 0) continue;
      this.last.set(pid, cpu);
    }
  }

  /** CPU seconds since `mark()` (backends first seen after it count from zero). */
  seconds(): number {
    let s = 0;
    for (const [pid, cpu] of this.last) s += cpu - (this.marked.get(pid) ?? 0);
    return s;
  }

  /** Starts the count: what the backends alive now have spent so far is left out. */
  async mark(): Promise<void> {
    await this.sample();
    this.marked = new Map(this.last);
  }
}

async function run(k: number, input: string): Promise<StageResult[]> {
  const schema = `nf_bench_${process.pid}_${k}`;
  const store = new PostgresStore(URL, { schema });
  await store.migrate();
  const workers: ChildProcess[] = [];
  try {
    const { enqueued } = await enqueueInputs(URL, readInputs([input]), { schema });
    let up = 0;
    const allUp = new Promise<void>((resolve) => {
      for (let i = 0; i < k; i++) {
        const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "src", "cli", "main.ts"), "worker", "--db", withAppName(URL, schema), "--concurrency", "1"], {
          cwd: ROOT, env: { ...process.env, NEWSFOLD_PG_SCHEMA: schema }, stdio: ["ignore", "ignore", "pipe"],
        });
        let seen = false;
        child.stderr!.on("data", (d: Buffer) => {
          if (!seen && d.toString().includes("newsfold worker: started")) {
            seen = true;
            if (++up === k) resolve();
          }
        });
        workers.push(child);
      }
    });
    await allUp;
    const backends = new BackendCpu(store, schema);
    await backends.mark();
    const tick = () => backends.sample();
    const cpu0 = workers.map((w) => procUsage(w.pid!).cpu);
    const t0 = performance.now();
    const count = async (sql: string) => (await store.pool.query<{ n: number }>(sql)).rows[0]!.n;
    await until(async () => (await count("SELECT count(*)::int AS n FROM enqueued")) === 0, tick);
    const assigned = (performance.now() - t0) / 1000;
    await until(async () => {
      const s = await queueStatus(URL, schema);
      return s.pending + s.active === 0;
    }, tick);
    const drained = (performance.now() - t0) / 1000;
    await backends.sample();
    const usage = workers.map((w) => procUsage(w.pid!));
    const cpu = usage.reduce((s, u, i) => s + u.cpu - cpu0[i]!, 0);
    const dbCpu = backends.seconds();
    const stored = await count("SELECT count(*)::int AS n FROM articles");
    const stories = await count("SELECT count(*)::int AS n FROM stories");
    const peak = Math.max(...usage.map((u) => u.peakMb));
    const base = { dataset: `gen-${enqueued}`, unit: "article", items: stored, mbPerSecond: null, peakRssMb: peak, p50Ms: null, p99Ms: null };
    const ms = (x: number) => ((x * 1000) / stored).toFixed(1);
    const cpuNote = `${ms(cpu + dbCpu)} ms CPU per article (${ms(cpu)} workers + ${ms(dbCpu)} PostgreSQL)`;
    const cost = { cpuSeconds: cpu + dbCpu, perCpuSecond: stored / (cpu + dbCpu) };
    return [
      { ...base, stage: `workers x${k}: all placed`, seconds: assigned, perSecond: stored / assigned, usPerItem: (assigned * 1e6) / stored, note: `${k} process(es)` },
      { ...base, ...cost, stage: `workers x${k}: drained`, seconds: drained, perSecond: stored / drained, usPerItem: (drained * 1e6) / stored, note: `dossiers of ${stories} stories rebuilt too; ${cpuNote}` },
    ];
  } finally {
    for (const w of workers) w.kill("SIGTERM");
    await Promise.all(workers.map((w) => (w.exitCode === null ? new Promise((r) => w.once("exit", r)) : null)));
    const c = new pg.Client({ connectionString: URL });
    await c.connect();
    await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; DROP SCHEMA IF EXISTS ${bossSchemaFor(schema)} CASCADE`);
    await c.end();
    await store.close();
  }
}

const input = await generatedJsonl(args.size);
const results: StageResult[] = [];
for (const k of counts) {
  const r = await run(k, input);
  for (const x of r) process.stderr.write(`${x.stage}: ${x.items} articles in ${x.seconds.toFixed(1)} s = ${x.perSecond.toFixed(1)}/s (${x.note ?? ""})\n`);
  results.push(...r);
}
emit(results);
