import * as chrono from "chrono-node";

/**
 * What the date layer needs to know of a language: chrono's parser for it, the words that make a
 * sentence worth parsing, and the words that tell whether a lone weekday lies ahead or behind.
 * English has its own, richer rules in dates.ts (a fast path for weekdays, past-tense forms);
 * the others lean on chrono's locale parsers, which read their month and weekday names.
 */
export interface DateLanguage {
  parser: chrono.Chrono;
  /** A cheap test a sentence window must pass before chrono sees it (month, weekday, casual day word, numeric date). */
  trigger: RegExp;
  /** Words that put a lone weekday after the anchor (`prochain`, `hasta`, `bis`) or before it (`dernier`). */
  next: RegExp;
  last: RegExp;
  /** Signs of the future in a clause: auxiliaries and future-tense endings (`visitará`, `restera`). */
  clauseFuture: RegExp;
  /** Where a clause begins or ends. */
  clauseBound: RegExp;
  /** Casual day words (`hier`, `gestern`): relative to the anchor even when chrono does not tag them so. */
  casual: Record<string, number>;
}

const NUMERIC = String.raw`\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b`;
const PUNCT_BOUND = String.raw`[,;:()“”"«»—–]`;

function profile(p: {
  parser: chrono.Chrono;
  months: string;
  weekdays: string;
  casual: Record<string, number>;
  next: string;
  last: string;
  future: string;
  conjunctions: string;
}): DateLanguage {
  const words = [p.months, p.weekdays, Object.keys(p.casual).join("|")].join("|");
  return {
    parser: p.parser,
    trigger: new RegExp(String.raw`(?<![\p{L}])(?:${words})(?![\p{L}])|${NUMERIC}`, "iu"),
    next: new RegExp(String.raw`(?<![\p{L}])(?:${p.next})(?![\p{L}])`, "iu"),
    last: new RegExp(String.raw`(?<![\p{L}])(?:${p.last})(?![\p{L}])`, "iu"),
    clauseFuture: new RegExp(String.raw`(?<![\p{L}])(?:${p.future})(?![\p{L}])`, "giu"),
    clauseBound: new RegExp(String.raw`${PUNCT_BOUND}|(?<![\p{L}])(?:${p.conjunctions})(?![\p{L}])`, "giu"),
    casual: p.casual,
  };
}

/** Languages besides English whose dates are resolved (the languages the pipeline stems). */
export const DATE_LANGUAGES: Readonly<Record<string, DateLanguage>> = {
  fr: profile({
    parser: chrono.fr.casual,
    months: "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre",
    weekdays: "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche",
    casual: { "aujourd'hui": 0, "aujourd’hui": 0, hier: -1, demain: 1 },
    next: "prochain|prochaine|jusqu'à|jusqu’à|dès|à partir de",
    last: "dernier|dernière|passé",
    future: String.raw`va|vont|sera|seront|devra|devront|doit|doivent|\p{L}+eront|\p{L}+era|\p{L}+iront|\p{L}+ira`,
    conjunctions: "et|mais|alors que|tandis que|après|avant|car",
  }),
  de: profile({
    parser: chrono.de.casual,
    months: "januar|februar|märz|maerz|april|mai|juni|juli|august|september|oktober|november|dezember",
    weekdays: "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag",
    casual: { heute: 0, gestern: -1, morgen: 1 },
    next: "nächsten|nächste|kommenden|kommende|bis|ab|frühestens|spätestens",
    last: "letzten|letzte|vergangenen|vergangene|vorigen",
    future: "wird|werden|soll|sollen",
    conjunctions: "und|aber|während|nachdem|bevor|weil",
  }),
  es: profile({
    parser: chrono.es.casual,
    months: "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre",
    weekdays: "lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo",
    casual: { hoy: 0, ayer: -1, mañana: 1 },
    next: "próximo|proximo|próxima|hasta|desde",
    last: "pasado|pasada",
    future: String.raw`va a|van a|\p{L}+rá|\p{L}+rán`,
    conjunctions: "y|pero|mientras|después|antes|porque",
  }),
  it: profile({
    parser: chrono.it.casual,
    months: "gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre",
    weekdays: "lunedì|lunedi|martedì|martedi|mercoledì|mercoledi|giovedì|giovedi|venerdì|venerdi|sabato|domenica",
    casual: { oggi: 0, ieri: -1, domani: 1 },
    next: "prossimo|prossima|fino a|entro",
    last: "scorso|scorsa",
    future: String.raw`\p{L}+rà|\p{L}+ranno`,
    conjunctions: "e|ma|mentre|dopo|prima|perché",
  }),
  pt: profile({
    parser: chrono.pt.casual,
    months: "janeiro|fevereiro|março|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro",
    weekdays: "segunda-feira|terça-feira|terca-feira|quarta-feira|quinta-feira|sexta-feira|sábado|sabado|domingo",
    casual: { hoje: 0, ontem: -1, amanhã: 1 },
    next: "próximo|proximo|próxima|até|ate",
    last: "passado|passada",
    future: String.raw`vai|vão|\p{L}+rá|\p{L}+rão`,
    conjunctions: "e|mas|enquanto|depois|antes|porque",
  }),
  nl: profile({
    parser: chrono.nl.casual,
    months: "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december",
    weekdays: "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag",
    casual: { vandaag: 0, gisteren: -1, morgen: 1 },
    next: "volgende|komende|tot|vanaf",
    last: "vorige|afgelopen",
    future: "zal|zullen|gaat|gaan",
    conjunctions: "en|maar|terwijl|nadat|voordat|omdat",
  }),
};
