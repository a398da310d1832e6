export { scoreClustering, type ClusteringScores } from "./metrics.js";
export { readClusterGold, type ClusterGold } from "./gold.js";
