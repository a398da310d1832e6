/**
 * SQLite schema migrations, applied in order; `user_version` records the last one applied.
 * Never edit a migration that has shipped: add a new one.
 */
export const SQLITE_MIGRATIONS: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: "articles, analyses, assignments, stories, dossiers, state, full-text search",
    sql: `
CREATE TABLE articles (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
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
  removed TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE UNIQUE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
CREATE INDEX articles_hash ON articles(content_hash);
CREATE TABLE analyses (
  article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  json TEXT NOT NULL
);
CREATE TABLE assignments (
  article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  event TEXT NOT NULL,
  story TEXT NOT NULL,
  duplicate_of TEXT,
  explanation TEXT
);
CREATE INDEX assignments_story ON assignments(story);
CREATE INDEX assignments_event ON assignments(event);
CREATE TABLE stories (
  id TEXT PRIMARY KEY,
  headline TEXT NOT NULL,
  articles TEXT NOT NULL,
  outlets TEXT NOT NULL,
  first_seen TEXT,
  last_update TEXT,
  article_count INTEGER NOT NULL
);
CREATE INDEX stories_last ON stories(last_update);
CREATE TABLE dossiers (
  story TEXT PRIMARY KEY,
  schema TEXT NOT NULL,
  json TEXT NOT NULL,
  built_at TEXT NOT NULL
);
CREATE TABLE state (
  name TEXT PRIMARY KEY,
  json TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE VIRTUAL TABLE articles_fts USING fts5(id UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE stories_fts USING fts5(id UNINDEXED, headline, tokenize = 'unicode61 remove_diacritics 2');
`,
  },
  {
    version: 2,
    name: "worker staging (used by PostgreSQL workers; kept so both stores share one schema history)",
    sql: `
CREATE TABLE staged (
  seq INTEGER PRIMARY KEY,
  status TEXT NOT NULL CHECK (status IN ('ready', 'skip')),
  source TEXT NOT NULL,
  article TEXT,
  analysis TEXT,
  reason TEXT,
  staged_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE TABLE enqueued (
  seq INTEGER PRIMARY KEY,
  source TEXT NOT NULL
);
`,
  },
];
