import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PostRefusal, readPostForPage } from '../../../src/studio/drafts/post-page.ts';
import { tempRoot } from '../helpers.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

/** The refusal of /studio/drafts/2026/hand for a post file written by hand, in a copy of the sample brand. */
async function refusal(frontmatter: string, lang: 'en' | 'zh'): Promise<PostRefusal> {
  const temp = tempRoot();
  cleanups.push(temp.cleanup);
  mkdirSync(join(temp.root, 'content/posts/2026'), { recursive: true });
  writeFileSync(join(temp.root, 'content/posts/2026/hand.md'), `---\n${frontmatter}\n---\n\n正文。\n`);
  const answer = await readPostForPage(temp.root, '2026/hand', { lang });
  if (!(answer instanceof PostRefusal)) throw new Error('the post was read');
  return answer;
}

// A trial: the dashboard listed three problems of a hand-written post; its editor page two, so
// the unknown channel came up only after the other two were fixed and the page reloaded.
describe('the editor page of a post whose frontmatter does not parse', () => {
  it('names every problem the dashboard and check name, the unknown channel too', async () => {
    const answer = await refusal('title: 手写的一篇\nchannel: 公众号\nstatus: 已发布\npublishedAt: 2026年12月5日', 'zh');
    expect(answer.status).toBe(422);
    expect(answer.problem).toContain('content/posts/2026/hand.md: status:');
    expect(answer.problem).toContain('publishedAt: 2026年12月5日');
    expect(answer.problem).toContain('channel: 未知的渠道 "公众号"');
  });

  it('names an unknown pillar beside a date that does not exist, in English', async () => {
    const answer = await refusal('title: Hand\nchannel: blog\nstatus: draft\nplannedFor: 2026-02-30\npillar: nosuch', 'en');
    expect(answer.problem).toContain('plannedFor');
    expect(answer.problem).toMatch(/pillar: .*"nosuch"/);
  });

  // The page is a plain one, without the studio's menu: it was a dead end but for Back.
  it('links the list of all posts, in the page language', async () => {
    const zh = await refusal('title: 手写的一篇\nchannel: 公众号\nstatus: 已发布', 'zh');
    expect(await zh.text()).toMatch(/<a href="\/studio\/drafts">全部内容<\/a>/);
    const en = await refusal('title: Hand\nchannel: blog\nstatus: draft\nplannedFor: 2026-02-30', 'en');
    expect(await en.text()).toMatch(/<a href="\/studio\/drafts">All posts<\/a>/);
  });
});
