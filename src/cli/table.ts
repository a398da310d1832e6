/** Renders rows as a plain-text table with padded columns; long cells are cut with an ellipsis. */
export function renderTable(header: string[], rows: string[][], opts: { maxWidth?: Record<number, number> } = {}): string {
  const cut = (s: string, i: number) => {
    const max = opts.maxWidth?.[i];
    return max && s.length > max ? s.slice(0, max - 1) + "…" : s;
  };
  const all = [header, ...rows].map((r) => r.map(cut));
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd();
  return [line(all[0]!), widths.map((w) => "-".repeat(w)).join("  "), ...all.slice(1).map(line)].join("\n") + "\n";
}
