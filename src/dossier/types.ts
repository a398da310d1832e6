/**
 * The story dossier, schema `newsfold.dossier/1`: a cross-examination of a story's sources.
 *
 * Versioning: fields may be added within version 1; renaming or removing one, or changing its
 * meaning, bumps the version. Every statement the dossier shows is backed by a `Citation`: an
 * article id and a `[start, end)` span of that article's clean text (`extract`'s `text`), so a
 * reader can always go back to the words an outlet printed. Nothing is written that no article says.
 */

export const DOSSIER_SCHEMA = "newsfold.dossier/1";

/** Where a piece of text stands: an article and a half-open span of its clean text. */
export interface Citation {
  article: string;
  start: number;
  end: number;
  /** The cited text itself (`text.slice(start, end)`), so the dossier reads on its own. */
  text: string;
}

/** One article of the story, as coverage lists it. */
export interface CoverageArticle {
  id: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  event: string;
  /** The original this article copies or syndicates; null for an original. */
  duplicate_of: string | null;
  /** Ids of the copies of this article (only on originals). */
  copies: string[];
}

/** One outlet's part in the story. */
export interface OutletCoverage {
  outlet: string;
  articles: string[];
  /** Earliest published date among its articles. */
  first: string | null;
}

export interface Coverage {
  articles: CoverageArticle[];
  outlets: OutletCoverage[];
  /** Number of independent sources: distinct outlets, copies counted with their original. */
  independentSources: number;
  /** Who reported first (earliest published original); null when no article is dated. */
  first: { article: string; outlet: string | null; published: string } | null;
  /** Articles and outlets per day, cumulative, for the growth chart. */
  growth: { date: string; articles: number; outlets: number }[];
}

/** One event inside the story. */
export interface EventSummary {
  id: string;
  headline: string;
  articles: string[];
  first: string | null;
  last: string | null;
}

/** One article's wording of a claim. */
export interface ClaimSupport extends Citation {
  outlet: string | null;
}

/** A statement aligned across the articles that make it. */
export interface Claim {
  id: string;
  /** The representative wording (one supporting sentence, verbatim; for an age claim the words that tell the age, see attributes.ts). */
  text: string;
  status: "corroborated" | "single-source";
  /** Distinct outlets that make the claim, copies excluded. */
  independentSources: number;
  support: ClaimSupport[];
  /** Salient content terms, entities, numbers and dates the alignment matched on. */
  keys: string[];
  /**
   * Exact figures its wordings give differently for one unit (`640 jobs` / `700 jobs`), each
   * value with its articles; absent when they agree. A reported contradiction splits a claim by
   * its sides instead, so these are differences no contradiction reports.
   */
  figures?: ClaimFigures[];
}

/** One unit a claim's wordings count differently: each value with the articles that give it. */
export interface ClaimFigures {
  /** The counted word as printed after the figure (`jobs`). */
  unit: string;
  values: { value: string; articles: string[] }[];
}

export type ContradictionKind = "number" | "date" | "negation" | "modality" | "speaker" | "status";

/** Two or more aligned statements that cannot all be true as written. */
export interface Contradiction {
  id: string;
  kind: ContradictionKind;
  /** What the sides disagree about, in a few neutral words (`evacuation of the embassy`). */
  about: string;
  /** Each side: a label of its position (`no evacuation`, `partial evacuation`) and the articles saying it. */
  sides: { label: string; citations: ClaimSupport[] }[];
  /** Confidence in [0, 1]; the dossier shows only those above its threshold. */
  confidence: number;
}

/** One outlet's printing of an utterance. */
export interface QuoteVariant extends ClaimSupport {
  speaker: string | null;
  kind: "direct" | "indirect" | "mixed";
  /** The variant's words with those it does not share with the group's first variant marked. */
  diff: { text: string; shared: boolean }[];
}

/** The same utterance as each outlet printed it. */
export interface QuoteGroup {
  id: string;
  speaker: string | null;
  variants: QuoteVariant[];
}

/** A person or organisation of the story, merged across articles. */
export interface StoryEntity {
  name: string;
  type: "person" | "organization" | "place" | "other";
  /** Every surface form seen across articles (surname, misspelling, role). */
  aliases: string[];
  roles: string[];
  articles: string[];
  mentions: number;
  /** How many quotes are attributed to this entity, and by which outlets. */
  quoted: number;
  quotedBy: string[];
}

/** A dated happening, merged across sources. */
export interface TimelineEntry {
  /** `YYYY-MM-DD` (or `--MM-DD` when no year is known). */
  date: string;
  text: string;
  citations: ClaimSupport[];
}

/** What one outlet alone says or labels. */
export interface FramingItem {
  kind: "only-sentence" | "qualifier";
  text: string;
  citation: Citation;
}

export interface OutletFraming {
  outlet: string;
  items: FramingItem[];
}

/** The dossier of one story (or of one event inside it, when `event` is set). */
export interface Dossier {
  schema: typeof DOSSIER_SCHEMA;
  story: string;
  event: string | null;
  headline: string;
  coverage: Coverage;
  events: EventSummary[];
  claims: Claim[];
  contradictions: Contradiction[];
  quotes: { groups: QuoteGroup[]; single: QuoteVariant[] };
  entities: StoryEntity[];
  timeline: TimelineEntry[];
  /** At most N sentences, ordered by time, each cited. */
  summary: Citation[];
  framing: OutletFraming[];
}
