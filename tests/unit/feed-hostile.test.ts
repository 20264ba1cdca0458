import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { planImport } from '../../src/core/feed/import-plan.ts';
import { readImportSource } from '../../src/core/feed/read-source.ts';
import { parsePostText, serializePost } from '../../src/core/post-file.ts';
import { findLiveHtml, findLiveMarkdown } from '../support/live-markup.ts';

const CORPUS = ['rss-hostile.xml', 'atom-hostile.xml', 'json-hostile.json'];
const read = (name: string) =>
  readImportSource({ bytes: readFileSync(new URL(`../fixtures/feeds/hostile/${name}`, import.meta.url)), documentUrl: 'https://hostile.example/feed' }, name);

describe('the hostile-input corpus, imported', () => {
  const drafts = CORPUS.flatMap((name) => {
    const doc = read(name);
    return planImport(doc.entries, { ids: [], urls: [], guids: [] }, { channel: 'blog', status: 'published', language: doc.language }).drafts.map((d) => ({ name, ...d }));
  });

  test('imports every entry of the corpus (none is silently lost)', () => {
    expect(drafts.map((d) => `${d.name}: ${String(d.frontmatter.guid)}`)).toHaveLength(7);
  });

  test.each(CORPUS)('%s: no post body holds a live tag or an unsafe link or image destination', (name) => {
    for (const draft of drafts.filter((d) => d.name === name)) expect(findLiveMarkdown(draft.body), `${draft.id}\n${draft.body}`).toEqual([]);
  });

  test('keeps the words of dropped links and escaped markup as text', () => {
    const body = drafts.find((d) => d.frontmatter.guid === 'hostile-r1')!.body;
    for (const words of ['js link', 'mixed case', 'tab', 'control', 'newline', 'decimal', 'hex', 'handlers', 'styled', "&lt;script>alert('escaped')&lt;/script>"]) expect(body).toContain(words);
    expect(body).toContain('[a safe link](https://ok.example/path?q=1&r=2)');
    expect(body).toContain('[mail](mailto:eve@hostile.example)');
  });

  test('keeps a <pre> holding ``` lines inside one longer fence', () => {
    const body = drafts.find((d) => d.frontmatter.guid === 'hostile-r1')!.body;
    expect(body).toContain("````\nbefore\n```\n<script>alert('fence')</script>\n```html\n<img src=x onerror=alert('fence2')>\n````");
  });

  test('gives every post an http(s) url or none, and titles, summaries and names as text without tags', () => {
    for (const draft of drafts) {
      const { url, title, description, author } = draft.frontmatter as Record<string, string | undefined>;
      if (url !== undefined) expect(url).toMatch(/^https:\/\/hostile\.example\//);
      for (const text of [title, description, author].filter((t): t is string => t !== undefined)) expect(findLiveHtml(`<p>${text}</p>`), `${draft.id}: ${text}`).toEqual([]);
      parsePostText(serializePost(draft.frontmatter, draft.body), draft.id, `${draft.id}.md`);
    }
  });
});

describe('findLiveMarkdown (the checker itself)', () => {
  test.each([
    ['```\ncode\n```\n<script>alert(1)</script>', 'live tag'],
    ['a [x](JavaScript:alert(1)) b', 'unsafe destination'],
    ['![i](<data:text/html,hi>)', 'unsafe destination'],
    ['````\n```\n````\n<img src=x onerror=alert(1)>', 'live tag'],
  ])('flags %j', (markdown, kind) => {
    expect(findLiveMarkdown(markdown).join('\n')).toContain(kind);
  });

  test.each([['````\n```\n<script>\n````'], ['`<b>` and &lt;b> and \\[x\\](javascript:y)'], ['[ok](https://x.example/a_(b\\))']])('passes %j', (markdown) => {
    expect(findLiveMarkdown(markdown)).toEqual([]);
  });
});
