import Database from "better-sqlite3";
import type { Analysis, ClusterAssignment } from "../../core/types.js";
import type { Dossier } from "../../dossier/types.js";
import { OUTLINE_LEAD_CHARS } from "../../dossier/outline.js";
import { SQLITE_MIGRATIONS } from "../migrations/sqlite.js";
import { dossierIsUndated, storySummaryFromDossier, toFtsQuery } from "../story-rows.js";
import { decodeAnalysis, encodeAnalysis } from "../analysis-codec.js";
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
  removed: string;
  ingested_at: string;
}

interface StoryRow {
  id: string;
  headline: string;
  articles: string;
  outlets: string;
  first_seen: string | null;
  last_update: string | null;
}

/** An article row joined with its analysis JSON and its assignment. */
type MemberRow = ArticleRow & { analysis: string; event: string; story: string; duplicate_of: string | null; explanation: string | null };

function articleFromRow(r: ArticleRow): StoredArticle {
  return {
    id: r.id,
    path: r.path,
    url: r.url,
    outlet: r.outlet,
    title: r.title,
    byline: r.byline,
    published: r.published,
    dateline: r.dateline,
    language: r.language,
    text: r.text,
    removed: JSON.parse(r.removed) as StoredArticle["removed"],
    contentHash: r.content_hash,
    ingestedAt: r.ingested_at,
  };
}

function storyFromRow(r: StoryRow): StorySummary {
  return {
    id: r.id,
    headline: r.headline,
    articles: JSON.parse(r.articles) as string[],
    outlets: JSON.parse(r.outlets) as string[],
    first_seen: r.first_seen,
    last_update: r.last_update,
  };
}

/**
 * The embedded store: one SQLite file in WAL mode (readers never block the writer), foreign
 * keys on, every multi-row write in one transaction so a crash leaves the file consistent.
 */
export class SqliteStore implements Store {
  readonly kind = "sqlite" as const;
  private readonly db: Database.Database;

