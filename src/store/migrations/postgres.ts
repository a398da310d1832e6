/**
 * PostgreSQL schema migrations: the same versions and tables as SQLite's, in PostgreSQL's dialect
 * (jsonb, tsvector full-text search). `newsfold_migrations` records what was applied.
 */
export const POSTGRES_MIGRATIONS: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: "articles, analyses, assignments, stories, dossiers, state, full-text search",
    sql: `
CREATE TABLE articles (
  seq BIGSERIAL PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  url TEXT,
  content_hash TEXT NOT NULL,
  path TEXT NOT NULL,
  outlet TEXT,
  title TEXT,
  byline TEXT,
  published TEXT,
  dateline TEXT,
  language TEXT,
  text TEXT NOT NULL,
  removed JSONB NOT NULL,
  ingested_at TEXT NOT NULL,
  fts TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED
);
CREATE UNIQUE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
CREATE INDEX articles_hash ON articles(content_hash);
CREATE INDEX articles_fts ON articles USING GIN (fts);
CREATE TABLE analyses (
  article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  json JSONB NOT NULL
);
CREATE TABLE assignments (
  article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  event TEXT NOT NULL,
  story TEXT NOT NULL,
  duplicate_of TEXT,
  explanation JSONB
);
CREATE INDEX assignments_story ON assignments(story);
CREATE INDEX assignments_event ON assignments(event);
CREATE TABLE stories (
  id TEXT PRIMARY KEY,
  headline TEXT NOT NULL,
  articles JSONB NOT NULL,
  outlets JSONB NOT NULL,
  first_seen TEXT,
  last_update TEXT,
  article_count INTEGER NOT NULL,
  fts TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', headline)) STORED
);
CREATE INDEX stories_last ON stories(last_update);
CREATE INDEX stories_fts ON stories USING GIN (fts);
CREATE TABLE dossiers (
  story TEXT PRIMARY KEY,
  schema TEXT NOT NULL,
  json JSONB NOT NULL,
  built_at TEXT NOT NULL
);
CREATE TABLE state (
  name TEXT PRIMARY KEY,
  json JSONB NOT NULL,
  updated_at TEXT NOT NULL
);
`,
  },
  {
    version: 2,
    name: "worker staging: analysed articles waiting for the ordered assignment step",
    sql: `
CREATE TABLE staged (
  seq BIGINT PRIMARY KEY,
  status TEXT NOT NULL CHECK (status IN ('ready', 'skip')),
  source TEXT NOT NULL,
  article JSONB,
  analysis JSONB,
  reason TEXT,
  staged_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE SEQUENCE ingest_seq;
-- Committed with the analysis jobs in one transaction: the assignment step follows this order and
-- never waits on a sequence number whose enqueue rolled back.
CREATE TABLE enqueued (
  seq BIGINT PRIMARY KEY,
  source TEXT NOT NULL
);
`,
  },
  {
    version: 3,
    name: "state blobs as json text: the clusterer state is rewritten on every assignment commit, and jsonb's parse costs three times json's",
    sql: `ALTER TABLE state ALTER COLUMN json TYPE json USING json::json;`,
  },
];
