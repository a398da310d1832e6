import { test } from "node:test";
import assert from "node:assert/strict";
import { Writable } from "node:stream";
import { createProgress } from "../../src/cli/progress.js";

/** A stderr stand-in that records what is written, claiming to be (or not) a terminal. */
function fakeStderr(isTTY: boolean) {
  const chunks: string[] = [];
  const s = new Writable({
    write(chunk: Buffer, _enc, cb) {
      chunks.push(chunk.toString());
      cb();
    },
  }) as Writable & { isTTY: boolean; columns: number; cursorTo: () => boolean; clearLine: () => boolean; moveCursor: () => boolean };
  Object.assign(s, { isTTY, columns: 100, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  return { stream: s as unknown as NodeJS.WriteStream, text: () => chunks.join("") };
}

test("progress: silent when stderr is not a terminal", () => {
  const f = fakeStderr(false);
  const p = createProgress("extract", f.stream);
  p.tick();
  p.tick(5);
  p.stop();
  assert.equal(f.text(), "");
});

test("progress: shows the label and the count on a terminal", () => {
  const f = fakeStderr(true);
  const p = createProgress("extract", f.stream);
  for (let i = 0; i < 7; i++) p.tick();
  p.stop();
  assert.match(f.text(), /extract 7 articles/);
});
