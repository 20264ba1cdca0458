/**
 * "Move all to the nearest slots" gives each post a slot of its own: posts planned in a break
 * declared afterwards all had the first slot after it as their nearest, and all went there, beside
 * a post already planned for it, while the slots after it stayed open.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { spreadMoves } from '../../src/core/spread-moves.ts';
import { readProject } from '../../src/store/project.ts';
import { moveAllOffSlot } from '../../src/studio/plan/off-slot-actions.ts';

const DAYS = ['2026-12-08', '2026-12-15', '2026-12-22', '2026-12-29'];

describe('spreadMoves', () => {
  test.each([
    ['two posts with one nearest slot take it and the next', [['a', '2026-11-24', '2026-12-08'], ['b', '2026-12-01', '2026-12-08']], [], { a: '2026-12-08', b: '2026-12-15' }],
    ['a slot a post is planned for is skipped', [['a', '2026-11-24', '2026-12-08'], ['b', '2026-12-01', '2026-12-08']], ['2026-12-15'], { a: '2026-12-08', b: '2026-12-22' }],
    ['the posts keep the order they were planned in, whatever their ids', [['z', '2026-11-24', '2026-12-08'], ['a', '2026-12-01', '2026-12-08']], [], { z: '2026-12-08', a: '2026-12-15' }],
    ['a post whose own nearest slot is free keeps it', [['a', '2026-12-09', '2026-12-08'], ['b', '2026-12-16', '2026-12-15']], [], { a: '2026-12-08', b: '2026-12-15' }],
    ['a post with no free slot left keeps its nearest, shared', [['a', '2026-12-20', '2026-12-29'], ['b', '2026-12-21', '2026-12-29']], [], { a: '2026-12-29', b: '2026-12-29' }],
  ])('%s', (_, moves, held, expected) => {
    const result = spreadMoves(moves.map(([post, date, target]) => ({ post: post!, date: date!, target: target! })), DAYS, new Set(held));
    expect(Object.fromEntries(result)).toEqual(expected);
  });
});

describe('moveAllOffSlot', () => {
  test('moves posts planned in a break declared afterwards each to an open slot of its own, past the one already planned', async () => {
    const root = mkdtempSync(join(tmpdir(), 'tl-move-all-'));
    try {
      cpSync(join(import.meta.dirname, '../fixtures/roots/basic/content'), join(root, 'content'), { recursive: true });
      const post = (name: string, plannedFor: string) =>
        writeFileSync(join(root, 'content/posts', `${name}.md`), `---\ntitle: ${name}\nchannel: blog\nstatus: draft\nplannedFor: ${plannedFor}\n---\nSoy sauce noodles.\n`);
      post('away-1', '2026-11-24');
      post('away-2', '2026-12-01');
      post('planned', '2026-12-08');
      const before = await readProject(root);
      // Back on Monday 7 December: the absence, 23 November to 6 December, declared a break afterwards.
      const planner = { ...before.planner, breaks: [...before.planner.breaks, { from: '2026-11-23', to: '2026-12-06' }] };
      writeFileSync(join(root, 'content/planner.json'), JSON.stringify(planner, null, 2));
      const moved = await moveAllOffSlot(root, planner, before.posts, Date.parse('2026-12-07T01:00:00Z'), 'blog');
      expect(moved).toBe(2);
      const after = new Map((await readProject(root)).posts.map((p) => [p.id, p.data.plannedFor]));
      expect([after.get('away-1'), after.get('away-2'), after.get('planned')]).toEqual(['2026-12-15', '2026-12-22', '2026-12-08']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
