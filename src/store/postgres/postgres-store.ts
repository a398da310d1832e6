import pg from "pg";
import { decodeParsedAnalysis, encodeAnalysis } from "../analysis-codec.js";
import type { Analysis, ClusterAssignment } from "../../core/types.js";
import type { Dossier } from "../../dossier/types.js";
import { OUTLINE_LEAD_CHARS } from "../../dossier/outline.js";
import { POSTGRES_MIGRATIONS } from "../migrations/postgres.js";
import { dossierIsUndated, storySummaryFromDossier } from "../story-rows.js";
import type { IngestRecord, IngestWrite, SearchHit, Store, StoredArticle, StoredOutlineMember, StoryQuery, StorySummary } from "../types.js";

interface ArticleRow {
  id: string;
  url: string | null;
  content_hash: string;
  path: string;
  outlet: string | null;
  title: string | null;
  byline: string | null;
  published: string | null;
  dateline: string | null;
  language: string | null;
  text: string;
  removed: StoredArticle["removed"];
  ingested_at: string;
}

interface StoryRow {
  id: string;
  headline: string;
  articles: string[];
  outlets: string[];
  first_seen: string | null;
  last_update: string | null;
}

const ARTICLE_COLS = "id, url, content_hash, path, outlet, title, byline, published, dateline, language, text, removed, ingested_at";
/** Key of the advisory lock that serialises migrations when many workers start at once. */
const MIGRATION_LOCK = 7_431_001;

function articleFromRow(r: ArticleRow): StoredArticle {
  return {
    id: r.id, path: r.path, url: r.url, outlet: r.outlet, title: r.title, byline: r.byline, published: r.published,
    dateline: r.dateline, language: r.language, text: r.text, removed: r.removed, contentHash: r.content_hash, ingestedAt: r.ingested_at,
  };
}

function storyFromRow(r: StoryRow): StorySummary {
  return { id: r.id, headline: r.headline, articles: r.articles, outlets: r.outlets, first_seen: r.first_seen, last_update: r.last_update };
}

/** The schema named by `NEWSFOLD_PG_SCHEMA`, else `public`: lets many newsfold instances share one database. */
export function pgSchemaFromEnv(): string {
  return process.env.NEWSFOLD_PG_SCHEMA || "public";
}

/** A prefix-matching tsquery from user words; null when there are none. */
function toTsQuery(q: string): string | null {
  const words = q.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  return words.map((w, i) => `${w.toLowerCase()}${i === words.length - 1 ? ":*" : ""}`).join(" & ");
}

export interface PostgresStoreOptions {
  /** Schema to work in (created if missing); default `$NEWSFOLD_PG_SCHEMA`, else `public`. Tests use one schema each. */
  schema?: string;
  /** Connection pool size. */
  max?: number;
}

/**
 * The store on PostgreSQL, for many workers and servers over one database. Same interface and
 * behaviour as the SQLite store; every multi-row write is one transaction.
 */
export class PostgresStore implements Store {
  readonly kind = "postgres" as const;
  readonly pool: pg.Pool;
  private readonly schema: string;

  constructor(url: string, options: PostgresStoreOptions = {}) {
    this.schema = options.schema ?? pgSchemaFromEnv();
    if (!/^[a-z_][a-z0-9_]*$/.test(this.schema)) throw new Error(`invalid schema name ${this.schema}`);
    this.pool = new pg.Pool({ connectionString: url, max: options.max ?? 4, options: `-c search_path=${this.schema}` });
    // An idle client that loses its server must not crash the process: the next query reconnects.
    this.pool.on("error", () => undefined);
  }

