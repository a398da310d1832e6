import type { Article } from "../core/types.js";
import { isProblem, problem, type InputProblem } from "../core/input.js";
import { readInputs, type ReadOptions } from "../ingest/index.js";
import { extractArticle, type ExtractOptions } from "../extract/index.js";

export interface ReadArticlesOptions extends ReadOptions, ExtractOptions {}

/**
 * Reads inputs and extracts each article, streaming. A reader problem, or an extraction that
 * throws, comes out as an InputProblem naming the input; the rest of the batch goes on.
 */
export async function* readArticles(inputs: string[], options: ReadArticlesOptions = {}): AsyncGenerator<Article | InputProblem> {
  for await (const r of readInputs(inputs, options)) {
    if (isProblem(r)) {
      yield r;
      continue;
    }
    try {
      yield extractArticle(r, options);
    } catch (err) {
      yield problem(r.source, `extraction failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}

/** Narrows a readArticles() item to an Article. */
export function isArticle(x: Article | InputProblem): x is Article {
  return !isProblem(x as InputProblem);
}
