/**
 * Compares person detection of wink-nlp (+ wink-eng-lite-web-model) and compromise on PolNeAR-dev.
 *
 * Usage: node --import tsx bench/nlp-ner-compare.ts   (reads ../shared/data/polnear-dev/dev)
 *
 * PolNeAR labels attribution Sources, not every person, so this measures what it can:
 * - recall: of the Source spans that are a plain personal name (2-3 capitalised words, an optional
 *   title; not starting with "The"), the share overlapped by a detected person span;
 * - precision (a lower bound): of the detected person spans, the share whose last word is the last
 *   word of some such Source name in the same article. People who never speak count as errors, so
 *   the true precision is higher; both libraries are measured the same way.
 * wink's lite model has no PERSON type; its best person proxy is a run of PROPN tokens. The third
 * row is our own layer (src/nlp/entities) on top of wink, measured the same way.
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import nlpc from "compromise";
import { analyze } from "../src/nlp/index.js";

const dir = resolve(import.meta.dirname, "..", "..", "shared", "data", "polnear-dev", "dev");
if (!existsSync(dir)) {
  console.error(`skipped: ${dir} is not present`);
  process.exit(0);
}
const NAME_RE = /^(?!(?:The|A|An|Many|Some|One|New|North|South|East|West)\b)(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Gen)\.? )?[A-Z][a-z'’-]+(?: [A-Z]\.)?(?: [A-Z][a-z'’-]+){1,2}$/;
const wink = winkNLP(model);
const its = wink.its;

type Span = { start: number; end: number; text: string };
function winkPeople(text: string): Span[] {
  const doc = wink.readDoc(text);
  const out: Span[] = [];
  let run: [number, number] | null = null;
  const spans = doc.tokens().out(its.span) as unknown as [number, number][];
  const pos = doc.tokens().out(its.pos) as string[];
  const toks = doc.tokens().out() as string[];
  // Recover character offsets by walking the text, since wink reports token indexes.
  let at = 0;
  const offs: [number, number][] = toks.map((t) => {
    const i = text.indexOf(t, at);
    const s = i < 0 ? at : i;
    at = s + t.length;
    return [s, s + t.length];
  });
  void spans;
  for (let i = 0; i <= pos.length; i++) {
    if (i < pos.length && pos[i] === "PROPN") run = run ? [run[0], offs[i]![1]] : [offs[i]![0], offs[i]![1]];
    else if (run) {
      out.push({ start: run[0], end: run[1], text: text.slice(run[0], run[1]) });
      run = null;
    }
  }
  return out;
}
function compromisePeople(text: string): Span[] {
  const json = nlpc(text).people().json({ offset: true }) as { offset: { start: number; length: number } }[];
  return json.map((p) => ({ start: p.offset.start, end: p.offset.start + p.offset.length, text: text.slice(p.offset.start, p.offset.start + p.offset.length) }));
}

/** Our layer: person entities' name mentions (full, partial, misspelling), as analyze() gives them. */
function newsfoldPeople(text: string): Span[] {
  const a = analyze({ id: "x", path: "x", url: null, outlet: null, title: null, byline: null, published: null, dateline: null, language: "en", text, removed: [] });
  return a.entities
    .filter((e) => e.type === "person")
    .flatMap((e) => e.mentions.filter((m) => m.form !== "role" && m.form !== "pronoun"))
    .map((m) => ({ start: m.start, end: m.end, text: m.text }));
}

const systems = { "wink-nlp (PROPN runs)": winkPeople, compromise: compromisePeople, "newsfold (wink + own layer)": newsfoldPeople };
const stats = Object.fromEntries(Object.keys(systems).map((k) => [k, { gold: 0, found: 0, pred: 0, good: 0, ms: 0 }]));
for (const f of readdirSync(join(dir, "attributions"))) {
  const text = readFileSync(join(dir, "text", f.replace(/_[0-9a-f]{4}\.ann$/, ".txt")), "utf8");
  const gold: Span[] = [];
  for (const line of readFileSync(join(dir, "attributions", f), "utf8").split("\n")) {
    const m = /^T\d+\tSource (\d+) (\d+)\t(.*)$/.exec(line);
    if (m && NAME_RE.test(m[3]!.trim())) gold.push({ start: +m[1]!, end: +m[2]!, text: m[3]!.trim() });
  }
  const lastWords = new Set(gold.map((g) => g.text.split(" ").at(-1)!.toLowerCase()));
  for (const [name, fn] of Object.entries(systems)) {
    const st = stats[name]!;
    const t0 = performance.now();
    const pred = fn(text);
    st.ms += performance.now() - t0;
    st.gold += gold.length;
    st.found += gold.filter((g) => pred.some((p) => p.start < g.end && g.start < p.end)).length;
    st.pred += pred.length;
    st.good += pred.filter((p) => lastWords.has(p.text.replace(/['’]s$/, "").split(/\s+/).at(-1)!.toLowerCase())).length;
  }
}
for (const [name, st] of Object.entries(stats)) {
  console.log(`${name}: person recall ${(st.found / st.gold).toFixed(3)} (${st.found}/${st.gold}), precision >= ${(st.good / st.pred).toFixed(3)} (${st.good}/${st.pred}), ${st.ms.toFixed(0)} ms`);
}
