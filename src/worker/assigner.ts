import type pg from "pg";
import type { Analysis } from "../core/types.js";
import { createOnlineClusterer, type OnlineClusterer } from "../pipeline/online-clusterer.js";
import type { PostgresStore } from "../store/postgres/postgres-store.js";
import type { IngestRecord, StoredArticle } from "../store/types.js";

/**
 * Key space of the advisory lock held while assigning: the one step that must be serial. The
 * second key is the schema's hash, so newsfold instances sharing a database (one schema each)
 * do not wait on each other.
 */
export const ASSIGN_LOCK = 7_431_002;
const CLUSTER_STATE = "cluster";
const ASSIGN_STATE = "assign";
/** Most articles placed per commit. */
const BATCH = 500;
/** Fewest articles a commit is cut down to when commits run slow (see `limit`). */
const MIN_BATCH = 25;
/**
 * Every commit rewrites the whole clusterer state (megabytes on a big stream), so a commit waits
 * until a full batch is ready, unless the stream has ended or the oldest ready article has waited
 * this long: throughput under load, bounded latency when the stream is slow.
 */
const MAX_WAIT_MS = 1500;
const POLL_MS = 200;

interface AssignState {
  /** Bumped on every commit, so a worker knows whether its in-memory clusterer is current. */
  version: number;
}

interface StagedRow {
  seq: string;
  status: "ready" | "skip" | null;
  article: StoredArticle | null;
  analysis: Analysis | null;
}

/**
 * Places staged articles into events and stories, strictly in the order they were enqueued, under a PostgreSQL
 * advisory lock: whichever worker runs it, the result is what one process would give, and two
 * near-identical articles analysed at the same moment can never open two stories.
 *
 * The clusterer lives in memory between runs; it is reloaded from the store only when another
 * worker committed since (the state version moved), so a worker that keeps the lock pays nothing.
 * The articles, their assignments, the clusterer state and the next sequence number are written in
 * one transaction: a worker killed mid-way leaves nothing half-done.
 */
export class Assigner {
  private clusterer: OnlineClusterer | null = null;
  private version = -1;
  /** Commits made and clusterer reloads paid by this worker (a reload: another worker committed since). */
  readonly stats = { commits: 0, reloads: 0, reloadMs: 0 };

  constructor(private readonly store: PostgresStore) {}

  /**
   * Articles per commit now. A pass must end within its job's timeout, but one commit cannot be
   * cut short, and its cost varies with the machine's load and the clusterer's size: so the
   * commit size follows the measured commit times: cut in proportion (down to MIN_BATCH) when a
   * full commit took more than its share of the budget, doubled back toward BATCH when one took
   * much less. Commit boundaries do not change the result (the clusterer sees the same order).
   */
  private limit = BATCH;
  /** Set on shutdown: a pass waiting for analyses ends at once instead of at its deadline. */
  private stopping = false;

  /** Ends waiting passes (their articles are left for the next pass, on whichever worker). */
  stop(): void {
    this.stopping = true;
  }

