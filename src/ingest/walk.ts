import { opendir, realpath, stat } from "node:fs/promises";
import { join } from "node:path";

/** One directory entry walk() found: a file, or a directory it could not read. */
export type WalkEntry = { ok: true; path: string; size: number } | { ok: false; path: string; error: unknown };

/**
 * Lists the files under a directory, recursively, in sorted order (code-unit order, so runs are
 * deterministic across machines), skipping hidden files and directories (names starting with a
 * dot). Symbolic links are followed, each real directory once, so a link cycle cannot loop.
 * Each directory is listed on its own: memory grows with the widest directory, not the tree.
 */
export async function* walk(dir: string, seen = new Set<string>()): AsyncGenerator<WalkEntry> {
  let names: string[];
  try {
    const real = await realpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    names = [];
    for await (const d of await opendir(dir)) if (!d.name.startsWith(".")) names.push(d.name);
  } catch (err) {
    yield { ok: false, path: dir, error: err };
    return;
  }
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    const path = join(dir, name);
    let st;
    try {
      st = await stat(path);
    } catch (err) {
      yield { ok: false, path, error: err };
      continue;
    }
    if (st.isDirectory()) yield* walk(path, seen);
    else if (st.isFile()) yield { ok: true, path, size: st.size };
  }
}
