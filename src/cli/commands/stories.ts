import type { Command } from "commander";
import { usingStore, withDb } from "../store-option.js";
import { renderTable } from "../table.js";

/** `newsfold stories [--db] [--json]`: the story list. */
export function register(program: Command): void {
  withDb(program.command("stories"))
    .description("list stories: id, headline, articles, outlets, first seen, last update")
    .option("--json", "print a JSON array (the contract's shape)")
    .option("-q, --query <text>", "only stories matching a full-text query")
    .option("--outlet <name>", "only stories an outlet covered")
    .option("--limit <n>", "at most this many stories", (v) => parseInt(v, 10), 100)
    .action(async (opts: { db?: string; json?: boolean; query?: string; outlet?: string; limit: number }) => {
      const stories = await usingStore(opts.db, (s) =>
        s.listStories({ ...(opts.query ? { q: opts.query } : {}), ...(opts.outlet ? { outlet: opts.outlet } : {}), limit: opts.limit }),
      );
      if (opts.json) {
        process.stdout.write(JSON.stringify(stories) + "\n");
        return;
      }
      process.stdout.write(
        renderTable(
          ["id", "headline", "articles", "outlets", "first seen", "last update"],
          stories.map((s) => [s.id, s.headline, String(s.articles.length), String(s.outlets.length), s.first_seen ?? "", s.last_update ?? ""]),
          { maxWidth: { 1: 60 } },
        ),
      );
    });
}
