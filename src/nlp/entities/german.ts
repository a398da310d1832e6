/**
 * German writes every noun with a capital, so the entity layer's first signal (a capitalised word
 * inside a sentence) would make a name of `Gewerkschaft` and `Streik`. Two cues tell a common noun
 * there without a lexicon: an article or determiner before it (`die Gewerkschaft`, `im Hafen`,
 * `einen unbefristeten Streik`, adjectives and figures between) or a figure right before it (`2000
 * Arbeiter`: a count of things), and the suffixes that make nouns
 * of other words (`-ung`, `-heit`, `-keit`, `-schaft`, `-tion`, `-ismus`, `-nis`). Names mostly
 * stand bare (`Jonas Albrecht`, `in Hamburg`); the few that take an article (`die Bundesregierung`)
 * are bodies a reader finds as well under their common-noun reading.
 */
import type { Token } from "../../core/types.js";
import { isAllCaps } from "../strings.js";

/** Articles, determiners and article contractions (norms: lower case, accents folded). */
const DETERMINERS = new Set(`
  der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner keines
  im am vom zum zur beim ins ans aufs durchs furs ubers unters
  mein meine meinen meinem meiner meines dein deine deinen deinem deiner sein seine seinen seinem seiner seines
  ihr ihre ihren ihrem ihrer ihres unser unsere unseren unserem unserer euer eure euren eurem eurer
  dieser diese diesen diesem dieses jener jene jenen jenem jenes jeder jede jeden jedem jedes
  welcher welche welchen welchem welches alle allen aller beide beiden beider viele vielen vieler wenige wenigen einige einigen mehrere mehreren solche solchen
`.trim().split(/\s+/));

/** Number words before a noun (`zwei Menschen`: a count of things, like a figure). */
const NUMBER_WORDS = new Set(`
  zwei drei vier funf sechs sieben acht neun zehn elf zwolf zwanzig dreißig vierzig funfzig hundert hunderte tausend tausende dutzend dutzende
`.trim().split(/\s+/));

/** Weekdays and months: capitalised nouns of the calendar, never names. */
const CALENDAR = new Set(`
  montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag
  januar februar marz april mai juni juli august september oktober november dezember
  montagabend dienstagabend mittwochabend donnerstagabend freitagabend samstagabend sonntagabend
  montagmorgen dienstagmorgen mittwochmorgen donnerstagmorgen freitagmorgen samstagmorgen sonntagmorgen
`.trim().split(/\s+/));

/** Suffixes of derived nouns, longest first. */
const NOUN_SUFFIXES = ["schaften", "schaft", "ungen", "heiten", "keiten", "tionen", "ismus", "nisse", "heit", "keit", "tion", "ung", "nis"];

/** Lower-case words (adjectives, figures) that may stand between a determiner and its noun. */
const MAX_BETWEEN = 3;

/**
 * Clears `cap` for the capitalised tokens of a German text that read as common nouns (see the
 * module comment). Acronyms (`SPD`) keep their capital.
 */
export function markGermanNouns(text: string, tokens: readonly Token[], cap: boolean[]): void {
  const wasCap = cap.slice();
  // A word read as a common noun once (after an article) is one wherever it stands bare
  // (`nach Angaben der Polizei` ... `die Polizei`): names rarely take an article.
  const nounWords = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    if (!wasCap[i]) continue;
    const t = tokens[i]!;
    if (t.end - t.start > 1 && isAllCaps(text.slice(t.start, t.end))) continue;
    if (CALENDAR.has(t.norm) || NOUN_SUFFIXES.some((s) => t.norm.length >= s.length + 3 && t.norm.endsWith(s))) {
      cap[i] = false;
      continue;
    }
    for (let j = i - 1, between = 0; j >= 0 && between <= MAX_BETWEEN; j--, between++) {
      const p = tokens[j]!;
      // Only spaces between the words: a comma or full stop ends the phrase.
      if (text.slice(p.end, tokens[j + 1]!.start).trim() !== "") break;
      if (DETERMINERS.has(p.norm) || (j === i - 1 && (p.numeric || NUMBER_WORDS.has(p.norm)))) {
        cap[i] = false;
        if (DETERMINERS.has(p.norm) && j === i - 1) nounWords.add(t.norm);
        break;
      }
      if (wasCap[j] && !p.numeric) break;
    }
  }
  if (nounWords.size === 0) return;
  for (let i = 0; i < tokens.length; i++) if (cap[i] && wasCap[i] && nounWords.has(tokens[i]!.norm)) cap[i] = false;
}
