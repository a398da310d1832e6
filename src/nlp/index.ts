import type { Analysis, Article } from "../core/types.js";
import { findDates } from "./dates.js";
import { findEntities } from "./entities/index.js";
import { properNounOracle, unknownWordFlags } from "./pos.js";
import { caselessEntities, isCaseless } from "./entities/caseless.js";
import { findQuotes } from "./quotes/index.js";
import { splitSentences } from "./sentences.js";
import { tokenizeText } from "./tokens.js";
import { printedDay } from "../extract/metadata/printed-date.js";

export { linkEntities, type StoryEntityLink } from "./link.js";
export { splitSentences } from "./sentences.js";

/**
 * Analyses one clean article: tokens, sentences, entities, dates and quotes, all with offsets into
 * its text. Tokenises once; every later step reuses the tokens and sentences.
 */
export function analyze(article: Article): Analysis {
  const text = article.text;
  const tokens = tokenizeText(text);
  const sentences = splitSentences(text, tokens);
  // wink's tagger is English; elsewhere capitalisation alone drives name finding.
  const english = article.language === null || article.language === "en";
  const propn = english ? properNounOracle(text, tokens, sentences) : () => false;
  // Lower-cased text gives the entity layer no capitals: names are then the words wink does not know.
  const entities = english && isCaseless(text) ? caselessEntities(tokens, sentences, unknownWordFlags(text, tokens), text) : findEntities(text, tokens, sentences, propn, article.language);
  // An undated scraped text counts its relative days from the date it prints above its body.
  const dates = findDates(text, sentences, article.published ?? printedDay(article), article.language);
  const quotes = findQuotes({ text, tokens, sentences, entities, language: article.language });
  return { id: article.id, language: article.language, tokens, sentences, entities, dates, quotes };
}
