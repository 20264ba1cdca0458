/**
 * Renaming a post to its own id in another case (2014/Learn-To-Database -> 2014/learn-to-database,
 * what `check`'s alias-case warning asks: core/redirects/alias-case.ts). On a disk that ignores case
 * (macOS, Windows) the new name is the old file: the rename was refused as "already exists". The
 * disk is played here by finding post files in any case, as such a disk does.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { movePost } from '../../src/store/post-files.ts';
import { readPlanner } from '../../src/store/planner-store.ts';
import { emptyRoot } from './helpers.ts';

vi.mock('../../src/store/post-paths.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/store/post-paths.ts')>();
  return {
    ...real,
    // A disk that ignores case: a post file whose name differs only in case is the one asked for.
    findPostFile: async (root: string, id: string) => {
      const found = await real.findPostFile(root, id);
      if (found) return found;
      for (const ext of ['mdx', 'md'] as const) {
        const target = await real.resolvePostPath(root, id, ext);
        const names = existsSync(dirname(target.path)) ? readdirSync(dirname(target.path)) : [];
        if (names.some((n) => n.toLowerCase() === basename(target.path).toLowerCase())) return { ...target, id };
      }
      return null;
    },
  };
});

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

describe('movePost to the same id in another case', () => {
  test('renames the file, its text and its "On theme after all" mark kept, on a disk that ignores case', async () => {
    const t = emptyRoot();
    cleanups.push(t.cleanup);
    mkdirSync(join(t.root, 'content/posts/2014'), { recursive: true });
    const text = '---\ntitle: Learn to database\nchannel: blog\nstatus: published\ndate: 2014-03-01\naliases: [/posts/2014/learn-to-database/]\n---\n\nSQL.\n';
    writeFileSync(join(t.root, 'content/posts/2014/Learn-To-Database.md'), text);
    const planner = JSON.parse(readFileSync(join(process.cwd(), 'content/planner.json'), 'utf8'));
    planner.theme = { ...planner.theme, acceptedOnTheme: ['2014/Learn-To-Database'] };
    writeFileSync(join(t.root, 'content/planner.json'), JSON.stringify(planner, null, 2));
    expect(await movePost(t.root, '2014/Learn-To-Database', '2014/learn-to-database')).toMatchObject({ file: 'content/posts/2014/learn-to-database.md' });
    expect(readdirSync(join(t.root, 'content/posts/2014'))).toEqual(['learn-to-database.md']);
    const moved = readFileSync(join(t.root, 'content/posts/2014/learn-to-database.md'), 'utf8');
    expect(moved).toMatch(/^title: Learn to database\n[\s\S]*^date: 2014-03-01\n[\s\S]*\/posts\/2014\/learn-to-database\/[\s\S]*\n---\n\nSQL\.\n$/m);
    expect((await readPlanner(t.root)).theme?.acceptedOnTheme).toEqual(['2014/learn-to-database']);
  });
});
