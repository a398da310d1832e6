import { SqliteStore } from "./sqlite/sqlite-store.js";
import type { Store } from "./types.js";

export * from "./types.js";
export { decodeAnalysis, encodeAnalysis, parseStoryMembersJson } from "./analysis-codec.js";
export { SqliteStore } from "./sqlite/sqlite-store.js";
export { PostgresStore } from "./postgres/postgres-store.js";

/** The default database: `NEWSFOLD_DB`, else `./newsfold.db`. */
export function defaultDbLocation(): string {
  return process.env.NEWSFOLD_DB || "./newsfold.db";
}

/**
 * Opens the store a `--db` value names (a SQLite path, or `postgres://...`) and migrates it.
 */
export async function openStore(location: string = defaultDbLocation()): Promise<Store> {
  if (/^postgres(ql)?:\/\//.test(location)) {
    const { PostgresStore } = await import("./postgres/postgres-store.js");
    const store = new PostgresStore(location);
    await store.migrate();
    return store;
  }
  const store = new SqliteStore(location);
  await store.migrate();
  return store;
}
