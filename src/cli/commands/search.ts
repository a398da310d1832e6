import type { Command } from "commander";
import { UsageError } from "../io.js";
import { usingStore, withDb } from "../store-option.js";
import { renderTable } from "../table.js";

/** `newsfold search QUERY`: full-text search over articles and stories. */
export function register(program: Command): void {
  withDb(program.command("search"))
    .description("full-text search over stored articles and stories")
    .argument("<query...>", "words to find (the last one may be a prefix)")
    .option("--json", "print hits as JSON Lines")
    .option("--limit <n>", "hits per kind", (v) => parseInt(v, 10), 20)
    .action(async (words: string[], opts: { db?: string; json?: boolean; limit: number }) => {
      const q = words.join(" ").trim();
      if (!q) throw new UsageError("search needs a query");
      const hits = await usingStore(opts.db, (s) => s.search(q, opts.limit));
      if (opts.json) {
        for (const h of hits) process.stdout.write(JSON.stringify(h) + "\n");
        return;
      }
      process.stdout.write(renderTable(["kind", "id", "story", "title", "snippet"], hits.map((h) => [h.kind, h.id, h.story ?? "", h.title, h.snippet.replace(/\s+/g, " ")]), { maxWidth: { 3: 40, 4: 70 } }));
    });
}
