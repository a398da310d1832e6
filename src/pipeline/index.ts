export * from "./read.js";
export * from "./batch.js";