  /**
   * Assigns contiguous staged articles, batch after batch, until nothing is left to assign or
   * `budgetMs` has passed (a job must end well within its timeout, or the queue would take it for
   * dead and hand it to another worker); `more` says whether articles are left for the next pass.
   * `onCommit` hears the stories each commit touched, as soon as it is committed.
   *
   * While articles are still being analysed the pass waits for them (up to the budget) rather than
   * ending: a pass that ended at every lull would be picked up next by whichever worker asks first,
   * and a worker taking over reloads the clusterer from its saved state, which costs time and is
   * not exactly the state the previous worker had in memory (its candidate index is rebuilt), so
   * fewer hand-overs also mean results closer to a single process.
   *
   * While another worker holds the assignment lock this waits for it only until the budget is
   * spent, and then returns `more` (the pass is queued again), so a long pass elsewhere cannot
   * make this job overrun its timeout.
   */
  async run(budgetMs: number, onCommit: (stories: string[]) => Promise<void> = async () => undefined): Promise<{ assigned: number; commits: number; more: boolean }> {
    const start = Date.now();
    const deadline = start + budgetMs;
    // Each commit should take at most a quarter of the budget: with the budget a third of the job
    // timeout, a commit started just before the budget ends still finishes well in time.
    const target = budgetMs / 4;
    let assigned = 0;
    let commits = 0;
    for (;;) {
      const waited = await this.waitForBatch(deadline);
      if (waited === "empty") return { assigned, commits, more: false };
      if (waited === "waiting") return { assigned, commits, more: true };
      const t0 = Date.now();
      const step = await this.step(deadline);
      if (step === "busy") return { assigned, commits, more: true };
      assigned += step.assigned;
      commits++;
      if (step.stories.length > 0) await onCommit(step.stories);
      // The hand-off of the touched stories counts: a commit touching hundreds of stories sends
      // as many dossier jobs, and under load that took longer than the commit itself.
      const took = Date.now() - t0;
      if (step.full && took > target) this.limit = Math.max(MIN_BATCH, Math.floor((this.limit * target) / took));
      else if (took < target / 3) this.limit = Math.min(BATCH, this.limit * 2);
      if (Date.now() > deadline) return { assigned, commits, more: true };
    }
  }

