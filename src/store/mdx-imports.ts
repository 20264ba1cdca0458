/**
 * Does every `import` of a published .mdx post name something the project has? A post moved from
 * another theme imports that theme's components and config (AstroPaper's `import Img from
 * "@/components/Img.astro"`, `import { SITE } from "@config"`, Fuwari's components): the MDX
 * compiles, so `findMdxSyntaxErrors` passes it, and then the build stops in Vite ("failed to
 * resolve import"). `check` and the build check ask first, the way Vite resolves a module:
 * - `./x`, `../x` from the post's folder, `/x` from the project folder: the file, or the file
 *   with one of Vite's extensions (`.mjs .js .mts .ts .jsx .tsx .json`), or its `index.*`;
 * - `astro:…`, `node:…`, `virtual:…`: provided by Astro, Node or a plugin;
 * - a path alias of the nearest tsconfig.json's `compilerOptions.paths`, as TypeScript and Vite
 *   match them (tsconfig-paths.ts: comments, `extends`, the longest prefix);
 * - else a package: `node_modules/<name>` in the project folder or one above it.
 * A `?raw`/`?url` query is left out. Each import that none of these finds is one error, naming
 * the file, its line (from the first line after the frontmatter) and the import; but when the
 * nearest tsconfig.json (or a file it extends) is not JSON, such imports may be its aliases: they
 * are one error naming that file, where its JSON stops and the imports that needed it. A broken
 * tsconfig.json that no import needs is no error (the build reads it only for aliases here).
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { ThroughlineError } from '../core/errors.ts';
import type { UnresolvedDraftImport } from '../core/draft-imports.ts';
import type { MdxImport } from '../core/mdx-tree.ts';
import type { Post } from '../core/schema/post.ts';
import { compileMdxPosts, linesAboveBodyIn } from './mdx-syntax.ts';
import { aliasTargets, findPathAliases, type PathAliases, type UnreadableJson, unreadableText } from './tsconfig-paths.ts';

const EXTENSIONS = ['.mjs', '.js', '.mts', '.ts', '.jsx', '.tsx', '.json'];

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function fileFound(path: string): boolean {
  return resolveModuleFile(path) !== undefined;
}

/**
 * The file an import of `path` (absolute, query left out) names, as Vite resolves it: the file,
 * else the file with one of Vite's extensions (`.mjs .js .mts .ts .jsx .tsx .json`), else its
 * `index.*`; undefined when none is a file.
 */
export function resolveModuleFile(path: string): string | undefined {
  if (isFile(path)) return path;
  for (const ext of EXTENSIONS) if (isFile(path + ext)) return path + ext;
  for (const ext of EXTENSIONS) if (isFile(join(path, `index${ext}`))) return join(path, `index${ext}`);
  return undefined;
}

/** Whether the package that the bare import `spec` names (`astro-expressive-code/components`) is installed for the project at `root` or a folder above it. */
export function packageInstalled(root: string, spec: string): boolean {
  const name = packageName(spec.replace(/[?#].*$/, ''));
  return name !== null && packageFound(root, name);
}

/** The npm package a bare import names (`@scope/name` or `name`), or null when it can name none (`@/components/x`, an empty scope). */
export function packageName(spec: string): string | null {
  const parts = spec.split('/');
  if (spec.startsWith('@')) return parts.length >= 2 && parts[0]!.length > 1 && parts[1] ? `${parts[0]}/${parts[1]}` : null;
  return parts[0] || null;
}

function packageFound(root: string, name: string): boolean {
  for (let dir = resolve(root); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'node_modules', name))) return true;
    if (dirname(dir) === dir) return false;
  }
}

