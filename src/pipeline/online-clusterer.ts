import type { Article, ClusterAssignment } from "../core/types.js";
import { defaultParams, StreamClusterer, type ClusterEvidence, type ClusterInput, type StreamState } from "../cluster/index.js";

/**
 * What incremental ingest needs from the clusterer: place one article, report articles that a
 * consolidation pass moved, and export a state the store keeps between runs.
 */
export interface OnlineClusterer {
  add(input: ClusterInput): ClusterAssignment;
  /**
   * Places an article from evidence made ahead by clusterEvidence() with the fitted default params;
   * null when this clusterer runs other params (the caller then uses add()).
   */
  addEvidence(article: Article, evidence: ClusterEvidence): ClusterAssignment | null;
  /** Whether the clusterer already holds an article with this id. */
  knownStory(id: string): boolean;
  /** Assignments changed since the last call (merges, moves), to rewrite in the store. */
  drainChanges(): ClusterAssignment[];
  /**
   * End of an ingest run: merges the storylines the stream split (events stay as they are, so a
   * run's end does not make its events differ from the workers', which have no run end). Returns
   * how many merges it made; their moves come out of drainChanges.
   */
  endRun(): number;
  exportState(): unknown;
}

/**
 * The stream clusterer behind incremental ingest and the workers, restored from the state the
 * store kept (null for a fresh store), so event and story ids stay stable across runs.
 */
export function createOnlineClusterer(state: unknown): OnlineClusterer {
  const sc = new StreamClusterer({}, (state as StreamState | null) ?? null);
  return {
    add: ({ article, analysis }) => sc.add(article, analysis),
    addEvidence: (article, evidence) => (sc.params === defaultParams() ? sc.addEvidence(article, evidence) : null),
    knownStory: (id) => sc.has(id),
    drainChanges: () => sc.drainChanges(),
    endRun: () => sc.consolidateStories(),
    exportState: () => sc.exportState(),
  };
}
