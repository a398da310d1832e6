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
