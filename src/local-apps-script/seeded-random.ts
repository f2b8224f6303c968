// The runtime's one seeded random source (mulberry32: small, fast, good enough to spread rare
// events), shared by the trigger jitter, the form's extra firings and the concurrency scheduler,
// so that the same seed replays the same run.

/** Uniform draws in [0, 1) from `seed`: the same seed gives the same sequence. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** murmur3's finaliser: spreads neighbouring seeds (1, 2, 3…), whose first mulberry32 draws are alike. */
export function spreadSeed(seed: number): number {
  let h = seed >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
