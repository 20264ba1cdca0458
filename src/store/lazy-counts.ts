/**
 * Term counts of a cached post (theme-term-cache.ts) as a Map that fills itself from the cache's
 * arrays on first use. Every reading method fills it first, so it behaves as the map a fresh
 * read builds, in the same order.
 */
/**
 * A post's counts as a map filled on first use: a draft's vector is made from the arrays
 * (shareCounts), so most cached posts never build the map at all.
 */
export class LazyCounts extends Map<string, number> {
  #fill: (() => void) | null;
  constructor(vocab: readonly string[], slots: Int32Array, values: Float64Array) {
    super();
    this.#fill = () => {
      for (let k = 0; k < slots.length; k++) super.set(vocab[slots[k]!]!, values[k]!);
    };
  }
  /**
   * The surfaces of a cached post: pairs[2k] is a term's vocabulary slot, pairs[2k + 1] its
   * surface's (the evidence reads them as numbers, shareSurfaces, and never builds the map).
   */
  static surfaces(vocab: readonly string[], pairs: Int32Array): Map<string, string> {
    return new LazyPairs(vocab, pairs);
  }
  #ready(): void {
    const fill = this.#fill;
    this.#fill = null;
    fill?.();
  }
  override get size(): number {
    this.#ready();
    return super.size;
  }
  override get(key: string): number | undefined {
    this.#ready();
    return super.get(key);
  }
  override has(key: string): boolean {
    this.#ready();
    return super.has(key);
  }
  override set(key: string, value: number): this {
    this.#ready();
    return super.set(key, value);
  }
  override delete(key: string): boolean {
    this.#ready();
    return super.delete(key);
  }
  override clear(): void {
    this.#fill = null;
    super.clear();
  }
  override forEach(each: (value: number, key: string, map: Map<string, number>) => void, self?: unknown): void {
    this.#ready();
    super.forEach(each, self);
  }
  override entries(): MapIterator<[string, number]> {
    this.#ready();
    return super.entries();
  }
  override keys(): MapIterator<string> {
    this.#ready();
    return super.keys();
  }
  override values(): MapIterator<number> {
    this.#ready();
    return super.values();
  }
  override [Symbol.iterator](): MapIterator<[string, number]> {
    this.#ready();
    return super[Symbol.iterator]();
  }
}

/** A post's surfaces as a map filled on first use (LazyCounts.surfaces). */
class LazyPairs extends Map<string, string> {
  #fill: (() => void) | null;
  constructor(vocab: readonly string[], pairs: Int32Array) {
    super();
    this.#fill = () => {
      for (let k = 0; k < pairs.length; k += 2) super.set(vocab[pairs[k]!]!, vocab[pairs[k + 1]!]!);
    };
  }
  #ready(): void {
    const fill = this.#fill;
    this.#fill = null;
    fill?.();
  }
  override get size(): number {
    this.#ready();
    return super.size;
  }
  override get(key: string): string | undefined {
    this.#ready();
    return super.get(key);
  }
  override has(key: string): boolean {
    this.#ready();
    return super.has(key);
  }
  override set(key: string, value: string): this {
    this.#ready();
    return super.set(key, value);
  }
  override delete(key: string): boolean {
    this.#ready();
    return super.delete(key);
  }
  override clear(): void {
    this.#fill = null;
    super.clear();
  }
  override forEach(each: (value: string, key: string, map: Map<string, string>) => void, self?: unknown): void {
    this.#ready();
    super.forEach(each, self);
  }
  override entries(): MapIterator<[string, string]> {
    this.#ready();
    return super.entries();
  }
  override keys(): MapIterator<string> {
    this.#ready();
    return super.keys();
  }
  override values(): MapIterator<string> {
    this.#ready();
    return super.values();
  }
  override [Symbol.iterator](): MapIterator<[string, string]> {
    this.#ready();
    return super[Symbol.iterator]();
  }
}
