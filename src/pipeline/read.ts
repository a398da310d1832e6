import type { Article } from "../core/types.js";
import { isProblem, problem, type InputProblem } from "../core/input.js";
import { readInputs, type ReadOptions } from "../ingest/index.js";
import { extractArticle, type ExtractOptions } from "../extract/index.js";

export interface ReadArticlesOptions extends ReadOptions, ExtractOptions {}

/**
 * Reads inputs and extracts each article, streaming. A reader problem, or an extraction that
 * throws, comes out as an InputProblem naming the input; the rest of the batch goes on. An
 * article whose id an earlier one of the run already has (two files of one base name in two
 * folders, a JSONL record sent twice) is a problem too: downstream, one id is one article, and
 * two would be silently folded into one.
 */
export async function* readArticles(inputs: string[], options: ReadArticlesOptions = {}): AsyncGenerator<Article | InputProblem> {
  const firstSource = new Map<string, string>();
  for await (const r of readInputs(inputs, options)) {
    if (isProblem(r)) {
      yield r;
      continue;
    }
    let article: Article;
    try {
      article = extractArticle(r, options);
    } catch (err) {
      yield problem(r.source, `extraction failed: ${err instanceof Error ? err.message : String(err)}`);
      continue;
    }
    const first = firstSource.get(article.id);
    if (first !== undefined) {
      yield problem(r.source, `id "${article.id}" already read from ${first}; skipped (ids must be unique in one run)`);
      continue;
    }
    firstSource.set(article.id, r.source);
    yield article;
  }
}

/** Narrows a readArticles() item to an Article. */
export function isArticle(x: Article | InputProblem): x is Article {
  return !isProblem(x as InputProblem);
}
