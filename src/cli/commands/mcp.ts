import type { Command } from "commander";
import { openStore, defaultDbLocation } from "../../store/index.js";
import { withDb } from "../store-option.js";

/** `newsfold mcp [--db]`: a Model Context Protocol server on stdio. */
export function register(program: Command): void {
  withDb(program.command("mcp"))
    .description("serve the story desk as Model Context Protocol tools over stdio")
    .action(async (opts: { db?: string }) => {
      const store = await openStore(opts.db ?? defaultDbLocation());
      // Loaded here: the MCP SDK would slow every other command's start.
      const [{ StdioServerTransport }, { createMcpServer }] = await Promise.all([import("@modelcontextprotocol/sdk/server/stdio.js"), import("../../server/mcp.js")]);
      const server = createMcpServer(store);
      await server.connect(new StdioServerTransport());
      await new Promise<void>((resolve) => {
        server.server.onclose = () => resolve();
      });
      await store.close();
    });
}
