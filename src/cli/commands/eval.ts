import type { Command } from "commander";
import { register as extraction } from "./eval-extraction.js";
import { register as clustering } from "./eval-clustering.js";
import { register as quotes } from "./eval-quotes.js";

/** `newsfold eval <extraction|clustering|quotes>`: measure a stage against a labelled data set. */
export function register(program: Command): void {
  const evalCmd = program.command("eval").description("measure a stage against labelled data (extraction, clustering, quotes)");
  extraction(evalCmd);
  clustering(evalCmd);
  quotes(evalCmd);
}
