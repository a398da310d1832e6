import type { Command } from "commander";
import { openStore, defaultDbLocation } from "../../store/index.js";
import { withDb } from "../store-option.js";

/** `newsfold serve [--db] [--host H] [--port N]`: the HTTP API and the web UI. */
export function register(program: Command): void {
  withDb(program.command("serve"))
    .description("serve the HTTP API, /openapi.json and the web UI")
    .option("--host <host>", "address to listen on", "127.0.0.1")
    .option("--port <n>", "port (0 picks a free one)", (v) => parseInt(v, 10), 8080)
    .option("--body-limit <bytes>", "largest request body", (v) => parseInt(v, 10), 10 * 1024 * 1024)
    .action(async (opts: { db?: string; host: string; port: number; bodyLimit: number }) => {
      const store = await openStore(opts.db ?? defaultDbLocation());
      // Loaded here: the server's modules would slow every other command's start.
      const { buildServer } = await import("../../server/app.js");
      const app = await buildServer(store, { bodyLimit: opts.bodyLimit });
      const address = await app.listen({ host: opts.host, port: opts.port });
      process.stderr.write(`newsfold: serving ${address}/ (store: ${store.kind})\n`);
      const stop = async () => {
        await app.close();
        await store.close();
        process.exit(0);
      };
      process.once("SIGINT", () => void stop());
      process.once("SIGTERM", () => void stop());
      await new Promise(() => undefined); // serve until a signal
    });
}
