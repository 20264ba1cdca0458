/**
 * The path aliases of a tsconfig.json (src/store/tsconfig-paths.ts), read once for `check`'s
 * .mdx imports and `import`'s image paths. AstroPaper's tsconfig.json, like many starters', has
 * comments and trailing commas, which tsconfig allows: read as plain JSON it gave no aliases, and
 * `check` reported every `@/components/…` import of a moved post as unresolved.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { aliasTargets, findPathAliases } from '../../src/store/tsconfig-paths.ts';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** A temporary folder holding `files` (path -> text). */
async function folder(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'tl-tsconfig-'));
  dirs.push(root);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

describe('findPathAliases', () => {
  it('reads a tsconfig.json with comments, a URL in a string and trailing commas, as AstroPaper writes it', async () => {
    const tsconfig = [
      '{',
      '  "$schema": "https://json.schemastore.org/tsconfig", // not a comment: inside a string',
      '  "extends": "astro/tsconfigs/strict",',
      '  /* the aliases */',
      '  "compilerOptions": {',
      '    "baseUrl": ".",',
      '    "paths": { "@/*": ["./src/*",], }, // "@/*": ["./lib/*"]',
      '  },',
      '}',
    ].join('\n');
    const root = await folder({ 'tsconfig.json': tsconfig });
    const aliases = findPathAliases(join(root, 'src/data/blog'));
    expect(aliases?.file).toBe(join(root, 'tsconfig.json'));
    expect(aliasTargets(aliases, '@/components/Img.astro')).toEqual([join(root, 'src/components/Img.astro')]);
  });

  it('resolves targets from baseUrl when set, else from the folder of the tsconfig that holds paths', async () => {
    const withBase = await folder({ 'tsconfig.json': '{ "compilerOptions": { "baseUrl": "./src", "paths": { "~/*": ["lib/*"] } } }' });
    expect(aliasTargets(findPathAliases(withBase), '~/a')).toEqual([join(withBase, 'src/lib/a')]);
    const extended = await folder({
      'tsconfig.json': '{ "extends": "./config/base", "compilerOptions": { "strict": true } }',
      'config/base.json': '{ "compilerOptions": { "paths": { "~/*": ["../src/*"] } } }',
    });
    expect(aliasTargets(findPathAliases(extended), '~/a')).toEqual([join(extended, 'src/a')]);
    const overridden = await folder({
      'tsconfig.json': '{ "extends": ["./base.json"], "compilerOptions": { "paths": { "~/*": ["./app/*"] } } }',
      'base.json': '{ "compilerOptions": { "baseUrl": "./root", "paths": { "~/*": ["./old/*"] } } }',
    });
    expect(aliasTargets(findPathAliases(overridden), '~/a')).toEqual([join(overridden, 'root/app/a')]);
  });

  it('reads a tsconfig.json and an extended file saved with a byte order mark, as Visual Studio and Notepad on Windows save them and TypeScript reads them', async () => {
    const root = await folder({
      'tsconfig.json': '\uFEFF{ "extends": "./base.json" }',
      'base.json': '\uFEFF{ "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["./src/*"] } } }',
    });
    expect(aliasTargets(findPathAliases(root), '@/components/Img.astro')).toEqual([join(root, 'src/components/Img.astro')]);
  });

  it('is null when no tsconfig.json is found, or the nearest sets no paths', async () => {
    expect(findPathAliases(await folder({ 'src/a.md': '' }))).toBeNull();
    const nested = await folder({ 'tsconfig.json': '{ "compilerOptions": { "paths": { "@/*": ["./src/*"] } } }', 'sub/tsconfig.json': '{}' });
    expect(findPathAliases(join(nested, 'sub'))).toBeNull();
    expect(aliasTargets(null, '@/a')).toEqual([]);
  });

  it('says where a tsconfig.json that is not JSON stops (its closing brace missing): no aliases, the file, line and column', async () => {
    const root = await folder({ 'tsconfig.json': '{\n  "compilerOptions": {\n    "paths": { "@/*": ["./src/*"] }\n  }\n' });
    const aliases = findPathAliases(join(root, 'src'));
    expect(aliases?.paths).toEqual({});
    expect(aliasTargets(aliases, '@/a')).toEqual([]);
    expect(aliases?.unreadable).toEqual({
      file: join(root, 'tsconfig.json'),
      at: { line: 5, column: 1 },
      reason: { en: 'the text ends before the JSON does: a closing } or ] missing?', zh: '文本在 JSON 结束之前就结束了：少了 } 或 ]？' },
    });
  });

  it('counts the lines and columns of a broken tsconfig.json as written, comments and trailing commas included, and names a broken extended file', async () => {
    const commented = await folder({ 'tsconfig.json': '{\n  // the aliases\n  "compilerOptions": { "paths": {}, },\n  "x": 1 "y": 2\n}\n' });
    const { at, reason } = findPathAliases(commented)!.unreadable!;
    expect(at).toEqual({ line: 4, column: 10 });
    expect(reason.en).toMatch(/^Expected ',' or '}' after property value/);
    const extended = await folder({ 'tsconfig.json': '{ "extends": "./base" }', 'base.json': '{ "compilerOptions": ' });
    expect(findPathAliases(extended)?.unreadable?.file).toBe(join(extended, 'base.json'));
    expect(findPathAliases(await folder({ 'tsconfig.json': 'null' }))?.unreadable?.reason.en).toBe('it holds no JSON object ({ … })');
  });

  it('places an error V8 gives no position for (a full-width quote, an unexpected token), after a comment', async () => {
    const root = await folder({ 'tsconfig.json': '{\n  // aliases\n  "compilerOptions": { "baseUrl": “.” }\n}\n' });
    expect(findPathAliases(root)!.unreadable!.at).toEqual({ line: 3, column: 35 });
  });
});

describe('aliasTargets', () => {
  it('follows TypeScript: an exact key first, else the longest prefix, one * that may match nothing, only that key tried', async () => {
    const paths = {
      '@/*': ['./src/*', './fallback/*'],
      '@/components/*': ['./ui/*.astro'],
      '@config': ['./src/config.ts'],
      '@config*': ['./never/*'],
      '*.css': ['./styles/*.css'],
      'a/*/b/*': ['./two-stars/*'],
    };
    const root = await folder({ 'tsconfig.json': JSON.stringify({ compilerOptions: { paths } }) });
    const aliases = findPathAliases(root);
    expect(aliasTargets(aliases, '@/components/Img')).toEqual([join(root, 'ui/Img.astro')]);
    expect(aliasTargets(aliases, '@/assets/x.png')).toEqual([join(root, 'src/assets/x.png'), join(root, 'fallback/assets/x.png')]);
    expect(aliasTargets(aliases, '@config')).toEqual([join(root, 'src/config.ts')]);
    expect(aliasTargets(aliases, '@configs')).toEqual([join(root, 'never/s')]);
    expect(aliasTargets(aliases, '@/')).toEqual([join(root, 'src/'), join(root, 'fallback/')]);
    expect(aliasTargets(aliases, 'theme.css')).toEqual([join(root, 'styles/theme.css')]);
    expect(aliasTargets(aliases, 'a/x/b/y')).toEqual([]);
    expect(aliasTargets(aliases, 'react')).toEqual([]);
  });
});
