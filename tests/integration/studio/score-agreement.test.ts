/**
 * One theme score reads the same everywhere in the studio: the editor's figure, the posts list's
 * and the off-theme flag's "(score X < 0.45)" (the sample's crypto draft read 0.09 in the editor
 * and the list, 0.08 in its flag: two rounded, one cut).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startStudio, type Studio } from '../../e2e/studio-server.ts';

let studio: Studio;
beforeAll(async () => {
  studio = await startStudio();
});
afterAll(async () => {
  await studio?.stop();
});

const text = (html: string) => html.replace(/<[^>]+>/g, '');

it('shows the off-theme draft\'s score as its flag does, in the editor and the posts list', async () => {
  const editor = await (await fetch(`${studio.url}/studio/drafts/drafts/crypto-portfolio`, { headers: { cookie: 'throughline-lang=en' } })).text();
  const shown = editor.match(/<strong id="theme-score"[^>]*>([^<]+)<\/strong>/)![1]!;
  const flagged = text(editor).match(/\(score (\d\.\d\d) (?:<|&lt;) 0\.\d\d\)/)![1]!;
  expect(shown).toBe(flagged);

  const list = await (await fetch(`${studio.url}/studio/drafts`, { headers: { cookie: 'throughline-lang=en' } })).text();
  const row = list.slice(list.indexOf('drafts/crypto-portfolio'));
  const cell = row.match(/<td class="num"[^>]*>([^<]+)<\/td>/)![1]!;
  expect(cell).toBe(flagged);
});
