import type { Article, Quote } from "../../../src/core/types.js";
import { analyze } from "../../../src/nlp/index.js";

/** An article around `text` for analyze(). */
export function article(text: string, id = "t"): Article {
  return { id, path: id, url: null, outlet: null, title: null, byline: null, published: null, dateline: null, language: "en", text, removed: [] };
}

/** Quotes of `text` found through the full language layer (entities and coreference included). */
export function quotesOf(text: string): Quote[] {
  return analyze(article(text)).quotes;
}

/** The one quote whose text starts with `start` (fails the test when none or several). */
export function quoteStarting(quotes: Quote[], start: string): Quote {
  const found = quotes.filter((q) => q.text.startsWith(start));
  if (found.length !== 1) throw new Error(`expected one quote starting ${JSON.stringify(start)}, got ${found.length}: ${JSON.stringify(quotes.map((q) => q.text))}`);
  return found[0]!;
}
