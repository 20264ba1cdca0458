/**
 * Making the sample one's own in the studio (astro dev over a temp copy of the sample): every
 * problem `check` refuses is shown; posts are deleted, renamed and duplicated; pillars and
 * channels are renamed or removed with their posts reassigned in the same step.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readProject } from '../../src/store/project.ts';
import { startStudio, type Studio } from '../e2e/studio-server.ts';

let studio: Studio;
beforeAll(async () => {
  studio = await startStudio();
});
afterAll(async () => {
  await studio?.stop();
});

const zh = { cookie: 'throughline-lang=zh' };
const page = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${studio.url}${path}`, { headers });
  return { status: response.status, html: await response.text() };
};
const postForm = (path: string, fields: Record<string, string>) =>
  fetch(`${studio.url}${path}`, { method: 'POST', body: new URLSearchParams(fields), headers: { origin: studio.url }, redirect: 'manual' });
const file = (rel: string) => join(studio.root, rel);

describe('problems that check refuses', () => {
  it('shows a post naming an unknown channel on the dashboard and the drafts list, with file and field, in both languages', async () => {
    const rel = 'content/posts/drafts/typo-channel.md';
    writeFileSync(file(rel), '---\ntitle: Typo\nchannel: zhuhu\nstatus: draft\n---\nBody\n');
    try {
      const fromStore = (await readProject(studio.root)).problems.map((p) => p.file);
      expect(fromStore).toContain(rel);
      for (const path of ['/studio', '/studio/drafts']) {
        const en = await page(path);
        expect(en.status).toBe(200);
        expect(en.html).toMatch(new RegExp(`data-problem-file="${rel}" data-problem-field="channel"`));
        expect(en.html).toContain('unknown channel &quot;zhuhu&quot;');
        const inChinese = await page(path, zh);
        expect(inChinese.html).toContain('未知渠道“zhuhu”');
      }
    } finally {
      rmSync(file(rel), { force: true });
    }
  });
});
