/**
 * Term counts and surfaces of a cached post (theme-term-cache.ts) as Maps that fill themselves
 * from the cache's arrays on first use. Every reading method fills the map first, so it behaves
 * as the map a fresh read builds, in the same order; a draft's vector is made from the arrays
 * (shareCounts) and its evidence from numbers (shareSurfaces), so most cached posts never build
 * either map.
 */

/** A Map whose entries `fill` adds, once, before any method reads or changes it. */
class LazyMap<K, V> extends Map<K, V> {
  #fill: (() => void) | null;
  constructor(fill: (set: (key: K, value: V) => void) => void) {
    super();
    this.#fill = () => fill((key, value) => void super.set(key, value));
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
  override get(key: K): V | undefined {
    this.#ready();
    return super.get(key);
  }
  override has(key: K): boolean {
    this.#ready();
    return super.has(key);
  }
  override set(key: K, value: V): this {
    this.#ready();
    return super.set(key, value);
  }
  override delete(key: K): boolean {
    this.#ready();
    return super.delete(key);
  }
  override clear(): void {
    this.#fill = null;
    super.clear();
  }
  override forEach(each: (value: V, key: K, map: Map<K, V>) => void, self?: unknown): void {
    this.#ready();
    super.forEach(each, self);
  }
  override entries(): MapIterator<[K, V]> {
    this.#ready();
    return super.entries();
  }
  override keys(): MapIterator<K> {
    this.#ready();
    return super.keys();
  }
  override values(): MapIterator<V> {
    this.#ready();
    return super.values();
  }
  override [Symbol.iterator](): MapIterator<[K, V]> {
    this.#ready();
    return super[Symbol.iterator]();
  }
}

/** A post's counts: term vocab[slots[k]] counts values[k]. */
export class LazyCounts extends LazyMap<string, number> {
  constructor(vocab: readonly string[], slots: Int32Array, values: Float64Array) {
    super((set) => {
      for (let k = 0; k < slots.length; k++) set(vocab[slots[k]!]!, values[k]!);
    });
  }
  /**
   * The surfaces of a cached post: pairs[2k] is a term's vocabulary slot, pairs[2k + 1] its
   * surface's (the evidence reads them as numbers, shareSurfaces, and never builds the map).
   */
  static surfaces(vocab: readonly string[], pairs: Int32Array): Map<string, string> {
    return new LazyMap<string, string>((set) => {
      for (let k = 0; k < pairs.length; k += 2) set(vocab[pairs[k]!]!, vocab[pairs[k + 1]!]!);
    });
  }
}
