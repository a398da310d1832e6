// Line rules that need no context: each looks at one line's own shape and says why it is boilerplate.
import { CTA_IMPERATIVES, CTA_NOUNS, CTA_VERBS, FUNDING_APPEAL_RE, NAV_LABELS, READER_WORDS, READ_MORE_LABELS } from "./lexicon.js";
import type { LineFeatures } from "./features.js";

/** `[ad_N]`, `[advert]`, `[sponsored]`, `ADVERTISEMENT`, `- Advertisement -`: ad slots left in the text. */
const AD_MARKER_RE =
  /^[-–—\s]*(\[\s*(ad|ads|advert|advertisement|sponsored|promo|banner|publicité|anzeige|werbung|publicidad)[\s_-]*\d*\s*\]|\(?\s*(advertisement|advertising|advert|publicité|anzeige|werbung|publicidad|pubblicità|реклама)\s*\)?)[-–—\s]*$/iu;
/** "Advertisement - Scroll to continue", "Story continues below advertisement": ad slot wording. */
const AD_SLOT_TEXT_RE =
  /^((advertisement|advertising|sponsored|ad)\s*[-–—:|]?\s*(scroll|continue|story|article|content|below)|(the\s+)?(story|article|text)\s+continues\s+(below|after))/iu;
/** Copyright lines: "© 2024 X", "(c) X", "Copyright 2024 X. All rights reserved." */
const COPYRIGHT_RE = /^(©|\(c\)\s|copyright\b)|(©|\(c\)|copyright)\s*\d{4}|\ball\s+rights\s+reserved\b|\btous\s+droits\s+réservés\b|\balle\s+rechte\s+vorbehalten\b/iu;
/** Site notices: cookie banners, "enable JavaScript", newsletter form fields. */
const SITE_NOTICE_RE =
  /\b(we\s+use\s+cookies|(this|our)\s+(site|website)\s+uses\s+cookies|accept\s+(all\s+)?cookies|cookie\s+(settings|preferences|policy)|by\s+(continuing|using)\s+(to\s+(use|browse)\s+)?(this|our)\s+(site|website)|enable\s+javascript|javascript\s+is\s+disabled)\b/iu;
const FORM_FIELD_RE = /^(enter\s+your\s+e-?mail|your\s+e-?mail(\s+address)?|e-?mail\s+address|e-?mail\s+\*?)\b/iu;
/** Any short bracketed slot marker: `[ad_2]`, `[caption id=...]`, `[embed]`. */
const BRACKET_SLOT_RE = /^\[[a-z_][\w\s=-]{0,30}\]$/i;
/**
 * "4 min", "3 min read", "Reading time: 5 minutes", "5 minutes de lecture", "Lesezeit: 3 Min.", "Tempo di
 * lettura: 3 minuti", "Leestijd: 4 minuten", "3 minutos de leitura".
 */
const READING_TIME_RE =
  /^((reading\s+time|read\s+time|temps\s+de\s+lecture|durée\s+de\s+lecture|lecture|lesezeit|lesedauer|tiempo\s+de\s+lectura|lectura|tempo\s+di\s+lettura|lettura|tempo\s+de\s+leitura|leitura|leestijd|leesduur)\s*:?\s*)?(\d{1,3}|one|two|three|four|five)\s*(-|–)?\s*(min|mins|minutes?|minuten|minutos|minuti|minuut)\.?(\s+(read|reading|de\s+lecture|lesen|lesezeit|de\s+lectura|di\s+lettura|de\s+leitura|leestijd|lezen))?$/iu;
