/**
 * HTML page -> article body and metadata. Parsing is forgiving (htmlparser2) and iterative,
 * so broken or absurdly nested pages give a result, not a crash.
 */
import type { RemovedBlock } from "../../core/types.js";
import { detectLanguage } from "../metadata/language.js";
import { readHtmlMetadata, type HtmlMetadata } from "../metadata/html-metadata.js";
import { extractBody } from "./body.js";
import { parseHtml } from "./dom.js";
import type { BlockModel } from "./model.js";

export interface HtmlExtraction extends HtmlMetadata {
  text: string;
  removed: RemovedBlock[];
}

export interface HtmlOptions {
  /** The page's URL when the reader knows it (for the outlet, the date in the path, relative canonicals). */
  url?: string | null;
  /** A block model to use instead of models/extraction.json (fitting and tests). */
  model?: BlockModel | null;
  /** A language the caller already trusts (a reader hint): body detection is then skipped, as its answer would be discarded. */
  language?: string | null;
}

/** Extracts the body and metadata of one HTML page. */
export function extractHtml(html: string, options: HtmlOptions = {}): HtmlExtraction {
  const page = parseHtml(html);
  const meta = readHtmlMetadata(page, options.url ?? null);
  const body = options.model !== undefined ? extractBody(page.root, meta.title, options.model) : extractBody(page.root, meta.title);
  const language = meta.language ?? (options.language ? null : detectLanguage(body.text));
  return { ...meta, language, text: body.text, removed: body.removed };
}
