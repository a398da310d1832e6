/**
 * A small pool of worker threads for the stages of ingest that need no shared state: extraction
 * plus language analysis of each article, and dossier builds of separate stories. Results of
 * `prepareInOrder` come back IN INPUT ORDER, so the order-dependent clustering and store step
 * that consumes them stays single-threaded and gives the same result as an in-process run.
 *
 * Workers run parallel-worker.ts: the compiled .js from dist, or the .ts source through tsx in
 * development (see startWorker).
 *
 * If a worker dies (it should not: every item is guarded inside it), the items it held are done
 * in this thread instead, so nothing is lost and nothing hangs.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Article, RawArticle } from "../core/types.js";
import { isProblem, type InputProblem, type ReadResult } from "../core/input.js";
import type { Dossier, DossierInput } from "../dossier/index.js";
import { buildDossiers } from "../dossier/index.js";
import { parseStoryMembersJson } from "../store/analysis-codec.js";
import { prepareAndAnalyze, prepareArticle, prepareInWorker, type PreparedItem, type WorkerRequest, type WorkerReply } from "./parallel-task.js";

export type { PreparedItem } from "./parallel-task.js";

/** Threads ingest uses by default: one per core the process may use. */
export function defaultThreads(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Inputs read before deciding on threads: a run that ends sooner is done in-process. Workers cost
 * ~0.45 CPU-s each to start and warm their own compiled code, so on a 2-core machine they pay only
 * past ~2,000 articles (measured, generated ~4 KB articles: 2,000 in one thread 415/s, with two
 * workers 418/s; 4,000: 433/s against 540/s; 10,000: 493/s against 688/s).
 */
export const PARALLEL_MIN_ITEMS = 2000;
/** ...or this many bytes of raw input read (HTML pages are large): enough to decide. */
export const PARALLEL_MIN_BYTES = 64 * 2 ** 20;
/** Articles per message to a worker: fewer messages, still fine-grained enough to balance. */
const CHUNK = 8;
/** Chunks in flight per worker: keeps workers busy while bounding memory. */
const IN_FLIGHT_PER_WORKER = 4;

interface Pending {
  reqId: number;
  resolve: (v: unknown) => void;
  /** Redo the request in this thread if the worker dies. */
  fallback: () => unknown;
}

/**
 * The worker to start: dist's compiled parallel-worker.js, or from source (tsx) a small bootstrap
 * that registers tsx's loader inside the worker and then imports parallel-worker.ts (Node 20
 * does not apply the parent's `--import tsx` hooks to a worker's own module loading).
 */
function startWorker(): Worker {
  if (!import.meta.url.endsWith(".ts")) return new Worker(new URL("./parallel-worker.js", import.meta.url));
  const api = import.meta.resolve("tsx/esm/api");
  const entry = new URL("./parallel-worker.ts", import.meta.url).href;
  const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true });
}

class PoolWorker {
  readonly pending = new Map<number, Pending>();
  /** Requests this worker answered (the rest of what it was given was redone in the main thread). */
  answered = 0;
  /** Set when the worker has loaded its modules and said so. */
  ready = false;
  private dead = false;

  constructor(
    readonly worker: Worker,
    private readonly onDeath: (w: PoolWorker) => void,
  ) {
    worker.on("message", (m: WorkerReply | { ready: true }) => {
      if ("ready" in m) {
        this.ready = true;
        return;
      }
      const p = this.pending.get(m.reqId);
      if (!p) return;
      this.pending.delete(m.reqId);
      this.answered++;
      p.resolve(m.result);
    });
    worker.on("error", () => this.die());
    worker.on("exit", () => this.die());
  }

  get load(): number {
    return this.dead ? Infinity : this.pending.size;
  }

  post(req: WorkerRequest, p: Pending): void {
    if (this.dead) {
      p.resolve(p.fallback());
      return;
    }
    this.pending.set(req.reqId, p);
    this.worker.postMessage(req);
  }

  private die(): void {
    if (this.dead) return;
    this.dead = true;
    for (const p of this.pending.values()) p.resolve(p.fallback());
    this.pending.clear();
    this.onDeath(this);
  }

  close(): Promise<number> {
    this.dead = true;
    return this.worker.terminate();
  }
}

/** A pool of `threads` workers; close() it when done (workers otherwise keep the process alive). */
export class WorkerPool {
  private readonly workers: PoolWorker[] = [];
  private nextReq = 0;

