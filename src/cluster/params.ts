import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Weights of the three evidence families in a similarity (renormalised over the families both sides have). */
export interface FamilyWeights {
  terms: number;
  entities: number;
  numbers: number;
  /** Person names; absent means they weigh as other entities. */
  people?: number;
}

/** The weights of the evidence families in `sparse.ts` order (terms, entities, numbers, people). */
export function familyWeightList(w: FamilyWeights): number[] {
  return [w.terms, w.entities, w.numbers, w.people ?? w.entities];
}

/**
 * Every threshold and weight of clustering. Values come from models/clustering.json, written by
 * scripts/fit-clustering.ts; nothing here is tuned by hand in code.
 */
export interface ClusterParams {
  /** An article joins its best event when the similarity reaches this. */
  eventThreshold: number;
  /** A new event joins its best storyline when the similarity reaches this. */
  storyThreshold: number;
  /** Consolidation merges two events whose centroids reach this. */
  eventMergeThreshold: number;
  /** Batch refinement folds a one-article event into its nearest event at this similarity. */
  orphanThreshold: number;
  /** Consolidation merges two storylines whose centroids reach this. */
  storyMergeThreshold: number;
  eventWeights: FamilyWeights;
  storyWeights: FamilyWeights;
  /** Term-frequency multiplier for title words and for the first `leadTokens` body tokens. */
  titleWeight: number;
  leadWeight: number;
  leadTokens: number;
  /** Whether words inside names also count as terms (else names are entity evidence only). */
  namesAsTerms: boolean;
  /** Similarity decays as exp(-days/scale) beyond a one-day grace, when both sides are dated. */
  eventTimeScaleDays: number;
  storyTimeScaleDays: number;
  /** Events (stories) quiet for longer than this are not joined and are evicted from memory. */
  eventWindowDays: number;
  storyWindowDays: number;
  /** Memory bound for undated streams: events quiet for this many articles are evicted. */
  windowArticles: number;
  /** Empty pseudo-documents added to the IDF count so that small batches keep sensible weights. */
  idfPseudoDocs: number;
  /** Sparse vector sizes: per-family terms kept per article, terms kept per centroid. */
  maxDocTerms: number;
  maxCentroidTerms: number;
  /** Candidate search: salient terms looked up per article, events kept per posting, candidates scored. */
  candidateTerms: number;
  postingCap: number;
  maxCandidates: number;
  /** Run a consolidation pass every this many articles in streaming mode. */
  consolidateEvery: number;
  copies: CopyParams;
  /**
   * Batch mode (average linkage, src/cluster/batch.ts): its own thresholds and weights, as a mean
   * pair similarity is on another scale than the stream's article-to-centroid similarity.
   * Absent: the stream's event/story thresholds and weights, with no contrast pass.
   */
  batch?: BatchParams;
}

/** Thresholds and weights of batch (agglomerative) clustering. */
export interface BatchParams {
  /** First pass: articles agglomerate into tight events while the mean pair similarity reaches this. */
  eventThreshold: number;
  /**
   * Within a storyline, event fragments join at this mean similarity once the words most of the
   * storyline shares are discounted. 1 turns the pass off.
   */
  contrastThreshold: number;
  /** Events agglomerate into storylines while the mean pair similarity reaches this. */
  storyThreshold: number;
  /**
   * An article left alone in its event and storyline joins its nearest article's event when their
   * similarity reaches this (a text in another language shares only names and numbers). 1 turns it off.
   */
  orphanThreshold: number;
  /**
   * After the contrast pass, a small fragment of a storyline joins the larger event it is most
   * similar to (contrast vectors) when the mean similarity reaches this. Absent or 1: off.
   */
  fragmentThreshold?: number;
  /** A fragment is small beside an event when it holds at most this share of the event's size (default 0.5). */
  fragmentShare?: number;
  /**
   * After the contrast pass, a fragment of 2+ articles joins the event of its storyline where at
   * least this share of its articles find their nearest storyline-mate. Absent or above 1: off.
   */
  nearestShare?: number;
  /** Events join a storyline only when they share names more than this (mean name dot per article pair). Absent: no such rule. */
  storyMinNames?: number;
  /**
   * With storyMinNames: a storyline of one kind (the word-level pass) that holds at most this many
   * events stays whole without shared names; a crowd of same-kind events is split by names. Absent: 0.
   */
  storyKindMax?: number;
  /**
   * Event-level IDF of a batch smaller than this many articles is smoothed as if the batch were
   * part of a collection this size (see eventPseudoDocs in batch.ts); the storyline level keeps
   * the batch's own IDF. Absent: every level uses the batch's own.
   */
  idfReferenceDocs?: number;
  eventWeights: FamilyWeights;
  storyWeights: FamilyWeights;
}

/** Near-duplicate detection. */
export interface CopyParams {
  /** Words per shingle. */
  shingle: number;
  /** MinHash signature length = bands * rows. */
  bands: number;
  rows: number;
  /** Copy when estimated Jaccard reaches this ... */
  jaccard: number;
  /** ... or when the smaller text is this much contained in the larger one ... */
  containment: number;
  /** ... and the smaller is at least this fraction of the larger (a quoted paragraph is not a copy). */
  minSizeRatio: number;
  /** Texts with fewer shingles than this only match exactly. */
  minShingles: number;
}

/** Where the fitted model lives, from src/cluster or dist/src/cluster. */
function modelPath(): string | null {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const up of ["../..", "../../.."]) {
    const p = resolve(here, up, "models", "clustering.json");
    if (existsSync(p)) return p;
  }
  return null;
}

let cached: ClusterParams | null = null;

/** The fitted parameters from models/clustering.json (read once). Throws when the model file is missing. */
export function defaultParams(): ClusterParams {
  if (cached) return cached;
  const p = modelPath();
  if (!p) throw new Error("models/clustering.json not found: run scripts/fit-clustering.ts");
  const json = JSON.parse(readFileSync(p, "utf8")) as { params: ClusterParams };
  cached = json.params;
  return cached;
}

/** Parameters with some fields overridden (fitting and tests). */
export function withParams(over: Partial<Omit<ClusterParams, "batch">> & { batch?: Partial<BatchParams> }, base: ClusterParams = defaultParams()): ClusterParams {
  const batch = base.batch || over.batch ? ({ ...base.batch, ...over.batch } as BatchParams) : undefined;
  const { batch: _drop, ...rest } = over;
  void _drop;
  return { ...base, ...rest, copies: { ...base.copies, ...(over.copies ?? {}) }, ...(batch ? { batch } : {}) };
}
