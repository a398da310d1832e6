// The author's name from a byline line the cleaner removed: "By Jane Doe", "di Lia Rossi", "Par Anne Roy ·
// Publié le ...", "By Jane Doe, Political Editor", "Text by: Jane Doe".
import { looksLikeName } from "../metadata/byline.js";

/** The byline's lead-in: "By", "par", "von", "por", "di", "door", "Text by:", "Written by". */
const LEAD_RE = /^(?:(?:text|words|story|report(?:ing)?|written|texte|texto)\s+)?(?:by|par|von|por|di|door)\s*:?\s+/iu;

/**
 * The name(s) a byline line gives, or null: the segment of a masthead line (`·`, `|`, `•`) that opens with a
 * lead-in, cut at its first comma ("Jane Doe, Political Editor") or bracket, if what is left looks like a name.
 */
export function bylineName(line: string): string | null {
  for (const part of line.split(/\s+[·•|]\s+|\s*\|\s*/u)) {
    const m = LEAD_RE.exec(part.trim());
    if (!m) continue;
    const name = part.trim().slice(m[0].length).split(/\s*[,(;]\s*|\s+[-–—]\s+/u)[0]!.trim();
    return name.length >= 3 && looksLikeName(name) ? name : null;
  }
  return null;
}