  /**
   * Waits (without the lock) until a batch is worth committing (see MAX_WAIT_MS): "ready" when
   * one is, "empty" when nothing is left to assign, "waiting" when the deadline came while the
   * next article in order was still being analysed.
   */
  private async waitForBatch(deadline: number): Promise<"ready" | "empty" | "waiting"> {
    const batch = this.limit;
    for (;;) {
      const rows = (
        await this.store.pool.query<{ staged: boolean; age: number | null }>(
          `SELECT s.seq IS NOT NULL AS staged, extract(epoch FROM clock_timestamp() - s.staged_at)::float8 * 1000 AS age
           FROM enqueued e LEFT JOIN staged s ON s.seq = e.seq ORDER BY e.seq LIMIT $1`,
          [batch],
        )
      ).rows;
      if (rows.length === 0) return "empty";
      const blocked = rows.findIndex((r) => !r.staged);
      const ready = blocked < 0 ? rows.length : blocked;
      if (ready === batch || blocked < 0) return "ready"; // a full batch, or the stream's end
      const oldest = ready === 0 ? 0 : Math.max(...rows.slice(0, ready).map((r) => r.age ?? 0));
      if (ready > 0 && oldest >= MAX_WAIT_MS) return "ready";
      if (Date.now() + POLL_MS > deadline || this.stopping) return ready > 0 ? "ready" : "waiting";
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  }

  /** One commit of at most `limit` articles; "busy" when another worker kept the lock past `deadline`. */
  private async step(deadline: number): Promise<{ assigned: number; stories: string[]; full: boolean } | "busy"> {
    const batch = this.limit;
    try {
      return await this.store.tx(async (c) => {
        while (!(await c.query<{ ok: boolean }>("SELECT pg_try_advisory_xact_lock($1, hashtext(current_schema())) AS ok", [ASSIGN_LOCK])).rows[0]!.ok) {
          if (Date.now() + POLL_MS > deadline) return "busy" as const;
          await new Promise((r) => setTimeout(r, POLL_MS));
        }
        const state = (await readState<AssignState>(c, ASSIGN_STATE)) ?? { version: 0 };
        if (!this.clusterer || this.version !== state.version) {
          const t0 = performance.now();
          this.clusterer = createOnlineClusterer(await readState(c, CLUSTER_STATE));
          this.version = state.version;
          this.stats.reloads++;
          this.stats.reloadMs += performance.now() - t0;
        }
        // Enqueued articles in ingest order, with their analysis when it is staged.
        const rows = (
          await c.query<StagedRow>(
            "SELECT e.seq::text, s.status, s.article, s.analysis FROM enqueued e LEFT JOIN staged s ON s.seq = e.seq ORDER BY e.seq LIMIT $1",
            [batch],
          )
        ).rows;
        const done: string[] = [];
        const ready: { article: StoredArticle; analysis: Analysis }[] = [];
        for (const row of rows) {
          if (row.status === null) break; // the next article in order is still being analysed
          done.push(row.seq);
          if (row.status === "skip" || !row.article || !row.analysis) continue;
          ready.push({ article: row.article, analysis: row.analysis });
        }
        if (done.length === 0) return { assigned: 0, stories: [], full: false };
        // One look-up for the whole batch: which ids, hashes and URLs are stored already.
        const stored = await c.query<{ id: string; content_hash: string; url: string | null }>(
          "SELECT id, content_hash, url FROM articles WHERE id = ANY($1::text[]) OR content_hash = ANY($2::text[]) OR url = ANY($3::text[])",
          [ready.map((r) => r.article.id), ready.map((r) => r.article.contentHash), ready.flatMap((r) => (r.article.url ? [r.article.url] : []))],
        );
        const seen = new Set<string>();
        for (const r of stored.rows) {
          seen.add(`id:${r.id}`).add(`hash:${r.content_hash}`);
          if (r.url) seen.add(`url:${r.url}`);
        }
        const records: IngestRecord[] = [];
        for (const { article: a, analysis } of ready) {
          // The same checks, in the same order, as single-process ingest: a copy is never placed.
          if (seen.has(`hash:${a.contentHash}`) || seen.has(`id:${a.id}`) || (a.url && seen.has(`url:${a.url}`))) continue;
          seen.add(`hash:${a.contentHash}`).add(`id:${a.id}`);
          if (a.url) seen.add(`url:${a.url}`);
          const assignment = this.clusterer.add({ article: a, analysis });
          records.push({ article: a, analysis, assignment });
        }
        await this.store.insertIngested(c, records);
        const moved = this.clusterer.drainChanges();
        const left: string[] = [];
        if (moved.length > 0) {
          const old = await c.query<{ story: string }>(
            `UPDATE assignments n SET event = m.event, story = m.story, duplicate_of = m.dup
             FROM assignments o, unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS m(id, event, story, dup)
             WHERE n.article_id = m.id AND o.article_id = n.article_id RETURNING o.story`,
            [moved.map((m) => m.id), moved.map((m) => m.event), moved.map((m) => m.story), moved.map((m) => m.duplicate_of)],
          );
          for (const r of old.rows) left.push(r.story);
        }
        const version = state.version + 1;
        await writeState(c, CLUSTER_STATE, this.clusterer.exportState());
        await writeState(c, ASSIGN_STATE, { version } satisfies AssignState);
        await c.query("DELETE FROM enqueued WHERE seq = ANY($1::bigint[])", [done]);
        await c.query("DELETE FROM staged WHERE seq = ANY($1::bigint[])", [done]);
        this.version = version;
        this.stats.commits++;
        const stories = new Set([...records.map((r) => r.assignment.story), ...moved.map((m) => m.story), ...left]);
        return { assigned: records.length, stories: [...stories], full: done.length === batch };
      });
    } catch (err) {
      // The transaction rolled back: the in-memory clusterer saw articles the store did not keep.
      this.clusterer = null;
      this.version = -1;
      throw err;
    }
  }
}

async function readState<T>(c: pg.PoolClient, name: string): Promise<T | null> {
  const r = await c.query<{ json: T }>("SELECT json FROM state WHERE name = $1", [name]);
  return r.rows[0]?.json ?? null;
}

async function writeState(c: pg.PoolClient, name: string, value: unknown): Promise<void> {
  await c.query(
    "INSERT INTO state (name, json, updated_at) VALUES ($1, $2, $3) ON CONFLICT (name) DO UPDATE SET json = EXCLUDED.json, updated_at = EXCLUDED.updated_at",
    [name, JSON.stringify(value), new Date().toISOString()],
  );
}