/** "Tags: a, b", "Topics:", "Filed under:", "Mots-clés :", "Schlagwörter:" */
const TAG_LIST_RE = /^(tags?|topics?|filed\s+under|categor(y|ies)|keywords?|mots[-\s]clés|thèmes?|schlagwörter|etiquetas|temas)\s*:/iu;
/** Photo credits: "Photo: X", "Image by X", "Credit: X", "(AP Photo/X)", "Getty Images", "X / AFP", "AP - X". */
const CREDIT_RES: RegExp[] = [
  /^\(?\s*(photo|photos|photograph|image|picture|pic|credit|foto|fotos|bild|illustration|video|crédit|crédits)(\s+(credit|by|de|von|par))?\s*[:©]/iu,
  /^\(?\s*(image|photo|picture|photograph|illustration|foto|video)s?\s+(by|courtesy\s+of|via|from|de|von|par)\s+\S/iu,
  /^\(?\s*(AP|AFP|EPA|Reuters|Getty|Getty Images|Shutterstock|Xinhua|ANP|DPA|Anadolu|TASS|Sputnik|PA|UPI|EFE|ANSA|Kyodo|Yonhap|Bloomberg|AAP|PTI|Belga|Keystone)(\s+(Photo|Images|Image|Wire|Pool))?\s*[-–—/|:]\s*[\p{Lu}][\p{L}'’.-]*(\s+[\p{Lu}][\p{L}'’.-]*){0,3}\s*\)?$/u,
  /^[\p{Lu}][\p{L}'’.-]*(\s+[\p{Lu}][\p{L}'’.-]*){0,3}\s*[/|]\s*(AP|AFP|EPA|Reuters|Getty Images|Getty|Shutterstock|Xinhua|ANP|DPA|Anadolu|Sputnik|PA|UPI|EFE|ANSA|Kyodo|Yonhap|Bloomberg|AAP|PTI|Belga|Keystone)(\s+(Photo|Images|via Getty Images))?\s*\)?$/u,
];
/** Whether a line is a photo credit (`Photo: X`, `X / AFP`), not a wire story's reporting credit or sign-off. */
export function isPhotoCredit(line: string): boolean {
  return CREDIT_RES.some((re) => re.test(line));
}

/** The role of one segment of a wire credit line: "Reporting by", "Additional reporting by", "editing by". */
const WIRE_ROLE_RE =
  /^(?:(?:with\s+)?(?:additional|further|extra)\s+)?(?:reporting|writing|editing|research|graphics|compiled|edited|written|reported|translated|translation|fact-checking)\s+by\s+(.+)$/iu;
/** Words that may join the names and places of a credit segment ("A in X and B in Y"). */
const CREDIT_JOINERS = new Set(["and", "in", "at", "from", "the", "of", "&"]);

/**
 * A wire credit line: "(Reporting by A in X and B in Y; Editing by C)", "Writing by A; editing by B". Every
 * segment between semicolons names a role and then only capitalised names and places, so prose that happens
 * to open with "Editing by" is not one.
 */
function isWireCredit(line: string): boolean {
  const inner = line.replace(/^\(\s*/u, "").replace(/\s*\)\s*\.?$|\.$/u, "");
  if (/[()]/u.test(inner)) return false;
  return inner.split(/\s*;\s*/u).every((seg) => {
    const m = WIRE_ROLE_RE.exec(seg);
    if (!m) return false;
    const words = m[1]!.split(/[\s,]+/u).filter((w) => w.length > 0);
    return words.length > 0 && /^\p{Lu}/u.test(words[0]!) && words.every((w) => /^\p{Lu}/u.test(w) || CREDIT_JOINERS.has(w.toLowerCase()));
  });
}

/**
 * An agency sign-off closing a wire story: "-- Stellar Wire SW/ab/cd", "— NWS/jk", "-- bur-ab/cd": an optional
 * agency name, then the desk's slash-separated staff initials. Either a leading dash or an upper-case agency
 * code before the initials says it is a sign-off ("and/or" alone is not).
 */
