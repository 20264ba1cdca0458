/**
 * Three faults a user met on the built portfolio after importing a real Jekyll blog (hh54188's),
 * on one build of the portfolio fixture with one such post added: headings written with a legacy
 * anchor, `## Why <a name="why_need_react"></a>`, kept no target for the post's own contents
 * links (and the broken-link warning promised a suggestion it did not give); a `<script>` written
 * in a Chinese sentence hid the rest of its paragraph (and the reading time counted only what was
 * left); CJK bold in a paragraph with inline code showed its asterisks.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { portfolioValidator } from '../support/html-validate.ts';
import { PROJECT, buildInside, makeRoot } from '../fixtures/roots/portfolio/build-fixture.ts';

const rest = '页面的解析是同步的，浏览器需要在脚本加载、编译、执行完毕之后才会继续之后的解析工作。'.repeat(40);
const BODY = [
  '- [为什么需要 React](#why_need_react)',
  '- [怎样开始](#how)',
  '',
  '## 为什么需要 React <a name="why_need_react"></a>',
  '',
  `你可能听说过在 <script> 标签上添加 async 或者 defer 属性来异步的加载和执行脚本。SCRIPT_REST_MARKER${rest}`,
  '',
  '<script>window.EXECUTED_MARKER = 1</script>',
  '',
  '## 怎样开始 <a id="how"></a>',
  '',
  '公有方法 `loadCashflowCategories()` 封装了细节。表现层不应该关心工作是**如何（how）**完成的，组件在必要的时候**只需要调用（just call）**抽象层的方法即可。',
  '',
  '在这个场景里**`MyComponent`**可以在应用里做任何它想做的事情。',
  '',
  `你仔细回想就不难发现，**工具的好坏和你代码的好坏没有关系，从裸写** **JavaScript** **的年代，到** **BackboneJS****，再到** **React****，你看到了吗？**${rest}`,
].join('\n');

let root: string;
let page = '';
let log = '';

beforeAll(async () => {
  root = await makeRoot('tl-jekyll-prose-');
  await writeFile(join(root, 'content/posts/2026/understand-react.md'), `---\ntitle: 理解 React\nchannel: blog\nstatus: published\npublishedAt: 2026-09-28\n---\n\n${BODY}\n`);
  // Astro's warnings (the broken-link block) as the build prints them.
  const written: string[] = [];
  const [out, err] = [process.stdout.write.bind(process.stdout), process.stderr.write.bind(process.stderr)];
  const keep = (chunk: unknown) => { written.push(String(chunk)); return true; };
  process.stdout.write = keep as typeof process.stdout.write;
  process.stderr.write = keep as typeof process.stderr.write;
  const logs = (['log', 'info', 'warn', 'error'] as const).map((name) => vi.spyOn(console, name).mockImplementation((...args: unknown[]) => { written.push(args.join(' ')); }));
  try {
    await buildInside(root, {
      root,
      site: 'https://example.com',
      configFile: relative(root, join(PROJECT, 'astro.config.mjs')),
      srcDir: join(PROJECT, 'src'),
      publicDir: join(PROJECT, 'public'),
      outDir: join(root, 'dist'),
      cacheDir: join(root, '.cache'),
      logLevel: 'warn',
    });
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
    for (const spy of logs) spy.mockRestore();
  }
  log = written.join('').replace(/\x1b\[[0-9;]*m/g, '');
  page = await readFile(join(root, 'dist/posts/2026/understand-react/index.html'), 'utf8');
}, 180_000);

afterAll(async () => {
  if (root && !process.env.KEEP_H165) await rm(root, { recursive: true, force: true });
});

describe('a post imported from a Jekyll blog, on its built page', () => {
  it("keeps a heading's legacy anchor as an id, so the post's own contents links work and the build finds no broken link", () => {
    expect(page).toMatch(/<h2 id="[^"]+">为什么需要 React <a id="why_need_react"><\/a><\/h2>/);
    expect(page).toContain('<a id="how"></a>');
    expect(page).not.toMatch(/<a name=/);
    expect(log).not.toContain('#why_need_react');
    expect(log).not.toContain('#how →');
  });

  it('shows a <script> written in a sentence as text, with the rest of the paragraph, and counts all of it', () => {
    expect(page).toContain('你可能听说过在 &lt;script&gt; 标签上添加 async 或者 defer 属性来异步的加载和执行脚本。SCRIPT_REST_MARKER');
    // The page's minutes are those of all the Chinese it shows (370 characters a minute; its few
    // English words add under a tenth of a minute), not of the text before the tag.
    const han = (BODY.replace(/<script>window.*<\/script>/, '').match(/\p{Script=Han}/gu) ?? []).length;
    expect(page).toContain(`${Math.round(han / 370)} min read`);
    // A real script written in the post never reaches the page.
    expect(page).not.toContain('EXECUTED_MARKER');
    expect(page.match(/<script(?![^>]*type="application\/ld\+json")/gi) ?? []).toEqual([]);
  });

  it('bolds CJK text in a paragraph with inline code as the author meant', () => {
    expect(page).toContain('工作是<strong>如何（how）</strong>完成的，组件在必要的时候<strong>只需要调用（just call）</strong>抽象层');
    expect(page).toContain('在这个场景里<strong><code>MyComponent</code></strong>可以');
    expect(page).toContain('<strong>BackboneJS</strong><strong>，再到</strong>');
    expect(page).not.toMatch(/\*\*/);
  });

  it('passes html-validate', async () => {
    const validator = portfolioValidator();
    const report = await validator.validateString(page, 'understand-react/index.html');
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line}: ${m.ruleId}: ${m.message}`))).toEqual([]);
  });
});
