/**
 * Dossiers on demand. An ingest refreshes the story rows it touched from their outlines (cheap)
 * and drops their dossiers; the first reader of a story builds its dossier from the stored members
 * and keeps it, so later reads are a single row. A day's news then goes through ingest at the
 * speed of extraction and analysis, and only the stories someone opens pay for claim alignment.
 */
import { buildDossiers, storyOutline, type Dossier } from "../dossier/index.js";
import { storySummaryFromOutline } from "../store/story-rows.js";
import type { Store } from "../store/types.js";
import { reuseAnalyses } from "./member-cache.js";
import { WorkerPool } from "./parallel.js";

export interface DossierReaderOptions {
  /**
   * Stories of at least this many articles are built in a worker thread (started on first need,
   * stopped by close()), so a server keeps answering other requests during a build of seconds.
   * Default: never (everything is built in this thread, as a one-shot command wants).
   */
  workerFrom?: number;
}

/** Reads dossiers from a store, building (and storing) those that are missing or out of date. */
export class DossierReader {
  /** Builds under way, so concurrent readers of one story share one build. */
  private readonly building = new Map<string, Promise<Dossier | null>>();
  private pool: WorkerPool | null = null;

  constructor(
    private readonly store: Store,
    private readonly options: DossierReaderOptions = {},
  ) {}

  /** Stops the worker thread, if one was started. */
  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = null;
    await pool?.close();
  }

  /** The story's dossier, built now if the store has none for it; null when there is no such story. */
  async get(story: string): Promise<Dossier | null> {
    const stored = await this.store.getDossier(story);
    if (stored) return stored;
    let run = this.building.get(story);
    if (!run) {
      run = this.build(story).finally(() => this.building.delete(story));
      this.building.set(story, run);
    }
    return run;
  }

  private async build(story: string): Promise<Dossier | null> {
    const row = await this.store.getStory(story);
    if (!row) return null;
    const dossier = (await this.buildStory(story, row.articles.length)).find((d) => d.story === story && d.event === null) ?? null;
    if (!dossier) return null;
    // An ingest may have added members while this one was read; storing this dossier then would
    // leave an out-of-date one in place of the drop that ingest made. It is returned all the same.
    const now = await this.store.getStory(story);
    if (now && sameMembers(now.articles, dossier.coverage.articles.map((a) => a.id))) await this.store.putDossiers([dossier]);
    return dossier;
  }

  /** Dossiers of one story's stored members: in a worker for a large story when so configured. */
  private async buildStory(story: string, size: number): Promise<Dossier[]> {
    const from = this.options.workerFrom;
    if (from !== undefined && size >= from) {
      this.pool ??= new WorkerPool(1);
      if (this.store.storyMembersJson) {
        const json = await this.store.storyMembersJson(story);
        return json === "[]" ? [] : this.pool.dossiersFromJson(json);
      }
      const members = await this.store.storyMembers(story);
      return members.length === 0 ? [] : this.pool.dossiers(members);
    }
    const members = await this.store.storyMembers(story);
    return members.length === 0 ? [] : buildDossiers(reuseAnalyses(members));
  }
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((id) => set.has(id));
}

/**
 * Refreshes the rows of the given stories from their outlines and drops their dossiers; a story
 * left with no members is deleted. Returns the stories that still exist.
 */
export async function refreshStoryOutlines(store: Store, stories: readonly string[]): Promise<string[]> {
  const rows = [];
  for (const story of stories) {
    const members = await store.storyOutlineMembers(story);
    if (members.length === 0) {
      await store.deleteStory(story);
      continue;
    }
    rows.push(storySummaryFromOutline(story, storyOutline(members), members.map((m) => m.ingested_at)));
  }
  await store.putStoryOutlines(rows);
  return rows.map((r) => r.id);
}
