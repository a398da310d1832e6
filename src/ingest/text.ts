import { problem, type ReadResult } from "../core/input.js";
import { decodeUtf8Text } from "./charset.js";
import { readWhole, type ByteInput, type Limits } from "./input.js";

/**
 * Reads a plain-text article. The body is the file's text verbatim (only a BOM is stripped),
 * so offsets computed on `--no-clean` output refer to the file; extraction decides the title.
 */
export async function* readTextFile(input: ByteInput, limits: Limits): AsyncGenerator<ReadResult> {
  const bytes = await readWhole(input, limits);
  if (!Buffer.isBuffer(bytes)) {
    yield bytes;
    return;
  }
  const d = decodeUtf8Text(bytes);
  if (!d.ok) {
    yield problem(input.source, d.reason);
    return;
  }
  if (d.text.trim() === "") {
    yield problem(input.source, "no text (only whitespace)");
    return;
  }
  yield { id: input.id, source: input.source, kind: "text", format: "text", body: d.text, url: null, hints: {} };
}
