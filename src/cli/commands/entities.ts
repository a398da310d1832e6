import type { Command } from "commander";
import type { Analysis, Article, EntityType } from "../../core/types.js";
import { isProblem, type InputProblem } from "../../core/input.js";
import { analyze, linkEntities } from "../../nlp/index.js";
import { readArticles } from "../../pipeline/read.js";
import { JsonlWriter, ProblemReporter, UsageError, setExitCode } from "../io.js";
import { createProgress } from "../progress.js";

/** The `entities` output record of one article (cli-contract.md). */
export interface EntitiesRecord {
  id: string;
  entities: { name: string; type: EntityType; mentions: { text: string; start: number; end: number }[] }[];
}

/** Default number of articles linked together as one story. */
export const DEFAULT_STORY_SIZE = 200;

/**
 * Builds the output records of a group of articles treated as one story: every article's entities
 * get the story-wide canonical name (linkEntities), and local entities that the story merges
 * (an article's `Smith` and `Anna Smith` read apart, joined through another article) become one.
 */
export function entitiesRecords(analyses: Pick<Analysis, "id" | "entities">[]): EntitiesRecord[] {
  // Positions stand in for ids so that two inputs sharing an id never share entities.
  const full = analyses.map((a, i) => ({ id: String(i), entities: a.entities, language: null, tokens: [], sentences: [], dates: [], quotes: [] }));
  const links = linkEntities(full);
  const linkOf = new Map<string, number>();
  links.forEach((l, li) => {
    for (const a of l.articles) for (const e of a.entities) linkOf.set(`${a.id}\u0000${e}`, li);
  });
  return analyses.map((a, i) => {
    const merged = new Map<number | string, EntitiesRecord["entities"][number]>();
    for (const e of a.entities) {
      const li = linkOf.get(`${i}\u0000${e.id}`);
      const key = li ?? e.id;
      const link = li !== undefined ? links[li] : undefined;
      let rec = merged.get(key);
      if (!rec) {
        rec = { name: link?.name ?? e.name, type: link?.type ?? e.type, mentions: [] };
        merged.set(key, rec);
      }
      for (const m of e.mentions) rec.mentions.push({ text: m.text, start: m.start, end: m.end });
    }
    const entities = [...merged.values()];
    for (const e of entities) e.mentions.sort((x, y) => x.start - y.start);
    entities.sort((x, y) => (x.mentions[0]?.start ?? 0) - (y.mentions[0]?.start ?? 0));
    return { id: a.id, entities };
  });
}

function positiveInt(name: string) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${name} must be a positive integer, got "${v}"`);
    return n;
  };
}

/**
 * `newsfold entities INPUTS...`: one JSON line per article with its people, organisations and
 * places and every mention of each. Names are resolved across the run: the inputs are read as one
 * story (linked together) in groups of `--story-size` articles, so a small run is one story and a
 * huge run keeps memory and linking cost bounded. Only entities are held per group, not texts.
 */
export function register(program: Command): void {
  program
    .command("entities")
    .description("Find people, organisations and places with every mention (names, surnames, roles, pronouns, misspellings), one JSON line per article")
    .argument("<inputs...>", "files, directories, URLs, .urls lists, or - for stdin")
    .option("--no-clean", "keep the body verbatim (plain-text and JSONL text inputs), so offsets refer to the input")
    .option("--story-size <n>", `articles linked together as one story (default ${DEFAULT_STORY_SIZE})`, positiveInt("--story-size"))
    .addHelpText(
      "after",
      '\nOutput: one line per article: {id, entities: [{name, type, mentions: [{text, start, end}]}]}.\n' +
        "`name` is the fullest form the run's articles give (linked across inputs, --story-size at a time).\n" +
        "Offsets index the text `newsfold extract` prints for the same input and flag. Bad inputs are reported on stderr and skipped (exit 1).",
    )
    .action(async (inputs: string[], opts: { clean: boolean; storySize?: number }, cmd: Command) => {
      const out = new JsonlWriter();
      const problems = new ProblemReporter();
      const progress = createProgress("entities");
      const size = opts.storySize ?? DEFAULT_STORY_SIZE;
      let group: Pick<Analysis, "id" | "entities">[] = [];
      const flush = async (): Promise<void> => {
        for (const rec of entitiesRecords(group)) await out.write(rec);
        group = [];
      };
      try {
        for await (const item of readArticles(inputs, { clean: opts.clean })) {
          if (isProblem(item as InputProblem)) {
            problems.report(item as InputProblem);
            continue;
          }
          const article = item as Article;
          try {
            group.push({ id: article.id, entities: analyze(article).entities });
          } catch (err) {
            problems.report({ problem: true, source: article.path, reason: `analysis failed: ${err instanceof Error ? err.message : String(err)}` });
            continue;
          }
          progress.tick();
          if (group.length >= size) await flush();
        }
        await flush();
      } finally {
        progress.stop();
      }
      setExitCode(cmd, problems.exitCode());
    });
}
