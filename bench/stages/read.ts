/** Reading: the JSON Lines reader over a generated corpus, streaming (articles/s, MB/s, peak RSS). */
import { statSync } from "node:fs";
import { readInputs } from "../../src/ingest/index.js";
import { stageArgs } from "../lib/args.js";
import { generatedJsonl } from "../lib/files.js";
import { emit, measureBatch } from "../lib/measure.js";

const { size } = stageArgs();
const path = await generatedJsonl(size);
let n = 0;
const r = await measureBatch("read (JSONL)", `gen-${size}`, size, async () => {
  for await (const _ of readInputs([path])) n++;
}, { bytes: statSync(path).size });
if (n !== size) throw new Error(`read ${n} of ${size}`);
emit([r]);
