import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatePlanner } from '../../../src/core/planner-file.ts';
import { applyBrandValues, brandToValues, readBrandForm, validateBrand } from '../../../src/studio/brand/brand-form.ts';
import { buildFrontmatter, readPostForm, tagsText, validateFrontmatter, type PostValues } from '../../../src/studio/drafts/post-form.ts';

const planner = validatePlanner(JSON.parse(readFileSync(join(import.meta.dirname, '../../../content/planner.json'), 'utf8')), 'content/planner.json');

function formOf(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return form;
}

describe('the brand form', () => {
  it('reads lists split by lines or commas (Chinese commas too) and one pillar per numbered field group', () => {
    const values = readBrandForm(formOf({
      name: 'Mei', label: 'L', strengths: 'cooking\nfood photography, writing', impressions: '温暖，细致',
      timezone: 'Asia/Shanghai', 'pillar-0-id': 'recipes', 'pillar-0-name': 'Recipes', 'pillar-0-keywords': 'braise, 红烧',
      'pillar-1-id': 'photos', 'pillar-1-name': 'Photos',
    }));
    expect(values.strengths).toEqual(['cooking', 'food photography', 'writing']);
    expect(values.impressions).toEqual(['温暖', '细致']);
    expect(values.pillars.map((p) => p.id)).toEqual(['recipes', 'photos']);
    expect(values.pillars[0]!.keywords).toEqual(['braise', '红烧']);
  });

  it('names a pillar with no id as init does: from its name, else pillar-N when its name gives no id (emoji only)', () => {
    const values = readBrandForm(formOf({
      name: 'Mei', label: 'L', timezone: 'Asia/Shanghai',
      'pillar-0-id': '', 'pillar-0-name': 'Home cooking', 'pillar-1-id': '', 'pillar-1-name': '🍜🥟', 'pillar-2-id': '', 'pillar-2-name': '',
    }));
    expect(values.pillars.map((p) => p.id)).toEqual(['home-cooking', 'pillar-2', '']);
  });

  it('keys errors by the form field that failed, including a pillar still used by a channel', () => {
    const values = brandToValues(planner.brand);
    values.label = ' ';
    values.pillars = [{ ...values.pillars[0]!, name: '' }, ...values.pillars.slice(2)];
    const errors = validateBrand(planner, values)!;
    expect(errors.label).toMatch(/must not be empty/);
    expect(errors['pillar-0-name']).toMatch(/needs a name/);
    expect(errors.pillars).toMatch(/unknown pillar "food-photography"/);
  });

  it('refuses more than 7 pillars and accepts the sample brand as it is', () => {
    const values = brandToValues(planner.brand);
    expect(validateBrand(planner, values)).toBeNull();
    values.pillars = Array.from({ length: 8 }, (_, i) => ({ id: `p${i}`, name: `P${i}`, description: '', keywords: [] }));
    expect(validateBrand({ ...planner, channels: [] }, values)!.pillars).toMatch(/at most 7/);
  });

  it('keeps keys the form does not show (targetShare, extensions) when saving', () => {
    const extended = { ...planner, brand: { ...planner.brand, extra: 1, pillars: planner.brand.pillars.map((p) => ({ ...p, targetShare: 0.3 })) } };
    const next = applyBrandValues(extended, { ...brandToValues(planner.brand), label: 'New' });
    expect(next.brand.label).toBe('New');
    expect((next.brand as Record<string, unknown>).extra).toBe(1);
    expect(next.brand.pillars.every((p) => p.targetShare === 0.3)).toBe(true);
  });
});

describe('the post form', () => {
  const values: PostValues = { title: 'T', channel: 'wechat', status: 'published', pillar: '', plannedFor: '', publishedAt: '', url: '', body: 'x' };

  it('sets publishedAt to now in the channel zone with its offset when publishing without a date', () => {
    const frontmatter = buildFrontmatter({ custom: 'kept', pillar: 'recipes' }, values, planner, Date.UTC(2026, 10, 23, 18, 30));
    expect(frontmatter.publishedAt).toBe('2026-11-24T02:30:00+08:00');
    expect(frontmatter.custom).toBe('kept');
    expect(frontmatter.pillar).toBeUndefined();
  });

  it('names unknown channels and pillars and schema problems by field', () => {
    const errors = validateFrontmatter({ title: '', channel: 'tiktok', status: 'draft', pillar: 'crypto', url: 'nope' }, planner)!;
    expect(Object.keys(errors).sort()).toEqual(['channel', 'pillar', 'title', 'url']);
    expect(errors.channel).toContain('blog, wechat');
  });
});

