import type { Command } from "commander";
import { defaultDbLocation, openStore, type Store } from "../store/index.js";

/** Adds the contract's `--db PATH|postgres://...` option to a command. */
export function withDb(cmd: Command): Command {
  return cmd.option("--db <location>", "SQLite file or postgres:// URL (default: $NEWSFOLD_DB or ./newsfold.db)");
}

/** Opens the store a command's `--db` names, runs `fn`, and always closes it. */
export async function usingStore<T>(db: string | undefined, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(db ?? defaultDbLocation());
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