function resolves(root: string, postDir: string, spec: string, aliases: PathAliases | null): boolean {
  const path = spec.replace(/[?#].*$/, '');
  if (/^(?:astro|node|virtual):/.test(path)) return true;
  if (path.startsWith('./') || path.startsWith('../')) return fileFound(join(postDir, path));
  if (path.startsWith('/')) return fileFound(join(root, path)) || (isAbsolute(path) && fileFound(path));
  if (aliasTargets(aliases, path).some(fileFound)) return true;
  const name = packageName(path);
  return name !== null && packageFound(root, name);
}

/**
 * One error per import that the build could not resolve, of the .mdx posts of the project at
 * `root` whose imports compileMdxPosts listed (post file, from the root -> its imports).
 */
export function findUnresolvedMdxImports(root: string, importsOf: ReadonlyMap<string, readonly MdxImport[]>): ThroughlineError[] {
  const errors: ThroughlineError[] = [];
  // The nearest tsconfig.json of each post's folder, as Vite finds it for each importer.
  const aliasesOf = new Map<string, PathAliases | null>();
  const needing = new Map<string, { unreadable: UnreadableJson; uses: { spec: string; file: string; line: number }[] }>();
  for (const [file, imports] of importsOf) {
    if (imports.length === 0) continue;
    const postDir = join(root, dirname(file));
    if (!aliasesOf.has(postDir)) aliasesOf.set(postDir, findPathAliases(postDir));
    const aliases = aliasesOf.get(postDir) ?? null;
    for (const { spec, line } of imports) {
      if (resolves(root, postDir, spec, aliases)) continue;
      if (aliases?.unreadable) {
        const { unreadable } = aliases;
        const entry = needing.get(unreadable.file) ?? needing.set(unreadable.file, { unreadable, uses: [] }).get(unreadable.file)!;
        entry.uses.push({ spec, file, line });
        continue;
      }
      errors.push(
        new ThroughlineError(
          {
            en: `body, line ${line}: import "${spec}" names no file or installed package of this project (a component or config of the theme the post comes from?): the build would stop at it`,
            zh: `正文第 ${line} 行：import "${spec}" 在本项目中找不到对应的文件或已安装的包（是原主题的组件或配置吗？）：构建会在这里停下`,
          },
          {
            file,
            hint: {
              en: 'copy the component into the project (e.g. src/components/) and import it by a relative path, or replace it with Markdown (![alt](image.jpg)) and remove the import; line numbers count from the first line after the frontmatter',
              zh: '把组件复制进项目（如 src/components/）并用相对路径导入，或改写成 Markdown（![说明](image.jpg)）并删掉这行 import；行号从 frontmatter 之后的第一行算起',
            },
          },
        ),
      );
    }
  }
  for (const { unreadable, uses } of needing.values()) errors.push(unreadableTsconfig(root, unreadable, uses));
  return errors;
}

/** The error of a tsconfig file that is not JSON, which `uses` (imports, with their post and line) needed for its aliases. */
function unreadableTsconfig(root: string, unreadable: UnreadableJson, uses: { spec: string; file: string; line: number }[]): ThroughlineError {
  const why = unreadableText(unreadable);
  const list = {
    en: uses.map((u) => `"${u.spec}" (${u.file}, body line ${u.line})`).join(', '),
    zh: uses.map((u) => `"${u.spec}"（${u.file} 正文第 ${u.line} 行）`).join('、'),
  };
  return new ThroughlineError(
    {
      en: `${why.en}; its path aliases (compilerOptions.paths) are unknown, and import ${list.en} resolves through nothing else: the build would stop at it`,
      zh: `${why.zh}；因此不知道它的路径别名（compilerOptions.paths），而 import ${list.zh}不经别名就找不到：构建会在这里停下`,
    },
    {
      file: relative(root, unreadable.file).split('\\').join('/'),
      hint: {
        en: 'fix the JSON there (a missing brace, comma or quote?); comments and trailing commas are fine, as TypeScript allows them',
        zh: '请修正该处的 JSON（少了括号、逗号或引号？）；注释和末尾逗号没问题，TypeScript 允许它们',
      },
    },
  );
}

/**
 * What would stop the build in `posts` (the .mdx posts a build at this moment would not publish),
 * each with its post, for check's warnings (core/draft-imports.ts): each unresolved import, and a
 * body that does not compile or names what nothing defines (`compile: true`, its line:column in
 * the file). Compiled as published ones are, bodies remembered in `cacheDir` (mdx-syntax.ts).
 */
export async function findUnpublishedMdxImports(root: string, posts: readonly Post[], cacheDir?: string): Promise<UnresolvedDraftImport[]> {
  const mdx = posts.filter((p) => p.file.endsWith('.mdx'));
  if (mdx.length === 0) return [];
  const { imports, errors } = await compileMdxPosts(mdx, cacheDir, linesAboveBodyIn(root));
  const byFile = new Map(mdx.map((post) => [post.file, post]));
  const compile = errors.flatMap((error): UnresolvedDraftImport[] => {
    const post = error.file === undefined ? undefined : byFile.get(error.file);
    if (!post) return [];
    const text = error.text.message;
    const hint = error.text.hint ?? '';
    return [{ post: post.id, file: post.file, message: typeof text === 'string' ? { en: text, zh: text } : text, hint: typeof hint === 'string' ? { en: hint, zh: hint } : hint, compile: true }];
  });
  return [...compile, ...mdx.flatMap((post) => {
    const own = imports.get(post.file);
    if (!own || own.length === 0) return [];
    return findUnresolvedMdxImports(root, new Map([[post.file, own]])).map((error) => {
      // The error of a broken tsconfig.json names that file, not the post: said in the message.
      const where = error.file && error.file !== post.file ? `${error.file}: ` : '';
      const text = error.text.message;
      const message = typeof text === 'string' ? { en: where + text, zh: where + text } : { en: where + text.en, zh: where + text.zh };
      const hint = error.text.hint ?? '';
      return { post: post.id, file: post.file, message, hint: typeof hint === 'string' ? { en: hint, zh: hint } : hint };
    });
  })];
}