import type { Analysis, ClusterAssignment } from "../core/types.js";
import type { InputProblem, ReadResult } from "../core/input.js";
import { analyze } from "../nlp/index.js";
import { buildDossiers, type DossierInput } from "../dossier/index.js";
import { createOnlineClusterer, type OnlineClusterer } from "./online-clusterer.js";
import { PARALLEL_MIN_BYTES, PARALLEL_MIN_ITEMS, WorkerPool, prepareInOrder, prepareLocal, type OrderedItem } from "./parallel.js";
import type { IngestWrite, Store } from "../store/types.js";
import { learnAndStrip, loadTemplateMemory, type InMemoryTemplateMemory } from "../extract/templates/index.js";
import { LanguagePrior } from "../extract/index.js";
import { articleHash } from "./parallel-task.js";
import { decodeAnalysis } from "../store/analysis-codec.js";
import { refreshStoryOutlines } from "./dossiers.js";
import { reuseAnalyses } from "./member-cache.js";

export { articleHash, contentHash, prepareArticle } from "./parallel-task.js";

/** What one ingest run did, for the summary line and the API response. */
export interface IngestSummary {
  read: number;
  skipped: number;
  duplicates: number;
  stored: number;
  storiesNew: number;
  storiesUpdated: number;
  /** Ids of stored articles, in input order. */
  ids: string[];
}

export interface IngestHooks {
  onProblem?: (p: InputProblem) => void;
  /** Called after every article read (stored, duplicate or skipped). */
  onProgress?: (summary: IngestSummary) => void;
}

const CLUSTER_STATE = "cluster";
const DIRTY_STORIES = "dirty-stories";
/** Articles stored since the clusterer state was last written: what a crashed run left to replay. */
const CLUSTER_PENDING = "cluster-pending";
const TEMPLATES = "templates";
const BATCH = 100;
/** Articles of a run seen before its leading language is lent to weak detections. */
const STREAM_LANGUAGE_MIN = 20;
/** Fewest articles learned between two writes of the template memory's state. */
const TEMPLATE_WRITE_MIN = 2000;
/** Story member text (JSON) handed to dossier workers at once; see rebuildDossiersWith. */
const DOSSIER_BYTES_IN_FLIGHT = 48 * 2 ** 20;

export interface IngesterOptions {
  /**
   * Worker threads for extraction + analysis and for dossier builds (0: all in this thread, the
   * default for the library; the CLI passes one per core). Runs of fewer than PARALLEL_MIN_ITEMS
   * inputs stay in this thread whatever this says.
   */
  threads?: number;
  /**
   * Per-outlet template memory (default true): lines an outlet repeats across its articles are dropped from
   * later ones (reason `template`). The memory is kept in the store, so it grows with the corpus.
   */
  templates?: boolean;
  /**
   * When the touched stories' dossiers are built: `"build"` (the default for the library) at the
   * end of each run, with the worker threads; `"defer"` never by the ingest, which only refreshes
   * the stories' rows from their outlines and drops their old dossiers, for a DossierReader to
   * build when a story is first read (what the CLI and the server do: most stories of a day's
   * news are never opened, and a dossier costs more than extracting and analysing its articles).
   */
  dossiers?: "build" | "defer";
  /** Runs shorter than this stay in this thread whatever `threads` says (default PARALLEL_MIN_ITEMS). */
  parallelMinItems?: number;
}

/**
 * Incremental ingest into a store: extract, de-duplicate against what is stored (same URL or
 * same content hash changes nothing), analyse, place each article with the online clusterer
 * (restored from the store, so story ids are stable across runs), write articles with their
 * analyses, assignments and the clusterer state in one transaction per batch, then rebuild the
 * dossiers of the stories that changed (or, with `dossiers: "defer"`, refresh their rows and
 * leave the dossiers to be built when read).
 *
 * Crash safety: every batch is one transaction. The clusterer state, which grows with the store,
 * is written with a batch only when the articles stored since its last write reach a quarter of
 * the store (and at the end of the run), so a long ingest writes it a logarithmic number of
 * times; each batch records how many articles the written state lacks, and the next run places
 * those again, in stored order, before anything new (the clusterer is deterministic, so they land
 * where they were stored). The stories a run touched are written with the clusterer state; a
 * later run refreshes any left over, so a killed ingest is completed by the next one.
 *
 * One Ingester serialises its runs (the clustering step is order-dependent), so a server may
 * call it from concurrent requests.
 *
 * With `threads`, workers extract and analyse ahead (parallel.ts) while this thread consumes
 * their results in input order: clustering, store writes and their transactions are exactly
 * those of a run without workers.
 */
