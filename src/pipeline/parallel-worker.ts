/** A worker of the ingest pool (parallel.ts): answers each request with its result, in the order asked. */
import { parentPort } from "node:worker_threads";
import { buildDossiers, type DossierInput } from "../dossier/index.js";
import { prepareInWorker, type WorkerReply, type WorkerRequest } from "./parallel-task.js";

parentPort?.on("message", (req: WorkerRequest) => {
  // prepareAndAnalyze guards each article; a dossier build that throws kills the worker and the
  // pool redoes the story in the main thread, where the error surfaces as it would without workers.
  const result =
    req.kind === "prepare" ? req.raws.map(prepareInWorker) : buildDossiers(req.kind === "dossiers" ? req.members : (JSON.parse(req.json) as DossierInput[]));
  parentPort!.postMessage({ reqId: req.reqId, result } satisfies WorkerReply);
});
