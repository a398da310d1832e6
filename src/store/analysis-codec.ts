/**
 * How stores keep an Analysis: JSON with its token list packed into columns.
 *
 * Tokens are about four fifths of an analysis's JSON as objects (`{"start":..,"end":..,"norm":..,
 * "numeric":..}`, ~55 bytes each, ~700 per 4 KB article). Every byte is written on the thread that
 * runs the order-dependent ingest, copied again by each WAL checkpoint, and read back for every
 * dossier rebuild, so packing them (start gaps, lengths, norms, numeric indexes) more than halves
 * what a store writes and reads. The packed form is still JSON, so PostgreSQL's jsonb column holds
 * it too, and analyses stored before the packing (plain token objects) decode unchanged.
 */
import type { Analysis, Token } from "../core/types.js";
import type { IngestRecord } from "./types.js";

/** The packed token list: `packed` marks the form (and its version). */
interface PackedTokens {
  packed: 1;
  /** start of token i minus end of token i-1 (0 before the first). */
  gaps: number[];
  /** end minus start. */
  lens: number[];
  norms: string[];
  /** Indexes of the numeric tokens (few in prose). */
  numeric: number[];
}

const TOKEN_KEYS = 4;

/** Whether every token is exactly a Token (no extra keys), so that packing round-trips exactly. */
function packable(tokens: Token[]): boolean {
  for (const t of tokens) {
    if (typeof t.start !== "number" || typeof t.end !== "number" || typeof t.norm !== "string" || typeof t.numeric !== "boolean") return false;
    if (Object.keys(t).length !== TOKEN_KEYS) return false;
  }
  return true;
}

function pack(tokens: Token[]): PackedTokens {
  const n = tokens.length;
  const gaps = new Array<number>(n);
  const lens = new Array<number>(n);
  const norms = new Array<string>(n);
  const numeric: number[] = [];
  let prevEnd = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    gaps[i] = t.start - prevEnd;
    lens[i] = t.end - t.start;
    norms[i] = t.norm;
    if (t.numeric) numeric.push(i);
    prevEnd = t.end;
  }
  return { packed: 1, gaps, lens, norms, numeric };
}

function unpack(p: PackedTokens): Token[] {
  const n = p.gaps.length;
  const out = new Array<Token>(n);
  let prevEnd = 0;
  for (let i = 0; i < n; i++) {
    const start = prevEnd + p.gaps[i]!;
    const end = start + p.lens[i]!;
    out[i] = { start, end, norm: p.norms[i]!, numeric: false };
    prevEnd = end;
  }
  for (const i of p.numeric) out[i]!.numeric = true;
  return out;
}

/** The JSON text a store keeps for an analysis (decodeAnalysis reverses it exactly). */
export function encodeAnalysis(analysis: Analysis): string {
  if (!Array.isArray(analysis.tokens) || !packable(analysis.tokens)) return JSON.stringify(analysis);
  return JSON.stringify({ ...analysis, tokens: pack(analysis.tokens) });
}

/** An analysis from its parsed stored JSON, packed or plain (stored before packing). */
export function decodeParsedAnalysis(value: unknown): Analysis {
  const a = value as Analysis & { tokens: Token[] | PackedTokens };
  const t = a.tokens as Partial<PackedTokens> | Token[];
  if (!Array.isArray(t) && t?.packed === 1) a.tokens = unpack(t as PackedTokens);
  return a as Analysis;
}

/** An analysis from its stored JSON text. */
export function decodeAnalysis(json: string): Analysis {
  return decodeParsedAnalysis(JSON.parse(json));
}

/** Story members from Store.storyMembersJson's text, analyses decoded. */
export function parseStoryMembersJson(json: string): IngestRecord[] {
  const members = JSON.parse(json) as IngestRecord[];
  for (const m of members) m.analysis = decodeParsedAnalysis(m.analysis);
  return members;
}