export class Ingester {
  private queue: Promise<unknown> = Promise.resolve();
  private clusterer: OnlineClusterer | null = null;
  private templates: InMemoryTemplateMemory | null = null;

  constructor(
    private readonly store: Store,
    private readonly options: IngesterOptions = {},
  ) {}

  /** Ingests everything `source` yields; runs one at a time per Ingester. */
  ingest(source: AsyncIterable<ReadResult>, hooks: IngestHooks = {}): Promise<IngestSummary> {
    const run = this.queue.then(() => this.run(source, hooks));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async run(source: AsyncIterable<ReadResult>, hooks: IngestHooks): Promise<IngestSummary> {
    const { items, pool } = await this.plan(source);
    try {
      return await this.consume(items, pool, hooks);
    } finally {
      await pool?.close();
    }
  }

  /** Reads the first inputs to decide: a worker pool for a long run, this thread for a short one. */
  private async plan(source: AsyncIterable<ReadResult>): Promise<{ items: AsyncIterable<OrderedItem>; pool: WorkerPool | null }> {
    const threads = this.options.threads ?? 0;
    if (threads < 1) return { items: mapAsync(source, prepareLocal), pool: null };
    const it = source[Symbol.asyncIterator]();
    const head: ReadResult[] = [];
    let done = false;
    const minItems = this.options.parallelMinItems ?? PARALLEL_MIN_ITEMS;
    let bytes = 0;
    while (head.length < minItems && bytes < PARALLEL_MIN_BYTES) {
      const n = await it.next();
      if (n.done) {
        done = true;
        break;
      }
      head.push(n.value);
      if (!("problem" in n.value)) bytes += n.value.body.length;
    }
    async function* all(): AsyncGenerator<ReadResult> {
      yield* head;
      if (done) return;
      for (let n = await it.next(); !n.done; n = await it.next()) yield n.value;
    }
    if (done) return { items: mapAsync(all(), prepareLocal), pool: null };
    const pool = new WorkerPool(threads);
    return { items: prepareInOrder(all(), pool), pool };
  }

  private async consume(source: AsyncIterable<OrderedItem>, pool: WorkerPool | null, hooks: IngestHooks): Promise<IngestSummary> {
    const summary: IngestSummary = { read: 0, skipped: 0, duplicates: 0, stored: 0, storiesNew: 0, storiesUpdated: 0, ids: [] };
    this.clusterer ??= createOnlineClusterer(await this.store.getState(CLUSTER_STATE));
    const templates = this.options.templates === false ? null : (this.templates ??= loadTemplateMemory(await this.store.getState(TEMPLATES)));
    const leftover = (await this.store.getState<string[]>(DIRTY_STORIES)) ?? [];
    const touched = new Set<string>(leftover);
    await this.replayUnsaved(this.clusterer, touched);
    /** Articles in the store (what the clusterer state grows with), and those its last written state lacks. */
    let known = await this.store.articleCount();
    let unsaved = 0;
    const knownStories = new Set<string>();
    /** Stories this run opened, and where each of its articles went (a merge may fold a new story into another). */
    const newStories = new Set<string>();
    const runStory = new Map<string, string>();
    const seenHashes = new Set<string>();
    // Ids and URLs taken earlier in this run: they are not in the store until the next flush, and
    // a second record with either would break the store's unique keys and lose the whole batch.
    const seenIds = new Set<string>();
    const seenUrls = new Set<string>();
    let batch: IngestWrite[] = [];
    // The run's languages so far: a weak detection (a short item stripped of its stop words) takes
    // the leading one, as in batch clustering, so that it is stemmed like the rest of its event.
    const languages = new LanguagePrior(STREAM_LANGUAGE_MIN);

    const skip = (p: InputProblem) => {
      summary.skipped++;
      hooks.onProblem?.(p);
    };
    // The template memory is up to ~50 MB of counts, so writing it with every batch made a long
    // ingest quadratic. It is written when the articles learned since its last write reach half of
    // all learned in this run, and at least TEMPLATE_WRITE_MIN (a logarithmic number of writes), and
    // at the end. A crash loses at most those observations: the memory learns a little later.
    let learnedSinceWrite = 0;
    let learned = 0;
    const flush = async (final: boolean, clusterChanged = false) => {
      const writeTemplates = templates !== null && learnedSinceWrite > 0 && (final || learnedSinceWrite >= Math.max(TEMPLATE_WRITE_MIN, learned / 2));
      for (const r of batch) touched.add(r.assignment.story);
      known += batch.length;
      unsaved += batch.length;
      const writeCluster = final ? unsaved > 0 || clusterChanged : unsaved >= Math.max(BATCH, known / 4);
      const states: Record<string, unknown> = writeCluster
        ? { [CLUSTER_STATE]: this.clusterer!.exportState(), [DIRTY_STORIES]: [...touched], [CLUSTER_PENDING]: 0 }
        : batch.length > 0
          ? { [CLUSTER_PENDING]: unsaved }
          : {};
      if (writeTemplates) states[TEMPLATES] = templates.toJSON();
      if (batch.length > 0) await this.store.putIngested(batch, states);
      else for (const [name, value] of Object.entries(states)) await this.store.putState(name, value);
      if (writeTemplates) learnedSinceWrite = 0;
      if (writeCluster) unsaved = 0;
      batch = [];
    };

    for await (const item of source) {
      summary.read++;
      if ("problem" in item) {
        skip(item.problem);
        hooks.onProgress?.(summary);
        continue;
      }
      let { article, hash } = item;
      const takenInRun = seenHashes.has(hash) || seenIds.has(article.id) || (article.url !== null && seenUrls.has(article.url));
      if (takenInRun || (await this.store.findExisting(article.url, hash)) !== null || (await this.store.hasArticle(article.id))) {
        summary.duplicates++;
        hooks.onProgress?.(summary);
        continue;
      }
      seenHashes.add(hash);
      seenIds.add(article.id);
      if (article.url !== null) seenUrls.add(article.url);
      // Learned only from new articles, so re-ingesting a corpus does not make its lines look repeated.
      const stripped = templates ? learnAndStrip(templates, article, "lineKeys" in item ? item.lineKeys : undefined) : article;
      if (templates) {
        learnedSinceWrite++;
        learned++;
      }
      languages.observe(stripped.language);
      const settled = languages.settle(stripped);
      // A worker's analysis (sent encoded) and cluster evidence hold only for the text and language it saw.
      const worker = settled === article && "analysisJson" in item && item.analysisJson !== undefined ? item : null;
      let analysis: Analysis | null = settled === article ? item.analysis : null; // offsets moved with dropped lines
      if (stripped !== article) {
        hash = articleHash(stripped);
        seenHashes.add(hash);
      }
      article = settled;
      const before = this.clusterer.knownStory(article.id);
      let assignment: ClusterAssignment | null = worker?.evidence && analysis === null ? this.clusterer.addEvidence(article, worker.evidence) : null;
      if (assignment === null) {
        analysis ??= worker ? decodeAnalysis(worker.analysisJson!) : analyze(article);
        assignment = this.clusterer.add({ article, analysis });
      }
      if (!before && !knownStories.has(assignment.story) && !(await this.store.getStory(assignment.story))) newStories.add(assignment.story);
      summary.storiesNew = newStories.size;
      knownStories.add(assignment.story);
      runStory.set(article.id, assignment.story);
      const stored = { ...article, contentHash: hash, ingestedAt: new Date().toISOString() };
      // The worker's encoded analysis is stored as it came; this thread's own is encoded by the store.
      batch.push(worker ? { article: stored, assignment, analysisJson: worker.analysisJson! } : { article: stored, analysis: analysis!, assignment });
      summary.stored++;
      summary.ids.push(article.id);
      hooks.onProgress?.(summary);
      if (batch.length >= BATCH) await flush(false);
    }
    // Storylines split by arrival order (a later event, a text in another language) merge at the
    // end of the run; the final flush then stores the merged state (also when no article is left).
    await flush(true, this.clusterer.endRun() > 0);

    // Consolidation may have moved earlier articles between events/stories.
    const moved = this.clusterer.drainChanges();
    if (moved.length > 0) {
      for (const m of moved) {
        const old = await this.store.getAssignment(m.id);
        if (old) touched.add(old.story); // the story it left needs a new dossier too
        touched.add(m.story);
      }
      await this.store.updateAssignments(moved);
      for (const m of moved) if (runStory.has(m.id)) runStory.set(m.id, m.story);
    }
    summary.storiesNew = new Set([...runStory.values()].filter((s) => newStories.has(s))).size;
    // A story opened in this run and merged away by the end is neither new nor updated.
    summary.storiesUpdated = [...touched].filter((s) => !newStories.has(s)).length;
    if (this.options.dossiers === "defer") await refreshStoryOutlines(this.store, [...touched]);
    else if (pool) await this.rebuildDossiersWith(pool, [...touched]);
    else await this.rebuildDossiers([...touched]);
    await this.store.putState(DIRTY_STORIES, []);
    return summary;
  }

  /**
   * Places again the articles a crashed run stored after its last clusterer-state write, in
   * stored order, and moves in the store any that land elsewhere (none should: placement is
   * deterministic). Their stories join `touched`. Idempotent: a crash during the replay leaves
   * articles the next replay skips (already placed) or places.
   */
  private async replayUnsaved(clusterer: OnlineClusterer, touched: Set<string>): Promise<void> {
    const pending = (await this.store.getState<number>(CLUSTER_PENDING)) ?? 0;
    if (!(pending > 0)) return;
    const ids = (await this.store.recentArticleIds(pending)).filter((id) => !clusterer.knownStory(id));
    const moved: ClusterAssignment[] = [];
    for (const id of ids) {
      const [article, analysis, stored] = await Promise.all([this.store.getArticle(id), this.store.getAnalysis(id), this.store.getAssignment(id)]);
      if (!article || !analysis) continue;
      const placed = clusterer.add({ article, analysis });
      touched.add(placed.story);
      if (stored) touched.add(stored.story);
      if (!stored || stored.event !== placed.event || stored.story !== placed.story || stored.duplicate_of !== placed.duplicate_of) moved.push(placed);
    }
    if (moved.length > 0) await this.store.updateAssignments(moved);
    await this.store.putState(DIRTY_STORIES, [...touched]);
    await this.store.putState(CLUSTER_STATE, clusterer.exportState());
    await this.store.putState(CLUSTER_PENDING, 0);
  }

  /** Rebuilds and stores the dossiers of the given stories from their stored members. */
  async rebuildDossiers(stories: string[]): Promise<void> {
    for (const story of stories) {
      const members = await this.store.storyMembers(story);
      if (members.length === 0) {
        await this.store.deleteStory(story);
        continue;
      }
      const dossiers = buildDossiers(reuseAnalyses(members.map((m) => ({ article: m.article, analysis: m.analysis, assignment: m.assignment }))));
      await this.store.putDossiers(dossiers.filter((d) => d.story === story));
    }
  }

  /**
   * rebuildDossiers with the builds done by the pool's workers. A few lanes each take the next
   * story as soon as their last one is stored, so one large story never leaves a worker idle
   * (fixed windows waited for their slowest build). Members travel as the store's JSON text when
   * it offers it, so this thread neither parses nor structured-clones the analyses.
   *
   * A story of thousands of articles is tens of MB of member text and several times that once
   * parsed and built in a worker, so the member text in flight is kept under a budget (a story
   * larger than the budget still runs, alone): peak memory follows the largest story, not the
   * sum of the largest few.
   */
  private async rebuildDossiersWith(pool: WorkerPool, stories: string[]): Promise<void> {
    let next = 0;
    let inFlight = 0;
    let waiting: (() => void)[] = [];
    const lane = async (): Promise<void> => {
      while (next < stories.length) {
        const story = stories[next++]!;
        const members = await this.membersForPool(story);
        if (members === null) {
          await this.store.deleteStory(story);
          continue;
        }
        while (inFlight > 0 && inFlight + members.bytes > DOSSIER_BYTES_IN_FLIGHT) await new Promise<void>((r) => waiting.push(r));
        inFlight += members.bytes;
        try {
          const dossiers = await ("json" in members ? pool.dossiersFromJson(members.json) : pool.dossiers(members.records));
          await this.store.putDossiers(dossiers.filter((d) => d.story === story));
        } finally {
          inFlight -= members.bytes;
          const wake = waiting;
          waiting = [];
          for (const w of wake) w();
        }
      }
    };
    await Promise.all(Array.from({ length: pool.threads * 2 }, lane));
  }

  /** One story's members for a worker (JSON text when the store offers it), or null when it has none left. */
  private async membersForPool(story: string): Promise<({ json: string } | { records: DossierInput[] }) & { bytes: number } | null> {
    if (this.store.storyMembersJson) {
      const json = await this.store.storyMembersJson(story);
      return json === "[]" ? null : { json, bytes: json.length };
    }
    const members = await this.store.storyMembers(story);
    if (members.length === 0) return null;
    // No text to measure: an analysed ~4 KB article is about 25 KB of member JSON.
    return { records: members.map((m) => ({ article: m.article, analysis: m.analysis, assignment: m.assignment })), bytes: members.length * 25_000 };
  }
}

/** Maps an async iterable one item at a time. */
async function* mapAsync<T, U>(source: AsyncIterable<T>, fn: (t: T) => U): AsyncGenerator<U> {
  for await (const t of source) yield fn(t);
}
