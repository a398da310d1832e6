import type { Analysis, Article, Entity } from "../../src/core/types.js";
import { analyze } from "../../src/nlp/index.js";

/** A clean article around fictional text, for tests. */
export function article(text: string, extra: Partial<Article> = {}): Article {
  return { id: "t", path: "t", url: null, outlet: null, title: null, byline: null, published: null, dateline: null, language: "en", text, removed: [], ...extra };
}

/** Analyses fictional text. */
export function run(text: string, extra: Partial<Article> = {}): Analysis {
  return analyze(article(text, extra));
}

/** The entity with a mention covering the start of the `nth` occurrence of `needle`, or undefined. */
export function entityAt(a: Analysis, text: string, needle: string, nth = 0): Entity | undefined {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" #${nth} not in text`);
  }
  return a.entities.find((e) => e.mentions.some((m) => m.start <= at && at < m.end));
}
