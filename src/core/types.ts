/**
 * The records that flow one way through newsfold:
 *
 *   RawArticle (ingest) -> Article (extract) -> Analysis (nlp) -> ClusterAssignment (cluster) -> Dossier
 *
 * Every stage reads the records of the stages before it and returns its own; none mutates
 * what it was given. Offsets are JavaScript string offsets (UTF-16 code units, end exclusive)
 * into `Article.text` unless a field says otherwise.
 */

/** How an input was recognised; decides which reader produced a RawArticle. */
export type InputKind = "text" | "html" | "jsonl" | "feed" | "warc" | "url";

/** Whether a RawArticle's body is markup that still needs main-body extraction, or plain text. */
export type BodyFormat = "text" | "html";

/**
 * Metadata a reader learnt from the container rather than from the body: a JSONL record's
 * fields, a feed item's title and date, a WARC record's target URI, an HTTP header's charset.
 * Extraction prefers these over what it infers from the body when both exist.
 */
export interface ReaderHints {
  title?: string | null;
  outlet?: string | null;
  byline?: string | null;
  /** ISO-8601 date or date-time as the container gave it. */
  published?: string | null;
  language?: string | null;
}

/** What a reader found: one article's decoded body and where it came from. Nothing is cleaned yet. */
export interface RawArticle {
  /** Stable id: a JSONL record's `id`, a file's base name without extensions, else the item's URL. */
  id: string;
  /** Where it was read from: a file path, `path:line` for JSONL, `-` for stdin, or a URL. */
  source: string;
  kind: InputKind;
  format: BodyFormat;
  /** The decoded body (charset already honoured): plain text or HTML. */
  body: string;
  /** The article's own URL when known (feed link, WARC target, fetched URL, record field). */
  url: string | null;
  hints: ReaderHints;
}

/** A block that cleaning dropped from the body, and the reason, so that a reader can check it. */
export interface RemovedBlock {
  text: string;
  /** A short machine-readable reason: `caption`, `ad-marker`, `call-to-action`, `related-links`, `duplicate`, `template`, ... */
  reason: string;
}

/** A clean article: body and metadata. The `extract` command prints exactly these fields (see cli-contract.md). */
export interface Article {
  id: string;
  /** The RawArticle's `source`. */
  path: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  byline: string | null;
  /** ISO-8601 (date or date-time) or null. */
  published: string | null;
  /** The place line that opens the body (`JAKARTA -` gives `JAKARTA`). */
  dateline: string | null;
  /** ISO 639-1 code or null. */
  language: string | null;
  /** The body alone, paragraphs joined by `\n`. All later offsets point into this string. */
  text: string;
  removed: RemovedBlock[];
}

/** A half-open character range `[start, end)` into `Article.text`. */
export interface Span {
  start: number;
  end: number;
}

/** A word or number token of the body, produced once and shared by every later stage. */
export interface Token extends Span {
  /** Lower-cased, accent-folded form used for matching. */
  norm: string;
  /** True for tokens made of digits (with separators), which clustering and claims weigh apart. */
  numeric: boolean;
}

export interface Sentence extends Span {
  /** Index of the paragraph (line of `Article.text`) the sentence starts in. */
  paragraph: number;
  /** Range of this sentence's tokens in `Analysis.tokens`: `[tokenStart, tokenEnd)`. */
  tokenStart: number;
  tokenEnd: number;
}

export type EntityType = "person" | "organization" | "place" | "other";

/** How a mention names its entity; role and pronoun mentions are resolved by coreference. */
export type MentionForm = "full" | "partial" | "alias" | "role" | "pronoun" | "misspelling";

export interface Mention extends Span {
  text: string;
  form: MentionForm;
}

/** One entity of one article, with every mention that refers to it. */
export interface Entity {
  /** Article-local id (`e0`, `e1`, ...). */
  id: string;
  /** Canonical name: the fullest form the article gives. */
  name: string;
  type: EntityType;
  mentions: Mention[];
  /** Roles the text gives the entity (`envoy`, `ambassador`), lower-cased. */
  roles: string[];
}

/** A date or time expression found in the text and, when possible, resolved to a calendar date. */
export interface DateMention extends Span {
  text: string;
  /** `YYYY-MM-DD`, or `--MM-DD` when the text gives no year and the article has no date; null when unresolved. */
  resolved: string | null;
  /** What the resolution was anchored on: `published`, or the text of a date the article states. */
  anchor: string | null;
  /** Index into `Analysis.sentences`. */
  sentence: number;
  /** Why `resolved` is null, when it is. */
  unresolved?: string;
}

export type QuoteKind = "direct" | "indirect" | "mixed";

export interface QuoteSpeaker extends Span {
  /** Resolved full name when known, else the mention's text. */
  name: string;
  /** Article-local entity id when the speaker was resolved to an entity. */
  entity: string | null;
}

export interface QuoteCue extends Span {
  text: string;
}

/** A direct or reported utterance with its speaker and reporting cue. */
export interface Quote extends Span {
  /** The content: the words inside the marks for a direct quote, the reported clause otherwise. */
  text: string;
  kind: QuoteKind;
  speaker: QuoteSpeaker | null;
  cue: QuoteCue | null;
  /** True when the closing quotation mark was missing and the end was inferred. */
  unclosed?: boolean;
}

/** Everything the language layer knows of one article. Tokenised once; later stages reuse it. */
export interface Analysis {
  id: string;
  language: string | null;
  tokens: Token[];
  sentences: Sentence[];
  entities: Entity[];
  dates: DateMention[];
  quotes: Quote[];
}

/** Why an article sits in its event: the evidence a user sees with `--explain`. */
export interface ClusterExplanation {
  /** `new-event` when it opened its event; `joined` when it matched an existing one; `duplicate` for a copy. */
  decision: "new-event" | "joined" | "duplicate" | "merged";
  similarity: number;
  threshold: number;
  neighbours: { id: string; similarity: number }[];
  sharedTerms: string[];
  sharedEntities: string[];
  note?: string;
}

/** Where the clusterer put one article. */
export interface ClusterAssignment {
  id: string;
  event: string;
  story: string;
  duplicate_of: string | null;
  explanation?: ClusterExplanation;
}
