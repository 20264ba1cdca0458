/**
 * A seeded stream of pseudo-random numbers in [0, 1) (mulberry32): the fuzz suite, the property
 * tests, the benchmarks and the theme-eval fixture builder all replay the same numbers from a seed.
 */
export function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
