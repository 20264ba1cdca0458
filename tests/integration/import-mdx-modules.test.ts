/**
 * An Astro blog's .mdx post imports files from its own folder (`import Chart from './chart.astro'`,
 * `import data from './data.json'`, an image as a module) and its theme's components
 * (`import Callout from '@/components/Callout.astro'`). import copied the post alone: the first
 * kind were dangling imports, and the build refused the post with "names no file"; the second
 * stopped the build too, with nothing said at import time.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli, sourceFoldersPerTest, tempRootsPerTest } from './helpers.ts';

const NOW = '2026-12-03T00:00:00Z';
const copy = tempRootsPerTest();
const folderOf = sourceFoldersPerTest('astro-blog');

const CHART_POST = [
  '---',
  'title: Rainfall in one chart',
  'pubDatetime: 2024-05-01T10:00:00Z',
  '---',
  '',
  "import Chart from './chart.astro';",
  "import data from './data/rain.json';",
  "import photo from './photo.png';",
  "import raw from './notes.txt?raw';",
  // A bare path that is no package but a file of the folder, as a real blog wrote it.
  "import clip from 'media/clip.webm';",
  "import { Code } from 'astro:components';",
  '',
  'The rain this spring, month by month.',
  '',
  '<Chart values={data} />',
  '',
  '<Code code={raw} lang="txt" />',
  '',
].join('\n');

const THEME_POST = [
  '---',
  'title: A note with a callout',
  'pubDatetime: 2024-06-01T10:00:00Z',
  'draft: false',
  '---',
  '',
  "import Callout from '@/components/Callout.astro';",
  "import Box from '../../components/Box.astro';",
  "import { Code } from 'astro-expressive-code/components';",
  // Another Markdown file: copied under content/posts/ it would be a post of its own.
  "import Intro from './intro.mdx';",
  '',
  '<Callout>Mind the gap.</Callout>',
  '',
].join('\n');

function astroBlog() {
  return folderOf({
    'tsconfig.json': '{ "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["./src/*"] } } }\n',
    'src/components/Callout.astro': '<aside><slot /></aside>\n',
    'src/components/Box.astro': '<div><slot /></div>\n',
    'src/content/blog/rain/index.mdx': CHART_POST,
    // The component imports a file beside it in turn.
    'src/content/blog/rain/chart.astro': "---\nimport { scale } from './lib/scale.ts';\nconst { values } = Astro.props;\n---\n<ol>{values.map((v) => <li>{scale(v)}</li>)}</ol>\n",
    'src/content/blog/rain/lib/scale.ts': 'export const scale = (v: number) => v * 2;\n',
    'src/content/blog/rain/data/rain.json': '[3, 5, 8]\n',
    'src/content/blog/rain/photo.png': 'not really a png',
    'src/content/blog/rain/notes.txt': 'wet\n',
    'src/content/blog/rain/media/clip.webm': 'webm bytes',
    'src/content/blog/callout.mdx': THEME_POST,
    'src/content/blog/intro.mdx': '---\ntitle: Intro\npubDatetime: 2024-06-02T10:00:00Z\n---\n\nA shared intro.\n',
  });
}

describe('an .mdx post that imports files', () => {
  test("its own folder's files come with it; check passes the post", () => {
    const blog = astroBlog();
    const root = copy();
    const { code, stdout, stderr } = runCli(['import', join(blog, 'src/content/blog'), '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    const post = 'content/posts/2024/rain/index.mdx';
    for (const file of ['chart.astro', 'lib/scale.ts', 'data/rain.json', 'photo.png', 'notes.txt', 'media/clip.webm']) {
      expect(stdout).toContain(`content/posts/2024/rain/${file}\n`);
      expect(existsSync(join(root, 'content/posts/2024/rain', file)), file).toBe(true);
    }
    const text = readFileSync(join(root, post), 'utf8');
    expect(text).toContain("import Chart from './chart.astro';");
    expect(text).not.toContain('status: draft');
    expect(stderr).toContain('rain/index.mdx: the files it imports from its folder are copied beside it: ./chart.astro (with ./lib/scale.ts, which it imports), ./data/rain.json, ./photo.png, ./notes.txt?raw, ./media/clip.webm\n');
    expect(text).toContain("import clip from './media/clip.webm';");
    expect(stderr).toContain('rain/index.mdx: its import "media/clip.webm" names no package but the file media/clip.webm of its folder: now "./media/clip.webm"');
    const check = runCli(['check', '--root', root, '--now', NOW]);
    expect(check.stdout + check.stderr).not.toContain('rain/index.mdx');
  });

  test("an import of the old theme's components is named with what to do, and the post comes in as a draft so the build goes on", () => {
    const blog = astroBlog();
    const root = copy();
    const { code, stdout, stderr } = runCli(['import', join(blog, 'src/content/blog'), '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    expect(stdout).toContain('content/posts/2024/callout.mdx\n');
    expect(stdout).not.toContain('content/posts/2024/callout/');
    const text = readFileSync(join(root, 'content/posts/2024/callout.mdx'), 'utf8');
    expect(text).toContain('status: draft');
    // Its theme's draft: false would contradict it (check's alias-conflict).
    expect(text).not.toContain('draft: false');
    expect(text).toContain("import Callout from '@/components/Callout.astro';");
    expect(stderr).toContain(
      'callout.mdx: its imports @/components/Callout.astro and ../../components/Box.astro name files of the old project outside the post\'s folder (its theme\'s components), which this project has not; its import astro-expressive-code/components names a package this project has not installed; its import ./intro.mdx names a Markdown file, which would be a post of its own here, so it is not copied: imported as a draft, so the build goes on without it; to publish it, write those parts as Markdown and remove the imports, or copy each component beside the post and import it as ./Callout.astro, or install it (npm install astro-expressive-code), or paste that text into the post\n',
    );
    expect(stderr).toMatch(/1 \.mdx post came in as a draft for its imports/);
    // A build check refuses nothing: the draft is not compiled; check warns of it.
    const check = runCli(['check', '--root', root, '--now', NOW]);
    expect(check.code, check.stderr).toBe(0);
    expect(check.stdout + check.stderr).toContain('unresolved-import');
    expect(check.stdout + check.stderr).not.toContain('alias-conflict');
    const zh = runCli(['import', join(blog, 'src/content/blog'), '--channel', 'blog', '--root', copy(), '--now', NOW, '--dry-run', '--lang', 'zh']);
    expect(zh.stderr).toContain('作为草稿导入');
  });

  // A real AstroPaper post (`import Img from "@/components/Img.astro"`) imported from its posts
  // folder copied out of the project: the hint was "install it (npm install @/components)",
  // a package no one can install.
  test('an alias import with no tsconfig.json above the post is named as the old project\'s path alias, never as a package to install', () => {
    const blog = folderOf({ 'blog/lens.mdx': ['---', 'title: 我的第一部单反相机', 'pubDatetime: 2019-04-20T11:26+08:00', '---', '', 'import Img from "@/components/Img.astro";', 'import Box from "~/components/Box.astro";', '', '<Img src="/sealing.jpg" alt="纸箱镇楼" />', ''].join('\n') });
    const { code, stderr } = runCli(['import', join(blog, 'blog'), '--channel', 'blog', '--root', copy(), '--now', NOW]);
    expect(code, stderr).toBe(0);
    expect(stderr).not.toContain('npm install');
    expect(stderr).toContain("lens.mdx: its imports @/components/Img.astro and ~/components/Box.astro name path aliases of the old project (AstroPaper's @/ is its src/), and no tsconfig.json above the post defines them: imported as a draft, so the build goes on without it; to publish it, write those parts as Markdown and remove the imports, or import it from the old project's own folder (where its tsconfig.json is), or copy each component beside the post and import it as ./Img.astro\n");
    const zh = runCli(['import', join(blog, 'blog'), '--channel', 'blog', '--root', copy(), '--now', NOW, '--dry-run', '--lang', 'zh']);
    expect(zh.stderr).toContain('用的是原项目的路径别名（AstroPaper 的 @/ 即 src/）');
  });
});
