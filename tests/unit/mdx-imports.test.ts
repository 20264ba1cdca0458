/**
 * An .mdx post moved from another theme imports that theme's components (AstroPaper's
 * `import Img from "@/components/Img.astro"`, `import { SITE } from "@config"`): the MDX compiles,
 * so `check` passed, and then the build stopped with Vite's "failed to resolve import" naming no
 * field and no way out. `check` (and the build check) now name the file, the line and the import.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Post } from '../../src/core/schema/post.ts';
import { findUnresolvedMdxImports as unresolvedIn } from '../../src/store/mdx-imports.ts';
import { compileMdxPosts } from '../../src/store/mdx-syntax.ts';

let root: string;
const post = (file: string, body: string) => ({ file, body }) as unknown as Post;
/** The unresolved imports of `posts`, listed by their compile as `check` lists them. */
const findUnresolvedMdxImports = async (root: string, posts: Post[]) => unresolvedIn(root, (await compileMdxPosts(posts)).imports);

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'tl-mdx-imports-'));
  await mkdir(join(root, 'content/posts/2024/tea'), { recursive: true });
  await mkdir(join(root, 'src/components'), { recursive: true });
  await mkdir(join(root, 'node_modules/some-chart'), { recursive: true });
  await mkdir(join(root, 'node_modules/@scope/widget'), { recursive: true });
  await writeFile(join(root, 'src/components/Note.astro'), '<p><slot /></p>\n');
  await writeFile(join(root, 'content/posts/2024/tea/chart.ts'), 'export const x = 1;\n');
  await writeFile(join(root, 'node_modules/some-chart/package.json'), '{"name":"some-chart"}');
  await writeFile(join(root, 'node_modules/@scope/widget/package.json'), '{"name":"@scope/widget"}');
});
afterAll(async () => rm(root, { recursive: true, force: true }));

describe('an .mdx post that imports what the project does not have', () => {
  it('is named with the file, the line and the import, in English and Chinese', async () => {
    const body = '\nimport Img from "@/components/Img.astro";\n\n我挺喜欢喝茶的。\n\n<Img src="a.jpg" alt="茶" />\n';
    const [error, ...rest] = await findUnresolvedMdxImports(root, [post('content/posts/2024/Tea-set.mdx', body)]);
    expect(rest).toEqual([]);
    expect(error?.file).toBe('content/posts/2024/Tea-set.mdx');
    expect(error?.format('en')).toContain('line 2');
    expect(error?.format('en')).toContain('"@/components/Img.astro"');
    expect(error?.format('zh')).toContain('第 2 行');
    expect(error?.format('zh')).toContain('"@/components/Img.astro"');
  });

  it('names each missing import: an alias of the old theme, a missing package, a relative file', async () => {
    const body = [
      'import { SITE } from "@config";',
      "import Giscus from '@giscus/react';",
      "import Chart from './missing-chart.astro';",
      '',
      'Text.',
    ].join('\n');
    const errors = await findUnresolvedMdxImports(root, [post('content/posts/2024/a.mdx', body)]);
    const text = errors.map((e) => e.format('en')).join('\n');
    expect(text).toContain('"@config"');
    expect(text).toContain('"@giscus/react"');
    expect(text).toContain('"./missing-chart.astro"');
  });

  it('names a tsconfig.json that is not JSON, with its line and column, when an import needs its aliases; not otherwise', async () => {
    const project = await mkdtemp(join(tmpdir(), 'tl-mdx-tsconfig-'));
    try {
      await mkdir(join(project, 'src/components'), { recursive: true });
      await writeFile(join(project, 'src/components/Note.astro'), '<p><slot /></p>\n');
      await writeFile(join(project, 'tsconfig.json'), '{\n  "compilerOptions": {\n    "paths": { "@/*": ["./src/*"] }\n  }\n');
      const needs = await findUnresolvedMdxImports(project, [post('content/posts/tea.mdx', 'import Note from "@/components/Note.astro";\n\n<Note>Hi</Note>\n')]);
      expect(needs.map((e) => e.file)).toEqual(['tsconfig.json']);
      expect(needs[0]!.format('en')).toContain('could not be read: not valid JSON at line 5, column 1');
      expect(needs[0]!.format('en')).toContain('"@/components/Note.astro" (content/posts/tea.mdx, body line 1)');
      expect(needs[0]!.format('zh')).toContain('无法读取：不是有效的 JSON，在第 5 行第 1 列');
      const relative = 'import Note from "../../src/components/Note.astro";\n\n<Note>Hi</Note>\n';
      expect(await findUnresolvedMdxImports(project, [post('content/posts/tea.mdx', relative), post('content/posts/b.mdx', 'Just text.\n')])).toEqual([]);
    } finally {
      await rm(project, { recursive: true, force: true });
    }
  });

  it('leaves alone what resolves: relative files, installed packages, astro: modules, .md posts', async () => {
    const body = [
      "import Note from '../../../../src/components/Note.astro';",
      "import { x } from './chart';",
      "import { x as y } from './chart.ts';",
      "import Chart from 'some-chart/dist/chart.js';",
      "import Widget from '@scope/widget';",
      "import { Image } from 'astro:assets';",
      'export const year = 2026;',
      '',
      '<Note>Hi {year}</Note>',
    ].join('\n');
    expect(await findUnresolvedMdxImports(root, [post('content/posts/2024/tea/index.mdx', body)])).toEqual([]);
    expect(await findUnresolvedMdxImports(root, [post('content/posts/2024/b.md', 'import X from "@/x";\n')])).toEqual([]);
  });
});
