/**
 * The two pieces of bookkeeping that term ids (vector.ts), intern numbers (term-counter.ts) and
 * evidence base words (evidence.ts) share, once per process:
 * - Numbering: strings numbered 0, 1, 2... on first sight, whose string -> number map may lag.
 *   A word of a term cache's vocabulary whose words are each there once (vocab-facts.ts) is
 *   numbered through its slot and enters the map only when a string is next looked up, so the
 *   ~100,000 words of a term cache need no map entry unless one is asked for by string. Numbers
 *   are given in the same order either way: only the map entry waits.
 * - Origins: per number, the vocabulary and slot it was first met at, so that facts known there
 *   (its weight, form, bridged stems) are read rather than worked out from the string.
 */
import type { VocabFacts } from './vocab-facts.ts';

export class Numbering {
  /** Number -> string. */
  readonly names: string[] = [];
  private readonly map = new Map<string, number>();
  /** Numbers not in `map` yet, all given through `pendingFrom`. */
  private readonly pending: number[] = [];
  private pendingFrom: object | null = null;

  /** The number of `name`, or undefined when it has none yet. */
  find(name: string): number | undefined {
    let n = this.map.get(name);
    if (n === undefined && this.pending.length > 0) {
      this.flush();
      n = this.map.get(name);
    }
    return n;
  }

  /** Gives `name`, which has no number, the next one. */
  add(name: string): number {
    const n = this.names.push(name) - 1;
    this.map.set(name, n);
    return n;
  }

  /**
   * The number of `name`, a word of vocabulary `from` whose words are each there once, or
   * undefined when it has none yet: another vocabulary's pending numbers enter the map first
   * (it may hold the same words); `from`'s own cannot be `name`, which its slot would have kept.
   */
  findFrom(name: string, from: object): number | undefined {
    if (this.pendingFrom !== null && this.pendingFrom !== from) this.flush();
    return this.map.get(name);
  }

  /** Gives `name`, a word of `from` that findFrom found no number for, the next one; its map entry waits. */
  addFrom(name: string, from: object): number {
    const n = this.names.push(name) - 1;
    this.pending.push(n);
    this.pendingFrom = from;
    return n;
  }

  private flush(): void {
    for (const n of this.pending) this.map.set(this.names[n], n);
    this.pending.length = 0;
    this.pendingFrom = null;
  }
}

/** Vocabularies an Origins table remembers: a long-lived process (the studio) opens a term cache per check. */
const MAX_VOCABULARIES = 4;

export class Origins {
  private readonly vocabularies: VocabFacts[] = [];
  /** Per number: 1 + its vocabulary's index (0: none), and its slot there (typed arrays: read per word). */
  private of = new Int32Array(1 << 16);
  private slots = new Int32Array(1 << 16);

  /** Remembers that number `n` was first met at `slot` of `facts` (a later meeting changes nothing); returns `n`. */
  note(n: number, facts: VocabFacts, slot: number): number {
    if (n >= this.of.length) {
      const size = Math.max(n + 1, this.of.length * 2);
      const of = new Int32Array(size);
      of.set(this.of);
      this.of = of;
      const slots = new Int32Array(size);
      slots.set(this.slots);
      this.slots = slots;
    }
    if (this.of[n] === 0) {
      let f = this.vocabularies.indexOf(facts);
      if (f < 0) {
        // Older vocabularies are forgotten rather than kept alive. Origins only save work:
        // without one, a word's facts are worked out from its string, to the same values.
        if (this.vocabularies.length === MAX_VOCABULARIES) {
          this.vocabularies.length = 0;
          this.of.fill(0);
        }
        f = this.vocabularies.push(facts) - 1;
      }
      this.of[n] = f + 1;
      this.slots[n] = slot;
    }
    return n;
  }

  /** The vocabulary number `n` was first met at, if remembered. */
  factsOf(n: number): VocabFacts | undefined {
    const f = n < this.of.length ? this.of[n] : 0;
    return f === 0 ? undefined : this.vocabularies[f - 1];
  }

  /** The slot of `n` in factsOf(n) (meaningful only when that is defined). */
  slotOf(n: number): number {
    return this.slots[n];
  }
}
