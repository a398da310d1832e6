/**
 * newsfold as a library. Stages, in the order data flows through them:
 * ingest (readInputs) -> extract (extractArticle) -> nlp (analyze) -> cluster -> dossier,
 * then the store, the incremental Ingester, the HTTP server and the queue workers.
 */
export * from "./core/types.js";
export * from "./core/input.js";
export { tokenize, normalizeWord } from "./core/tokenize.js";
export { readInputs, type ReadOptions } from "./ingest/index.js";
export { extractArticle, type ExtractOptions } from "./extract/index.js";
export { analyze } from "./nlp/index.js";
export { clusterArticles, type ClusterInput } from "./cluster/index.js";
export * from "./dossier/index.js";
export * from "./pipeline/index.js";
export { Ingester, prepareArticle, contentHash, type IngestSummary, type IngesterOptions } from "./pipeline/ingest.js";
export { DossierReader, refreshStoryOutlines } from "./pipeline/dossiers.js";
export { openStore, defaultDbLocation, SqliteStore, PostgresStore } from "./store/index.js";
export type { Store, StoredArticle, StorySummary, StoryQuery, SearchHit, IngestRecord } from "./store/index.js";
export { buildServer, type ServerOptions } from "./server/app.js";
export { createMcpServer } from "./server/mcp.js";
export { startWorker, type WorkerOptions } from "./worker/worker.js";
export { enqueueInputs } from "./worker/enqueue.js";
export { queueStatus } from "./worker/status.js";
