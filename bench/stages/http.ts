/**
 * HTTP: the real server on loopback, 16 concurrent clients: story list, dossier and article reads,
 * then batched POST ingest. Bounded in count; loopback only.
 */
import { SqliteStore } from "../../src/store/index.js";
import { buildServer } from "../../src/server/app.js";
import { Ingester } from "../../src/pipeline/ingest.js";
import { recordsToRaw } from "../../src/pipeline/records.js";
import { benchStream } from "../lib/files.js";
import { stageArgs } from "../lib/args.js";
import { emit, measure } from "../lib/measure.js";

const { size } = stageArgs();
const gen = [...benchStream(size)].map(({ article: a }) => ({ id: a.id, title: a.title, outlet: a.outlet, published: a.published, text: a.text }));
const store = new SqliteStore(":memory:");
await store.migrate();
const ingester = new Ingester(store);
await ingester.ingest(recordsToRaw(gen, "bench"));
const app = await buildServer(store, { ingester });
const base = await app.listen({ host: "127.0.0.1", port: 0 });
const stories = await store.listStories({ limit: 200 });

async function pool<T>(items: T[], conc: number, fn: (t: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: conc }, async () => {
    while (next < items.length) await fn(items[next++]!);
  }));
}

const N = 2000;
const urls = Array.from({ length: N }, (_, i) => {
  const s = stories[i % stories.length]!;
  return i % 3 === 0 ? "/api/stories?limit=20" : i % 3 === 1 ? `/api/stories/${encodeURIComponent(s.id)}` : `/api/articles/${encodeURIComponent(s.articles[0]!)}`;
});
const lat: number[] = [];
const reads = await measure("http reads", `gen-${size}`, [urls], async (list) => {
  await pool(list, 16, async (u) => {
    const t = performance.now();
    const r = await fetch(base + u);
    await r.arrayBuffer();
    if (r.status !== 200) throw new Error(`${u}: ${r.status}`);
    lat.push(performance.now() - t);
  });
}, { unit: "request", latency: false, note: "16 concurrent clients, list/dossier/article" });
reads.items = N;
reads.perSecond = N / reads.seconds;
reads.usPerItem = (reads.seconds * 1e6) / N;
// measure() counted the one list as the item; the per-CPU rate must count requests too.
if (reads.cpuSeconds !== undefined) reads.perCpuSecond = N / reads.cpuSeconds;
lat.sort((a, b) => a - b);
reads.p50Ms = lat[Math.floor(lat.length * 0.5)]!;
reads.p99Ms = lat[Math.floor(lat.length * 0.99)]!;
await app.close();
await store.close();
emit([reads]);
