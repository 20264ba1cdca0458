/**
 * The drafts list on an imported blog (a real Hexo blog: 736 published posts, a few drafts): it
 * opened on the oldest published posts with every row in one 1.4 MB page, so the drafts being
 * written were somewhere among them. Now the posts still to write come first, the published ones
 * newest first, 100 rows a page, with links that keep the filters, search and sort.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { useStudioSession } from './studio-session.ts';

const session = useStudioSession();
const COUNT = 130;

describe('the drafts list of a blog with many published posts', () => {
  test('opens on the posts still to write, pages the rest 100 a page, and the page links keep the search and sort (EN and 中文)', async () => {
    const folder = join(session.studio.root, 'content/posts/old');
    mkdirSync(folder, { recursive: true });
    for (let i = 1; i <= COUNT; i++) {
      const day = new Date(Date.UTC(2019, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
      writeFileSync(join(folder, `p${i}.md`), `---\ntitle: Old post ${i}\nchannel: blog\nstatus: published\npublishedAt: ${day}\n---\n\nBread and soup, post ${i}.\n`);
    }
    const { page } = session;
    await page.goto(`${session.studio.url}/studio/drafts`);
    const rows = page.locator('#drafts-table tbody tr');
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(100);
    const statuses = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector('[data-status]')!.getAttribute('data-status')));
    // The sample's posts not published come first, then the published.
    const firstPublished = statuses.indexOf('published');
    expect(firstPublished).toBeGreaterThan(0);
    expect(statuses.slice(firstPublished).every((s) => s === 'published')).toBe(true);
    // Newest first among the published: the newest old post before an older one.
    const ids = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-post')));
    expect(ids.indexOf(`old/p${COUNT}`)).toBeLessThan(ids.indexOf(`old/p${COUNT - 1}`));
    const total = await page.evaluate(() => fetch(location.href).then((r) => r.text()).then((t) => (t.match(/data-post="/g) ?? []).length));
    expect(total).toBe(100);
    const pager = page.locator('nav.pager');
    await expect.poll(() => pager.textContent()).toMatch(/Posts 1–100 of \d+/);
    expect(await pager.locator('a[rel="prev"]').count()).toBe(0);

    // A search and sort, then the next page: both kept.
    await page.goto(`${session.studio.url}/studio/drafts?q=soup&sort=title`);
    await expect.poll(() => rows.count()).toBe(100);
    await Promise.all([page.waitForURL(/page=2/), pager.locator('a[rel="next"]').click()]);
    const url = new URL(page.url());
    expect(url.searchParams.get('q')).toBe('soup');
    expect(url.searchParams.get('sort')).toBe('title');
    expect(await rows.count()).toBeGreaterThanOrEqual(COUNT - 100);
    expect(await pager.locator('a[rel="next"]').count()).toBe(0);
    expect(await pager.locator('a[rel="prev"]').getAttribute('href')).toBe('/studio/drafts?q=soup&sort=title');

    await page.context().addCookies([{ name: 'throughline-lang', value: 'zh', url: session.studio.url }]);
    await page.goto(`${session.studio.url}/studio/drafts`);
    await expect.poll(() => pager.textContent()).toMatch(/第 1–100 篇，共 \d+ 篇/);
    expect(await pager.getAttribute('aria-label')).toBe('列表分页');
    expect(await pager.locator('a[rel="next"]').textContent()).toBe('下一页');
    await page.context().clearCookies();
  });
});
