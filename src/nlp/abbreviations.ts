/**
 * Abbreviations that end in a period without ending the sentence.
 *
 * Two kinds, because they behave differently before a capitalised word:
 * - titles always precede a name (`Mr. Smith`, `Gen. Lee`): a period after them never ends a sentence;
 * - other abbreviations (`Inc.`, `Jr.`, `etc.`, `Aug.`) can close a sentence too, so the splitter asks
 *   whether the next word is one that typically opens a sentence.
 * Keys are lower-cased, without the final period. English first, then cheap additions for French,
 * German and Spanish, which news scrapes mix in.
 */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  // English
  "mr", "mrs", "ms", "messrs", "mmes", "dr", "drs", "prof", "gen", "sen", "sens", "rep", "reps", "gov", "lt", "col",
  "capt", "cpt", "sgt", "maj", "adm", "cmdr", "cdr", "brig", "cpl", "pvt", "pres", "supt", "insp", "det", "rev", "fr",
  "hon", "amb", "atty", "st", "mt", "ft", "sec", "ald",
  // French
  "mme", "mlle", "mgr", "me", "pr",
  // German
  "hr", "frau", "herr", "hrn",
  // Spanish / Portuguese / Italian
  "sr", "sra", "srta", "dña", "dn", "sto", "sta", "dott", "ing", "avv", "sig", "sig.ra",
]);

/** Abbreviations that may or may not end a sentence. */
export const OTHER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "jr", "inc", "ltd", "co", "corp", "bros", "llc", "plc", "vs", "v", "etc", "no", "nos", "approx", "est", "dept",
  "univ", "ave", "blvd", "rd", "hwy", "fig", "vol", "vols", "pp", "ch", "art", "ed", "eds", "govt", "intl", "natl",
  "assn", "min", "max", "cf", "al", "ca", "esp", "incl", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
  "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  // French / German / Spanish
  "janv", "févr", "avr", "juil", "déc", "env", "nr", "bzw", "usw", "vgl", "ggf", "str", "núm", "tel",
]);

/**
 * Words that usually open a sentence. After an ambiguous abbreviation (`Inc.`, `U.S.`, `p.m.`) a
 * following capitalised word only starts a new sentence when it is one of these: `the U.S. Embassy`
 * stays whole while `in the U.S. The next day` splits.
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there", "his",
  "her", "their", "its", "our", "but", "and", "so", "yet", "however", "meanwhile", "in", "on", "at", "after", "before",
  "when", "while", "as", "if", "since", "although", "though", "for", "from", "with", "by", "to", "of", "some", "many",
  "most", "all", "no", "one", "two", "officials", "according", "earlier", "later", "then", "now", "also", "still",
  "what", "who", "why", "how", "where", "last", "next", "other", "another", "both", "each", "several",
  "le", "la", "les", "il", "elle", "ils", "der", "die", "das", "er", "sie", "el", "los", "las", "ella",
]);