  /** Runs `fn` in one transaction on one client. */
  async tx<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    try {
      await c.query("BEGIN");
      const out = await fn(c);
      await c.query("COMMIT");
      return out;
    } catch (err) {
      await c.query("ROLLBACK").catch(() => undefined);
      throw err;
    } finally {
      c.release();
    }
  }

  async migrate(): Promise<void> {
    await this.tx(async (c) => {
      await c.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
      await c.query(`CREATE SCHEMA IF NOT EXISTS ${this.schema}`);
      await c.query(`CREATE TABLE IF NOT EXISTS ${this.schema}.newsfold_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
      const done = new Set((await c.query<{ version: number }>(`SELECT version FROM ${this.schema}.newsfold_migrations`)).rows.map((r) => r.version));
      for (const m of POSTGRES_MIGRATIONS) {
        if (done.has(m.version)) continue;
        await c.query(m.sql);
        await c.query(`INSERT INTO ${this.schema}.newsfold_migrations (version, name) VALUES ($1, $2)`, [m.version, m.name]);
      }
    });
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  async findExisting(url: string | null, contentHash: string): Promise<string | null> {
    const r = url
      ? await this.pool.query<{ id: string }>("SELECT id FROM articles WHERE url = $1 OR content_hash = $2 LIMIT 1", [url, contentHash])
      : await this.pool.query<{ id: string }>("SELECT id FROM articles WHERE content_hash = $1 LIMIT 1", [contentHash]);
    return r.rows[0]?.id ?? null;
  }

  async hasArticle(id: string): Promise<boolean> {
    return (await this.pool.query("SELECT 1 FROM articles WHERE id = $1", [id])).rowCount! > 0;
  }

  async putIngested(records: IngestWrite[], states: Record<string, unknown> = {}): Promise<void> {
    await this.tx(async (c) => {
      await this.insertIngested(c, records);
      for (const [name, value] of Object.entries(states)) await this.writeState(c, name, value);
    });
  }

  /**
   * Inserts records with the given client (inside the caller's transaction): three statements per
   * batch, whatever its size, so a batch costs a few round trips rather than three per article.
   */
  async insertIngested(c: pg.PoolClient, records: IngestWrite[]): Promise<void> {
    if (records.length === 0) return;
    const col = <T>(f: (r: IngestWrite) => T): T[] => records.map(f);
    await c.query(
      `INSERT INTO articles (${ARTICLE_COLS})
       SELECT id, url, content_hash, path, outlet, title, byline, published, dateline, language, text, removed::jsonb, ingested_at
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[])
         AS t(id, url, content_hash, path, outlet, title, byline, published, dateline, language, text, removed, ingested_at)`,
      [
        col((r) => r.article.id), col((r) => r.article.url), col((r) => r.article.contentHash), col((r) => r.article.path),
        col((r) => r.article.outlet), col((r) => r.article.title), col((r) => r.article.byline), col((r) => r.article.published),
        col((r) => r.article.dateline), col((r) => r.article.language), col((r) => r.article.text),
        col((r) => JSON.stringify(r.article.removed)), col((r) => r.article.ingestedAt),
      ],
    );
    await c.query("INSERT INTO analyses (article_id, json) SELECT id, json::jsonb FROM unnest($1::text[], $2::text[]) AS t(id, json)", [
      col((r) => r.article.id), col((r) => r.analysisJson ?? encodeAnalysis(r.analysis!)),
    ]);
    await c.query(
      `INSERT INTO assignments (article_id, event, story, duplicate_of, explanation)
       SELECT id, event, story, dup, expl::jsonb FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS t(id, event, story, dup, expl)`,
      [
        col((r) => r.article.id), col((r) => r.assignment.event), col((r) => r.assignment.story), col((r) => r.assignment.duplicate_of),
        col((r) => (r.assignment.explanation ? JSON.stringify(r.assignment.explanation) : null)),
      ],
    );
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const r = await this.pool.query<ArticleRow>(`SELECT ${ARTICLE_COLS} FROM articles WHERE id = $1`, [id]);
    return r.rows[0] ? articleFromRow(r.rows[0]) : null;
  }

  async getAnalysis(id: string): Promise<Analysis | null> {
    const r = await this.pool.query<{ json: Analysis }>("SELECT json FROM analyses WHERE article_id = $1", [id]);
    return r.rows[0] ? decodeParsedAnalysis(r.rows[0].json) : null;
  }

  async getAssignment(id: string): Promise<ClusterAssignment | null> {
    const r = await this.pool.query<{ article_id: string; event: string; story: string; duplicate_of: string | null; explanation: ClusterAssignment["explanation"] | null }>(
      "SELECT * FROM assignments WHERE article_id = $1",
      [id],
    );
    const row = r.rows[0];
    if (!row) return null;
    const out: ClusterAssignment = { id: row.article_id, event: row.event, story: row.story, duplicate_of: row.duplicate_of };
    if (row.explanation) out.explanation = row.explanation;
    return out;
  }

  async storyMembers(story: string): Promise<IngestRecord[]> {
    const r = await this.pool.query<ArticleRow & { analysis: Analysis; event: string; story: string; duplicate_of: string | null; explanation: ClusterAssignment["explanation"] | null }>(
      `SELECT a.id, a.url, a.content_hash, a.path, a.outlet, a.title, a.byline, a.published, a.dateline, a.language, a.text, a.removed, a.ingested_at,
              n.json AS analysis, s.event, s.story, s.duplicate_of, s.explanation
       FROM assignments s JOIN articles a ON a.id = s.article_id JOIN analyses n ON n.article_id = a.id
       WHERE s.story = $1 ORDER BY a.seq`,
      [story],
    );
    return r.rows.map((row) => {
      const assignment: ClusterAssignment = { id: row.id, event: row.event, story: row.story, duplicate_of: row.duplicate_of };
      if (row.explanation) assignment.explanation = row.explanation;
      return { article: articleFromRow(row), analysis: decodeParsedAnalysis(row.analysis), assignment };
    });
  }

  async updateAssignments(assignments: ClusterAssignment[]): Promise<void> {
    await this.tx(async (c) => {
      for (const a of assignments)
        await c.query("UPDATE assignments SET event = $1, story = $2, duplicate_of = $3, explanation = $4 WHERE article_id = $5", [
          a.event, a.story, a.duplicate_of, a.explanation ? JSON.stringify(a.explanation) : null, a.id,
        ]);
    });
  }

  async recentArticleIds(limit: number): Promise<string[]> {
    if (limit <= 0) return [];
    const r = await this.pool.query<{ id: string }>("SELECT id FROM articles ORDER BY seq DESC LIMIT $1", [limit]);
    return r.rows.map((row) => row.id).reverse();
  }

  async articleCount(): Promise<number> {
    return Number((await this.pool.query<{ n: string }>("SELECT count(*) AS n FROM articles")).rows[0]!.n);
  }

  async storyOutlineMembers(story: string): Promise<StoredOutlineMember[]> {
    const r = await this.pool.query<StoredOutlineMember>(
      `SELECT a.id, a.title, a.outlet, a.language, a.published, s.duplicate_of, substr(a.text, 1, ${OUTLINE_LEAD_CHARS}) AS lead, a.ingested_at
       FROM assignments s JOIN articles a ON a.id = s.article_id WHERE s.story = $1 ORDER BY a.seq`,
      [story],
    );
    return r.rows;
  }

  async putStoryOutlines(stories: StorySummary[]): Promise<void> {
    await this.tx(async (c) => {
      for (const s of stories) {
        await upsertStory(c, s);
        await c.query("DELETE FROM dossiers WHERE story = $1", [s.id]);
      }
    });
  }

  async putDossiers(dossiers: Dossier[]): Promise<void> {
    const now = new Date().toISOString();
    await this.tx(async (c) => {
      for (const d of dossiers) {
        if (d.event !== null) continue;
        const ingested = dossierIsUndated(d)
          ? (await c.query<{ ingested_at: string }>("SELECT ingested_at FROM articles WHERE id = ANY($1::text[])", [d.coverage.articles.map((a) => a.id)])).rows.map((r) => r.ingested_at)
          : [];
        const s = storySummaryFromDossier(d, ingested);
        await c.query(
          "INSERT INTO dossiers (story, schema, json, built_at) VALUES ($1,$2,$3,$4) ON CONFLICT (story) DO UPDATE SET schema = EXCLUDED.schema, json = EXCLUDED.json, built_at = EXCLUDED.built_at",
          [d.story, d.schema, JSON.stringify(d), now],
        );
        await upsertStory(c, s);
      }
    });
  }

  async getDossier(story: string): Promise<Dossier | null> {
    const r = await this.pool.query<{ json: Dossier }>("SELECT json FROM dossiers WHERE story = $1", [story]);
    return r.rows[0]?.json ?? null;
  }

  async deleteStory(id: string): Promise<void> {
    await this.tx(async (c) => {
      await c.query("DELETE FROM dossiers WHERE story = $1", [id]);
      await c.query("DELETE FROM stories WHERE id = $1", [id]);
    });
  }

  async listStories(query: StoryQuery = {}): Promise<StorySummary[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    if (query.q) {
      const ts = toTsQuery(query.q);
      if (!ts) return [];
      const t = p(ts);
      where.push(`(s.fts @@ to_tsquery('simple', ${t}) OR s.id IN (SELECT x.story FROM assignments x JOIN articles a ON a.id = x.article_id WHERE a.fts @@ to_tsquery('simple', ${t})))`);
    }
    if (query.outlet) where.push(`s.outlets ? ${p(query.outlet)}`);
    if (query.from) where.push(`(s.last_update IS NULL OR s.last_update >= ${p(query.from)})`);
    if (query.to) where.push(`(s.first_seen IS NULL OR substr(s.first_seen, 1, 10) <= ${p(query.to)})`);
    const limit = p(Math.min(query.limit ?? 50, 500));
    const offset = p(query.offset ?? 0);
    const r = await this.pool.query<StoryRow>(
      `SELECT s.id, s.headline, s.articles, s.outlets, s.first_seen, s.last_update FROM stories s ${where.length ? "WHERE " + where.join(" AND ") : ""}
       ORDER BY s.article_count DESC, s.last_update DESC NULLS LAST, s.id LIMIT ${limit} OFFSET ${offset}`,
      params,
    );
    return r.rows.map(storyFromRow);
  }

  async getStory(id: string): Promise<StorySummary | null> {
    const r = await this.pool.query<StoryRow>("SELECT id, headline, articles, outlets, first_seen, last_update FROM stories WHERE id = $1", [id]);
    return r.rows[0] ? storyFromRow(r.rows[0]) : null;
  }

  async search(q: string, limit = 20): Promise<SearchHit[]> {
    const ts = toTsQuery(q);
    if (!ts) return [];
    const stories = await this.pool.query<{ id: string; headline: string }>(
      "SELECT id, headline FROM stories WHERE fts @@ to_tsquery('simple', $1) ORDER BY ts_rank(fts, to_tsquery('simple', $1)) DESC LIMIT $2",
      [ts, limit],
    );
    const articles = await this.pool.query<{ id: string; title: string | null; snip: string; story: string | null }>(
      `SELECT a.id, a.title, ts_headline('simple', a.text, to_tsquery('simple', $1), 'StartSel=[,StopSel=],MaxWords=20,MinWords=8') AS snip, s.story
       FROM articles a LEFT JOIN assignments s ON s.article_id = a.id WHERE a.fts @@ to_tsquery('simple', $1)
       ORDER BY ts_rank(a.fts, to_tsquery('simple', $1)) DESC LIMIT $2`,
      [ts, limit],
    );
    return [
      ...stories.rows.map((s): SearchHit => ({ kind: "story", id: s.id, story: s.id, title: s.headline, snippet: s.headline })),
      ...articles.rows.map((a): SearchHit => ({ kind: "article", id: a.id, story: a.story, title: a.title ?? "", snippet: a.snip })),
    ];
  }

  async getState<T>(name: string): Promise<T | null> {
    const r = await this.pool.query<{ json: T }>("SELECT json FROM state WHERE name = $1", [name]);
    return r.rows[0]?.json ?? null;
  }

  async putState(name: string, value: unknown): Promise<void> {
    const c = await this.pool.connect();
    try {
      await this.writeState(c, name, value);
    } finally {
      c.release();
    }
  }

  private async writeState(c: pg.PoolClient, name: string, value: unknown): Promise<void> {
    await c.query(
      "INSERT INTO state (name, json, updated_at) VALUES ($1, $2, $3) ON CONFLICT (name) DO UPDATE SET json = EXCLUDED.json, updated_at = EXCLUDED.updated_at",
      [name, JSON.stringify(value), new Date().toISOString()],
    );
  }
}

/** Inserts or updates one story row (its tsvector is a generated column). */
async function upsertStory(c: pg.PoolClient, s: StorySummary): Promise<void> {
  await c.query(
    `INSERT INTO stories (id, headline, articles, outlets, first_seen, last_update, article_count) VALUES ($1,$2,$3,$4,$5,$6,$7)
     ON CONFLICT (id) DO UPDATE SET headline = EXCLUDED.headline, articles = EXCLUDED.articles, outlets = EXCLUDED.outlets,
       first_seen = EXCLUDED.first_seen, last_update = EXCLUDED.last_update, article_count = EXCLUDED.article_count`,
    [s.id, s.headline, JSON.stringify(s.articles), JSON.stringify(s.outlets), s.first_seen, s.last_update, s.articles.length],
  );
}
