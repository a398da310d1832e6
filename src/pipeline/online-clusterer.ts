import type { ClusterAssignment } from "../core/types.js";
import { StreamClusterer, type ClusterInput, type StreamState } from "../cluster/index.js";

/**
 * What incremental ingest needs from the clusterer: place one article, report articles that a
 * consolidation pass moved, and export a state the store keeps between runs.
 */
export interface OnlineClusterer {
  add(input: ClusterInput): ClusterAssignment;
  /** Whether the clusterer already holds an article with this id. */
  knownStory(id: string): boolean;
  /** Assignments changed since the last call (merges, moves), to rewrite in the store. */
  drainChanges(): ClusterAssignment[];
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
    knownStory: (id) => sc.has(id),
    drainChanges: () => sc.drainChanges(),
    exportState: () => sc.exportState(),
  };
}
