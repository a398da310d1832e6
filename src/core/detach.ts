/**
 * A copy of a string that shares no memory with the string it was cut from. V8 keeps a substring
 * (`slice`, a regex match, a parser's text node) as a view into its parent, so a page title or a
 * canonical URL kept for a whole ingest run would keep its whole raw page alive (measured on the
 * 711 wcxb-dev pages: the heap grew by ~0.3 MB per page stored). Strings that outlive their input
 * go through here. Empty and null values pass unchanged.
 */
export function detach<T extends string | null | undefined>(s: T): T {
  if (s === null || s === undefined || s.length === 0) return s;
  // Concatenating and cutting off one character makes V8 flatten the pair into a fresh string,
  // so the cut keeps only that string alive, not the original's parent.
  return (" " + s).slice(1) as T;
}
