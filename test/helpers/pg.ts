import pg from "pg";
import { PostgresStore } from "../../src/store/index.js";

/** The PostgreSQL server tests use (CI starts one on 127.0.0.1:5432). */
export const PG_URL = process.env.NEWSFOLD_TEST_PG ?? "postgres://postgres@127.0.0.1:5432/postgres";

let reachable: Promise<boolean> | null = null;

/** Whether the test server answers; under CI an unreachable server is a failure, not a skip. */
export function pgAvailable(): Promise<boolean> {
  reachable ??= (async () => {
    const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
    try {
      await c.connect();
      await c.end();
      return true;
    } catch (err) {
      if (process.env.CI) throw new Error(`PostgreSQL not reachable at ${PG_URL}: ${String(err)}`);
      return false;
    }
  })();
  return reachable;
}

/** A migrated store in a fresh schema of its own; `drop()` removes the schema and closes the pool. */
export async function freshPgStore(): Promise<{ store: PostgresStore; schema: string; drop: () => Promise<void> }> {
  const schema = `nf_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const store = new PostgresStore(PG_URL, { schema });
  await store.migrate();
  return {
    store,
    schema,
    drop: async () => {
      await store.pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => undefined);
      await store.close();
    },
  };
}
