// Line keys for the template memory: lines that differ only in case, digits or spacing are one template line.

/** Normalises a line: lower-case, every digit to 0, whitespace squashed, trimmed. */
export function normalizeLine(line: string): string {
  return line.toLowerCase().replace(/\d/g, "0").replace(/\s+/g, " ").trim();
}

/**
 * A fast 53-bit hash of a normalised line (cyrb53: two multiplicative 32-bit lanes), as a base-36 string.
 * Not cryptographic; collisions are negligible at the per-outlet line counts the memory keeps.
 */
export function lineHash(normalized: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < normalized.length; i++) {
    const ch = normalized.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The lines of a text as the memory sees them: trimmed, non-empty. */
export function templateLines(text: string): string[] {
  const out: string[] = [];
  for (const l of text.split(/\r\n|\r|\n/)) {
    const t = l.trim();
    if (t.length > 0) out.push(t);
  }
  return out;
}
