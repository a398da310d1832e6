/**
 * The one generator of synthetic news streams for benchmarks and tests: deterministic (seeded),
 * with known events, bursts, long-running storylines and syndicated copies.
 *
 * Storylines: each has a kind (a strike, a flood, a trial...) and a cast (a place, people, an
 * organisation); it runs over weeks as a sequence of events. An event is one happening with its
 * own date, numbers and extra participants. Articles of an event arrive in a burst around its
 * date and tell it with the kind's vocabulary, the event's facts and generic news filler.
 * Copies reuse an earlier article of their event (trimmed ending, added paragraph, new outlet).
 *
 * Full articles (the default) look like what scrapers keep: a dateline with a stated weekday and
 * date, people with their roles, direct quotes in several styles, photo captions, "Read more"
 * links, the outlet's boilerplate (ad markers, social and donation appeals), padded with
 * background sentences to about 4 KB. `full: false` gives short items of `sentences` sentences
 * (the clustering tests' stream; the same seed gives the same stream as before the merge).
 *
 * Names are invented from syllables, so nothing refers to real people or outlets.
 */
import type { Analysis, Article } from "../../src/core/types.js";
import { tokenize } from "../../src/core/tokenize.js";

/** A seeded PRNG (mulberry32): the same seed gives the same stream everywhere. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS: Record<string, string[]> = {
  strike: ["strike", "workers", "union", "walkout", "wages", "pickets", "negotiations", "pay", "shifts", "factory", "demands", "stoppage"],
  flood: ["flood", "rain", "river", "evacuated", "water", "levels", "rescue", "homes", "submerged", "downpour", "dams", "villages"],
  trial: ["trial", "court", "judge", "prosecutors", "defence", "verdict", "jury", "charges", "testimony", "witness", "sentence", "appeal"],
  election: ["election", "votes", "ballot", "candidate", "polls", "turnout", "campaign", "coalition", "parliament", "seats", "count", "runoff"],
  merger: ["merger", "shares", "deal", "acquisition", "shareholders", "bid", "valuation", "regulators", "takeover", "board", "offer", "stake"],
  quake: ["earthquake", "magnitude", "tremor", "epicentre", "aftershocks", "collapsed", "buildings", "seismic", "rubble", "survivors", "injured", "damage"],
  outbreak: ["outbreak", "cases", "virus", "hospital", "infections", "health", "vaccine", "patients", "quarantine", "symptoms", "clinics", "spread"],
  fire: ["fire", "blaze", "firefighters", "flames", "smoke", "burned", "hectares", "wind", "evacuation", "crews", "forest", "containment"],
  summit: ["summit", "leaders", "talks", "agreement", "delegation", "ministers", "communique", "bilateral", "sanctions", "treaty", "envoy", "diplomats"],
  crash: ["crash", "collision", "passengers", "train", "derailed", "investigators", "wreckage", "carriages", "signal", "driver", "victims", "track"],
};
const FILLER = ["officials", "statement", "reported", "local", "authorities", "spokesperson", "situation", "response", "morning", "evening",
  "week", "government", "people", "residents", "public", "media", "area", "region", "national", "support", "expected", "continued", "latest", "update"];
const SYL = ["ka", "lo", "mi", "ra", "ven", "tor", "sa", "bel", "nu", "dri", "pe", "gal", "ost", "mar", "ze", "li", "qua", "ron", "ta", "vi", "dor", "en", "sk", "ul"];
const ROLES = ["minister", "mayor", "spokesperson", "ambassador", "chief executive", "police chief", "union leader", "governor", "judge", "director"];
const VERBS = ["said", "told reporters", "added", "warned", "stressed", "explained", "announced", "insisted"];
const BACKGROUND = [
  "The decision drew mixed reactions from residents and local businesses",
  "Analysts said the situation remained uncertain for the coming weeks",
  "Officials were expected to give further details at a briefing",
  "The region has faced similar problems in recent years",
  "Opposition figures criticised the response as too slow",
  "Emergency services remained on alert throughout the night",
  "Several organisations offered assistance to those affected",
  "The matter is expected to be discussed by parliament next month",
];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MASTHEADS = ["Times", "Post", "Herald", "Wire", "Daily", "News", "Tribune", "Courier"];
/** Full articles are padded with background sentences to about this many characters. */
const FULL_LENGTH = 3800;

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

function name(r: () => number, parts: number): string {
  let s = "";
  for (let i = 0; i < parts; i++) s += pick(r, SYL);
  return s[0]!.toUpperCase() + s.slice(1);
}

function cap(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}

/** One generated article with a bare analysis (tokens only) and its gold event, story and copy source. */
export interface GeneratedArticle {
  article: Article;
  /** Tokens only, like a bare language layer (computed on first read). */
  analysis: Analysis;
  event: string;
  story: string;
  copyOf: string | null;
}

