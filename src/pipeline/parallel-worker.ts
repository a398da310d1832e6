/** A worker of the ingest pool (parallel.ts): answers each request with its result, in the order asked. */
import { parentPort } from "node:worker_threads";
import { buildDossiers } from "../dossier/index.js";
import { parseStoryMembersJson } from "../store/analysis-codec.js";
import { reuseAnalyses } from "./member-cache.js";
import { prepareInWorker, type WorkerReply, type WorkerRequest } from "./parallel-task.js";

// Modules are loaded (hundreds of milliseconds): the pool may now send work here.
parentPort?.postMessage({ ready: true });

parentPort?.on("message", (req: WorkerRequest) => {
  // prepareAndAnalyze guards each article; a dossier build that throws kills the worker and the
  // pool redoes the story in the main thread, where the error surfaces as it would without workers.
  const result =
    req.kind === "prepare" ? req.raws.map(prepareInWorker) : buildDossiers(reuseAnalyses(req.kind === "dossiers" ? req.members : parseStoryMembersJson(req.json)));
  parentPort!.postMessage({ reqId: req.reqId, result } satisfies WorkerReply);
});
