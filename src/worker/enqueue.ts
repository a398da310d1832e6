import type { ReadResult } from "../core/input.js";
import type { RawArticle } from "../core/types.js";
import { isProblem, type InputProblem } from "../core/input.js";
import { PostgresStore, pgSchemaFromEnv } from "../store/postgres/postgres-store.js";
import { DEFAULT_TUNING, Q_ANALYZE, startBoss, type QueueTuning } from "./queues.js";

export interface EnqueueSummary {
  enqueued: number;
  skipped: number;
}

/**
 * Puts every article an input yields on the analysis queue, each with the next ingest sequence
 * number (the order the assignment step will follow). Bad inputs are reported and skipped.
 */
export async function enqueueInputs(
  url: string,
  source: AsyncIterable<ReadResult>,
  opts: { schema?: string; tuning?: Partial<QueueTuning>; onProblem?: (p: InputProblem) => void; onProgress?: () => void } = {},
): Promise<EnqueueSummary> {
  const schema = opts.schema ?? pgSchemaFromEnv();
  const store = new PostgresStore(url, { schema });
  await store.migrate();
  const boss = await startBoss(url, schema, { ...DEFAULT_TUNING, ...opts.tuning });
  const summary: EnqueueSummary = { enqueued: 0, skipped: 0 };
  let batch: { raw: RawArticle }[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    // The order rows and their jobs commit together, so the assignment step never waits on a
    // sequence number whose enqueue failed.
    await store.tx(async (c) => {
      const seqs = await c.query<{ seq: string }>("SELECT nextval('ingest_seq')::text AS seq FROM generate_series(1, $1)", [batch.length]);
      const ordered = seqs.rows.map((r) => Number(r.seq)).sort((a, b) => a - b);
      await c.query("INSERT INTO enqueued (seq, source) SELECT * FROM unnest($1::bigint[], $2::text[])", [ordered, batch.map((b) => b.raw.source)]);
      const db = { executeSql: (text: string, values: unknown[]) => c.query(text, values) };
      await boss.insert(batch.map((b, i) => ({ name: Q_ANALYZE, data: { seq: ordered[i], raw: b.raw } })), { db });
    });
    summary.enqueued += batch.length;
    batch = [];
  };
  try {
    for await (const r of source) {
      if (isProblem(r)) {
        summary.skipped++;
        opts.onProblem?.(r);
        continue;
      }
      batch.push({ raw: r });
      opts.onProgress?.();
      if (batch.length >= 500) await flush();
    }
    await flush();
  } finally {
    await boss.stop({ graceful: false, wait: false });
    await store.close();
  }
  return summary;
}