export interface StreamOptions {
  seed?: number;
  articles: number;
  /** Mean articles per event (bursty: geometric sizes). Default 8. */
  perEvent?: number;
  /** Mean events per storyline. Default 3. */
  eventsPerStory?: number;
  /** Fraction of articles that copy an earlier one of their event. Default 0.1. */
  copyRate?: number;
  /** Full ~4 KB articles with outlets, quotes, captions and boilerplate (default), or short items. */
  full?: boolean;
  /** Story sentences per article (default 8); full articles are padded with background to ~4 KB. */
  sentences?: number;
  /** Stream start (ISO date). */
  start?: string;
  /** Give articles a published date. Default true. */
  dated?: boolean;
  /** Open this many storylines at most (1 gives a single story, for dossier benchmarks). */
  maxStories?: number;
}

interface Ev {
  id: string;
  story: St;
  day: number;
  people: string[];
  numbers: string[];
  extra: string[];
  left: number;
  texts: [string, string, number][];
  /** Full articles: the roles of the event's people and of the storyline's cast, by name. */
  roles: Map<string, string>;
}

interface St {
  id: string;
  kind: string;
  place: string;
  cast: string[];
  org: string;
  day: number;
  eventsLeft: number;
}

interface Outlet {
  name: string;
  boilerplate: string[];
}

/** Generates a stream in arrival order (roughly chronological, bursts interleaved). */
export function* generateStream(o: StreamOptions): Generator<GeneratedArticle> {
  const r = rng(o.seed ?? 42);
  const full = o.full ?? true;
  // Full-article extras draw from their own PRNG so the storyline stream is the same either way.
  const rf = rng((o.seed ?? 42) ^ 0x5bd1e995);
  const outlets: Outlet[] = full
    ? Array.from({ length: 60 }, () => ({
        name: `${name(rf, 2)} ${pick(rf, MASTHEADS)}`,
        boilerplate: [`Follow ${name(rf, 2)} on social media for live updates.`, "[advert]", `Support independent journalism: donate to ${name(rf, 2)} today.`],
      }))
    : [];
  const perEvent = o.perEvent ?? 8;
  const perStory = o.eventsPerStory ?? 3;
  const copyRate = o.copyRate ?? 0.1;
  const sentences = o.sentences ?? 8;
  const start = Date.parse(o.start ?? "2024-01-01T00:00:00Z");
  const dated = o.dated ?? true;
  const maxStories = o.maxStories ?? Infinity;
  const kinds = Object.keys(KINDS);
  const active: Ev[] = [];
  const stories: St[] = [];
  let nEv = 0;
  let nSt = 0;
  let day = 0;
  for (let i = 0; i < o.articles; i++) {
    // About 40 articles a day: open events so that a burst stays active a few days.
    if (i % 40 === 0) day++;
    while (active.length < 12 || r() < 0.02) {
      let st = stories.find((s) => s.eventsLeft > 0 && day - s.day > 3 && r() < 0.3);
      if (!st && nSt >= maxStories) st = stories[stories.length - 1]!;
      if (!st) {
        st = { id: `S${nSt++}`, kind: pick(r, kinds), place: name(r, 3), cast: [name(r, 2) + " " + name(r, 3), name(r, 2) + " " + name(r, 3)], org: name(r, 3) + " " + pick(r, ["Council", "Agency", "Group", "Union", "Ministry"]), day, eventsLeft: 1 + Math.floor(r() * perStory * 2 - 1) };
        stories.push(st);
        if (stories.length > 200) stories.shift();
      }
      st.eventsLeft--;
      st.day = day;
      const size = Math.max(1, Math.round(-Math.log(1 - r()) * perEvent));
      const people = [name(r, 2) + " " + name(r, 3)];
      const roles = new Map<string, string>();
      if (full) for (const p of [...people, ...st.cast]) roles.set(p, pick(rf, ROLES));
      active.push({
        id: `E${nEv++}`, story: st, day, people, numbers: [String(10 + Math.floor(r() * 990)), String(2 + Math.floor(r() * 60))],
        extra: [name(r, 3), pick(r, KINDS[st.kind]!)], left: size, texts: [], roles,
      });
    }
    const ev = active[Math.floor(r() * Math.min(active.length, 6))]!;
    ev.left--;
    if (ev.left <= 0) active.splice(active.indexOf(ev), 1);
    const id = `a${i}`;
    let when = start + (ev.day + r() * 1.5) * 86_400_000;
    let text: string;
    let copyOf: string | null = null;
    if (ev.texts.length > 0 && r() < copyRate) {
      const k = Math.floor(r() * ev.texts.length);
      const [origId, orig, origWhen] = ev.texts[k]!;
      // Syndication follows the original within hours.
      when = origWhen + r() * 0.3 * 86_400_000;
      const paras = orig.split("\n");
      const how = r();
      text = how < 0.4 ? paras.slice(0, Math.max(1, paras.length - 1)).join("\n") : how < 0.7 ? orig + "\n" + sentence(r, ev) : orig;
      copyOf = origId;
    } else {
      const paras: string[] = [];
      for (let s = 0; s < sentences; s += 2) paras.push(sentence(r, ev) + (s + 1 < sentences ? " " + sentence(r, ev) : ""));
      text = full ? fullText(rf, ev, paras, new Date(when)) : paras.join("\n");
    }
    ev.texts.push([id, text, when]);
    const published = dated ? new Date(when).toISOString() : null;
    if (ev.texts.length > 20) ev.texts.shift();
    const title = `${cap(pick(r, KINDS[ev.story.kind]!))} in ${ev.story.place}: ${pick(r, FILLER)} ${pick(r, KINDS[ev.story.kind]!)}`;
    const outlet = full ? pick(rf, outlets) : null;
    if (outlet) text = withBoilerplate(rf, text, outlet);
    const article: Article = { id, path: "generated", url: null, outlet: outlet?.name ?? null, title, byline: null, published, dateline: null, language: "en", text, removed: [] };
    yield bareAnalysed(article, ev.id, ev.story.id, copyOf);
  }
}