  /** Opens (creating if needed) the database at `path`; `:memory:` for a throw-away store. */
  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("synchronous = NORMAL");
    this.db.pragma("foreign_keys = ON");
    this.db.pragma("busy_timeout = 5000");
  }

  /** Prepared statements by SQL text: preparing one costs more than running it (~0.1 ms per ingest batch each). */
  private readonly statements = new Map<string, Database.Statement>();

  private stmt(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  async migrate(): Promise<void> {
    const current = this.db.pragma("user_version", { simple: true }) as number;
    for (const m of SQLITE_MIGRATIONS) {
      if (m.version <= current) continue;
      this.db.transaction(() => {
        this.db.exec(m.sql);
        this.db.pragma(`user_version = ${m.version}`);
      })();
    }
  }

  async close(): Promise<void> {
    this.db.close();
  }

  async findExisting(url: string | null, contentHash: string): Promise<string | null> {
    const row = (
      url
        ? this.stmt("SELECT id FROM articles WHERE url = ? OR content_hash = ? LIMIT 1").get(url, contentHash)
        : this.stmt("SELECT id FROM articles WHERE content_hash = ? LIMIT 1").get(contentHash)
    ) as { id: string } | undefined;
    return row?.id ?? null;
  }

  async hasArticle(id: string): Promise<boolean> {
    return this.stmt("SELECT 1 FROM articles WHERE id = ?").get(id) !== undefined;
  }

  async putIngested(records: IngestWrite[], states: Record<string, unknown> = {}): Promise<void> {
    const insArticle = this.stmt(
      `INSERT INTO articles (id, url, content_hash, path, outlet, title, byline, published, dateline, language, text, removed, ingested_at)
       VALUES (@id, @url, @content_hash, @path, @outlet, @title, @byline, @published, @dateline, @language, @text, @removed, @ingested_at)`,
    );
    const insFts = this.stmt("INSERT INTO articles_fts (id, title, text) VALUES (?, ?, ?)");
    const insAnalysis = this.stmt("INSERT INTO analyses (article_id, json) VALUES (?, ?)");
    const insAssignment = this.stmt(
      "INSERT INTO assignments (article_id, event, story, duplicate_of, explanation) VALUES (?, ?, ?, ?, ?)",
    );
    this.db.transaction(() => {
      for (const { article: a, analysis, assignment, analysisJson } of records) {
        insArticle.run({
          id: a.id,
          url: a.url,
          content_hash: a.contentHash,
          path: a.path,
          outlet: a.outlet,
          title: a.title,
          byline: a.byline,
          published: a.published,
          dateline: a.dateline,
          language: a.language,
          text: a.text,
          removed: JSON.stringify(a.removed),
          ingested_at: a.ingestedAt,
        });
        insFts.run(a.id, a.title ?? "", a.text);
        insAnalysis.run(a.id, analysisJson ?? encodeAnalysis(analysis!));
        insAssignment.run(a.id, assignment.event, assignment.story, assignment.duplicate_of, assignment.explanation ? JSON.stringify(assignment.explanation) : null);
      }
      for (const [name, value] of Object.entries(states)) this.writeState(name, value);
    })();
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const r = this.stmt("SELECT * FROM articles WHERE id = ?").get(id) as ArticleRow | undefined;
    return r ? articleFromRow(r) : null;
  }

  async getAnalysis(id: string): Promise<Analysis | null> {
    const r = this.stmt("SELECT json FROM analyses WHERE article_id = ?").get(id) as { json: string } | undefined;
    return r ? decodeAnalysis(r.json) : null;
  }

  async getAssignment(id: string): Promise<ClusterAssignment | null> {
    const r = this.stmt("SELECT * FROM assignments WHERE article_id = ?").get(id) as
      | { article_id: string; event: string; story: string; duplicate_of: string | null; explanation: string | null }
      | undefined;
    if (!r) return null;
    const out: ClusterAssignment = { id: r.article_id, event: r.event, story: r.story, duplicate_of: r.duplicate_of };
    if (r.explanation) out.explanation = JSON.parse(r.explanation) as ClusterAssignment["explanation"];
    return out;
  }

  /** A story's member rows in ingest order: article columns, stored analysis JSON and assignment. */
  private memberRows(story: string): MemberRow[] {
    return this
      .stmt(
        `SELECT a.*, n.json AS analysis, s.event, s.story, s.duplicate_of, s.explanation
         FROM assignments s JOIN articles a ON a.id = s.article_id JOIN analyses n ON n.article_id = a.id
         WHERE s.story = ? ORDER BY a.seq`,
      )
      .all(story) as MemberRow[];
  }

  async storyMembers(story: string): Promise<IngestRecord[]> {
    const rows = this.memberRows(story);
    return rows.map((r) => {
      const assignment: ClusterAssignment = { id: r.id, event: r.event, story: r.story, duplicate_of: r.duplicate_of };
      if (r.explanation) assignment.explanation = JSON.parse(r.explanation) as ClusterAssignment["explanation"];
      return { article: articleFromRow(r), analysis: decodeAnalysis(r.analysis), assignment };
    });
  }

  async storyMembersJson(story: string): Promise<string> {
    // Spliced from the stored JSON columns rather than parsed and re-serialised: the analysis,
    // `removed` and the explanation are JSON this store wrote, so they go in as they are (the
    // analysis stays encoded; parseStoryMembersJson decodes it). Faster than SQLite's json_object.
    const rows = this.memberRows(story);
    const parts = rows.map((r) => {
      const article = JSON.stringify({
        id: r.id, path: r.path, url: r.url, outlet: r.outlet, title: r.title, byline: r.byline, published: r.published, dateline: r.dateline,
        language: r.language, text: r.text, contentHash: r.content_hash, ingestedAt: r.ingested_at,
      });
      const assignment = JSON.stringify({ id: r.id, event: r.event, story: r.story, duplicate_of: r.duplicate_of });
      const explained = r.explanation ? `${assignment.slice(0, -1)},"explanation":${r.explanation}}` : assignment;
      return `{"article":${article.slice(0, -1)},"removed":${r.removed}},"analysis":${r.analysis},"assignment":${explained}}`;
    });
    return `[${parts.join(",")}]`;
  }

  async updateAssignments(assignments: ClusterAssignment[]): Promise<void> {
    const upd = this.stmt("UPDATE assignments SET event = ?, story = ?, duplicate_of = ?, explanation = ? WHERE article_id = ?");
    this.db.transaction(() => {
      for (const a of assignments) upd.run(a.event, a.story, a.duplicate_of, a.explanation ? JSON.stringify(a.explanation) : null, a.id);
    })();
  }

  async recentArticleIds(limit: number): Promise<string[]> {
    if (limit <= 0) return [];
    const rows = this.stmt("SELECT id FROM articles ORDER BY seq DESC LIMIT ?").all(limit) as { id: string }[];
    return rows.map((r) => r.id).reverse();
  }

  async articleCount(): Promise<number> {
    return (this.stmt("SELECT count(*) AS n FROM articles").get() as { n: number }).n;
  }

  async storyOutlineMembers(story: string): Promise<StoredOutlineMember[]> {
    return this
      .stmt(
        `SELECT a.id, a.title, a.outlet, a.language, a.published, s.duplicate_of, substr(a.text, 1, ${OUTLINE_LEAD_CHARS}) AS lead, a.ingested_at
         FROM assignments s JOIN articles a ON a.id = s.article_id WHERE s.story = ? ORDER BY a.seq`,
      )
      .all(story) as StoredOutlineMember[];
  }

  async putStoryOutlines(stories: StorySummary[]): Promise<void> {
    const upStory = this.upsertStoryStatement();
    const delDossier = this.stmt("DELETE FROM dossiers WHERE story = ?");
    const delFts = this.stmt("DELETE FROM stories_fts WHERE id = ?");
    const insFts = this.stmt("INSERT INTO stories_fts (id, headline) VALUES (?, ?)");
    this.db.transaction(() => {
      for (const s of stories) {
        upStory.run({ ...s, articles: JSON.stringify(s.articles), outlets: JSON.stringify(s.outlets), article_count: s.articles.length });
        delDossier.run(s.id);
        delFts.run(s.id);
        insFts.run(s.id, s.headline);
      }
    })();
  }

  private upsertStoryStatement(): Database.Statement {
    return this.stmt(
      `INSERT INTO stories (id, headline, articles, outlets, first_seen, last_update, article_count) VALUES (@id, @headline, @articles, @outlets, @first_seen, @last_update, @article_count)
       ON CONFLICT(id) DO UPDATE SET headline = excluded.headline, articles = excluded.articles, outlets = excluded.outlets,
         first_seen = excluded.first_seen, last_update = excluded.last_update, article_count = excluded.article_count`,
    );
  }

  async putDossiers(dossiers: Dossier[]): Promise<void> {
    const upDossier = this.stmt(
      "INSERT INTO dossiers (story, schema, json, built_at) VALUES (?, ?, ?, ?) ON CONFLICT(story) DO UPDATE SET schema = excluded.schema, json = excluded.json, built_at = excluded.built_at",
    );
    const upStory = this.upsertStoryStatement();
    const delFts = this.stmt("DELETE FROM stories_fts WHERE id = ?");
    const insFts = this.stmt("INSERT INTO stories_fts (id, headline) VALUES (?, ?)");
    const ingestTimes = this.stmt("SELECT ingested_at FROM articles WHERE id IN (SELECT value FROM json_each(?))");
    const now = new Date().toISOString();
    this.db.transaction(() => {
      for (const d of dossiers) {
        if (d.event !== null) continue; // event dossiers live inside their story's
        const ingested = dossierIsUndated(d) ? (ingestTimes.all(JSON.stringify(d.coverage.articles.map((a) => a.id))) as { ingested_at: string }[]).map((r) => r.ingested_at) : [];
        const s = storySummaryFromDossier(d, ingested);
        upDossier.run(d.story, d.schema, JSON.stringify(d), now);
        upStory.run({ ...s, articles: JSON.stringify(s.articles), outlets: JSON.stringify(s.outlets), article_count: s.articles.length });
        delFts.run(d.story);
        insFts.run(d.story, s.headline);
      }
    })();
  }

  async getDossier(story: string): Promise<Dossier | null> {
    const r = this.stmt("SELECT json FROM dossiers WHERE story = ?").get(story) as { json: string } | undefined;
    return r ? (JSON.parse(r.json) as Dossier) : null;
  }

  async deleteStory(id: string): Promise<void> {
    this.db.transaction(() => {
      this.stmt("DELETE FROM dossiers WHERE story = ?").run(id);
      this.stmt("DELETE FROM stories WHERE id = ?").run(id);
      this.stmt("DELETE FROM stories_fts WHERE id = ?").run(id);
    })();
  }

  async listStories(query: StoryQuery = {}): Promise<StorySummary[]> {
    const where: string[] = [];
    const params: Record<string, unknown> = { limit: Math.min(query.limit ?? 50, 500), offset: query.offset ?? 0 };
    if (query.q) {
      const fts = toFtsQuery(query.q);
      if (!fts) return [];
      where.push(
        `(s.id IN (SELECT id FROM stories_fts WHERE stories_fts MATCH @fts) OR s.id IN (SELECT x.story FROM assignments x WHERE x.article_id IN (SELECT id FROM articles_fts WHERE articles_fts MATCH @fts)))`,
      );
      params.fts = fts;
    }
    if (query.outlet) {
      where.push("EXISTS (SELECT 1 FROM json_each(s.outlets) WHERE json_each.value = @outlet)");
      params.outlet = query.outlet;
    }
    if (query.from) {
      where.push("(s.last_update IS NULL OR s.last_update >= @from)");
      params.from = query.from;
    }
    if (query.to) {
      where.push("(s.first_seen IS NULL OR substr(s.first_seen, 1, 10) <= @to)");
      params.to = query.to;
    }
    const sql = `SELECT s.* FROM stories s ${where.length ? "WHERE " + where.join(" AND ") : ""}
      ORDER BY s.article_count DESC, s.last_update DESC, s.id LIMIT @limit OFFSET @offset`;
    return (this.stmt(sql).all(params) as StoryRow[]).map(storyFromRow);
  }

  async getStory(id: string): Promise<StorySummary | null> {
    const r = this.stmt("SELECT * FROM stories WHERE id = ?").get(id) as StoryRow | undefined;
    return r ? storyFromRow(r) : null;
  }

  async search(q: string, limit = 20): Promise<SearchHit[]> {
    const fts = toFtsQuery(q);
    if (!fts) return [];
    const stories = this
      .stmt(
        "SELECT id, headline, snippet(stories_fts, 1, '[', ']', '…', 12) AS snip FROM stories_fts WHERE stories_fts MATCH ? ORDER BY rank LIMIT ?",
      )
      .all(fts, limit) as { id: string; headline: string; snip: string }[];
    const articles = this
      .stmt(
        `SELECT f.id, f.title, snippet(articles_fts, 2, '[', ']', '…', 16) AS snip, s.story
         FROM articles_fts f LEFT JOIN assignments s ON s.article_id = f.id WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?`,
      )
      .all(fts, limit) as { id: string; title: string; snip: string; story: string | null }[];
    return [
      ...stories.map((s): SearchHit => ({ kind: "story", id: s.id, story: s.id, title: s.headline, snippet: s.snip })),
      ...articles.map((a): SearchHit => ({ kind: "article", id: a.id, story: a.story, title: a.title, snippet: a.snip })),
    ];
  }

  async getState<T>(name: string): Promise<T | null> {
    const r = this.stmt("SELECT json FROM state WHERE name = ?").get(name) as { json: string } | undefined;
    return r ? (JSON.parse(r.json) as T) : null;
  }

  async putState(name: string, value: unknown): Promise<void> {
    this.writeState(name, value);
  }

  private writeState(name: string, value: unknown): void {
    this
      .stmt("INSERT INTO state (name, json, updated_at) VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at")
      .run(name, JSON.stringify(value), new Date().toISOString());
  }
}