const SIGNOFF_RE = /^(?:([-–—]{1,2})\s*)?(?:[\p{Lu}][\p{L}.&'’-]*\s+){0,5}(\p{Lu}{2,6}\/)?\p{Ll}{1,4}(?:[-/]\p{Ll}{1,4}){0,4}$/u;

function isSignOff(line: string): boolean {
  const m = SIGNOFF_RE.exec(line);
  return m !== null && (m[1] !== undefined || m[2] !== undefined) && line.includes("/");
}

/** Bylines printed as a line of their own, "Text by: X", "By X", "Par X", "Von X". */
const BYLINE_LABEL_RE = /^(text|words|story|report(ing)?|written|texte|texto)\s+(by|par|von|de|por)\s*:?\s*\S/iu;
const BYLINE_RE = /^(By|by|BY|Par|par|Von|von|Por|por|Di|di)\s+[\p{Lu}][\p{L}'’.-]+(\s+[\p{Lu}][\p{L}'’.-]+){0,3}(\s*(,|and|&|\|)\s*[\p{Lu}][\p{L}'’.\s-]+)?$/u;

/** "Published 9 March 2026", "Updated: 10:42", "Publié le 9 mars", "Veröffentlicht am", "Publicado el". */
const STAMP_RE =
  /^(published|updated|posted|last\s+updated|first\s+published|publié|mis\s+à\s+jour|veröffentlicht|aktualisiert|publicado|actualizado|pubblicato|aggiornato|publicada|atualizado)(?=[\s:]).{0,40}\d/iu;
/** Share verbs and the networks a share bar names. */
const SHARE_RE = /\b(share|partager|envoyer|teilen|compartir|compartilhar|condividi|e-?mail|facebook|x|twitter|whatsapp|linkedin|telegram|pinterest|reddit|bluesky)\b/giu;

/**
 * A masthead line of meta fields joined by separators (`By X · Published ... · 3 min read`): every
 * segment is a byline, a published/updated stamp or a reading time.
 */
function isMetaLine(line: string): boolean {
  const parts = line.split(/\s+[·•|]\s+/u).map((p) => p.trim()).filter((p) => p.length > 0);
  if (parts.length < 2) return false;
  return parts.every((p) => READING_TIME_RE.test(p) || STAMP_RE.test(p) || BYLINE_LABEL_RE.test(p) || BYLINE_RE.test(p));
}

/** A row of share buttons ("Share on Facebook Share on X Email"): mostly share verbs and network names. */
function isShareBar(line: string, f: LineFeatures): boolean {
  if (f.nWords > 14 || f.terminal) return false;
  const hits = line.match(SHARE_RE)?.length ?? 0;
  return hits >= 3 && hits * 2 >= f.nWords;
}

/** Lower-cased, end-punctuation-free form used to compare a line with a label list. */
export function labelKey(line: string): string {
  return line
    .toLowerCase()
    .replace(/^[\s>»›•·*|#:–—-]+|[\s:.…!»›>|–—-]+$/gu, "")
    .replace(/\s+/g, " ");
}

const NAV_SET = new Set(NAV_LABELS);
const READ_MORE_SET = new Set(READ_MORE_LABELS);
const READ_MORE_PREFIX = new RegExp(
  `^(${READ_MORE_LABELS.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})\\s*[:»›>|–—-]\\s*\\S`,
  "iu",
);
/** A case-insensitive whole-word matcher for a list of words and phrases. */
function wordsRe(words: string[], flags: string): RegExp {
  return new RegExp(`(^|[^\\p{L}])(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?![\\p{L}])`, flags);
}
const CTA_VERB_ALL = wordsRe(CTA_VERBS, "giu");
const CTA_NOUN_RE = wordsRe(CTA_NOUNS, "iu");
const CTA_VERB_LEAD = new RegExp(`^((i|je|ich|yo|eu|io|please)\\s+)?(${CTA_VERBS.join("|")})(?![\\p{L}])`, "iu");

/** First-person plural: the publisher speaking of itself. */
const OUTLET_VOICE = new Set(["us", "our", "nous", "notre", "nos", "uns", "unser", "unsere", "unseren", "nuestro", "nuestra", "nuestros", "nosso", "nossa", "nostro", "nostra", "ci", "нас", "наш"]);

/** True for a line that labels a list of links to other articles ("Read more", "See also:", "Related"). */
export function isReadMoreLabel(line: string): boolean {
  return READ_MORE_SET.has(labelKey(line));
}

/** True for an inline related link: a read-more label followed by a headline on the same line. */
export function isInlineReadMore(line: string): boolean {
  return READ_MORE_PREFIX.test(line.trim());
}

/** True when the line is an appeal to the reader: subscribe, follow, donate, download, share... */
export function isCallToAction(line: string, f: LineFeatures): boolean {
  if (f.nWords === 0 || f.nWords > 40) return false;
  // A reader-funding appeal: its phrase, a word to the reader, and no quotation (a quoted appeal is reported).
  if (FUNDING_APPEAL_RE.test(line) && f.words.some((w) => READER_WORDS.has(w.toLowerCase())) && !/["“”«»]/u.test(line)) return true;
  const hits = line.match(CTA_VERB_ALL)?.length ?? 0;
  if (hits === 0 && (f.nWords > 20 || !CTA_NOUN_RE.test(line))) return false;
  const lower = f.words.map((w) => w.toLowerCase());
  if (hits === 0) {
    // "Receive the news in your inbox": an imperative offering the outlet's newsletter or app to the reader.
    const lead = lower[0] === "please" ? lower[1] : lower[0];
    return lead !== undefined && CTA_IMPERATIVES.has(lead) && lower.some((w) => READER_WORDS.has(w));
  }
  const addressesReader = lower.some((w) => READER_WORDS.has(w));
  const quoted = /["“”«»]/u.test(line);
  // A list item that says "follow the steps" is an instruction in the article, unless it speaks of "us".
  if (/^[-–•*·]\s/u.test(line) && !lower.some((w) => w === "us" || w === "our")) return false;
  const first = lower[0] === "please" || lower[0] === "veuillez" || lower[0] === "bitte" ? lower[1] : lower[0];
  // Imperative opening ("Follow us", "Subscribe to our newsletter", "Click here") that offers something.
  if (first !== undefined && CTA_IMPERATIVES.has(first) && f.nWords <= 30) {
    if (addressesReader || CTA_NOUN_RE.test(line) || f.nWords <= 4 || /!\s*$/.test(line)) return true;
  }
  // An exclamation that is not quoted speech ("Donate!", "Sign up today!").
  if (/!\s*$/.test(line) && !quoted) return true;
  if (quoted || /\?\s*$/.test(line)) return false;
  // Bare slogans ("I subscribe", "Sign up now"): the verb leads the line.
  if (f.nWords <= 4) return CTA_VERB_LEAD.test(line);
  // The outlet speaking of itself ("Follow us", "our newsletter"): instructions in how-to prose say "your".
  const outletVoice = lower.some((w) => OUTLET_VOICE.has(w));
  if (f.nWords <= 12) return outletVoice;
  // Longer lines are prose unless the appeal is dense: several CTA verbs and the outlet's voice.
  return hits >= 2 && outletVoice;
}

/** The reason a line is boilerplate by its own shape, or null. */
export function lineRule(line: string, f: LineFeatures): string | null {
  // Lines without a letter or digit are icons and separators ("×", "|", "•"); a lone "." or "," may end a
  // sentence split around a link, so it is left for the rejoin step.
  if (f.nWords === 0 && !/^[,.;:!?)\]…]+$/u.test(line)) return "navigation";
  if (AD_MARKER_RE.test(line) || BRACKET_SLOT_RE.test(line)) return "ad-marker";
  if (f.nWords <= 8 && AD_SLOT_TEXT_RE.test(line)) return "ad-marker";
  if (f.nWords <= 25 && COPYRIGHT_RE.test(line)) return "copyright";
  if (f.nWords <= 60 && SITE_NOTICE_RE.test(line) && !/["“”«»]/u.test(line)) return "site-notice";
  if (f.nWords <= 8 && FORM_FIELD_RE.test(line)) return "call-to-action";
  if (READING_TIME_RE.test(line)) return "reading-time";
  if (f.nWords <= 30 && isMetaLine(line)) return "byline";
  if (isShareBar(line, f)) return "navigation";
  if (TAG_LIST_RE.test(line)) return "tag-list";
  if (f.nWords <= 14 && CREDIT_RES.some((re) => re.test(line))) return "credit";
  if (f.nWords <= 40 && isWireCredit(line)) return "credit";
  if (f.nWords <= 10 && !f.terminal && isSignOff(line)) return "credit";
  if (f.nWords <= 10 && !f.terminal && (BYLINE_LABEL_RE.test(line) || BYLINE_RE.test(line))) return "byline";
  // Labels are short: only short lines are looked up in the label lists.
  const key = f.nWords <= 8 ? labelKey(line) : "";
  if (READ_MORE_SET.has(key) || (f.nWords <= 30 && isInlineReadMore(line))) return "related-links";
  if (NAV_SET.has(key)) return "navigation";
  if (isCallToAction(line, f)) return "call-to-action";
  return null;
}
