// Benchmark: text-cleaning throughput on generated scraped articles (fictional words, seeded random).
// Prints MB/s and peak RSS. Usage: node --import tsx bench/clean-text.ts [megabytes=20]
import { cleanText } from "../src/extract/text/index.js";
import { InMemoryTemplateMemory, templateLines } from "../src/extract/templates/index.js";

const targetMB = Number(process.argv[2] ?? 20) || 20;
let seed = 42;
const rand = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
const WORDS = "the of and to in a council report said minister river harbour market week budget year region city plan officials would could after before during about more than new local road school police court vote water price energy".split(" ");

function sentence(n: number): string {
  const w: string[] = [];
  for (let i = 0; i < n; i++) w.push(pick(WORDS));
  const s = w.join(" ");
  return s.charAt(0).toUpperCase() + s.slice(1) + ".";
}
function article(i: number): string {
  const out = [`Headline Number ${i} About The ${pick(["Budget", "River", "Market", "Vote"])}`, "", "[ad_" + (i % 3) + "]", "3 min read"];
  const paras = 8 + Math.floor(rand() * 12);
  for (let p = 0; p < paras; p++) {
    out.push(sentence(15 + Math.floor(rand() * 30)) + " " + sentence(10 + Math.floor(rand() * 20)), "");
    if (rand() < 0.1) out.push("Read more", ": " + sentence(8).replace(/\.$/, ""), "");
    if (rand() < 0.05) out.push("A view of the harbour at dawn", "Photo: Sam Field / AFP", "");
  }
  out.push("Subscribe to our newsletter for more stories", "Tags: news, region", "Source link");
  return out.join("\n");
}

const docs: string[] = [];
let bytes = 0;
for (let i = 0; bytes < targetMB * 1024 * 1024; i++) {
  const a = article(i);
  docs.push(a);
  bytes += Buffer.byteLength(a);
}
const mem = new InMemoryTemplateMemory();
const c0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
let kept = 0;
for (const d of docs) kept += cleanText(d).text.length;
const t1 = process.hrtime.bigint();
const c1 = process.cpuUsage(c0);
for (const d of docs) mem.observe(`outlet-${d.length % 7}`, templateLines(d));
for (const d of docs) kept += cleanText(d, { templates: mem, outlet: `outlet-${d.length % 7}` }).text.length;
const t2 = process.hrtime.bigint();
const mb = bytes / 1024 / 1024;
const s1 = Number(t1 - t0) / 1e9;
const s2 = Number(t2 - t1) / 1e9;
console.log(`articles ${docs.length}, ${mb.toFixed(1)} MB, kept ${((kept / 2 / bytes) * 100).toFixed(1)}% of chars`);
const cpu1 = (c1.user + c1.system) / 1e6;
// CPU seconds as well as wall seconds: on a shared, loaded machine the wall figure understates the code.
console.log(`cleanText:                  ${(mb / s1).toFixed(1)} MB/s wall, ${(mb / cpu1).toFixed(1)} MB/s CPU (${((s1 / docs.length) * 1e3).toFixed(3)} ms/article wall)`);
console.log(`observe + clean (templates): ${(mb / s2).toFixed(1)} MB/s`);
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
