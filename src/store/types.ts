import type { Analysis, Article, ClusterAssignment } from "../core/types.js";
import type { Dossier } from "../dossier/types.js";
import type { OutlineMember } from "../dossier/outline.js";

/** An outline member as the store has it: with when the store first took it in (ISO 8601). */
export type StoredOutlineMember = OutlineMember & { ingested_at: string };

/** An article as the store keeps it: the clean record plus what identifies it for de-duplication. */
export interface StoredArticle extends Article {
  /** SHA-1 of the whitespace-normalised clean text: re-ingesting the same content changes nothing. */
  contentHash: string;
  /** ISO time the article was first stored. */
  ingestedAt: string;
}

/** One row of the story list (`newsfold stories`, `GET /api/stories`). */
export interface StorySummary {
  id: string;
  headline: string;
  articles: string[];
  outlets: string[];
  first_seen: string | null;
  last_update: string | null;
}

/** Filters for listing stories. */
export interface StoryQuery {
  /** Full-text query over articles and story headlines. */
  q?: string;
  outlet?: string;
  /** ISO dates bounding the story's activity (inclusive). */
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

/** A full-text hit. */
export interface SearchHit {
  kind: "article" | "story";
  id: string;
  story: string | null;
  title: string;
  snippet: string;
}

/** Everything one ingested article adds, written in one transaction. */
export interface IngestRecord {
  article: StoredArticle;
  analysis: Analysis;
  assignment: ClusterAssignment;
  /**
   * `encodeAnalysis(analysis)` (analysis-codec.ts) when it was already made (by an ingest worker
   * thread): stores write it as is, so the thread that runs the order-dependent ingest does not
   * serialise the analysis again.
   */
  analysisJson?: string;
}

/**
 * A record to write: as IngestRecord, but the analysis may be given only in the store's encoding
 * (an ingest worker made it, and the thread that writes never needed it decoded).
 */
export type IngestWrite = Omit<IngestRecord, "analysis" | "analysisJson"> &
  ({ analysis: Analysis; analysisJson?: string } | { analysis?: undefined; analysisJson: string });

/**
 * The store behind every command, the server and the workers. SQLite is the embedded default;
 * PostgreSQL implements the same interface for many workers. Methods are async so that both fit;
 * every method that writes more than one row does so in one transaction.
 */
export interface Store {
  readonly kind: "sqlite" | "postgres";
  /** Applies pending schema migrations. Idempotent. */
  migrate(): Promise<void>;
  close(): Promise<void>;

  /** The id of an article already stored with this URL or content hash, or null. */
  findExisting(url: string | null, contentHash: string): Promise<string | null>;
  /** Whether an article id is taken. */
  hasArticle(id: string): Promise<boolean>;
  /**
   * Stores articles with their analyses and assignments, and the given named state blobs, all or
   * nothing: a crash never leaves articles stored without the clusterer state that placed them.
   */
  putIngested(records: IngestWrite[], states?: Record<string, unknown>): Promise<void>;
  getArticle(id: string): Promise<StoredArticle | null>;
  getAnalysis(id: string): Promise<Analysis | null>;
  getAssignment(id: string): Promise<ClusterAssignment | null>;
  /** Articles, analyses and assignments of one story, in ingest order. */
  storyMembers(story: string): Promise<IngestRecord[]>;
  /**
   * The same members as storyMembers, as the text of one JSON array built by the database, the
   * analyses in the store's encoding (read it with parseStoryMembersJson from analysis-codec.ts). For
   * callers that only hand the members on (to a worker thread): they never parse ~40 KB of
   * analysis per article on the thread that runs the order-dependent ingest. Optional: a store
   * without it is read with storyMembers.
   */
  storyMembersJson?(story: string): Promise<string>;
  /** Rewrites assignments (a consolidation pass may move articles or merge events). */
  updateAssignments(assignments: ClusterAssignment[]): Promise<void>;
  articleCount(): Promise<number>;
  /** Ids of the last `limit` articles stored, oldest first (what a crash-recovering ingest replays). */
  recentArticleIds(limit: number): Promise<string[]>;

  /**
   * What a story's outline needs of its members (metadata and the first OUTLINE_LEAD_CHARS of
   * text), in ingest order: a light read for the story list, no analyses decoded.
   */
  storyOutlineMembers(story: string): Promise<StoredOutlineMember[]>;
  /**
   * Writes story rows computed without a dossier (from outlines) and drops those stories'
   * dossiers, which no longer match their members: they are built again when next asked for.
   * All or nothing.
   */
  putStoryOutlines(stories: StorySummary[]): Promise<void>;
  /** Stores dossiers and the story rows derived from them, all or nothing. */
  putDossiers(dossiers: Dossier[]): Promise<void>;
  getDossier(story: string): Promise<Dossier | null>;
  /** Removes a story row and its dossier (its articles moved to another story by a merge). */
  deleteStory(id: string): Promise<void>;
  listStories(query?: StoryQuery): Promise<StorySummary[]>;
  getStory(id: string): Promise<StorySummary | null>;
  search(q: string, limit?: number): Promise<SearchHit[]>;

  /** Named JSON state blobs: the clusterer's state, the template memory. */
  getState<T>(name: string): Promise<T | null>;
  putState(name: string, value: unknown): Promise<void>;
}
