import { describe, expect, it } from 'vitest';
import { PlannerSchema } from '../../../../src/core/schema/planner.ts';
import type { Post, PostFrontmatter } from '../../../../src/core/schema/post.ts';
import { readBrandForm } from '../../../../src/studio/brand/brand-form.ts';
import { applyPillarMovesToChannels, checkPillarMoves, CHOOSE, readPillarMoves, readPillarOrigins } from '../../../../src/studio/brand/pillar-moves.ts';

const planner = PlannerSchema.parse({
  version: 1,
  brand: { name: 'Lin', label: 'Coach', timezone: 'Asia/Shanghai', pillars: [{ id: 'recipes', name: 'R' }, { id: 'photos', name: 'P' }, { id: 'stories', name: 'S' }] },
  channels: [
    { id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-01-06', pillars: ['recipes', 'stories'] },
    { id: 'wechat', name: 'WeChat', platform: 'wechat', cadence: 'FREQ=WEEKLY;BYDAY=SA', start: '2026-01-03', pillars: ['stories'] },
  ],
});
const post = (id: string, pillar: string): Post => ({ id, file: `content/posts/${id}.md`, body: '', data: { title: id, channel: 'blog', status: 'draft', pillar } as PostFrontmatter });
const form = (fields: Record<string, string>) => new Map(Object.entries(fields)) as unknown as { get(n: string): unknown; has(n: string): boolean };

describe('pillar moves on the brand form', () => {
  it('reads a changed id as a rename and a missing one as a removal with the chosen target', () => {
    const moves = readPillarMoves(form({ 'reassign-stories': 'cooking' }), ['recipes', 'photos', 'stories'], ['cooking', 'photos'], ['recipes', 'photos']);
    expect([...moves]).toEqual([['recipes', 'cooking'], ['stories', 'cooking']]);
  });

  it('reads a pillar\'s original id as the saved values do: trimmed and in NFC, so an id sent decomposed is still a rename of the id on disk', () => {
    const fields = { 'pillar-0-id': 'coffee', 'pillar-0-was': ' cafe\u0301 ', 'pillar-1-id': 'new', 'pillar-1-was': '' };
    const data = new FormData();
    for (const [k, v] of Object.entries(fields)) data.set(k, v);
    const origins = readPillarOrigins(form(fields), 2);
    expect(origins).toEqual(['caf\u00e9', '']);
    expect(readBrandForm(data).pillars.map((p) => p.was ?? '')).toEqual(origins);
    expect([...readPillarMoves(form({}), ['caf\u00e9'], ['coffee', 'new'], origins)]).toEqual([['caf\u00e9', 'coffee']]);
  });

  it('treats "choose" and a missing choice as no choice, and "" as no pillar', () => {
    expect(readPillarMoves(form({ 'reassign-stories': CHOOSE }), ['stories'], [], []).get('stories')).toBeUndefined();
    expect(readPillarMoves(form({}), ['stories'], [], []).has('stories')).toBe(true);
    expect(readPillarMoves(form({ 'reassign-stories': '' }), ['stories'], [], []).get('stories')).toBeNull();
  });

  it('refuses a removal without a target while posts use the pillar, naming each post file', () => {
    const errors = checkPillarMoves(new Map([['stories', undefined]]), ['recipes'], [post('a', 'stories'), post('b', 'stories'), post('c', 'recipes')]);
    expect(errors['reassign-stories']).toBe('pillar "stories" is still used by 2 posts: content/posts/a.md, content/posts/b.md; choose where they go');
    expect(checkPillarMoves(new Map([['stories', undefined]]), ['recipes'], [post('c', 'recipes')])).toEqual({});
  });

  it('rewrites channel pillar lists: renamed ids follow, removed ones go, an emptied list means all pillars', () => {
    const next = applyPillarMovesToChannels(planner, new Map<string, string | null | undefined>([['recipes', 'cooking'], ['stories', null]]));
    expect(next.channels[0]!.pillars).toEqual(['cooking']);
    expect(next.channels[1]!.pillars).toBeUndefined();
  });
});
