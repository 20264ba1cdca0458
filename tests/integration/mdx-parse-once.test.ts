/**
 * `check` and the build check read each published .mdx post's imports from the compile that
 * mdx-syntax.ts runs and caches by the body's hash: a first run parses each post at most once,
 * a run whose bodies are all in the cache parses none, and the verdict is the same. Before, the
 * imports came from a second parse of every .mdx post with an `import`, on every run.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ThroughlineError } from '../../src/core/errors.ts';
import { loadProject } from '../../src/store/project.ts';
import { tempRootsPerTest } from './helpers.ts';

/** Each call of satteri's MDX parsers (mdxToJs, mdxToMdast) made through src/core/markdown-parser.ts. */
const parses = vi.hoisted(() => [] as string[]);
vi.mock('../../src/core/markdown-parser.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/core/markdown-parser.ts')>();
  return {
    ...real,
    satteri: () => {
      const lib = real.satteri();
      return {
        ...lib,
        mdxToJs: (...args: Parameters<typeof lib.mdxToJs>) => (parses.push('mdxToJs'), lib.mdxToJs(...args)),
        mdxToMdast: (...args: Parameters<typeof lib.mdxToMdast>) => (parses.push('mdxToMdast'), lib.mdxToMdast(...args)),
      };
    },
  };
});

const NOW = Date.parse('2026-11-12T10:00:00Z');
const copy = tempRootsPerTest();
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The file and message loadProject rejects with, and the parses it made. */
async function buildCheck(root: string, cacheDir?: string): Promise<{ message: string; parses: string[] }> {
  parses.length = 0;
  const message = await loadProject(root, { buildAt: NOW, cacheDir }).then(() => '', (e: ThroughlineError) => `${e.file}: ${e.message}`);
  return { message, parses: [...parses] };
}

describe('the imports of the .mdx posts a build would publish', () => {
  it('come from the one compile of each post, and from the cache on a warm run, with the same verdict', async () => {
    const root = copy();
    const frontmatter = readFileSync(join(root, 'content/posts/a.md'), 'utf8').split('---\n')[1];
    mkdirSync(join(root, 'src/components'), { recursive: true });
    writeFileSync(join(root, 'src/components/Note.astro'), '<p><slot /></p>\n');
    writeFileSync(join(root, 'tsconfig.json'), '{ "compilerOptions": { "paths": { "@/*": ["./src/*"] } } }\n');
    writeFileSync(join(root, 'content/posts/note.mdx'), `---\n${frontmatter}---\n\nimport Note from "@/components/Note.astro";\nexport const year = 2026;\n\n<Note>Braise it in {year}.</Note>\n`);
    writeFileSync(join(root, 'content/posts/img.mdx'), `---\n${frontmatter}---\n\nSoy sauce.\n\nimport Img from "@/components/Img.astro";\n\n<Img src="a.jpg" alt="pork" />\n`);
    const cacheDir = mkdtempSync(join(tmpdir(), 'tl-mdx-once-'));
    dirs.push(cacheDir);

    const cold = await buildCheck(root, cacheDir);
    expect(cold.message).toContain('content/posts/img.mdx');
    expect(cold.message).toContain('line 4: import "@/components/Img.astro"');
    expect(cold.message).not.toContain('Note.astro');
    expect(cold.parses.length).toBeLessThanOrEqual(2);

    const warm = await buildCheck(root, cacheDir);
    expect(warm.message).toBe(cold.message);
    expect(warm.parses).toEqual([]);
  });

  // `check` gives no cache folder: the project's own (node_modules/.cache/throughline), as for its other caches.
  it('are cached for `check` too, in the project cache folder', async () => {
    const root = copy();
    const frontmatter = readFileSync(join(root, 'content/posts/a.md'), 'utf8').split('---\n')[1];
    writeFileSync(join(root, 'content/posts/img.mdx'), `---\n${frontmatter}---\n\nimport Img from "@/components/Img.astro";\n\n<Img src="a.jpg" alt="pork" />\n`);
    const cold = await buildCheck(root);
    expect(cold.message).toContain('line 2: import "@/components/Img.astro"');
    const warm = await buildCheck(root);
    expect(warm.message).toBe(cold.message);
    expect(warm.parses).toEqual([]);
  });
});
