/**
 * Covers of Astro blogs that import did not carry over: the Astro blog template's `heroImage`
 * (`../../assets/blog-placeholder.jpg` from src/content/blog/, an asset Astro imports), and a
 * path from the Astro project's folder (`image: /src/assets/images/logo.svg`, which Vite reads
 * from the project's root, not from public/). Both were dropped ("not found") or left as a key
 * nothing reads, and the post showed the generated card. A body image written the second way
 * (`![x](/src/assets/x.png)`) was kept as written and missing on the site.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli, sourceFoldersPerTest, tempRootsPerTest } from './helpers.ts';

const NOW = '2026-12-03T00:00:00Z';
const copy = tempRootsPerTest();
const folderOf = sourceFoldersPerTest('astro-site');

describe('covers from an Astro project', () => {
  test("the blog template's heroImage, relative to the post, is copied and becomes cover:; a site-path one is copied to public/", () => {
    const site = folderOf({
      'astro.config.mjs': 'export default {};\n',
      'src/assets/blog-placeholder-3.jpg': 'jpeg bytes',
      'src/content/blog/first-post.md': "---\ntitle: First post\ndate: 2022-07-08\nheroImage: '../../assets/blog-placeholder-3.jpg'\n---\n\nHello.\n",
      // The older template's site path, from public/.
      'public/blog-placeholder-1.jpg': 'jpeg bytes 1',
      'src/content/blog/second-post.md': "---\ntitle: Second post\ndate: 2022-07-15\nheroImage: '/blog-placeholder-1.jpg'\n---\n\nHello again.\n",
    });
    const root = copy();
    const { code, stdout, stderr } = runCli(['import', join(site, 'src/content/blog'), '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    // Placed as the body's images are: at the same relative place from the new post.
    expect(stdout).toContain('content/posts/assets/blog-placeholder-3.jpg\n');
    const first = readFileSync(join(root, 'content/posts/2022/first-post/index.md'), 'utf8');
    expect(first).toContain('cover: ../../assets/blog-placeholder-3.jpg');
    expect(stderr).toContain('first-post.md: its cover (heroImage: ../../assets/blog-placeholder-3.jpg) is copied where that path leads from the new post and is now cover: ../../assets/blog-placeholder-3.jpg\n');
    // The site path is found in the Astro project's public/ and copied to this project's.
    expect(existsSync(join(root, 'public/blog-placeholder-1.jpg'))).toBe(true);
    expect(readFileSync(join(root, 'content/posts/2022/second-post.md'), 'utf8')).toMatch(/heroImage: '\/blog-placeholder-1.jpg'/);
    expect(stderr).toContain('second-post.md: its cover (heroImage: /blog-placeholder-1.jpg) is copied to public/blog-placeholder-1.jpg');
  });

  test("a cover or body image written as a path from the Astro project's folder (/src/assets/…) is copied beside the post", () => {
    const site = folderOf({
      'astro.config.ts': 'export default {};\n',
      'src/assets/images/vscode_logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
      'src/assets/diagram.png': 'png bytes',
      'content/posts/en/affinity.md': '---\ntitle: Affinity issues\ndate: 2024-03-01\nimage: /src/assets/images/vscode_logo.svg\n---\n\nSee ![the diagram](/src/assets/diagram.png).\n',
    });
    const root = copy();
    const { code, stdout, stderr } = runCli(['import', join(site, 'content/posts'), '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    expect(stderr).not.toContain('was not found');
    expect(stdout).toContain('content/posts/2024/affinity/vscode_logo.svg\n');
    expect(stdout).toContain('content/posts/2024/affinity/diagram.png\n');
    const text = readFileSync(join(root, 'content/posts/2024/affinity/index.md'), 'utf8');
    expect(text).toContain('cover: vscode_logo.svg');
    expect(text).toContain('![the diagram](diagram.png)');
    expect(stderr).toContain("affinity.md: its cover (image: /src/assets/images/vscode_logo.svg) is a path from the Astro project's folder");
    const zh = runCli(['import', join(site, 'content/posts'), '--channel', 'blog', '--root', copy(), '--now', NOW, '--dry-run', '--lang', 'zh']);
    expect(zh.stderr).toContain('Astro 项目文件夹');
  });

  test("the blog template's pubDate and updatedDate are the post's dates, \"Jul 08 2022\" as the template writes it too", () => {
    const site = folderOf({
      'astro.config.mjs': 'export default {};\n',
      'src/content/blog/using-mdx.md': "---\ntitle: Using MDX\ndescription: 'How to use MDX'\npubDate: 'Jul 08 2022'\nupdatedDate: 2022-07-10\n---\n\nHello.\n",
      'src/content/blog/markdown-guide.md': '---\ntitle: Markdown guide\npubDate: "2023-03-01"\n---\n\nHi.\n',
    });
    const root = copy();
    const { code, stdout, stderr } = runCli(['import', join(site, 'src/content/blog'), '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    // Before, neither date was read: both came in as undated drafts.
    expect(stdout).toContain('content/posts/2022/using-mdx.md\n');
    expect(stdout).toContain('content/posts/2023/markdown-guide.md\n');
    expect(stderr).not.toContain('gave no date');
    expect(stderr).toContain('using-mdx.md: pubDate: Jul 08 2022 is now 2022-07-08');
    const check = runCli(['check', '--root', root, '--now', NOW]);
    expect(check.code, check.stderr).toBe(0);
    expect(check.stdout + check.stderr).not.toMatch(/using-mdx|markdown-guide/);
  });

  test('a heroImage through a path alias of the tsconfig.json, and a pubDate with dots, as a real blog made from the template writes them', () => {
    const site = folderOf({
      'astro.config.mjs': 'export default {};\n',
      'tsconfig.json': '{ "compilerOptions": { "baseUrl": ".", "paths": { "@assets/*": ["src/assets/*"] } } }\n',
      'src/assets/post/msw/1.png': 'png bytes',
      'src/content/blog/msw.md': "---\ntitle: Free from the backend\npubDate: '2026.01.15'\nheroImage: '@assets/post/msw/1.png'\n---\n\nHello.\n",
    });
    const root = copy();
    const { code, stdout, stderr } = runCli(['import', join(site, 'src/content/blog'), '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    expect(stdout).toContain('content/posts/2026/msw/index.md\n');
    // At the same relative place from the new post, as body images are.
    expect(stdout).toContain('content/posts/assets/post/msw/1.png\n');
    expect(readFileSync(join(root, 'content/posts/2026/msw/index.md'), 'utf8')).toContain('cover: ../../assets/post/msw/1.png');
    expect(stderr).toContain("msw.md: pubDate: 2026.01.15 is now 2026-01-15");
    expect(stderr).toContain("msw.md: its cover (heroImage: @assets/post/msw/1.png) is a path alias of the source's tsconfig.json: read as the file it names, ../../assets/post/msw/1.png");
  });
});

describe('old addresses of an Astro blog', () => {
  test("a post keeps the address the project's pages served it at, as an alias; a posts folder copied out of its project, the blog template's", () => {
    const page = "---\nimport { getCollection } from 'astro:content';\nexport async function getStaticPaths() {\n  const posts = await getCollection('blog');\n  return posts.map((post) => ({ params: { slug: post.id }, props: post }));\n}\n---\n";
    const post = "---\ntitle: Analyze zustand\ndescription: How it works\npubDate: 'Jun 19 2024'\n---\n\nText.\n";
    const site = folderOf({
      'astro.config.mjs': "export default defineConfig({ site: 'https://okwon.github.io', base: '/blog/' });\n",
      'src/pages/post/[...slug].astro': page,
      'src/content/blog/analyze-zustand.md': post,
    });
    const root = copy();
    const { code, stderr } = runCli(['import', join(site, 'src/content/blog'), '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    // Astro served every page under its base (docs.astro.build/en/reference/configuration-reference/#base).
    expect(readFileSync(join(root, 'content/posts/2024/analyze-zustand.md'), 'utf8')).toContain('aliases: [/blog/post/analyze-zustand/]');
    // The same file with no project around it: where the template serves its posts.
    const loose = folderOf({ 'posts/analyze-zustand.md': post });
    const other = copy();
    expect(runCli(['import', join(loose, 'posts'), '--channel', 'blog', '--root', other, '--now', NOW]).code).toBe(0);
    expect(readFileSync(join(other, 'content/posts/2024/analyze-zustand.md'), 'utf8')).toContain('aliases: [/blog/analyze-zustand/]');
  });

  // AstroPaper's astro.config.ts says `site: SITE.website` (src/config.ts holds the address): the
  // import read no address, so no post kept its old feed id and nothing said that the build needs
  // SITE_URL for the feeds that the old site's /rss.xml readers follow.
  test("an AstroPaper blog's SITE.website gives its posts their old feed ids and the import names SITE_URL", () => {
    const post = '---\ntitle: Golden paths\npubDatetime: 2025-03-08T08:18:19Z\ndescription: Paths.\n---\n\nText.\n';
    const files = (website: string) => ({
      'astro.config.ts': 'import { SITE } from "./src/config";\nexport default defineConfig({\n  site: SITE.website,\n});\n',
      'src/config.ts': `export const SITE = {\n  website: "${website}",\n  timezone: "America/Toronto",\n};\n`,
      'src/data/blog/golden-paths.md': post,
    });
    const root = copy();
    const { code, stderr } = runCli(['import', folderOf(files('https://priya.dev/')), '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    expect(readFileSync(join(root, 'content/posts/2025/golden-paths.md'), 'utf8')).toContain('guid: https://priya.dev/posts/golden-paths/');
    expect(stderr).toContain('throughline: the old site was at https://priya.dev: if this portfolio takes its place, build it with SITE_URL=https://priya.dev npm run build');
    const zh = runCli(['import', folderOf(files('https://priya.dev/')), '--channel', 'blog', '--root', copy(), '--now', NOW], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(zh.stderr).toContain('旧网站的地址是 https://priya.dev：如果这个作品集要取代它，请用 SITE_URL=https://priya.dev npm run build 构建');
    // The theme's own placeholder is no address of the blog's.
    const placeholder = runCli(['import', folderOf(files('https://astro-paper.pages.dev/')), '--channel', 'blog', '--root', copy(), '--now', NOW]);
    expect(placeholder.code, placeholder.stderr).toBe(0);
    expect(placeholder.stderr).not.toContain('SITE_URL');
  });
});
