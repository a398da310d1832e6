import type { StageResult } from "./measure.js";

const f = (n: number | null, d = 1) => (n === null ? "" : n >= 100 ? Math.round(n).toLocaleString("en-US") : n.toFixed(d));

/** The results as a Markdown table (printed, and pasted into the README's Performance section). */
export function resultsTable(rs: StageResult[]): string {
  const head = ["stage", "data", "items", "per second", "per CPU-second", "MB/s", "peak RSS MB", "p50 ms", "p99 ms", "note"];
  const rows = rs.map((r) => [r.stage, r.dataset, String(r.items), `${f(r.perSecond)} ${r.unit}s`, r.perCpuSecond !== undefined ? f(r.perCpuSecond) : "", f(r.mbPerSecond), f(r.peakRssMb, 0), f(r.p50Ms, 2), f(r.p99Ms, 2), r.note ?? ""]);
  return [`| ${head.join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n") + "\n";
}

/** An SVG line chart of microseconds per article against corpus size, one line per stage. */
export function costChart(rs: StageResult[], title: string): string {
  const series = new Map<string, { x: number; y: number }[]>();
  for (const r of rs) {
    const m = /^gen-(\d+)$/.exec(r.dataset);
    if (!m) continue;
    const pts = series.get(r.stage) ?? [];
    pts.push({ x: Number(m[1]), y: r.usPerItem });
    series.set(r.stage, pts);
  }
  const W = 720, H = 420, L = 70, B = 50, T = 40, R = 180;
  const all = [...series.values()].flat();
  if (all.length === 0) return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="80"><text x="10" y="40">no sized runs</text></svg>`;
  const xs = all.map((p) => Math.log10(p.x));
  const x0 = Math.min(...xs), x1 = Math.max(...xs) || x0 + 1;
  const ymax = Math.max(...all.map((p) => p.y)) * 1.1;
  const px = (x: number) => L + ((Math.log10(x) - x0) / Math.max(1e-9, x1 - x0)) * (W - L - R);
  const py = (y: number) => H - B - (y / ymax) * (H - B - T);
  const colors = ["#1f5fbf", "#b3261e", "#1e7a3c", "#c9a227", "#7b3fb5", "#0e7c86", "#5b6475", "#d2691e"];
  let out = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="12">`;
  out += `<rect width="${W}" height="${H}" fill="#fff"/><text x="${L}" y="22" font-size="14">${title}</text>`;
  out += `<line x1="${L}" y1="${H - B}" x2="${W - R}" y2="${H - B}" stroke="#333"/><line x1="${L}" y1="${T}" x2="${L}" y2="${H - B}" stroke="#333"/>`;
  for (const x of [...new Set(all.map((p) => p.x))].sort((a, b) => a - b)) out += `<text x="${px(x)}" y="${H - B + 18}" text-anchor="middle">${x.toLocaleString("en-US")}</text>`;
  for (let k = 0; k <= 4; k++) {
    const y = (ymax * k) / 4;
    out += `<text x="${L - 6}" y="${py(y) + 4}" text-anchor="end">${Math.round(y)}</text><line x1="${L}" y1="${py(y)}" x2="${W - R}" y2="${py(y)}" stroke="#eee"/>`;
  }
  out += `<text x="${(L + W - R) / 2}" y="${H - 12}" text-anchor="middle">articles in the corpus (log scale)</text>`;
  out += `<text x="16" y="${(T + H - B) / 2}" transform="rotate(-90 16 ${(T + H - B) / 2})" text-anchor="middle">µs per article</text>`;
  let i = 0;
  for (const [stage, pts] of series) {
    const c = colors[i % colors.length]!;
    pts.sort((a, b) => a.x - b.x);
    out += `<polyline fill="none" stroke="${c}" stroke-width="2" points="${pts.map((p) => `${px(p.x)},${py(p.y)}`).join(" ")}"/>`;
    for (const p of pts) out += `<circle cx="${px(p.x)}" cy="${py(p.y)}" r="3" fill="${c}"/>`;
    out += `<rect x="${W - R + 12}" y="${T + i * 18}" width="12" height="3" fill="${c}"/><text x="${W - R + 30}" y="${T + i * 18 + 5}">${stage}</text>`;
    i++;
  }
  return out + "</svg>\n";
}

/**
 * One line per stage measured at several corpus sizes: per-article cost at the largest size over
 * that at the smallest, in wall time and in CPU time (steadier on a shared machine), and the peak
 * RSS of the largest run. Issue 9's bound is a ratio of at most 1.3 for the end-to-end pipeline.
 */
export function scalingLines(rs: StageResult[]): string[] {
  const byStage = new Map<string, { n: number; r: StageResult }[]>();
  for (const r of rs) {
    const m = /^gen-(\d+)$/.exec(r.dataset);
    if (!m || r.items === 0) continue;
    byStage.set(r.stage, [...(byStage.get(r.stage) ?? []), { n: Number(m[1]), r }]);
  }
  const out: string[] = [];
  for (const [stage, pts] of byStage) {
    if (pts.length < 2) continue;
    pts.sort((a, b) => a.n - b.n);
    const lo = pts[0]!, hi = pts[pts.length - 1]!;
    const cpu = (r: StageResult) => (r.cpuSeconds !== undefined ? r.cpuSeconds / r.items : NaN);
    const cpuRatio = cpu(hi.r) / cpu(lo.r);
    out.push(
      `${stage}: per-article cost at ${hi.n.toLocaleString("en-US")} / at ${lo.n.toLocaleString("en-US")} = ${(hi.r.usPerItem / lo.r.usPerItem).toFixed(2)}× wall` +
        `${Number.isFinite(cpuRatio) ? `, ${cpuRatio.toFixed(2)}× CPU` : ""}; peak RSS at ${hi.n.toLocaleString("en-US")}: ${Math.round(hi.r.peakRssMb)} MB`,
    );
  }
  return out;
}