  constructor(readonly threads: number) {
    for (let i = 0; i < threads; i++) this.workers.push(new PoolWorker(startWorker(), () => undefined));
  }

  private run<T>(make: (reqId: number) => WorkerRequest, fallback: () => T): Promise<T> {
    const reqId = this.nextReq++;
    let best = this.workers[0]!;
    for (const w of this.workers) if (w.load < best.load) best = w;
    return new Promise<T>((resolve) => best.post(make(reqId), { reqId, resolve: resolve as (v: unknown) => void, fallback }));
  }

  /** Whether some worker has loaded its modules. */
  get started(): boolean {
    return this.workers.some((w) => w.ready);
  }

  /** Resolves once some worker has loaded its modules (or every worker has died). */
  async whenStarted(): Promise<void> {
    while (!this.started && this.workers.some((w) => w.load !== Infinity)) await new Promise((r) => setTimeout(r, 10));
  }

  /**
   * Extracts, hashes and analyses a chunk of raw articles in a worker (analyses come serialised
   * too). Until a worker has started (~0.4 s of module loading), this thread does the chunk
   * itself: it would otherwise sit idle, and a short run is over before the workers are warm.
   */
  prepare(raws: RawArticle[]): Promise<PreparedItem[]> {
    if (!this.started) return Promise.resolve(raws.map(prepareAndAnalyze));
    return this.run((reqId) => ({ reqId, kind: "prepare", raws }), () => raws.map(prepareInWorker));
  }

  /** Builds the dossiers of one story's members in a worker. */
  dossiers(members: DossierInput[]): Promise<Dossier[]> {
    return this.run((reqId) => ({ reqId, kind: "dossiers", members }), () => buildDossiers(members));
  }

  /**
   * Builds the dossiers of one story from its members as JSON text (Store.storyMembersJson): the
   * text is copied to the worker and parsed there, so this thread neither parses nor clones them.
   */
  dossiersFromJson(json: string): Promise<Dossier[]> {
    return this.run((reqId) => ({ reqId, kind: "dossiers-json", json }), () => buildDossiers(parseStoryMembersJson(json)));
  }

  /** Requests answered by workers so far (for tests and diagnostics: the rest ran in this thread). */
  get answeredByWorkers(): number {
    return this.workers.reduce((s, w) => s + w.answered, 0);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
  }
}

/** One input's outcome, in input order: its problem, or the prepared article. */
export type OrderedItem = PreparedItem;

/**
 * Reads `source` and yields, in input order, each input's extraction + analysis (or its problem),
 * done by `pool`'s workers in chunks with a bounded number in flight. The consumer may await
 * between items: reading pauses when enough chunks are waiting.
 */
export async function* prepareInOrder(source: AsyncIterable<ReadResult>, pool: WorkerPool): AsyncGenerator<OrderedItem> {
  const limit = pool.threads * IN_FLIGHT_PER_WORKER;
  // Each slot is one chunk: reader problems pass through untouched, articles go to a worker.
  const queue: Promise<OrderedItem[]>[] = [];
  let chunk: ReadResult[] = [];
  const submit = () => {
    const items = chunk;
    chunk = [];
    const raws = items.filter((r): r is RawArticle => !isProblem(r));
    const done = raws.length > 0 ? pool.prepare(raws) : Promise.resolve([] as PreparedItem[]);
    queue.push(
      done.then((prepared) => {
        let k = 0;
        return items.map((r): OrderedItem => (isProblem(r) ? { problem: r } : prepared[k++]!));
      }),
    );
  };
  for await (const r of source) {
    chunk.push(r);
    if (chunk.length >= CHUNK) submit();
    while (queue.length >= limit) yield* await queue.shift()!;
  }
  if (chunk.length > 0) submit();
  while (queue.length > 0) yield* await queue.shift()!;
}

/**
 * What in-process ingest does for one input: extraction only, so a duplicate is never analysed
 * (the analysis is done after the duplicate check).
 */
export function prepareLocal(r: ReadResult): OrderedItem {
  if (isProblem(r)) return { problem: r };
  const p = prepareArticle(r);
  return isProblem(p as InputProblem) ? { problem: p as InputProblem } : { ...(p as { article: Article; hash: string }), analysis: null };
}