describe('saving an .mdx post to publish it in the studio', () => {
  it('names the tsconfig.json that is not JSON when an import needs its aliases, not only what it says of it', async () => {
    const { cpSync, mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { readPlanner } = await import('../../../src/store/planner-store.ts');
    const { readPost } = await import('../../../src/store/posts.ts');
    const { postToValues, savePostValues } = await import('../../../src/studio/drafts/post-form.ts');
    const root = mkdtempSync(join(tmpdir(), 'tl-form-tsconfig-'));
    try {
      cpSync(join(import.meta.dirname, '../../fixtures/roots/basic/content'), join(root, 'content'), { recursive: true });
      writeFileSync(join(root, 'tsconfig.json'), '{\n  "compilerOptions": { "paths": { "@/*": ["./src/*"] } }\n');
      writeFileSync(join(root, 'content/posts/tea.mdx'), '---\ntitle: Tea\nchannel: blog\nstatus: draft\n---\nimport Note from "@/components/Note.astro";\n\n<Note>Tea.</Note>\n');
      const { post, revision } = await readPost(root, 'tea');
      const values = { ...postToValues(post), status: 'published' };
      const outcome = await savePostValues(root, await readPlanner(root), { id: 'tea', values, revision, now: Date.UTC(2026, 10, 1), compile: { lang: 'en' } });
      expect(outcome.kind).toBe('invalid');
      expect(outcome.kind === 'invalid' && outcome.errors.body).toMatch(/^tsconfig\.json: could not be read: not valid JSON at line 3, column 1/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("the post form's tags and summary", () => {
  const base: PostValues = { title: '速寫日記', channel: 'blog', status: 'draft', pillar: '', plannedFor: '', publishedAt: '', url: '', body: 'x' };
  const now = Date.UTC(2026, 11, 7);

  it('splits tags typed as one line at commas, full-width commas and 、, as the Brand page splits keywords', () => {
    const frontmatter = buildFrontmatter({}, { ...base, tags: '插畫、水彩， Procreate ,#日常' }, planner, now);
    expect(frontmatter.tags).toEqual(['插畫', '水彩', 'Procreate', '#日常']);
  });

  it("leaves the file's tags as they are when the line still reads as them, a name with a comma included", () => {
    const existing = { tags: ['Hello, world', '插畫'] };
    expect(tagsText(existing.tags)).toBe('Hello, world, 插畫');
    expect(buildFrontmatter(existing, { ...base, tags: 'Hello, world, 插畫' }, planner, now).tags).toEqual(['Hello, world', '插畫']);
  });

  it('removes tags and the summary sent empty, and keeps them when the form does not show them', () => {
    const existing = { tags: ['插畫'], description: '在大稻埕畫畫。' };
    const cleared = buildFrontmatter(existing, { ...base, tags: '', description: '' }, planner, now);
    expect(cleared).not.toHaveProperty('tags');
    expect(cleared).not.toHaveProperty('description');
    const kept = buildFrontmatter(existing, base, planner, now);
    expect(kept).toMatchObject(existing);
  });

  it('reads tags and the summary from the form only when it sends them', () => {
    const form = new FormData();
    for (const [k, v] of Object.entries(base)) form.set(k, v);
    expect(readPostForm(form)).not.toHaveProperty('tags');
    form.set('tags', ' 插畫、水彩 ');
    form.set('description', ' 一個下午的速寫 ');
    expect(readPostForm(form)).toMatchObject({ tags: '插畫、水彩', description: '一個下午的速寫' });
  });

  it('names an empty summary in the file by its field', () => {
    const errors = validateFrontmatter({ title: 'T', channel: 'blog', status: 'draft', description: 42 }, planner)!;
    expect(Object.keys(errors)).toEqual(['description']);
  });
});
