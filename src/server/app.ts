import Fastify, { type FastifyInstance } from "fastify";
import swagger from "@fastify/swagger";
import { Ingester } from "../pipeline/ingest.js";
import { DossierReader } from "../pipeline/dossiers.js";
import type { Store } from "../store/types.js";
import { registerApi } from "./api.js";
import { registerUi } from "./ui/routes.js";

/** Stories of this many articles or more get their dossier built off the request thread. */
const DOSSIER_WORKER_FROM = 100;

export interface ServerOptions {
  /** Largest request body accepted, in bytes (default 10 MB). */
  bodyLimit?: number;
  logger?: boolean;
  /** Share an Ingester (and so its serialisation) with other callers in the process. */
  ingester?: Ingester;
  /** Share a DossierReader (and so its builds in progress) with other callers in the process. */
  dossiers?: DossierReader;
}

/**
 * Builds the HTTP server: JSON API with schemas, /openapi.json, and the web UI, over one store.
 * Errors come back as JSON with a fitting status code; a bad request never takes the process down.
 */
export async function buildServer(store: Store, options: ServerOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: options.bodyLimit ?? 10 * 1024 * 1024 });
  // Posted articles only refresh their stories' rows: a dossier is built when first read.
  const ingester = options.ingester ?? new Ingester(store, { dossiers: "defer" });
  // A story of hundreds of articles takes seconds to build: that runs in a worker thread, so the
  // server keeps answering meanwhile.
  const dossiers = options.dossiers ?? new DossierReader(store, { workerFrom: DOSSIER_WORKER_FROM });
  if (!options.dossiers) app.addHook("onClose", async () => dossiers.close());

  // JSON Lines bodies: parsed line by line into an array of records; a bad line is a 400 naming it.
  app.addContentTypeParser(["application/x-ndjson", "application/jsonl", "application/x-jsonlines"], { parseAs: "string" }, (_req, body, done) => {
    const out: unknown[] = [];
    const lines = (body as string).split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!.trim();
      if (line === "") continue;
      try {
        out.push(JSON.parse(line));
      } catch {
        const err = new Error(`line ${i + 1}: not valid JSON`) as Error & { statusCode: number };
        err.statusCode = 400;
        done(err, undefined);
        return;
      }
    }
    done(null, out);
  });

  await app.register(swagger, {
    openapi: {
      info: { title: "newsfold API", version: "1", description: "Stories, dossiers and articles folded from many news sources." },
    },
  });

  app.setErrorHandler((err, _req, reply) => {
    const e = err as { statusCode?: number; message?: string; validation?: unknown };
    const status = e.statusCode && e.statusCode >= 400 && e.statusCode < 600 ? e.statusCode : 500;
    const error = status === 413 ? "Payload Too Large" : status === 415 ? "Unsupported Media Type" : status >= 500 ? "Internal Server Error" : status === 404 ? "Not Found" : "Bad Request";
    if (status >= 500) app.log.error(err);
    void reply.code(status).send({ statusCode: status, error, message: status >= 500 ? "internal error" : (e.message ?? error) });
  });
  app.setNotFoundHandler((req, reply) => {
    void reply.code(404).send({ statusCode: 404, error: "Not Found", message: `no route ${req.method} ${req.url.split("?")[0]}` });
  });

  registerApi(app, store, ingester, dossiers);
  registerUi(app, store, dossiers);
  app.get("/openapi.json", { schema: { hide: true } }, async () => app.swagger());
  return app;
}
