/**
 * The per-article work ingest can do anywhere (in this thread or a worker): extract, hash the
 * clean body, analyse; and the messages the pool and its workers exchange.
 */
import type { Analysis, Article, RawArticle } from "../core/types.js";
import { isProblem, problem, type InputProblem } from "../core/input.js";
import { sha1 } from "../core/hash.js";
import { squashSpace } from "../core/tokenize.js";
import { extractArticle } from "../extract/index.js";
import { articleLineKeys, type LineKey } from "../extract/templates/index.js";
import { encodeAnalysis } from "../store/analysis-codec.js";
import { analyze } from "../nlp/index.js";
import { clusterEvidence, type ClusterEvidence } from "../cluster/index.js";
import type { Dossier, DossierInput } from "../dossier/index.js";

/** The content hash ingest de-duplicates on: SHA-1 of the whitespace-normalised clean body. */
export function contentHash(text: string): string {
  return sha1(squashSpace(text));
}

/**
 * An article's content hash. A headline-only item (a one-line record, a feed entry without a
 * description) is news too: its headline stands for the missing body, so such items
 * de-duplicate by headline rather than all sharing the hash of an empty text.
 */
export function articleHash(article: Pick<Article, "text" | "title">): string {
  return contentHash(squashSpace(article.text) === "" ? (article.title ?? "") : article.text);
}

/**
 * Extracts a raw article and hashes its clean body, or names the problem (extraction threw, or
 * nothing was left). Shared by in-process ingest and the workers so both skip the same inputs.
 */
export function prepareArticle(raw: RawArticle): { article: Article; hash: string } | InputProblem {
  let article: Article;
  try {
    article = extractArticle(raw);
  } catch (err) {
    return problem(raw.source, `extraction failed: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (squashSpace(article.text) === "" && squashSpace(article.title ?? "") === "") return problem(raw.source, "no article text after extraction");
  return { article, hash: articleHash(article) };
}

/**
 * One input's outcome: its problem, or the article with its hash and (when done ahead) its
 * analysis, with that analysis already serialised for the store when a worker made it.
 */
export type PreparedItem =
  | { problem: InputProblem }
  | {
      article: Article;
      hash: string;
      /** The analysis, or null: not made yet, or (from a worker) sent only as analysisJson. */
      analysis: Analysis | null;
      /** encodeAnalysis(analysis) when a worker made it: what the store writes, and decoded by the ingest thread. */
      analysisJson?: string;
      /** articleLineKeys(article.text), made by a worker for the template memory on the ingest thread. */
      lineKeys?: LineKey[];
      /** clusterEvidence(article, analysis), made by a worker: the ingest thread places the article without decoding its analysis. */
      evidence?: ClusterEvidence;
    };

/** Extraction and analysis together: what a worker does for each article. */
export function prepareAndAnalyze(raw: RawArticle): PreparedItem {
  const p = prepareArticle(raw);
  if (isProblem(p as InputProblem)) return { problem: p as InputProblem };
  const { article, hash } = p as { article: Article; hash: string };
  let analysis: Analysis;
  try {
    analysis = analyze(article);
  } catch (err) {
    return { problem: problem(raw.source, `analysis failed: ${err instanceof Error ? err.message : String(err)}`) };
  }
  return { article, hash, analysis };
}

/**
 * What a worker thread does for each article: prepareAndAnalyze, with the analysis sent only as
 * the store's encoding (analysisJson), and the template memory's line keys. The ingest thread
 * decodes the text (~0.08 ms an article) where a structured clone of the analysis' object graph
 * cost ~0.7 ms across the two threads, and stores it without serialising it again.
 */
export function prepareInWorker(raw: RawArticle): PreparedItem {
  const p = prepareAndAnalyze(raw);
  if (!("analysis" in p) || !p.analysis) return p;
  return {
    article: p.article,
    hash: p.hash,
    analysis: null,
    analysisJson: encodeAnalysis(p.analysis),
    lineKeys: articleLineKeys(p.article.text),
    evidence: clusterEvidence(p.article, p.analysis),
  };
}

export type WorkerRequest =
  | { reqId: number; kind: "prepare"; raws: RawArticle[] }
  | { reqId: number; kind: "dossiers"; members: DossierInput[] }
  /** Members as the store's JSON text (Store.storyMembersJson): parsed and decoded in the worker, not the caller. */
  | { reqId: number; kind: "dossiers-json"; json: string };
export interface WorkerReply {
  reqId: number;
  result: PreparedItem[] | Dossier[];
}