/** A generated article whose tokens-only analysis is computed when first read. */
function bareAnalysed(article: Article, event: string, story: string, copyOf: string | null): GeneratedArticle {
  let analysis: Analysis | null = null;
  return {
    article,
    event,
    story,
    copyOf,
    get analysis(): Analysis {
      analysis ??= { id: article.id, language: "en", tokens: tokenize(article.text), sentences: [], entities: [], dates: [], quotes: [] };
      return analysis;
    },
  };
}

/** A full article: dateline, the story paragraphs interleaved with quotes, captions and links, padded. */
function fullText(r: () => number, ev: Ev, paras: string[], at: Date): string {
  const kind = KINDS[ev.story.kind]!;
  const speakers = [...ev.roles.keys()];
  const stated = `${WEEKDAYS[at.getUTCDay()]}, ${MONTHS[at.getUTCMonth()]} ${at.getUTCDate()}`;
  const lines = [`${ev.story.place.toUpperCase()} - ${paras[0]} Officials gave the figures on ${stated}.`];
  for (const p of paras.slice(1)) {
    lines.push(p);
    const x = r();
    const who = pick(r, speakers);
    const role = ev.roles.get(who)!;
    const words = `We will ${pick(r, ["rebuild", "investigate", "support", "protect", "review"])} everything connected to the ${pick(r, kind)} in ${ev.story.place}`;
    if (x < 0.3) lines.push(`"${words}," ${who}, the ${role}, ${pick(r, VERBS)}.`);
    else if (x < 0.5) lines.push(`${who}, the ${ev.story.place} ${role}, said: \u201c${words}.\u201d`);
    else if (x < 0.65) lines.push(`The ${role} ${pick(r, VERBS)} that the work would continue ${pick(r, ["tomorrow", "on Monday", "next week", "on Friday"])}.`);
    else if (x < 0.75) lines.push(`Photo: ${name(r, 2)} ${name(r, 3)} / Agency`);
    else if (x < 0.85) lines.push(`Read more: ${cap(pick(r, kind))} ${pick(r, FILLER)} in ${name(r, 3)}`);
  }
  // Pad to about 4 KB with background sentences, as real reports carry.
  let length = lines.reduce((s, l) => s + l.length + 1, 0);
  while (length < FULL_LENGTH) {
    const s = `${pick(r, BACKGROUND)} in ${ev.story.place}, where ${pick(r, FILLER)} ${pick(r, kind)} ${pick(r, ["rose", "fell", "held"])} by ${Math.floor(r() * 90)} percent.`;
    lines.push(s);
    length += s.length + 1;
  }
  return lines.join("\n");
}

/** Inserts the outlet's boilerplate lines (each with even odds) at random places after the first line. */
function withBoilerplate(r: () => number, text: string, outlet: Outlet): string {
  const lines = text.split("\n");
  for (const b of outlet.boilerplate) if (r() < 0.5) lines.splice(1 + Math.floor(r() * lines.length), 0, b);
  return lines.join("\n");
}

function sentence(r: () => number, ev: Ev): string {
  const kind = KINDS[ev.story.kind]!;
  const who = r() < 0.5 ? pick(r, ev.people) : pick(r, ev.story.cast);
  const forms = [
    () => `${who} said the ${pick(r, kind)} in ${ev.story.place} left ${pick(r, ev.numbers)} ${pick(r, kind)} and ${pick(r, FILLER)} ${pick(r, kind)}.`,
    () => `The ${ev.story.org} reported ${pick(r, ev.numbers)} ${pick(r, kind)} near ${ev.extra[0]} as the ${pick(r, kind)} ${pick(r, FILLER)}.`,
    () => `In ${ev.story.place}, ${pick(r, FILLER)} described the ${pick(r, kind)} and ${pick(r, kind)} while ${who} called for ${pick(r, FILLER)}.`,
    () => `According to ${who}, ${pick(r, ev.numbers)} ${pick(r, FILLER)} followed the ${pick(r, kind)} of the ${ev.extra[1]}.`,
    () => `${cap(pick(r, FILLER))} in ${ev.extra[0]} said ${pick(r, kind)} ${pick(r, FILLER)} would take ${pick(r, ev.numbers)} days.`,
  ];
  return pick(r, forms)();
}
