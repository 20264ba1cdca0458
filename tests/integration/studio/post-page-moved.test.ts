import { afterEach, describe, expect, it } from 'vitest';
import { readPostForPage } from '../../../src/studio/drafts/post-page.ts';
import { tempRoot } from '../helpers.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** The 404 page of /studio/drafts/<id> in a copy of the sample brand. */
async function missing(id: string, lang: 'en' | 'zh'): Promise<{ status: number; html: string }> {
  const temp = tempRoot();
  cleanup = temp.cleanup;
  const answer = await readPostForPage(temp.root, id, { lang });
  if (!(answer instanceof Response)) throw new Error(`${id} was found`);
  return { status: answer.status, html: await answer.text() };
}

describe('the editor of a post that is not there', () => {
  // Back after a Save that published drafts/x (moved to blog/x), or an old bookmark: the page
  // said only "No such post", with no way back into the studio and no word of where it went.
  it('links the post of the same name in another folder, and the list of posts (English)', async () => {
    const { status, html } = await missing('drafts/red-braised-pork', 'en');
    expect(status).toBe(404);
    expect(html).toContain('There is no post &quot;drafts/red-braised-pork&quot; under content/posts.');
    expect(html).toContain('href="/studio/drafts/2026/red-braised-pork"');
    expect(html).toMatch(/moved/i);
    expect(html).toContain('href="/studio/drafts"');
  });

  it('says so in Chinese, with the same links', async () => {
    const { html } = await missing('ideas/red-braised-pork', 'zh');
    expect(html).toContain('content/posts 下没有内容“ideas/red-braised-pork”。');
    expect(html).toContain('href="/studio/drafts/2026/red-braised-pork"');
    expect(html).toContain('移到');
    expect(html).toContain('全部内容');
  });

  it('offers only the list when no post has that name', async () => {
    const { html } = await missing('drafts/nothing-like-this', 'en');
    expect(html).not.toMatch(/moved/i);
    expect(html).toContain('href="/studio/drafts"');
  });
});
