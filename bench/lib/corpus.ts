/**
 * A deterministic generator of realistic synthetic news for benchmarks and scale tests: stories
 * that run for weeks, events that come in bursts, articles of about 4 KB with named people and
 * their roles, places, numbers, dates stated once and relative dates, quotes in several styles,
 * the boilerplate scrapers keep (ad markers, captions printed twice, "Read more" links, appeals),
 * and syndicated copies with a new headline and a trimmed ending. Every article carries its gold
 * event and story, so clustering quality can be measured at any size.
 */

export interface GeneratedArticle {
  id: string;
  title: string;
  outlet: string;
  published: string;
  text: string;
  event: string;
  story: string;
  /** Id of the article this one syndicates, when it is a copy. */
  copyOf: string | null;
}

/** Small, fast, seeded PRNG (mulberry32). */
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

const SYL = ["ka", "lo", "ve", "ran", "del", "mor", "ti", "sa", "ber", "qui", "na", "dor", "el", "via", "tor", "shi", "mu", "gan", "pel", "rik", "os", "ban", "zu", "ler"];
const TOPICS = ["flood", "strike", "election", "earthquake", "data breach", "factory fire", "trade deal", "court ruling", "rate rise", "bridge collapse", "wildfire", "merger", "protest", "vaccine rollout", "port closure", "drought", "summit", "train derailment"];
const ROLES = ["minister", "mayor", "spokesperson", "ambassador", "chief executive", "police chief", "union leader", "governor", "judge", "director"];
const VERBS = ["said", "told reporters", "added", "warned", "stressed", "explained", "announced", "insisted"];
const FILLER = [
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

function word(r: () => number, n = 2 + Math.floor(r() * 2)): string {
  let w = "";
  for (let i = 0; i < n; i++) w += SYL[Math.floor(r() * SYL.length)];
  return w;
}
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

interface EventPlan {
  id: string;
  story: string;
  topic: string;
  place: string;
  people: { name: string; role: string }[];
  numbers: number[];
  day: number;
  facts: string[];
  quotes: string[];
}

/** Generates `count` articles; same seed, same corpus. */
export function* generateCorpus(count: number, seed = 7): Generator<GeneratedArticle> {
  const r = rng(seed);
  const outlets = Array.from({ length: 60 }, () => `${cap(word(r))} ${pick(r, ["Times", "Post", "Herald", "Wire", "Daily", "News", "Tribune", "Courier"])}`);
  const boiler = outlets.map(() => [`Follow ${cap(word(r))} on social media for live updates.`, `[advert]`, `Support independent journalism: donate to ${cap(word(r))} today.`]);
  const base = Date.UTC(2026, 0, 1);
  const events: EventPlan[] = [];
  let storyN = 0;
  const newEvent = (story: string | null, day: number): EventPlan => {
    const s = story ?? `story-${storyN++}`;
    const sib = story ? events.find((e) => e.story === story) : undefined;
    const topic = sib?.topic ?? pick(r, TOPICS);
    const place = sib?.place ?? cap(word(r, 3));
    const people = sib ? sib.people.slice(0, 2).concat([{ name: `${cap(word(r))} ${cap(word(r, 3))}`, role: pick(r, ROLES) }]) : Array.from({ length: 3 }, () => ({ name: `${cap(word(r))} ${cap(word(r, 3))}`, role: pick(r, ROLES) }));
    const numbers = Array.from({ length: 3 }, () => 2 + Math.floor(r() * 900));
    const facts = [
      `The ${topic} in ${place} affected ${numbers[0]} people, according to local officials`,
      `${people[0]!.name}, the ${people[0]!.role}, visited ${place} after the ${topic}`,
      `Authorities in ${place} said ${numbers[1]} ${pick(r, ["homes", "workers", "families", "vehicles", "schools"])} were involved`,
      `A ${word(r, 3)} committee will review the ${topic} response within ${numbers[2]} days`,
      `${people[1]!.name} called for an independent inquiry into the ${topic}`,
    ];
    const quotes = Array.from({ length: 3 }, () => `We will ${pick(r, ["rebuild", "investigate", "support", "protect", "review"])} everything connected to the ${topic} in ${place}`);
    const ev: EventPlan = { id: `event-${events.length}`, story: s, topic, place, people, numbers, day, facts, quotes };
    events.push(ev);
    return ev;
  };

  let made = 0;
  let day = 0;
  const recent: GeneratedArticle[] = [];
  while (made < count) {
    // Each day a burst of new events opens, some of them later episodes of an earlier story.
    const live = events.filter((e) => day - e.day <= 3);
    const opening = Math.max(1, Math.round(count / 400));
    for (let k = 0; k < opening; k++) {
      const older = events.length > 5 && r() < 0.25 ? events[Math.floor(r() * events.length)]! : null;
      live.push(newEvent(older && day - older.day < 40 ? older.story : null, day));
    }
    const perDay = Math.max(5, Math.round(count / 60));
    for (let i = 0; i < perDay && made < count; i++) {
      const ev = live[Math.min(live.length - 1, Math.floor(Math.pow(r(), 1.6) * live.length))]!;
      const at = new Date(base + (day * 24 + Math.floor(r() * 24)) * 3600_000);
      const id = `g${made}`;
      const src = recent.length > 0 && r() < 0.05 ? recent[Math.floor(r() * recent.length)]! : null;
      if (src) {
        // A syndicated copy: new outlet and headline, same body minus its last paragraph.
        const paras = src.text.split("\n");
        yield { ...src, id, outlet: pick(r, outlets), title: `${src.title.split(":")[0]}: latest`, published: at.toISOString(), text: paras.slice(0, Math.max(3, paras.length - 2)).join("\n"), copyOf: src.copyOf ?? src.id };
        made++;
        continue;
      }
      const oi = Math.floor(r() * outlets.length);
      const p = pick(r, ev.people);
      const wd = WEEKDAYS[at.getUTCDay()]!;
      const stated = `${wd}, ${MONTHS[at.getUTCMonth()]} ${at.getUTCDate()}`;
      const lines: string[] = [];
      lines.push(`${cap(ev.place).toUpperCase()} - ${pick(r, ev.facts)}, officials said on ${stated}.`);
      const body = [...ev.facts].sort(() => r() - 0.5);
      for (let s = 0; s < 12; s++) {
        const x = r();
        if (x < 0.35) lines.push(`${body[s % body.length]!}.`);
        else if (x < 0.5) lines.push(`"${pick(r, ev.quotes)}," ${p.name}, the ${p.role}, ${pick(r, VERBS)}.`);
        else if (x < 0.58) lines.push(`The ${p.role} ${pick(r, VERBS)} that the work would continue ${pick(r, ["tomorrow", "on Monday", "next week", "on Friday"])}.`);
        else if (x < 0.63) lines.push(`Photo: ${cap(word(r))} ${cap(word(r))} / Agency`);
        else if (x < 0.66) lines.push(`Read more: ${cap(word(r))} ${word(r)} ${word(r)} in ${cap(word(r))}`);
        else lines.push(`${pick(r, FILLER)}, ${pick(r, ["while", "as", "after"])} ${word(r)} ${word(r)} ${pick(r, ["continued", "waited", "gathered"])} in ${ev.place}.`);
      }
      for (const b of boiler[oi]!) if (r() < 0.5) lines.splice(1 + Math.floor(r() * lines.length), 0, b);
      // Pad to about 4 KB with background sentences, as real reports carry.
      while (lines.join("\n").length < 3800) lines.push(`${pick(r, FILLER)} in ${ev.place}, where ${word(r)} ${word(r)} ${pick(r, ["rose", "fell", "held"])} by ${Math.floor(r() * 90)} percent.`);
      const a: GeneratedArticle = {
        id,
        title: `${cap(ev.topic)} in ${ev.place}: ${p.name} ${pick(r, ["speaks out", "visits", "responds", "warns"])}`,
        outlet: outlets[oi]!,
        published: at.toISOString(),
        text: lines.join("\n"),
        event: ev.id,
        story: ev.story,
        copyOf: null,
      };
      recent.push(a);
      if (recent.length > 50) recent.shift();
      made++;
      yield a;
    }
    day++;
  }
}
