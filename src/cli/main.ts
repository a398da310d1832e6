import { readFileSync } from "node:fs";
import { Command, CommanderError } from "commander";
import { EXIT_USAGE, UsageError } from "./io.js";
import { registerCommands } from "./commands/index.js";

function packageVersion(): string {
  // Works from src/ (tsx) and dist/src/ (compiled): walk up to the package.json.
  for (const rel of ["../../package.json", "../../../package.json"]) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), "utf8")) as { name?: string; version?: string };
      if (pkg.name === "newsfold" && pkg.version) return pkg.version;
    } catch {
      // try the next candidate
    }
  }
  return "0.0.0";
}

/** Builds the `newsfold` command tree. Each command lives in its own file under commands/. */
export function buildProgram(): Command {
  const program = new Command();
  program
    .name("newsfold")
    .description("Fold news articles into stories: copies, events, storylines, quotes, claims and contradictions.")
    .version(packageVersion(), "-V, --version")
    .showHelpAfterError()
    .exitOverride();
  registerCommands(program);
  return program;
}

/** Runs the CLI with `argv` (as process.argv) and resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  let code = 0;
  program.hook("postAction", (_this, action) => {
    const c = (action as Command & { _exitCode?: number })._exitCode;
    if (typeof c === "number") code = c;
  });
  try {
    await program.parseAsync(argv);
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return err.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    if (err instanceof UsageError) {
      process.stderr.write(`newsfold: ${err.message}\n`);
      return EXIT_USAGE;
    }
    throw err;
  }
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (invokedDirectly) {
  main(process.argv).then(
    (c) => {
      process.exitCode = c;
    },
    (err: unknown) => {
      process.stderr.write(`newsfold: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = EXIT_USAGE;
    },
  );
}
