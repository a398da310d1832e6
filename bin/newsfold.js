#!/usr/bin/env node
// The installed CLI runs the compiled library (built by `npm run build`, which `npm ci` runs through `prepare`).
import { main } from "../dist/src/cli/main.js";

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(`newsfold: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 2;
  },
);
