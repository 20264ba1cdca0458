import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PILLAR_PALETTE, pillarColors } from '../../../../src/core/pillar-colors.ts';
import { readBrandForm } from '../../../../src/studio/brand/brand-form.ts';
import { captureIdea } from '../../../../src/studio/plan/quick-capture.ts';
import type { Planner } from '../../../../src/core/schema/planner.ts';

const planner = {
  brand: { pillars: [{ id: 'recipes', name: 'Recipes' }, { id: 'photos', name: 'Photos', color: '#123ABC' }] },
  channels: [{ id: 'blog' }],
} as unknown as Planner;

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('quick capture', () => {
  it('creates an idea post under ideas/ on the first channel, and a second one with the same title beside it', async () => {
    root = mkdtempSync(join(tmpdir(), 'tl-capture-'));
    expect(await captureIdea(root, planner, { title: '红烧肉 at home', pillar: 'recipes' })).toEqual({ id: 'ideas/红烧肉-at-home' });
    expect(await captureIdea(root, planner, { title: '红烧肉 at home' })).toEqual({ id: 'ideas/红烧肉-at-home-2' });
    const text = readFileSync(join(root, 'content/posts/ideas/红烧肉-at-home.mdx'), 'utf8');
    expect(text).toMatch(/status: idea/);
    expect(text).toMatch(/pillar: recipes/);
    expect(text).toMatch(/channel: blog/);
  });

  it('refuses an empty title or an unknown pillar and writes nothing', async () => {
    root = mkdtempSync(join(tmpdir(), 'tl-capture-'));
    expect(await captureIdea(root, planner, { title: '  ' })).toEqual({ errors: { title: 'a post needs a title' } });
    const outcome = await captureIdea(root, planner, { title: 'x', pillar: 'nope' });
    expect('errors' in outcome && outcome.errors.pillar).toMatch(/unknown pillar "nope"/);
  });
});

describe('pillar colours', () => {
  it('uses a pillar\'s own colour and the palette colour at its position otherwise', () => {
    expect(pillarColors(planner.brand.pillars)).toEqual(new Map([['recipes', PILLAR_PALETTE[0]], ['photos', '#123abc']]));
  });

  it('saves a colour from the brand form only when the user picked one other than the palette default', () => {
    const form = (color: string) => {
      const f = new FormData();
      for (const [k, v] of Object.entries({ 'pillar-0-id': 'recipes', 'pillar-0-name': 'Recipes', 'pillar-0-color': color, 'pillar-0-color-default': '#0072b2' })) f.set(k, v);
      return f;
    };
    expect(readBrandForm(form('#AA0000')).pillars[0]!.color).toBe('#aa0000');
    expect(readBrandForm(form('#0072b2')).pillars[0]!.color).toBeUndefined();
    expect('color' in readBrandForm(new FormData()).pillars).toBe(false);
  });
});

describe('quick capture of a long title', () => {
  it('saves an idea whose title is 240 Chinese characters (the file name stays within the file system\'s 255 bytes), twice', async () => {
    root = mkdtempSync(join(tmpdir(), 'tl-capture-'));
    const first = await captureIdea(root, planner, { title: '设计'.repeat(120) });
    const second = await captureIdea(root, planner, { title: '设计'.repeat(120) });
    expect(first).toEqual({ id: `ideas/${'设计'.repeat(30)}` });
    expect(second).toEqual({ id: `ideas/${'设计'.repeat(30)}-2` });
    expect(readFileSync(join(root, `content/posts/ideas/${'设计'.repeat(30)}.mdx`), 'utf8')).toContain(`title: ${'设计'.repeat(120)}`);
  });
});
