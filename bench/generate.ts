/**
 * A deterministic generator of realistic synthetic news streams with known events, bursts,
 * long-running storylines and syndicated copies: for clustering benchmarks and tests.
 *
 * Each storyline has a kind (a strike, a flood, a trial...) and a cast (a place, people,
 * organisations); it runs over weeks as a sequence of events. An event is one happening: its
 * own date, numbers and extra participants. Articles of an event arrive in a burst around its
 * date and tell it with the kind's vocabulary, the event's facts and generic news filler.
 * Some articles are copies of an earlier one (trimmed ending, added paragraph, new headline).
 * Names are invented from syllables, so nothing refers to real people or outlets.
 */
import type { Analysis, Article } from "../src/core/types.js";
import { tokenize } from "../src/core/tokenize.js";

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

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

function name(r: () => number, parts: number): string {
  let s = "";
  for (let i = 0; i < parts; i++) s += pick(r, SYL);
  return s[0]!.toUpperCase() + s.slice(1);
}

/** One generated article with its analysis (tokens only, like a bare language layer) and gold labels. */
export interface GeneratedArticle {
  article: Article;
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
  /** Sentences per article. Default 8 (short news items: 2-3). */
  sentences?: number;
  /** Stream start (ISO date). */
  start?: string;
  /** Give articles a published date. Default true. */
  dated?: boolean;
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

/** Generates a stream in arrival order (roughly chronological, bursts interleaved). */
export function* generateStream(o: StreamOptions): Generator<GeneratedArticle> {
  const r = rng(o.seed ?? 42);
  const perEvent = o.perEvent ?? 8;
  const perStory = o.eventsPerStory ?? 3;
  const copyRate = o.copyRate ?? 0.1;
  const sentences = o.sentences ?? 8;
  const start = Date.parse(o.start ?? "2024-01-01T00:00:00Z");
  const dated = o.dated ?? true;
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
      if (!st) {
        st = { id: `S${nSt++}`, kind: pick(r, kinds), place: name(r, 3), cast: [name(r, 2) + " " + name(r, 3), name(r, 2) + " " + name(r, 3)], org: name(r, 3) + " " + pick(r, ["Council", "Agency", "Group", "Union", "Ministry"]), day, eventsLeft: 1 + Math.floor(r() * perStory * 2 - 1) };
        stories.push(st);
        if (stories.length > 200) stories.shift();
      }
      st.eventsLeft--;
      st.day = day;
      const size = Math.max(1, Math.round(-Math.log(1 - r()) * perEvent));
      active.push({
        id: `E${nEv++}`, story: st, day, people: [name(r, 2) + " " + name(r, 3)], numbers: [String(10 + Math.floor(r() * 990)), String(2 + Math.floor(r() * 60))],
        extra: [name(r, 3), pick(r, KINDS[st.kind]!)], left: size, texts: [],
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
      text = paras.join("\n");
    }
    ev.texts.push([id, text, when]);
    const published = dated ? new Date(when).toISOString() : null;
    if (ev.texts.length > 20) ev.texts.shift();
    const title = `${cap(pick(r, KINDS[ev.story.kind]!))} in ${ev.story.place}: ${pick(r, FILLER)} ${pick(r, KINDS[ev.story.kind]!)}`;
    const article: Article = { id, path: "generated", url: null, outlet: null, title, byline: null, published, dateline: null, language: "en", text, removed: [] };
    yield { article, analysis: { id, language: "en", tokens: tokenize(text), sentences: [], entities: [], dates: [], quotes: [] }, event: ev.id, story: ev.story.id, copyOf };
  }
}

function cap(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
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
