/**
 * Pillars of a form, not a subject (`form: true`), in the studio: the brand page's checkbox
 * round-trips to planner.json, and the editor's theme panel says a draft declaring such a pillar
 * is not judged by its subject (no "off theme", no "On theme after all"), in English and Chinese.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStudio, type Studio } from '../../e2e/studio-server.ts';
import { brandFormFields } from './brand-form-fields.ts';

let studio: Studio;
const plannerFile = () => join(studio.root, 'content/planner.json');
const readPlanner = () => JSON.parse(readFileSync(plannerFile(), 'utf8')) as { brand: { pillars: Record<string, unknown>[] } };
const zh = { cookie: 'throughline-lang=zh' };
const STORY_ID = 'drafts/the-keeper';
// A story: no word of the food brand's subjects (a lighthouse, fog, a horn).
const STORY = 'The lighthouse keeper counted the ships every night. When the fog came, the girl from the village climbed the tower, and together they listened for the horn of a boat that never arrived.';

beforeAll(async () => {
  studio = await startStudio();
  // A key this version does not know: the brand form must keep it.
  const planner = readPlanner();
  planner.brand.pillars[2]!['x-note'] = 'kept';
  writeFileSync(plannerFile(), JSON.stringify(planner, null, 2));
  writeFileSync(join(studio.root, 'content/posts', `${STORY_ID}.md`), `---\ntitle: The keeper\nchannel: blog\nstatus: draft\npillar: kitchen-stories\n---\n\n${STORY}\n`);
});
afterAll(async () => {
  await studio?.stop();
});

const page = async (path: string, headers: Record<string, string> = {}) => (await fetch(`${studio.url}${path}`, { headers })).text();


async function saveBrand(change: (fields: Record<string, string>) => void): Promise<void> {
  const fields = brandFormFields(await page('/studio/brand'));
  change(fields);
  const response = await fetch(`${studio.url}/studio/brand`, { method: 'POST', body: new URLSearchParams({ ...fields, action: 'save' }), headers: { origin: studio.url }, redirect: 'manual' });
  expect(response.status, await response.text()).toBe(303);
}

describe('the brand page: A form, not a subject', () => {
  it('shows one checkbox per pillar, with its help text, in English and Chinese', async () => {
    const html = await page('/studio/brand');
    for (const i of [0, 1, 2]) expect(html).toMatch(new RegExp(`<input type="checkbox" id="pillar-${i}-form" name="pillar-${i}-form"`));
    expect(html).toContain('A form, not a subject (stories, poems, notes)');
    expect(await page('/studio/brand', zh)).toContain('体裁而非主题（小说、诗歌、笔记）');
  });

  it('counts the published posts of the usage table in brackets of the page language (full-width in Chinese)', async () => {
    expect(await page('/studio/brand')).toMatch(/ \(\d+ published posts?\)<\/p>/);
    expect(await page('/studio/brand', zh)).toMatch(/多少次。（\d+ 篇已发布内容）<\/p>/);
  });

  it('a ticked box writes "form": true on that pillar only, keeping its other fields and unknown keys', async () => {
    const before = readPlanner().brand.pillars;
    await saveBrand((fields) => { fields['pillar-2-form'] = 'on'; });
    const after = readPlanner().brand.pillars;
    expect(after[2]).toEqual({ ...before[2], form: true });
    expect(after[2]!['x-note']).toBe('kept');
    expect(after.slice(0, 2)).toEqual(before.slice(0, 2));
    for (const p of after.slice(0, 2)) expect(p).not.toHaveProperty('form');
    expect(await page('/studio/brand')).toMatch(/<input type="checkbox" id="pillar-2-form" name="pillar-2-form"[^>]*checked/);
  });

  it('saving the page untouched keeps it; an unticked box removes the key, never writing false', async () => {
    await saveBrand(() => {});
    expect(readPlanner().brand.pillars[2]).toMatchObject({ form: true, 'x-note': 'kept' });
    await saveBrand((fields) => { delete fields['pillar-2-form']; });
    const pillars = readPlanner().brand.pillars;
    for (const p of pillars) expect(p).not.toHaveProperty('form');
    expect(readFileSync(plannerFile(), 'utf8')).not.toContain('"form"');
    expect(pillars[2]!['x-note']).toBe('kept');
  });

  it('every pillar ticked: the page and the dashboard warn that no subject is left, in English and Chinese; untick one and the warning goes', async () => {
    const before = readFileSync(plannerFile(), 'utf8');
    try {
      await saveBrand((fields) => { for (const i of [0, 1, 2]) fields[`pillar-${i}-form`] = 'on'; });
      expect(await page('/studio/brand')).toMatch(/id="no-subject-pillar"[^>]*>every pillar is a form \(&quot;form&quot;: true\), none a subject/);
      expect(await page('/studio/brand', zh)).toMatch(/id="no-subject-pillar"[^>]*>每个支柱都是体裁/);
      expect(await page('/studio')).toContain('Pillars: every pillar is a form');
      expect(await page('/studio')).not.toContain('brand.pillars:');
      await saveBrand((fields) => { delete fields['pillar-0-form']; });
      expect(await page('/studio/brand')).not.toContain('id="no-subject-pillar"');
    } finally {
      writeFileSync(plannerFile(), before);
    }
  });

  it('a form post without the checkbox part (a script, an older page) leaves the setting as it was', async () => {
    await saveBrand((fields) => { fields['pillar-2-form'] = 'on'; });
    await saveBrand((fields) => {
      for (const key of Object.keys(fields)) if (/^pillar-\d+-form/.test(key)) delete fields[key];
    });
    expect(readPlanner().brand.pillars[2]).toMatchObject({ form: true });
  });
});

describe('the editor of a draft declaring a pillar of a form', () => {
  it('reads "on theme: not judged by subject", names the pillar, offers no "On theme after all", in English and Chinese', async () => {
    expect(readPlanner().brand.pillars[2]).toMatchObject({ form: true });
    const html = await page(`/studio/drafts/${STORY_ID}`);
    expect(html).toMatch(/id="theme-status"[^>]*data-on-theme="true"[^>]*>on theme: Kitchen stories is a pillar of a form, not a subject, so its posts are not judged by their words</);
    expect(html).toMatch(/<form[^>]*id="accept-theme"[^>]*hidden/);
    expect(html).not.toMatch(/data-flag="off-theme"/);
    const chinese = await page(`/studio/drafts/${STORY_ID}`, zh);
    expect(chinese).toMatch(/id="theme-status"[^>]*>切题：体裁支柱（Kitchen stories）的文章不按主题判断</);
  });

  it('the drafts list and the dashboard show it with no off-theme flag', async () => {
    const list = await page('/studio/drafts');
    const row = list.slice(list.indexOf(`data-post="${STORY_ID}"`), list.indexOf('</tr>', list.indexOf(`data-post="${STORY_ID}"`)));
    expect(row).toContain('The keeper');
    expect(row).not.toContain('data-flag=');
    expect(row).toContain('title="on theme: Kitchen stories is a pillar of a form, not a subject, so its posts are not judged by their words"');
    expect(await page('/studio')).not.toContain('The keeper');
  });

  it('marked "on theme after all" as well, it is not said to count as evidence (a post of a form never does)', async () => {
    const before = readFileSync(plannerFile(), 'utf8');
    const planner = JSON.parse(before);
    planner.theme = { ...planner.theme, acceptedOnTheme: [STORY_ID] };
    writeFileSync(plannerFile(), JSON.stringify(planner, null, 2));
    try {
      const html = await page(`/studio/drafts/${STORY_ID}`);
      expect(html).toMatch(/id="theme-accepted"[^>]*>You marked this post as on theme. As a post of a pillar of a form, it is no evidence of the theme.</);
      expect(html).not.toContain('it counts as evidence of the theme');
      expect(await page(`/studio/drafts/${STORY_ID}`, zh)).toContain('它属于体裁支柱，不算作主题的依据。');
    } finally {
      writeFileSync(plannerFile(), before);
    }
  });

  it('without the mark, the same draft is off theme and offered "On theme after all"', async () => {
    await saveBrand((fields) => { delete fields['pillar-2-form']; });
    const html = await page(`/studio/drafts/${STORY_ID}`);
    expect(html).toMatch(/id="theme-status"[^>]*data-on-theme="false"[^>]*>off theme</);
    expect(html).toMatch(/<form[^>]*id="accept-theme"(?![^>]*hidden)[^>]*>/);
    // The dashboard lists it among its flags then (so its absence above is not a page that lists no drafts).
    expect(await page('/studio')).toContain('The keeper');
  });
});

// A trial: every save of the brand page wrote planner.json whole (the form's empty colour was a key
// with no value, so the in-place edit never read back as the saved planner), and a renamed pillar
// lost its targetShare and the keys the form does not show.
describe('the brand page saves only what changed', () => {
  it('a save with nothing changed takes out only the sample marker; a renamed pillar keeps the keys the form does not show', async () => {
    const { sample: _sample, ...rest } = JSON.parse(readFileSync(plannerFile(), 'utf8'));
    const planner = { sample: true, ...rest };
    planner.brand.pillars[1].targetShare = 0.4;
    // One-line lists, as the sample writes them: a whole-file write would expand them.
    const text = JSON.stringify(planner, null, 2).replace(/\[\n\s+("[^"\n]*",?\n\s+)*"[^"\n]*"\n\s+\]/g, (list) => JSON.stringify(JSON.parse(list)).replaceAll('","', '", "'));
    writeFileSync(plannerFile(), text);
    await saveBrand(() => {});
    expect(readFileSync(plannerFile(), 'utf8')).toBe(text.replace('  "sample": true,\n', ''));
    await saveBrand((fields) => {
      fields['pillar-1-id'] = 'photography';
    });
    const pillar = readPlanner().brand.pillars[1]!;
    // The old id stays an address of the portfolio (formerIds), the one other line the rename writes.
    expect(pillar).toMatchObject({ id: 'photography', targetShare: 0.4, formerIds: [planner.brand.pillars[1].id] });
    expect(readPlanner().brand.pillars[2]).toMatchObject({ 'x-note': 'kept' });
    const lines = readFileSync(plannerFile(), 'utf8').replace(/,\n\s*"formerIds": \[[^\]]*\]/, '').split('\n');
    const changed = lines.filter((line, i) => line !== text.replace('  "sample": true,\n', '').split('\n')[i]);
    expect(changed.every((line) => /"photography"/.test(line))).toBe(true);
  });
});

// A rename said only "Saved." although it rewrote every post of the pillar and the old category
// pages that lead to it.
describe('the brand page after a pillar rename', () => {
  it('says how many posts and old category pages follow the renamed pillar, in English and Chinese', async () => {
    const planner = JSON.parse(readFileSync(plannerFile(), 'utf8'));
    planner.portfolio = { ...planner.portfolio, taxonomyAliases: [{ path: '/category/recipes/', pillar: 'recipes' }] };
    writeFileSync(plannerFile(), JSON.stringify(planner, null, 2));
    const { readProject } = await import('../../../src/store/project.ts');
    const users = (await readProject(studio.root)).posts.filter((p) => p.data.pillar === 'recipes').length;
    expect(users).toBeGreaterThan(0);
    const fields = brandFormFields(await page('/studio/brand'));
    const i = Object.keys(fields).find((k) => /^pillar-\d+-id$/.test(k) && fields[k] === 'recipes')!;
    fields[i] = 'cooking';
    const response = await fetch(`${studio.url}/studio/brand`, { method: 'POST', body: new URLSearchParams({ ...fields, action: 'save' }), headers: { origin: studio.url }, redirect: 'manual' });
    const location = response.headers.get('location')!;
    expect(location).toBe(`/studio/brand?saved=1&posts=${users}&aliases=1`);
    expect(readPlanner()).toMatchObject({ portfolio: { taxonomyAliases: [{ path: '/category/recipes/', pillar: 'cooking' }] } });
    const status = (html: string) => /role="status"[^>]*>([\s\S]*?)<\//.exec(html)?.[1]?.trim();
    expect(status(await page(location))).toBe(`Saved. Posts whose pillar was renamed or moved: ${users}. Old category pages (portfolio.taxonomyAliases) that now lead to the new pillar or the list of all posts: 1.`);
    expect(status(await page(location, zh))).toBe(`已保存。支柱已改名或移动的内容：${users} 篇。现在指向新支柱或全部文章列表的旧分类页（portfolio.taxonomyAliases）：1 个。`);
    // The old id stays an address of the portfolio, and the pillar's group says so.
    expect(readPlanner().brand.pillars.find((p) => p.id === 'cooking')?.formerIds).toEqual(['recipes']);
    const note = (html: string) => /<small class="pillar-former"[^>]*>([\s\S]*?)<\/small>/.exec(html)?.[1];
    expect(note(await page(location))).toBe('Its old addresses still lead here on the portfolio, with its feeds: /pillars/recipes/ (formerIds in planner.json)');
    expect(note(await page(location, zh))).toBe('作品集上它的旧地址（及其订阅源）仍会转到这里：/pillars/recipes/（planner.json 中的 formerIds）');
  });
});
