import { createHash } from "node:crypto";

/** Hex SHA-1 of a string: content hashes and deterministic ids. Not for security. */
export function sha1(text: string): string {
  return createHash("sha1").update(text).digest("hex");
}

/** A short, deterministic id with a prefix (`ev_3f2a9c1d`), from the given seed text. */
export function shortId(prefix: string, seed: string, length = 10): string {
  return `${prefix}_${sha1(seed).slice(0, length)}`;
}
