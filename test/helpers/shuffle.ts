import { rng } from "../../bench/lib/generator.js";

/** A seeded shuffle (Fisher-Yates) that leaves its input alone, so a failure can be replayed. */
export function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const r = rng(seed);
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
