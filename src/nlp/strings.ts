/** Small string helpers shared by entity resolution and cross-article linking. */

/** Levenshtein distance, giving up early (returning `max + 1`) once it exceeds `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** Whether the first character of `s` is an upper-case letter. */
export function isCapitalised(s: string): boolean {
  const c = s[0] ?? "";
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Whether `s` is written in capitals only (an acronym such as `NATO`), at least two letters. */
export function isAllCaps(s: string): boolean {
  return s.length >= 2 && s === s.toUpperCase() && s !== s.toLowerCase();
}

/** Drops a trailing possessive (`'s`, `’s`, or a lone apostrophe after s) from a norm or surface. */
export function stripPossessive(s: string): string {
  const last = s.charCodeAt(s.length - 1);
  // Fast path: only words ending in `s`/`S` or an apostrophe can carry a possessive.
  if (last !== 115 && last !== 83 && last !== 39 && last !== 0x2019) return s;
  return s.replace(/['’]s$/i, "").replace(/(s)['’]$/i, "$1");
}
