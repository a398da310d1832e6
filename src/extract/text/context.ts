// Rules that need a line's neighbours: captions (a line printed twice, a line above a photo credit),
// appeal blocks ("Dear readers," ... "Thank you"), and the headline lists under a "Read more" label.
import { isHeadlineLike, isStrongBody, isTitleCase } from "./features.js";
import { APPEAL_CLOSER, APPEAL_HEADER, APPEAL_SALUTATION, CTA_VERBS } from "./lexicon.js";
import { isInlineReadMore, isPhotoCredit, isReadMoreLabel } from "./rules.js";
import { sameKey, type Line } from "./lines.js";

const MONTH = `(${["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "janv", "févr", "avr", "mai", "juin", "juil", "août", "déc"]
  .map((m) => `[${m[0]!.toUpperCase()}${m[0]}]${m.slice(1)}`)
  .join("|")})[a-zéû]*\\.?`;
/** "Brannock, Estrava, March 25:" or "Paris, 3 mars -": the place-and-date opening of a photo caption. */
const CAPTION_PREFIX_RE = new RegExp(
  `^[\\p{Lu}][\\p{L}'’.-]*(\\s+[\\p{Lu}][\\p{L}'’.-]*)*,\\s+([\\p{Lu}][\\p{L}'’.-]*(\\s+[\\p{Lu}][\\p{L}'’.-]*)*,\\s+)?(${MONTH}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH})(,?\\s+\\d{4})?\\s*[:–—-]\\s`,
  "u",
);
/** "FILE PHOTO:", "Pictured:", "In this photo" openings. */
const CAPTION_LEAD_RE = /^(file\s+photo|pictured|in\s+this\s+(photo|image|picture|file\s+photo)|photo\s+taken|caption)\b\s*[:,-]?/iu;
/** A trailing agency credit inside a caption: "... (AP Photo/Jane Doe)", "... REUTERS/John Doe", "... / AFP". */
const TRAILING_CREDIT_RE =
  /(\((AP|AFP|EPA|Reuters|Getty Images|Xinhua|DPA|EFE|ANSA|Kyodo|Yonhap|Bloomberg|AAP|PTI|Belga|Keystone)\b[^)]{0,60}\)|\b(REUTERS|AFP|EPA|AP)\s*\/\s*[\p{Lu}][\p{L}'’.-]+(\s+[\p{Lu}][\p{L}'’.-]+){0,3}|\/\s*(AFP|AP|EPA|Reuters|Getty Images)(\s+via\s+Getty\s+Images)?)\s*\.?$/u;
/** A credit somewhere in the rest of a line: "Photo: X", "Image by X", "X/AFP", "(Getty Images)", "©". */
const INNER_CREDIT_RE =
  /\b(photo|photograph|image|picture|credit|foto|bild)s?\s*(:|by\b)|\/\s*(AP|AFP|EPA|Reuters|Getty|EFE|ANSA|DPA|Xinhua)\b|\((AP|AFP|EPA|Reuters|Getty Images|EFE|ANSA|DPA|Xinhua)\b|©/iu;
/** Gallery counters: "Image 1 of 5", "Photo 2/10", "Slide 3 of 12". */
const GALLERY_RE = /^(image|photo|picture|slide|foto|bild)\s*\d+\s*(of|\/|de|von|sur)\s*\d+\b/iu;
/** A trailing bracketed credit: "... (Photo: Jane Doe/Agency)", "(Foto: X)", "(Image by X)". */
const TRAILING_PAREN_CREDIT_RE = /\((photo|photos|foto|fotos|image|picture|photograph|credit|crédit|bild)\s*(by|de|von|:)\s*[^)]{1,80}\)\s*\.?$/iu;
/** Words of an appeal's voice: the outlet ("we", "our") talking to the reader ("you"). */
const APPEAL_VOICE = new Set(["we", "our", "us", "you", "your", "nous", "notre", "vous", "votre", "wir", "unser", "unsere", "sie", "ihr", "nosotros", "nuestro", "usted", "noi", "voi"]);
const CTA_HIT = new RegExp(`(^|[^\\p{L}])(${CTA_VERBS.join("|")})(?![\\p{L}])`, "iu");

/** Marks photo captions: a line printed twice in a row, a line above a credit, caption-shaped openings. */
export function markCaptions(lines: Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.reason !== null) continue;
    // An image's alt text and its caption often print the same words twice in a row.
    const j = i + 1;
    const next = lines[j];
    if (next && next.reason === null && next.text.length === line.text.length && sameKey(next.text) === sameKey(line.text)) {
      const caption = !line.f.terminal || line.f.nWords <= 25;
      if (caption) {
        line.reason = "caption";
        next.reason = "caption";
      } else next.reason = "duplicate";
      continue;
    }
    // Alt text followed by the same words with a credit or more detail: both are the caption.
    if (
      next && next.reason === null && line.f.nWords >= 3 && line.f.nWords <= 40 && !isStrongBody(line.f) &&
      next.text.length > line.text.length && next.text.toLowerCase().startsWith(line.text.toLowerCase()) &&
      INNER_CREDIT_RE.test(next.text.slice(line.text.length))
    ) {
      line.reason = "caption";
      next.reason = "caption";
      i++;
      continue;
    }
    if (line.f.nWords <= 60 && (CAPTION_PREFIX_RE.test(line.text) || CAPTION_LEAD_RE.test(line.text) || GALLERY_RE.test(line.text))) {
      line.reason = "caption";
      continue;
    }
    const credited = TRAILING_CREDIT_RE.test(line.text) || TRAILING_PAREN_CREDIT_RE.test(line.text);
    if (line.f.nWords <= 60 && credited && !/["“”«»]/u.test(line.text)) {
      line.reason = "caption";
    }
  }
  // The line above a photo credit is its caption, unless it is a real paragraph with body before it.
  // A wire story's closing credit (`(Reporting by X; editing by Y)`) sits under its last paragraph.
  let firstBody = -1;
  let firstWordy = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.reason === "credit" && i > 0 && isPhotoCredit(line.text)) {
      const prev = lines[i - 1]!;
      const bodyBefore = firstBody >= 0 && firstBody < i - 1;
      // A headline above a lead-image credit is the title, not a caption.
      const isTitle = isTitleCase(prev.f) || (firstWordy === i - 1 && isHeadlineLike(prev.text, prev.f));
      if (prev.reason === null && prev.f.nWords <= 40 && !isTitle && (!isStrongBody(prev.f) || !bodyBefore)) {
        prev.reason = "caption";
      }
    }
    if (firstWordy < 0 && line.reason === null && line.f.nWords >= 3) firstWordy = i;
    if (firstBody < 0 && line.reason === null && isStrongBody(line.f)) firstBody = i;
  }
}

