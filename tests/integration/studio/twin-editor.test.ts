/**
 * A post whose id two files share (`x.md` beside `x.mdx`) is used nowhere until one goes: check
 * refuses both. Its editor says so at the top, naming both files, in the studio's language;
 * before, it opened one of them as if nothing were wrong, and what the user wrote there stayed
 * off the plan and the portfolio without a word.
 */
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStudio, type Studio } from '../../e2e/studio-server.ts';

let studio: Studio;
beforeAll(async () => {
  studio = await startStudio();
});
afterAll(async () => {
  await studio?.stop();
});

const text = (html: string) => html.replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

describe('the editor of a post whose id two files share', () => {
  it('names both files at the top, in English and Chinese, and a post without a twin shows no such list', async () => {
    const root = studio.root;
    copyFileSync(join(root, 'content/posts/2026/red-braised-pork.mdx'), join(root, 'content/posts/2026/red-braised-pork.md'));
    try {
      const en = await fetch(`${studio.url}/studio/drafts/2026/red-braised-pork`, { headers: { cookie: 'throughline-lang=en' } });
      expect(en.status).toBe(200);
      const page = await en.text();
      expect(page).toContain('id="problems"');
      expect(text(page)).toMatch(/two post files have the same id: content\/posts\/2026\/red-braised-pork\.md and content\/posts\/2026\/red-braised-pork\.mdx/);
      const zh = text(await (await fetch(`${studio.url}/studio/drafts/2026/red-braised-pork`, { headers: { cookie: 'throughline-lang=zh' } })).text());
      expect(zh).toMatch(/两个文章文件的 id 相同：content\/posts\/2026\/red-braised-pork\.md 和 content\/posts\/2026\/red-braised-pork\.mdx/);
      const other = await (await fetch(`${studio.url}/studio/drafts/2026/grandmothers-dumplings`, { headers: { cookie: 'throughline-lang=en' } })).text();
      expect(other).not.toContain('id="problems"');
    } finally {
      rmSync(join(root, 'content/posts/2026/red-braised-pork.md'));
    }
  });
});
