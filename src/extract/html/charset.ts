/**
 * Bytes of an HTML page -> string. A page that is valid UTF-8 is read as UTF-8 whatever it
 * declares (wrong declarations are common); otherwise the declared charset (BOM, then
 * `<meta charset>`), else windows-1252, the web's de facto default.
 */
import iconv from "iconv-lite";

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i;

/** The charset the page declares in its first 4 KB, lower-cased, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString("latin1");
  const m = META_CHARSET.exec(head);
  return m ? (m[1] as string).toLowerCase() : null;
}

/** Decodes an HTML page; `hint` is a charset from outside (an HTTP header). */
export function decodeHtml(bytes: Uint8Array, hint: string | null = null): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return buf.subarray(3).toString("utf8");
  if (buf[0] === 0xff && buf[1] === 0xfe) return iconv.decode(buf.subarray(2), "utf-16le");
  if (buf[0] === 0xfe && buf[1] === 0xff) return iconv.decode(buf.subarray(2), "utf-16be");
  const utf8 = new TextDecoder("utf-8", { fatal: true });
  try {
    return utf8.decode(buf);
  } catch {
    // Not UTF-8: honour what the page or the transport says.
  }
  for (const cs of [hint, declaredCharset(bytes)]) {
    if (cs && cs !== "utf-8" && cs !== "utf8" && iconv.encodingExists(cs)) return iconv.decode(buf, cs);
  }
  return iconv.decode(buf, "windows-1252");
}
