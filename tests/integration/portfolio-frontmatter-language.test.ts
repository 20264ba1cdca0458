/**
 * The Markdown pipeline's plugins that speak the post's language (admonition titles, footnote
 * labels) read it as the page does: from the frontmatter's `lang` and title too. Astro hands the
 * pipeline the body alone, so a post whose `lang: zh-CN` or Chinese title made its page Chinese
 * had "Note" and "Footnotes" in English on it (found in a Berlin coach's trial, 2026-12-07, whose
 * German post's `lang` the quotes plugin missed the same way).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPortfolio, makeRoot } from '../fixtures/roots/portfolio/build-fixture.ts';

function write(root: string, file: string, text: string): void {
  const path = join(root, 'content/posts', file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

// Chinese narration around the English documentation it quotes: Chinese by its title (postLanguage's QUOTED_ENGLISH rule).
const QUOTED = `写第一个 Java Agent 之前，先读一读 Instrumentation 接口的说明。下面是 Javadoc 的原文，我们一句一句来看：

The instrumentation interface provides services needed to instrument Java programming language code. Instrumentation is the addition of byte-codes to methods for the purpose of gathering data to be utilized by tools.[^1]

:::note
Read the whole interface before you write an agent.
:::

[^1]: From the JDK documentation.
`;

let root: string;
let outDir: string;
const page = (path: string) => readFile(join(outDir, path), 'utf8');

beforeAll(async () => {
  root = await makeRoot('tl-front-lang-');
  write(root, '2026/agent.md', `---\ntitle: 用 Java Agent 修改字节码的第一步\nchannel: blog\npillar: bread\nstatus: published\npublishedAt: 2026-09-21\n---\n\n${QUOTED}`);
  write(root, '2026/lang-field.md', `---\ntitle: Instrumentation\nchannel: blog\npillar: bread\nstatus: published\npublishedAt: 2026-09-22\nlang: zh-CN\n---\n\n${QUOTED}`);
  ({ outDir } = await buildPortfolio(root));
}, 180_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('a post whose frontmatter makes it Chinese', () => {
  it.each([['a Chinese title', 'agent'], ['lang: zh-CN', 'lang-field']])('by %s has Chinese admonition titles and footnote labels', async (_, slug) => {
    const html = await page(`posts/2026/${slug}/index.html`);
    expect(html).toMatch(/<html lang="zh-CN">/);
    expect(html).toContain('脚注');
    expect(html).not.toMatch(/<p class="admonition-title">Note<\/p>/);
  });
});
