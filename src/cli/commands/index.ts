// Every command of the CLI, one module each. A module exports register(program).
import type { Command } from "commander";
import { register as extractCommand } from "./extract.js";
import { register as clusterCommand } from "./cluster.js";
import { register as quotesCommand } from "./quotes.js";
import { register as entitiesCommand } from "./entities.js";
import { register as dossierCommand } from "./dossier.js";
import { register as ingestCommand } from "./ingest.js";
import { register as storiesCommand } from "./stories.js";
import { register as showCommand } from "./show.js";
import { register as exportCommand } from "./export.js";
import { register as searchCommand } from "./search.js";
import { register as serveCommand } from "./serve.js";
import { register as watchCommand } from "./watch.js";
import { register as workerCommand } from "./worker.js";
import { register as statusCommand } from "./status.js";
import { register as mcpCommand } from "./mcp.js";
import { register as evalCommands } from "./eval.js";

/** Adds every command to the program, in the order --help lists them. */
export function registerCommands(program: Command): void {
  extractCommand(program);
  clusterCommand(program);
  quotesCommand(program);
  entitiesCommand(program);
  dossierCommand(program);
  ingestCommand(program);
  storiesCommand(program);
  showCommand(program);
  exportCommand(program);
  searchCommand(program);
  serveCommand(program);
  watchCommand(program);
  workerCommand(program);
  statusCommand(program);
  mcpCommand(program);
  evalCommands(program);
}
