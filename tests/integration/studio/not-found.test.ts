/**
 * An address under /studio that names no studio page (/studio/posts/<id>, as the portfolio's
 * /posts/<id>/ and the menu's "Posts" suggest) answers a 404 in the studio's frame and language
 * with the page it was likely meant as; before, it got the portfolio's 404 page, with the site's
 * menu and no way back into the studio but the address bar.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStudio, type Studio } from '../../e2e/studio-server.ts';

let studio: Studio;
beforeAll(async () => {
  studio = await startStudio();
});
afterAll(async () => {
  await studio?.stop();
});

async function get(path: string, lang?: string): Promise<Response> {
  return fetch(`${studio.url}${path}`, { headers: { accept: 'text/html', ...(lang ? { cookie: `throughline-lang=${lang}` } : {}) } });
}

describe('an unknown studio address', () => {
  it('is a studio page with status 404 that points /studio/posts/<id> at the editor', async () => {
    const response = await get('/studio/posts/drafts/wechat/dongzhi-jiaozi');
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain('class="studio-header"');
    expect(html).toContain('There is no studio page at /studio/posts/drafts/wechat/dongzhi-jiaozi.');
    expect(html).toContain('href="/studio/drafts/drafts/wechat/dongzhi-jiaozi"');
    // The suggested address opens that post's editor.
    expect((await get('/studio/drafts/drafts/wechat/dongzhi-jiaozi')).status).toBe(200);
  });

  it('speaks the studio language: 简体 and 繁體', async () => {
    const zh = await (await get('/studio/calendar', 'zh')).text();
    expect(zh).toContain('<html lang="zh-CN"');
    expect(zh).toContain('工作室里没有 /studio/calendar 这个页面。');
    expect(zh).toContain('href="/studio/plan"');
    const hant = await (await get('/studio/nothing-here', 'zh-Hant')).text();
    expect(hant).toContain('工作室裡沒有 /studio/nothing-here 這個頁面。');
  });

  it('under /studio/api/ answers JSON', async () => {
    const response = await fetch(`${studio.url}/studio/api/nope`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(await response.json()).toEqual({ error: 'There is no studio endpoint at /studio/api/nope.' });
  });

  it('shows the address as the address bar does, and answers JSON to a caller that does not take HTML', async () => {
    expect(await (await get('/studio/posts/冬至')).text()).toContain('There is no studio page at /studio/posts/冬至.');
    const script = await fetch(`${studio.url}/studio/nothing-here`, { headers: { accept: '*/*' } });
    expect(script.status).toBe(404);
    expect(await script.json()).toEqual({ error: 'There is no studio page at /studio/nothing-here.' });
  });

  it('leaves every studio page and endpoint where it was', async () => {
    for (const path of ['/studio', '/studio/brand', '/studio/channels', '/studio/plan', '/studio/drafts', '/studio/drafts/new']) expect((await get(path)).status, path).toBe(200);
    const calendar = await fetch(`${studio.url}/studio/api/calendar.ics`);
    expect(calendar.status).toBe(200);
    expect(calendar.headers.get('content-type')).toContain('text/calendar');
  });
});
