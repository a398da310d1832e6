/**
 * Sums a V8 .cpuprofile (from `node --cpu-prof`) into self time per function and per file, so the
 * top costs of a run can be read at a glance.
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/stages/e2e.ts --size 1000
 *   node --import tsx bench/profile.ts /tmp/prof/<file>.cpuprofile [--top 30]
 *
 * Besides self time it prints inclusive ("total") time per function: a sample counts once for
 * every distinct function on its stack, which is how a stage's whole cost (buildDossiers,
 * analyze, putIngested...) is read off one profile.
 */
import { readFileSync } from "node:fs";

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const argv = process.argv.slice(2);
const file = argv.find((a) => !a.startsWith("--"));
if (!file) {
  process.stderr.write("usage: profile.ts FILE.cpuprofile [--top N]\n");
  process.exit(2);
}
const top = argv.includes("--top") ? Number(argv[argv.indexOf("--top") + 1]) : 30;
const prof = JSON.parse(readFileSync(file, "utf8")) as Profile;
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const selfUs = new Map<number, number>();
for (let i = 0; i < prof.samples.length; i++) {
  const id = prof.samples[i]!;
  selfUs.set(id, (selfUs.get(id) ?? 0) + (prof.timeDeltas[i + 1] ?? 0));
}

const shortUrl = (u: string): string => {
  const m = /\/(src|bench|test|node_modules)\/(.*)$/.exec(u);
  if (!m) return u === "" ? "(native)" : u;
  return m[1] === "node_modules" ? `npm:${m[2]!.split("/").slice(0, m[2]!.startsWith("@") ? 2 : 1).join("/")}` : `${m[1]}/${m[2]}`;
};

const fn = new Map<string, number>();
const files = new Map<string, number>();
let total = 0;
for (const [id, us] of selfUs) {
  const n = byId.get(id)!;
  const f = shortUrl(n.callFrame.url);
  const key = `${n.callFrame.functionName || "(anonymous)"}  ${f}:${n.callFrame.lineNumber + 1}`;
  fn.set(key, (fn.get(key) ?? 0) + us);
  files.set(f, (files.get(f) ?? 0) + us);
  total += us;
}
const show = (title: string, m: Map<string, number>) => {
  process.stdout.write(`\n${title} (total ${(total / 1e6).toFixed(2)} s sampled)\n`);
  for (const [k, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    process.stdout.write(`${(us / 1e3).toFixed(0).padStart(8)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}\n`);
  }
};
show("self time by file", files);
show("self time by function", fn);

// Inclusive time: walk each sampled node up to the root, counting each function once per sample.
const parent = new Map<number, number>();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const fnKey = (n: Node): string => `${n.callFrame.functionName || "(anonymous)"}  ${shortUrl(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
const inclusive = new Map<string, number>();
for (const [id, us] of selfUs) {
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const n = byId.get(cur)!;
    if (n.callFrame.url === "" || n.callFrame.url.includes("node_modules")) continue;
    seen.add(fnKey(n));
  }
  for (const k of seen) inclusive.set(k, (inclusive.get(k) ?? 0) + us);
}
show("total (inclusive) time by function, project code only", inclusive);
