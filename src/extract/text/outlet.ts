// The outlet as the text names itself: "A Message from X:", "Text by: X", "(c) X", "Follow X on",
// "By supporting X", "downloading the X app", "... from X! Donate!". The name is captured by shape
// (capitalised words), so nothing here knows any outlet.

/** A capitalised name of up to five words, optionally opening with "The"; "of", "di", "von" ... may join its words. */
const NAME_RE = /^((?:The\s+|Le\s+|La\s+|Die\s+|Der\s+|El\s+)?[\p{Lu}\p{N}][\p{L}\p{N}&'’.+-]*(?:\s+(?:(?:of|&|de|di|da|del|della|du|des|do|dos|van|von|der|den)\s+)?[\p{Lu}\p{N}][\p{L}\p{N}&'’.+-]*){0,4})/u;

/** Cues after which a name follows; `whole` limits the cue to lines that are only cue + name. */
const CUES: Array<{ re: RegExp; weight: number }> = [
  { re: /\ba\s+(message|note|letter)\s+from\s+/giu, weight: 3 },
  { re: /\bby\s+supporting\s+/giu, weight: 3 },
  { re: /^(text|words|story)\s+by\s*:?\s*/giu, weight: 2 },
  // "(c)" also marks a person's position in a photo caption ("X (C) and Y"): trust it at a line start or
  // before a year only.
  { re: /^(©|\(c\)|copyright)\s*(\d{4}\s*([-–]\s*\d{4})?\s*)?/giu, weight: 2 },
  { re: /(©|\(c\)|copyright)\s*\d{4}\s*([-–]\s*\d{4})?\s*/giu, weight: 2 },
  { re: /\b[Ff]ollow\s+(?=\p{Lu})/gu, weight: 1 },
  { re: /\bdownload(ing)?\s+the\s+/giu, weight: 1 },
  { re: /\b([Ss]upport|[Dd]onate\s+to|[Ss]ubscribe\s+to)\s+(?=\p{Lu})/gu, weight: 1 },
  // "Support the X Observer. We are independent ...": the name must end the clause and the line speak as "we".
  { re: /\b[Ss]upport\s+the\s+(?=\p{Lu})/gu, weight: 1 },
  { re: /\bfrom\s+(?=\S+\s*!)/giu, weight: 1 },
];
/** Trailing words that belong to the widget, not to the name (and a copyright year: "© X Gazette 2026"). */
const TRAILING = /\s+(Follow|Subscribe|App|Application|Newsletter|Team|Staff|Editors?|All|Rights|Reserved|Ltd|Inc|\d{4})\.?$/u;
/** Cue-only words a name cannot be. */
const NOT_NAMES = new Set(["Us", "Me", "You", "The", "This", "Our", "All", "Readers", "Reader"]);

/** Adds the names a line offers to `votes`. `boiler` says the line was judged boilerplate (appeals, credits). */
export function outletCandidates(line: string, boiler: boolean, votes: Map<string, number>): void {
  for (const cue of CUES) {
    // Cues are only trusted inside boilerplate lines: a news sentence may relay "a message from" a minister.
    if (!boiler) return;
    cue.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = cue.re.exec(line)) !== null) {
      const after = line.slice(m.index + m[0].length);
      const n = NAME_RE.exec(after);
      if (n) {
        // A name does not run across a sentence end ("X. All rights reserved").
        const cut = n[1]!.split(/\.\s/u)[0]!;
        let name = cut;
        for (let prev = ""; prev !== name; ) {
          prev = name;
          name = name.replace(TRAILING, "").replace(/[.'’-]+$/u, "");
        }
        const follow = after.slice(n[1]!.length);
        // "Follow X on ..." needs the "on"; "downloading the X app" needs the app word.
        const okFollow = !/^follow\s/i.test(m[0]) || /^\s+on\b/i.test(follow);
        const okDownload = !/^download/i.test(m[0]) || /^\s*(app|application|appli)/i.test(follow) || /\s(App|Application)$/u.test(n[1]!);
        const okSupport =
          !/^support\s+the\s/iu.test(m[0]) || (/^\s*([.!:;,–—-]|$)/u.test(after.slice(cut.length)) && /\b(we|our|us)\b/iu.test(line));
        if (name.length >= 2 && !NOT_NAMES.has(name) && okFollow && okDownload && okSupport) votes.set(name, (votes.get(name) ?? 0) + cue.weight);
      }
      if (m[0].length === 0) cue.re.lastIndex++;
    }
  }
}

/** The best-supported outlet name, or null. */
export function pickOutlet(votes: Map<string, number>): string | null {
  let best: string | null = null;
  let bestVotes = 0;
  for (const [name, v] of votes) {
    if (v > bestVotes) {
      best = name;
      bestVotes = v;
    }
  }
  return best;
}

/** Lowercase words that may join the capitalised words of a masthead (`Hensford & District Advertiser`, `Courrier de Pellbridge`). */
const MASTHEAD_JOINERS = new Set(["&", "and", "of", "the", "in", "on", "de", "du", "des", "la", "le", "di", "del", "della", "do", "da", "van", "von", "der", "den", "y", "e"]);

/** Section labels a header may print alone on a line: no outlet's name. */
const SECTIONS = new Set(["news", "world", "sport", "sports", "business", "politics", "opinion", "home", "local", "health", "science", "technology", "tech", "culture", "entertainment", "lifestyle", "travel", "economy", "europe", "features", "national", "international", "breaking", "latest", "update", "exclusive", "live", "video", "analysis", "comment"]);

/**
 * Whether a short line reads as a masthead: 1 to 6 words, each capitalised or a joiner, no digits,
 * no sentence end; one word only when it is no section label (`Marketline`, not `Politics`).
 */
export function mastheadLike(line: string): boolean {
  const t = line.trim();
  if (t.length < 4 || t.length > 60 || /[\d.!?:;,"“”«»()|/]$|[\d|/]/u.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 6 || (words.length === 1 && SECTIONS.has(t.toLowerCase()))) return false;
  // An elided joiner stays on its word: `Le Messager d'Aurenne`.
  const named = (w: string): boolean => /^(?:[dl]['’])?[\p{Lu}][\p{L}'’.&-]*$/u.test(w) || MASTHEAD_JOINERS.has(w.toLowerCase());
  return words.every(named) && /^(?:[dl]['’])?[\p{Lu}]/u.test(words[words.length - 1]!);
}

/**
 * The masthead of a scraped text's header: a short name line (see mastheadLike) printed right under
 * the headline and right above the date or byline line (`Pellbridge Chronicle` between the title and
 * `Published Wednesday 17 June 2026`). Its place between the two marks it as the outlet's name, not
 * a section label or a menu. `reasons` are the header lines' removal reasons in order (`title`, or
 * null when the headline was not recognised, then the rules' reason for the line, then `date` or
 * `byline`), `texts` their text.
 */
export function headerMasthead(texts: readonly string[], reasons: readonly (string | null)[]): string | null {
  // The headline is the first line, whether or not it was recognised as the title.
  const at = 1;
  const next = reasons[at + 1];
  if (texts.length < 3 || (reasons[0] !== "title" && reasons[0] !== null) || (next !== "date" && next !== "byline")) return null;
  return mastheadLike(texts[at]!) ? texts[at]!.trim() : null;
}
