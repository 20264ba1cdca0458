/**
 * The imports of an .mdx post moved from another Astro blog. Such a post imports files from its
 * own folder (`import Chart from './chart.astro'`, `import data from './data.json'`, an image as
 * a module, `./config.toml?raw`) and its theme's components (`@/components/Callout.astro`,
 * `../../components/Box.astro`). The first kind are copied beside the new post, with the files
 * they import from that folder in turn (a component's `./lib/scale.ts`), so the imports resolve
 * as written; a package or `astro:` module is kept as it is. Any other import names something
 * this project has not (a file of the old project outside the post's folder, a package not
 * installed, nothing at all): the build would refuse the published post (store/mdx-imports.ts),
 * so it comes in as a draft, with a note naming each import and what to do.
 */
import { constants } from 'node:fs';
import { copyFile, mkdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import type { Text } from '../core/i18n/text.ts';
import { IMPORT } from '../core/mdx-tree.ts';
import type { MovedPost } from '../core/moved-posts/plan.ts';
import { setFrontmatterKeys } from '../core/moved-posts/plan.ts';
import { parseFrontmatterYaml, splitFrontmatter } from '../core/post-file.ts';
import { applyFrontmatterAliases } from '../core/schema/post-aliases.ts';
import { packageInstalled, packageName, resolveModuleFile } from './mdx-imports.ts';
import { importsOfMdxBody } from './mdx-syntax.ts';
import { aliasTargets, findPathAliases } from './tsconfig-paths.ts';

/** Files whose own imports are followed (a component's, a script's), by extension. */
const CODE = /\.(?:astro|[cm]?[jt]sx?|svelte|vue|mdx)$/i;

const toPosix = (path: string) => path.split(sep).join('/');
const inside = (rel: string) => rel !== '' && rel !== '..' && !rel.startsWith('../') && !posix.isAbsolute(rel);

/** `paths` as a sentence's list: `a, b and c` (`a、b 和 c`). */
function listOf(paths: string[]): Text {
  const head = paths.slice(0, -1);
  return head.length === 0 ? { en: paths.join(''), zh: paths.join('') } : { en: `${head.join(', ')} and ${paths.at(-1)}`, zh: `${head.join('、')} 和 ${paths.at(-1)}` };
}

/** What an import of a moved post names, for its note. */
type Unresolved = { spec: string; kind: 'old-project' | 'package' | 'alias' | 'nothing' | 'post' };

/** A Markdown file: copied under content/posts/ it would be a post of its own, so it is never copied. */
const MARKDOWN = /\.(?:md|mdx|markdown)$/i;

/**
 * `move` (an .mdx post; any other is returned as is) with the files its body imports from its
 * source folder listed in `move.moduleFiles` (paths from that folder, posix, each once; followed
 * through the imports of code files), and a note saying so; and, when an import resolves to
 * nothing this project has (`root`, its packages), set to `status: draft` with a note naming
 * each such import and what to do, `move.unresolvedImports` counting them. An import resolves
 * as Vite would: `astro:`, `node:`, `virtual:` modules; a relative path (query left out) to a
 * file, with Vite's extensions or `index.*`; a package installed for `root`. A path alias of the
 * source project's tsconfig.json, or a relative path out of the post's folder, that names a file
 * there is the old project's file (its theme's component).
 */
export async function withMdxImports(move: MovedPost, root: string): Promise<MovedPost> {
  if (move.ext !== 'mdx') return move;
  const { body, yaml } = splitFrontmatter(move.text, move.from);
  if (!/\b(?:import|export)\b/.test(body)) return move;
  const source = resolve(process.cwd(), move.from);
  const folder = dirname(source);
  const files: string[] = [];
  const via = new Map<string, string[]>(); // a file imported by the body -> files it brought in turn
  const unresolved: Unresolved[] = [];
  const seen = new Set<string>();
  const aliases = findPathAliases(folder);

  /** The file of the project the relative or aliased `spec` names from `from`'s folder, if any. */
  const fileOf = (spec: string, from: string): string | undefined => {
    const path = spec.replace(/[?#].*$/, '');
    if (path.startsWith('./') || path.startsWith('../')) return resolveModuleFile(join(dirname(from), path));
    for (const target of aliasTargets(aliases, path)) {
      const found = resolveModuleFile(target);
      if (found) return found;
    }
    return undefined;
  };

  /** Lists `file` (inside the folder) and, through its imports, the files of the folder it imports in turn; an import of it that names a file outside (or a Markdown file) is unresolved. */
  const follow = async (file: string, under: string[]): Promise<void> => {
    const rel = toPosix(relative(folder, file));
    if (seen.has(rel)) return;
    seen.add(rel);
    files.push(rel);
    under.push(rel);
    if (!CODE.test(file)) return;
    const text = await readFile(file, 'utf8').catch(() => '');
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[2]!;
      if (!spec.startsWith('./') && !spec.startsWith('../')) continue;
      const found = fileOf(spec, file);
      if (found && MARKDOWN.test(found)) unresolved.push({ spec: `${spec} (in ${rel})`, kind: 'post' });
      else if (found && inside(toPosix(relative(folder, found)))) await follow(found, under);
      else if (!unresolved.some((u) => u.spec === spec)) unresolved.push({ spec: `${spec} (in ${rel})`, kind: found ? 'old-project' : 'nothing' });
    }
  };

  const copied: string[] = [];
  const renamed = new Map<string, string>();
  for (const { spec } of await importsOfMdxBody(body, move.from)) {
    if (unresolved.some((u) => u.spec === spec) || copied.includes(spec)) continue;
    if (/^(?:astro|node|virtual):/.test(spec)) continue;
    const found = fileOf(spec, source);
    if (found && MARKDOWN.test(found)) {
      unresolved.push({ spec, kind: 'post' });
      continue;
    }
    if (found && inside(toPosix(relative(folder, found))) && (spec.startsWith('./') || spec.startsWith('../'))) {
      const under: string[] = [];
      via.set(spec, under);
      copied.push(spec);
      await follow(found, under);
      continue;
    }
    if (found) unresolved.push({ spec, kind: 'old-project' });
    else if (!spec.startsWith('.') && !spec.startsWith('/') && packageInstalled(root, spec)) continue;
    // A bare path that no package has but that names a file of the post's folder
    // (`import video from "img/a.webm"`): that file, imported as ./img/a.webm.
    else if (!spec.startsWith('.') && !spec.startsWith('/') && resolveModuleFile(join(folder, spec.replace(/[?#].*$/, ''))) !== undefined) {
      const file = resolveModuleFile(join(folder, spec.replace(/[?#].*$/, '')))!;
      const under: string[] = [];
      via.set(`./${spec}`, under);
      copied.push(`./${spec}`);
      renamed.set(spec, `./${spec}`);
      await follow(file, under);
    }
    else unresolved.push({ spec, kind: unresolvedKind(spec, aliasTargets(aliases, spec.replace(/[?#].*$/, '')).length > 0) });
  }

  const notes = [...move.notes];
  if (copied.length > 0) {
    const parts = copied.map((spec) => {
      const more = via.get(spec)!.slice(1).map((f) => `./${f}`);
      return more.length === 0
        ? { en: spec, zh: spec }
        : { en: `${spec} (with ${listOf(more).en}, which it imports)`, zh: `${spec}（连同它导入的 ${listOf(more).zh}）` };
    });
    notes.push({
      en: `the files it imports from its folder are copied beside it: ${parts.map((p) => p.en).join(', ')}`,
      zh: `它从自己的文件夹导入的文件已复制到文章旁边：${parts.map((p) => p.zh).join('、')}`,
    });
  }
  let text = move.text;
  if (renamed.size > 0) {
    let now = body;
    for (const [spec, to] of renamed) {
      const quoted = spec.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      now = now.replace(new RegExp(`(\\b(?:from|import)\\s*)(['"])${quoted}\\2`, 'g'), (_, lead: string, q: string) => `${lead}${q}${to}${q}`);
      notes.push({
        en: `its import "${spec}" names no package but the file ${spec} of its folder: now "${to}", as Vite reads a path beside the post`,
        zh: `它的 import "${spec}" 不是包，而是它文件夹里的文件 ${spec}：已改为 "${to}"（Vite 按这种写法读取文章旁边的文件）`,
      });
    }
    text = text.slice(0, text.length - body.length) + now;
  }
  if (unresolved.length > 0) {
    const status = (applyFrontmatterAliases(parseFrontmatterYaml(yaml, move.from)) as { status?: unknown }).status;
    // A theme's `draft: false` or `published: true` beside it would contradict the status (check's alias-conflict): it goes.
    const raw = parseFrontmatterYaml(yaml, move.from);
    const contradicting = Object.fromEntries(['draft', 'published'].filter((key) => typeof raw[key] === 'boolean').map((key) => [key, null]));
    if (status === 'published' || status === undefined) text = setFrontmatterKeys(text, splitFrontmatter(text, move.from).yaml, { status: 'draft', ...contradicting });
    notes.push(unresolvedNote(unresolved));
  }
  return { ...move, text, notes, ...(files.length > 0 ? { moduleFiles: files } : {}), ...(unresolved.length > 0 ? { unresolvedImports: unresolved.length } : {}) };
}

/**
 * What an import that resolves to nothing names: a path (relative, absolute, or through an alias
 * `aliased` of the project's tsconfig) names no file; `@/components/Img.astro`, `~/x` or `#x`,
 * which no npm package can be named, is a path alias of the old project whose tsconfig.json (or
 * package.json `imports`) is not above the post; anything else a package not installed.
 */
function unresolvedKind(spec: string, aliased: boolean): Unresolved['kind'] {
  if (spec.startsWith('.') || spec.startsWith('/') || aliased) return 'nothing';
  return /^[~#]/.test(spec) || packageName(spec.replace(/[?#].*$/, '')) === null ? 'alias' : 'package';
}

/** The note of a post whose imports name what this project has not: each import, by kind, then what to do. */
function unresolvedNote(unresolved: Unresolved[]): Text {
  const of = (kind: Unresolved['kind']) => unresolved.filter((u) => u.kind === kind).map((u) => u.spec);
  const old = of('old-project');
  const packages = of('package');
  const nothing = of('nothing');
  const what: Text[] = [];
  const todo: Text[] = [];
  const s = (list: string[]) => (list.length === 1 ? '' : 's');
  const verb = (list: string[]) => (list.length === 1 ? 'names' : 'name');
  if (old.length > 0) {
    const example = posix.basename(old[0]!.replace(/ \(in .*\)$/, '').replace(/[?#].*$/, ''));
    what.push({
      en: `its import${s(old)} ${listOf(old).en} ${verb(old)} ${old.length === 1 ? 'a file' : 'files'} of the old project outside the post's folder (its theme's components), which this project has not`,
      zh: `它的 import ${listOf(old).zh} 指向原项目中文章文件夹以外的文件（原主题的组件），本项目没有这些文件`,
    });
    todo.push({ en: `copy each component beside the post and import it as ./${example}`, zh: `把每个组件复制到文章旁边，并改为 import ./${example}` });
  }
  if (packages.length > 0) {
    what.push({
      en: `its import${s(packages)} ${listOf(packages).en} ${verb(packages)} ${packages.length === 1 ? 'a package' : 'packages'} this project has not installed`,
      zh: `它的 import ${listOf(packages).zh} 指向本项目没有安装的包`,
    });
    const names = [...new Set(packages.map((spec) => (spec.startsWith('@') ? spec.split('/').slice(0, 2) : spec.split('/').slice(0, 1)).join('/')))].join(' ');
    todo.push({ en: `install ${packages.length === 1 ? 'it' : 'them'} (npm install ${names})`, zh: `安装它们（npm install ${names}）` });
  }
  const aliased = of('alias');
  if (aliased.length > 0) {
    const example = posix.basename(aliased[0]!.replace(/[?#].*$/, ''));
    what.push({
      en: `its import${s(aliased)} ${listOf(aliased).en} ${verb(aliased)} ${aliased.length === 1 ? 'a path alias' : 'path aliases'} of the old project (AstroPaper's @/ is its src/), and no tsconfig.json above the post defines ${aliased.length === 1 ? 'it' : 'them'}`,
      zh: `它的 import ${listOf(aliased).zh} 用的是原项目的路径别名（AstroPaper 的 @/ 即 src/），文章上层的 tsconfig.json 里没有定义`,
    });
    todo.push({ en: `import it from the old project's own folder (where its tsconfig.json is), or copy each component beside the post and import it as ./${example}`, zh: `从原项目自己的文件夹导入（tsconfig.json 所在处），或把每个组件复制到文章旁边，并改为 import ./${example}` });
  }
  const posts = of('post');
  if (posts.length > 0) {
    what.push({
      en: `its import${s(posts)} ${listOf(posts).en} ${verb(posts)} ${posts.length === 1 ? 'a Markdown file' : 'Markdown files'}, which would be ${posts.length === 1 ? 'a post' : 'posts'} of ${posts.length === 1 ? 'its' : 'their'} own here, so ${posts.length === 1 ? 'it is' : 'they are'} not copied`,
      zh: `它的 import ${listOf(posts).zh} 指向 Markdown 文件，复制过来会成为单独的文章，所以没有复制`,
    });
    todo.push({ en: 'paste that text into the post', zh: '把那段文字直接粘贴进文章' });
  }
  if (nothing.length > 0) {
    what.push({
      en: `its import${s(nothing)} ${listOf(nothing).en} ${verb(nothing)} no file, in the old project or this one`,
      zh: `它的 import ${listOf(nothing).zh} 在原项目和本项目中都找不到对应的文件`,
    });
    todo.push({ en: 'fix the path (a file beside the post is imported as ./name)', zh: '改正路径（文章旁边的文件写作 ./文件名）' });
  }
  return {
    en: `${what.map((t) => t.en).join('; ')}: imported as a draft, so the build goes on without it; to publish it, write those parts as Markdown and remove the imports, or ${todo.map((t) => t.en).join(', or ')}`,
    zh: `${what.map((t) => t.zh).join('；')}：作为草稿导入，构建不会因它停下；要发布它，请把这些部分改写成 Markdown 并删掉这些 import，或${todo.map((t) => t.zh).join('，或')}`,
  };
}

/**
 * Copies (unless `dryRun`) the files `move.moduleFiles` lists from the source post's folder to
 * the same places beside the new post (`content/posts/<id>`'s folder, from `root`). A file there
 * with the same bytes is left as it is; one with other bytes is never replaced and is returned in
 * `kept`. Returns the files copied (paths from the root).
 */
export async function placeModuleFiles(root: string, move: MovedPost, postsDir: string, opts: { dryRun: boolean }): Promise<{ copied: string[]; kept: string[] }> {
  const result = { copied: [] as string[], kept: [] as string[] };
  const from = dirname(resolve(process.cwd(), move.from));
  const to = dirname(join(root, postsDir, move.id));
  for (const rel of move.moduleFiles ?? []) {
    const target = join(to, rel);
    const shown = toPosix(relative(root, target));
    const there = await stat(target).then((s) => s.isFile(), () => false);
    if (there) {
      const same = (await readFile(target)).equals(await readFile(join(from, rel)));
      if (!same) result.kept.push(shown);
      continue;
    }
    if (!opts.dryRun) {
      await mkdir(dirname(target), { recursive: true });
      await copyFile(join(from, rel), target, constants.COPYFILE_EXCL);
    }
    result.copied.push(shown);
  }
  return result;
}
