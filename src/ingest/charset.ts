import { isUtf8 } from "node:buffer";
import iconv from "iconv-lite";

/** A decoded body, or why it could not be decoded. */
export type Decoded = { ok: true; text: string; charset: string } | { ok: false; reason: string };

/**
 * Labels that browsers (WHATWG Encoding) read as another encoding. Pages labelled Latin-1 or
 * ASCII are in practice windows-1252 (curly quotes in 0x80-0x9F), so we decode them as such.
 */
const LABEL_ALIASES: Record<string, string> = {
  "iso-8859-1": "windows-1252",
  iso8859_1: "windows-1252",
  "iso8859-1": "windows-1252",
  iso_8859_1: "windows-1252",
  "iso_8859-1": "windows-1252",
  latin1: "windows-1252",
  l1: "windows-1252",
  "us-ascii": "windows-1252",
  ascii: "windows-1252",
  cp1252: "windows-1252",
  "x-cp1252": "windows-1252",
  "cp819": "windows-1252",
  utf8: "utf-8",
  "unicode-1-1-utf-8": "utf-8",
  // A UTF-16 label inside a document we could read as ASCII cannot be true: browsers use UTF-8.
  "utf-16": "utf-8",
  "utf-16le": "utf-8",
  "utf-16be": "utf-8",
};

/** Normalises a charset label to an encoding iconv-lite knows, or null when it knows none. */
export function normaliseCharset(label: string): string | null {
  const l = label.trim().replace(/^["']|["']$/g, "").toLowerCase();
  if (!l) return null;
  const name = LABEL_ALIASES[l] ?? l;
  return iconv.encodingExists(name) ? name : null;
}

/** The encoding a byte-order mark announces, and the mark's length. */
export function sniffBom(bytes: Uint8Array): { charset: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: "utf-8", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: "utf-16be", length: 2 };
  return null;
}

/** The charset parameter of a Content-Type header value (`text/html; charset=ISO-8859-1`). */
export function charsetOfContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType);
  return m?.[2] ?? null;
}

/**
 * The charset a document declares in its first 4 KB: `<meta charset>`, the `http-equiv`
 * Content-Type meta, or an XML declaration's `encoding`.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString("latin1");
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml?.[1]) return xml[1];
  for (const m of head.matchAll(/<meta\b[^>]*>/gi)) {
    const cs = /\bcharset\s*=\s*["']?\s*([^"'\s;/>]+)/i.exec(m[0]);
    if (cs?.[1]) return cs[1];
  }
  return null;
}

/** Byte offset of the first invalid UTF-8 sequence, or -1 when the bytes are valid UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** True when any byte is outside ASCII (in valid UTF-8: a multi-byte sequence). */
function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

function decodeWith(bytes: Uint8Array, charset: string, bomLength = 0): string {
  const body = bytes.subarray(bomLength);
  if (charset === "utf-8") return Buffer.from(body.buffer, body.byteOffset, body.length).toString("utf8");
  return iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.length), charset, { stripBOM: true });
}

/**
 * Decodes plain text that must be UTF-8 (`.txt`, JSONL): a BOM (UTF-8 or UTF-16) is honoured
 * and stripped; anything else must be valid UTF-8, since no declaration can rescue it.
 */
export function decodeUtf8Text(bytes: Uint8Array): Decoded {
  const bom = sniffBom(bytes);
  if (bom && bom.charset !== "utf-8") return { ok: true, text: decodeWith(bytes, bom.charset, bom.length), charset: bom.charset };
  const start = bom ? bom.length : 0;
  const body = bytes.subarray(start);
  if (bytes.indexOf(0) !== -1) return { ok: false, reason: "binary file (contains NUL bytes)" };
  if (!isUtf8(body)) {
    const at = firstInvalidUtf8(body) + start;
    return { ok: false, reason: `invalid UTF-8 at byte ${at} (save the file as UTF-8)` };
  }
  return { ok: true, text: decodeWith(body, "utf-8"), charset: "utf-8" };
}

/**
 * Decodes a markup document (HTML page, feed) the way a browser would, in this order: a BOM,
 * then the transport's charset (HTTP Content-Type), then the document's own declaration in
 * its first 4 KB, else UTF-8 when the bytes are valid UTF-8 and windows-1252 when they are not.
 *
 * Two repairs for mislabelled pages, both decided from the bytes: a page labelled with a
 * single-byte charset whose bytes are valid UTF-8 with non-ASCII sequences is UTF-8 (those byte
 * pairs are near impossible in real single-byte text); a page labelled UTF-8 whose bytes are
 * not UTF-8 and hold no valid multi-byte sequence at all is windows-1252.
 */
export function decodeMarkup(bytes: Uint8Array, transportCharset?: string | null): Decoded {
  const bom = sniffBom(bytes);
  if (bom) return { ok: true, text: decodeWith(bytes, bom.charset, bom.length), charset: bom.charset };
  if (bytes.indexOf(0) !== -1) return { ok: false, reason: "binary file (contains NUL bytes)" };
  const label = transportCharset || declaredCharset(bytes);
  let charset: string | null = null;
  if (label) {
    charset = normaliseCharset(label);
    if (!charset) return { ok: false, reason: `unknown encoding "${label}"` };
  }
  const valid = isUtf8(bytes);
  if (!charset) charset = valid ? "utf-8" : "windows-1252";
  else if (charset !== "utf-8" && valid && hasNonAscii(bytes) && isSingleByte(charset)) charset = "utf-8";
  else if (charset === "utf-8" && !valid && !hasValidMultibyte(bytes)) charset = "windows-1252";
  return { ok: true, text: decodeWith(bytes, charset), charset };
}

/** Single-byte legacy encodings, whose text is almost never also valid non-ASCII UTF-8. */
function isSingleByte(charset: string): boolean {
  return /^(windows-125\d|iso-8859-\d+|koi8-[ru]|macintosh|cp\d{3,4})$/.test(charset);
}

/** True when the bytes contain at least one well-formed multi-byte UTF-8 sequence. */
function hasValidMultibyte(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0xc2 || b > 0xf4) continue;
    const need = b <= 0xdf ? 1 : b <= 0xef ? 2 : 3;
    let ok = true;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) {
        ok = false;
        break;
      }
    }
    if (ok) return true;
  }
  return false;
}
