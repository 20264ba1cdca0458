import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Post } from '../../src/core/schema/post.ts';
import { readTermsOf } from '../../src/core/check.ts';
import { EVIDENCE_GLOSS_SHARE, evidenceVector } from '../../src/core/theme/model.ts';
import { countSequence, type PostTerms } from '../../src/core/theme/post-terms.ts';
import { SCRATCH, bridgeNumbers, countRun, hasHan, sequenceNumbers } from '../../src/core/theme/term-counter.ts';
import { termOf, toVector, type Vector } from '../../src/core/theme/vector.ts';
import { openTermCache } from '../../src/store/theme-term-cache.ts';
import '../../src/store/theme-lexicon.ts';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));
const post = (title: string, body: string) => ({ id: 'x', file: 'x.md', data: { title, status: 'published' }, body }) as unknown as Post;
const BODY = '冬至那天外婆包饺子，猪肉馅里加姜水和生抽。饺子要煮三滚。Soy sauce, ginger and dumplings: dumplings again.';

/** The Map form: what evidenceVector computed before counting by number. */
function mapEvidence(terms: PostTerms): Vector {
  const counts = new Map<string, number>();
  for (const term of terms.sequence) counts.set(term, (counts.get(term) ?? 0) + 1);
  for (const [term, n] of terms.counts) {
    const written = counts.get(term) ?? 0;
    if (n !== written) counts.set(term, written + (n - written) * EVIDENCE_GLOSS_SHARE);
  }
  return toVector(counts);
}
const entries = (v: Vector) => Array.from(v.ids, (id, i) => [termOf(id), v.w[i]]);

describe('counting terms by intern number', () => {
  it('gives an evidence vector equal, bit for bit and in order, to the one counted in a Map, read fresh or from the term cache', () => {
    const fresh = readTermsOf(post('饺子', BODY));
    expect(entries(evidenceVector(fresh, []))).toEqual(entries(mapEvidence(fresh)));
    const root = mkdtempSync(join(tmpdir(), 'throughline-counter-'));
    roots.push(root);
    const first = openTermCache(root);
    first.termsOf(post('饺子', BODY));
    first.save();
    const cached = openTermCache(root).termsOf(post('饺子', BODY));
    expect(entries(evidenceVector(cached, []))).toEqual(entries(mapEvidence(fresh)));
  });

  it('counts a run of a sequence and bridges its Chinese words as countSequence does', () => {
    const { sequence } = readTermsOf(post('饺子', BODY));
    const numbers = sequenceNumbers(sequence);
    for (const [from, to] of [[0, sequence.length], [2, 9], [sequence.length - 6, sequence.length]]) {
      SCRATCH.reset();
      countRun(SCRATCH, numbers, from, to);
      if (hasHan(numbers, from, to)) bridgeNumbers(SCRATCH);
      expect(entries(SCRATCH.toVector())).toEqual(entries(toVector(countSequence(sequence.slice(from, to)))));
    }
  });
});
