import { problem, type ReadResult } from "../core/input.js";
import { decodeMarkup } from "./charset.js";
import { readWhole, type ByteInput, type Limits } from "./input.js";

/** Reads an HTML page, honouring its BOM or declared charset (see decodeMarkup). */
export async function* readHtmlFile(input: ByteInput, limits: Limits): AsyncGenerator<ReadResult> {
  const bytes = await readWhole(input, limits);
  if (!Buffer.isBuffer(bytes)) {
    yield bytes;
    return;
  }
  const d = decodeMarkup(bytes);
  if (!d.ok) {
    yield problem(input.source, d.reason);
    return;
  }
  if (d.text.trim() === "") {
    yield problem(input.source, "no content (only whitespace)");
    return;
  }
  yield { id: input.id, source: input.source, kind: "html", format: "html", body: d.text, url: null, hints: {} };
}
