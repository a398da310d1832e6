import type { Command } from "commander";
import { renderDossierMarkdown } from "../../dossier/render-md.js";
import { UsageError } from "../io.js";
import { usingStore, withDb } from "../store-option.js";
import { DossierReader } from "../../pipeline/dossiers.js";

/** `newsfold show STORY`: the dossier, readable in a terminal. */
export function register(program: Command): void {
  withDb(program.command("show"))
    .description("show a story's dossier in the terminal")
    .argument("<story>", "story id (see `newsfold stories`)")
    .action(async (story: string, opts: { db?: string }) => {
      await usingStore(opts.db, async (store) => {
        const d = await new DossierReader(store).get(story);
        if (!d) throw new UsageError(`no story ${story} in the store`);
        process.stdout.write(renderDossierMarkdown(d));
      });
    });
}
