/**
 * The studio in a real browser with hostile text (classic XSS evasions) in planner.json and in
 * frontmatter: every page shows it as text; no dialog opens and no element it names appears,
 * after the page's own scripts (live theme panel, toolbar) have run.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { HOSTILE_TEXT } from '../fixtures/hostile/frontmatter-corpus.ts';
import { useStudioSession } from './studio-session.ts';

const session = useStudioSession();
const dialogs: string[] = [];

beforeAll(() => {
  const file = join(session.studio.root, 'content/planner.json');
  const planner = JSON.parse(readFileSync(file, 'utf8'));
  planner.brand.name = HOSTILE_TEXT[0];
  planner.brand.label = HOSTILE_TEXT[1];
  planner.brand.pillars[0].name = HOSTILE_TEXT[2];
  planner.channels[0].name = HOSTILE_TEXT[6];
  writeFileSync(file, JSON.stringify(planner, null, 2));
  const dir = join(session.studio.root, 'content/posts/hostile');
  mkdirSync(dir, { recursive: true });
  HOSTILE_TEXT.forEach((text, i) =>
    writeFileSync(join(dir, `h${i}.md`), `---\ntitle: ${JSON.stringify(text)}\ntags: ${JSON.stringify([text])}\nchannel: blog\nstatus: draft\n---\n\nBraise the pork with soy. ${text}\n`),
  );
  session.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
});

describe('hostile text in the studio, in a browser', () => {
  test('runs no script and creates no element on the dashboard, drafts, plan, brand, channels, editor and publish pages', async () => {
    const paths = ['/studio', '/studio/drafts', '/studio/plan', '/studio/brand', '/studio/channels', '/studio/drafts/hostile/h3', '/studio/publish/hostile/h3', '/studio/drafts/hostile/h13'];
    for (const path of paths) {
      await session.page.goto(`${session.studio.url}${path}`, { waitUntil: 'networkidle' });
      const found = await session.page.evaluate(() =>
        [...document.querySelectorAll('x, mtext, iframe, img[src="x"], details[ontoggle], [onerror], [onload], [onmouseover]')].map((e) => e.outerHTML.slice(0, 80)),
      );
      expect(found, path).toEqual([]);
      expect(await session.page.content(), path).toContain('XSSMARK');
    }
    expect(dialogs).toEqual([]);
  });
});
