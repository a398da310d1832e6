import pg from "pg";
import { bossSchemaFor, QUEUES } from "./queues.js";
import { pgSchemaFromEnv } from "../store/postgres/postgres-store.js";

/** Job counts the contract's `newsfold status --json` prints, plus detail per queue. */
export interface QueueStatus {
  pending: number;
  active: number;
  failed: number;
  done: number;
  queues: Record<string, { pending: number; active: number; failed: number; done: number }>;
  /** Completed analysis jobs in the last minute: the current throughput. */
  analyzedLastMinute: number;
  /** The newest failed jobs with their error, for the dead-letter view. */
  recentFailures: { queue: string; id: string; error: string; at: string }[];
}

function bucket(state: string): "pending" | "active" | "failed" | "done" | null {
  if (state === "created" || state === "retry") return "pending";
  if (state === "active") return "active";
  if (state === "failed") return "failed";
  if (state === "completed") return "done";
  return null;
}

/** Reads job counts straight from pg-boss's tables (live jobs and the archive). */
export async function queueStatus(url: string, schema = pgSchemaFromEnv()): Promise<QueueStatus> {
  const boss = bossSchemaFor(schema);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const out: QueueStatus = { pending: 0, active: 0, failed: 0, done: 0, queues: {}, analyzedLastMinute: 0, recentFailures: [] };
    for (const q of QUEUES) out.queues[q] = { pending: 0, active: 0, failed: 0, done: 0 };
    const installed = await client.query("SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'job'", [boss]);
    if (installed.rowCount === 0) return out;
    const rows = await client.query<{ name: string; state: string; n: string }>(
      `SELECT name, state::text AS state, count(*) AS n FROM ${boss}.job GROUP BY 1, 2
       UNION ALL SELECT name, state::text, count(*) FROM ${boss}.archive GROUP BY 1, 2`,
    );
    for (const r of rows.rows) {
      const b = bucket(r.state);
      if (!b) continue;
      const n = Number(r.n);
      out[b] += n;
      const q = (out.queues[r.name] ??= { pending: 0, active: 0, failed: 0, done: 0 });
      q[b] += n;
    }
    const recent = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM ${boss}.job WHERE name = $1 AND state = 'completed' AND completed_on > now() - interval '1 minute'`,
      ["nf-analyze"],
    );
    out.analyzedLastMinute = Number(recent.rows[0]!.n);
    const failed = await client.query<{ name: string; id: string; output: unknown; completed_on: Date | null }>(
      `SELECT name, id::text, output, completed_on FROM ${boss}.job WHERE state = 'failed' ORDER BY completed_on DESC NULLS LAST LIMIT 10`,
    );
    out.recentFailures = failed.rows.map((r) => ({
      queue: r.name,
      id: r.id,
      error: typeof r.output === "object" && r.output !== null && "message" in r.output ? String((r.output as { message: unknown }).message) : JSON.stringify(r.output),
      at: r.completed_on?.toISOString() ?? "",
    }));
    return out;
  } finally {
    await client.end();
  }
}
