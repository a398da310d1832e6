import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { resolve } from "node:path";

/** The repository root. */
export const REPO_ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));

/**
 * `../shared` beside the repository (seeds, gold, development data), or null when absent.
 * Tests that need it skip with a message when it is null: the suite must pass without it.
 */
export const SHARED_DIR: string | null = (() => {
  const dir = resolve(REPO_ROOT, "..", "shared");
  return existsSync(resolve(dir, "seeds")) ? dir : null;
})();

/** The skip message for tests that need ../shared. */
export const NO_SHARED = "../shared is not present beside the repository";