/** Marks reader-appeal blocks: from an opener ("A message from X:", "Dear readers,") to the closing "Thank you". */
export function markAppeals(lines: Line[]): void {
  const WINDOW = 15;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.f.nWords > 12) continue;
    if (!APPEAL_SALUTATION.test(line.text) && !APPEAL_HEADER.test(line.text)) continue;
    let end = -1;
    for (let j = i; j < Math.min(lines.length, i + WINDOW); j++) {
      if (j > i && APPEAL_CLOSER.test(lines[j]!.text)) {
        end = j;
        break;
      }
    }
    // No closing thanks: an appeal running to the end of a short tail that asks for something is still one block.
    if (end < 0 && lines.length - i <= WINDOW && lines.slice(i).some((l) => CTA_HIT.test(l.text))) end = lines.length - 1;
    // Otherwise the block runs on while the lines speak to the reader or for the outlet ("we", "you").
    if (end < 0) {
      end = i;
      for (let j = i + 1; j < Math.min(lines.length, i + WINDOW); j++) {
        const l = lines[j]!;
        if (/["“”«»]/u.test(l.text) || l.f.nWords > 60 || !l.f.words.some((w) => APPEAL_VOICE.has(w.toLowerCase()))) break;
        end = j;
      }
    }
    for (let j = i; j <= end; j++) if (lines[j]!.reason === null) lines[j]!.reason = "call-to-action";
    i = end;
  }
}

/** True for a line that reads like a link to another article (a headline, a ": headline", an author name). */
function isLinkLike(line: Line): boolean {
  if (/^[:»›|–—-]\s*\S/u.test(line.text)) return true;
  return isHeadlineLike(line.text, line.f);
}

/** Marks the headlines listed under a "Read more" / "See also" / "Related articles" label. */
export function markRelatedLists(lines: Line[]): void {
  const MAX_ITEMS = 12;
  for (let i = 0; i < lines.length; i++) {
    const label = lines[i]!;
    if (label.reason !== "related-links" || !(isReadMoreLabel(label.text) || isInlineReadMore(label.text))) continue;
    let taken = 0;
    let skipped = 0;
    for (let j = i + 1; j < lines.length && taken < MAX_ITEMS; j++) {
      const l = lines[j]!;
      if (l.reason !== null) {
        // One removed widget between items does not end the list; a run of them does.
        if (++skipped >= 2) break;
        continue;
      }
      skipped = 0;
      if (!isLinkLike(l)) break;
      l.reason = "related-links";
      taken++;
    }
  }
}

/**
 * An outlet's note on where its copy comes from, printed under the story: "The X Gazette publishes wire copy
 * from Y.", "We carry agency reports", "This article was originally published by X", "This story is
 * republished from X under a Creative Commons licence", "Content provided by X". The subject is the outlet
 * (a capitalised name, "we", "this site") or the article itself, never a person or body in the news.
 */
const SYNDICATION_RES: RegExp[] = [
  /^(?:(?:The\s+)?(?:\p{Lu}[\p{L}'’.&-]*\s+){1,5}|We\s+|This\s+(?:site|website|newspaper|publication|page)\s+)(?:publish(?:es)?|carr(?:y|ies)|uses?|runs?|republish(?:es)?|reprints?)\s+(?:wire|agency|news\s+agency|syndicated)\s+(?:copy|content|stories|reports|material|articles|services?)\b/u,
  /^(?:This|The)\s+(?:article|story|report|piece|post)\s+(?:was|is|has\s+been|first\s+appeared|originally\s+appeared)\s+(?:(?:originally|first)\s+)?(?:published|republished|syndicated|reproduced|reprinted|distributed|in|on)\b/iu,
  /^(?:Content|Copy|This\s+content)\s+(?:provided|supplied|syndicated|distributed)\s+by\s+\S/iu,
];
/** "Comments are closed", a closing notice that often shares the syndication line. */
const COMMENTS_CLOSED_RE = /^comments\s+(?:are|have\s+been)\s+(?:closed|disabled|switched\s+off)\b/iu;

/**
 * Marks syndication notes at the end of the text: kept lines from the last one upwards, while each is a note
 * (its first sentence a syndication note or "Comments are closed"), short and unquoted.
 */
export function markSyndication(lines: Line[]): void {
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i]!;
    if (l.reason !== null || l.merged) continue;
    const note = l.f.nWords <= 40 && !/["“”«»]/u.test(l.text) && (SYNDICATION_RES.some((re) => re.test(l.text)) || COMMENTS_CLOSED_RE.test(l.text));
    if (!note) return;
    l.reason = "site-notice";
  }
}
