import type { Command } from "commander";
import { renderDossierMarkdown } from "../../dossier/render-md.js";
import { exportDossierHtml } from "../../server/ui/export.js";
import type { StoredArticle } from "../../store/types.js";
import { UsageError } from "../io.js";
import { usingStore, withDb } from "../store-option.js";
import { DossierReader } from "../../pipeline/dossiers.js";

/** `newsfold export STORY --format json|md|html`: a story's dossier as a file on stdout. */
export function register(program: Command): void {
  withDb(program.command("export"))
    .description("export a story's dossier as JSON, Markdown or a self-contained HTML page")
    .argument("<story>", "story id (see `newsfold stories`)")
    .option("--format <format>", "json | md | html", "json")
    .action(async (story: string, opts: { db?: string; format: string }) => {
      if (!["json", "md", "html"].includes(opts.format)) throw new UsageError(`unknown format ${opts.format}: use json, md or html`);
      await usingStore(opts.db, async (store) => {
        const d = await new DossierReader(store).get(story);
        if (!d) throw new UsageError(`no story ${story} in the store`);
        if (opts.format === "json") process.stdout.write(JSON.stringify(d) + "\n");
        else if (opts.format === "md") process.stdout.write(renderDossierMarkdown(d));
        else {
          const articles = (await Promise.all(d.coverage.articles.map((a) => store.getArticle(a.id)))).filter((a): a is StoredArticle => a !== null);
          process.stdout.write(exportDossierHtml(d, articles));
        }
      });
    });
}
