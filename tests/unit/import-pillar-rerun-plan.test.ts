/**
 * Which posts already there a re-run of import gives a pillar (`--pillar-map`, `--pillar`): the
 * plan names them, the CLI writes the line (tests/integration/import-pillar-rerun.test.ts).
 */
import { describe, expect, test } from 'vitest';
import { planImport } from '../../src/core/feed/import-plan.ts';
import { planMove } from '../../src/core/moved-posts/plan.ts';

const opts = { channel: 'blog', status: 'published' as const };
const post = (title: string, front = '') => `---\ntitle: ${title}\ndate: 2024-01-02\n${front}---\nText.\n`;
const map = new Map([['java', 'java-core'], ['arduino', 'embedded']]);

describe('planMove: files whose post is already there', () => {
  const files = [
    { path: 'blog/Java/a.md', text: post('A', 'tags: [其他, Java]\n') },
    { path: 'blog/Arduino/b.md', text: post('B') },
    { path: 'blog/c.md', text: post('C', 'tags: [Java]\npillar: own\n') },
    { path: 'blog/d.md', text: post('D', 'tags: [Rust]\n') },
    { path: 'blog/e.md', text: post('E', 'tags: [Java]\n') },
  ];
  const known = ['2024/a', '2024/b', '2024/c', '2024/d'];
  const skippedPillars = (plan: ReturnType<typeof planMove>) => Object.fromEntries(plan.skipped.map((s) => [s.id, s.pillar?.pillar]));

  test('each gets the pillar the map gives its categories or tags, else its folder; a file with its own pillar and one the map misses get none', () => {
    const plan = planMove(files, known, { ...opts, folder: 'blog', pillarMap: map });
    expect(skippedPillars(plan)).toEqual({ '2024/a': 'java-core', '2024/b': 'embedded', '2024/c': undefined, '2024/d': undefined });
    expect(plan.skipped.find((s) => s.id === '2024/a')!.pillar!.note.en).toBe('pillar: java-core, from its category or tag "Java" (--pillar-map)');
    expect(plan.skipped.find((s) => s.id === '2024/b')!.pillar!.note.en).toBe('pillar: embedded, from its folder "Arduino" (--pillar-map)');
    // The new file is written with it, as before.
    expect(plan.moves.map((m) => m.id)).toEqual(['2024/e']);
    expect(plan.moves[0]!.text).toContain('pillar: java-core\n');
  });

  test('--pillar fills what the map leaves, never a file with its own', () => {
    const plan = planMove(files, known, { ...opts, folder: 'blog', pillarMap: map, pillar: 'misc-notes' });
    expect(skippedPillars(plan)).toEqual({ '2024/a': 'java-core', '2024/b': 'embedded', '2024/c': undefined, '2024/d': 'misc-notes' });
    expect(plan.skipped.find((s) => s.id === '2024/d')!.pillar!.note.zh).toBe('pillar：misc-notes（--pillar）');
  });

  test('without a map or --pillar, none is given', () => {
    expect(Object.values(skippedPillars(planMove(files, known, { ...opts, folder: 'blog' }))).filter(Boolean)).toEqual([]);
  });
});

describe('planImport: entries already imported', () => {
  const entry = (n: number, categories: string[]) => ({ guid: `g-${n}`, url: `https://x.example/p/${n}`, title: `Post ${n}`, date: '2025-01-02T08:00:00+08:00', html: '<p>B</p>', categories });
  test('names the post each came in as (by guid, else url) with the pillar the map gives; an entry the map misses gives none', () => {
    const known = {
      ids: ['2025/one', '2025/two', '2025/three'],
      urls: ['https://x.example/p/2'],
      guids: ['g-1', 'g-3'],
      posts: [{ id: '2025/one', guid: 'g-1' }, { id: '2025/two', url: 'https://x.example/p/2' }, { id: '2025/three', guid: 'g-3' }],
    };
    const plan = planImport([entry(1, ['Java']), entry(2, ['Arduino']), entry(3, ['Rust']), entry(4, ['Java'])], known, { ...opts, pillarMap: map });
    expect(plan.alreadyImported).toBe(3);
    expect(plan.pillars.map((p) => [p.id, p.pillar])).toEqual([['2025/one', 'java-core'], ['2025/two', 'embedded']]);
    expect(plan.drafts.map((d) => d.frontmatter.pillar)).toEqual(['java-core']);
  });
});
