/**
 * The path aliases of a project's tsconfig.json (`compilerOptions.paths`, AstroPaper's
 * `"@/*": ["./src/*"]`), which the build resolves through Vite (`resolve.tsconfigPaths`): read
 * for `check`'s imports of an .mdx post (mdx-imports.ts) and for `import`'s image paths
 * (moved-images.ts). The rules are TypeScript's (typescriptlang.org/tsconfig#paths,
 * #baseUrl, #extends):
 * - the nearest tsconfig.json at or above the folder, read as JSON with comments and trailing
 *   commas (and a leading byte order mark); one that is not JSON even so is reported with the
 *   place where reading stopped (`unreadable`), for the caller to name when an import needed it;
 * - `extends` (a path, or a list of them from TypeScript 5.0) of a file by a relative or
 *   absolute path, `.json` added when missing; an option set nearer wins. A package's config
 *   (`astro/tsconfigs/strict`) is not read: it sets compiler flags, never a project's aliases,
 *   and a moved project's node_modules may be missing;
 * - targets are relative to `baseUrl` when set, else to the folder of the tsconfig holding
 *   `paths`;
 * - a key without `*` matches only itself and wins; else the key with one `*` and the longest
 *   prefix before it whose prefix and suffix the specifier has (the `*` may match nothing); a
 *   key with two `*` is ignored. Only that key's targets are tried, in order.
 */
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { Text } from '../core/i18n/text.ts';
import { jsonSyntaxPlace } from '../core/planner-file.ts';

/** The aliases of one tsconfig.json: `paths` with targets as written, and the folder they are relative to. */
export interface PathAliases {
  /** The tsconfig.json read, absolute. */
  file: string;
  /** `baseUrl`, else the folder of the tsconfig holding `paths`; absolute. */
  base: string;
  paths: Record<string, string[]>;
  /** Set when `file`, or a file it extends, is not JSON: `paths` is then empty. */
  unreadable?: UnreadableJson;
}

/** Where and why a tsconfig file could not be read as JSON. */
export interface UnreadableJson {
  /** The file that does not parse, absolute (the tsconfig.json, or a file it extends). */
  file: string;
  /** 1-based line and column where the parser stopped; null when it did not say. */
  at: { line: number; column: number } | null;
  /** Why, in both languages (JSON.parse's own words, English in both, for a misplaced character). */
  reason: Text;
}

interface Options { baseUrl?: string; paths?: { value: Record<string, string[]>; dir: string } }

/**
 * The aliases of the nearest tsconfig.json at or above `dir`; null when there is none, or it
 * (with what it extends) sets no `paths`. One that (or whose extended file) is not JSON gives
 * empty `paths` and `unreadable`: TypeScript and Vite would refuse it, but only an import that
 * needs an alias makes that matter.
 */
export function findPathAliases(dir: string): PathAliases | null {
  for (let at = resolve(dir); ; at = dirname(at)) {
    const file = join(at, 'tsconfig.json');
    const text = readText(file);
    if (text !== null) {
      const options = readOptions(file, text, new Set());
      if ('unreadable' in options) return { file, base: at, paths: {}, unreadable: options.unreadable };
      if (!options.paths) return null;
      return { file, base: options.baseUrl ?? options.paths.dir, paths: options.paths.value };
    }
    if (dirname(at) === at) return null;
  }
}

/** `could not be read: not valid JSON at line 5, column 1 (why)`, in both languages, for a message that names the file before it. */
export function unreadableText({ at, reason }: UnreadableJson): Text {
  const where = at === null ? { en: '', zh: '' } : { en: ` at line ${at.line}, column ${at.column}`, zh: `，在第 ${at.line} 行第 ${at.column} 列` };
  return { en: `could not be read: not valid JSON${where.en} (${reason.en})`, zh: `无法读取：不是有效的 JSON${where.zh}（${reason.zh}）` };
}

/** The files (absolute, as the target names them: no extension added) that `spec` may name through `aliases`, in order; [] when no key matches. */
export function aliasTargets(aliases: PathAliases | null, spec: string): string[] {
  if (aliases === null) return [];
  const key = matchingKey(Object.keys(aliases.paths), spec);
  if (key === null) return [];
  const star = key.indexOf('*');
  const middle = star < 0 ? '' : spec.slice(star, spec.length - (key.length - star - 1));
  return (aliases.paths[key] ?? []).map((target) => join(aliases.base, star < 0 ? target : target.replace('*', middle)));
}

/** TypeScript's matchPatternOrExact: an exact key, else the `*` key with the longest prefix (the first of equals). */
function matchingKey(keys: string[], spec: string): string | null {
  if (keys.includes(spec) && !spec.includes('*')) return spec;
  let best: string | null = null;
  let bestPrefix = -1;
  for (const key of keys) {
    const star = key.indexOf('*');
    if (star < 0 || key.indexOf('*', star + 1) >= 0) continue;
    const [prefix, suffix] = [key.slice(0, star), key.slice(star + 1)];
    if (spec.length >= prefix.length + suffix.length && spec.startsWith(prefix) && spec.endsWith(suffix) && prefix.length > bestPrefix) {
      [best, bestPrefix] = [key, prefix.length];
    }
  }
  return best;
}

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** `baseUrl` (absolute) and `paths` (with the folder of the file holding them) of `file` and what it extends; where reading stopped when one of them does not parse. */
function readOptions(file: string, text: string, seen: Set<string>): Options | { unreadable: UnreadableJson } {
  let json: { extends?: unknown; compilerOptions?: { baseUrl?: unknown; paths?: unknown } };
  // A leading BOM (Visual Studio, Notepad) is read past, as TypeScript does; JSON.parse refuses it.
  const source = text.replace(/^\uFEFF/, '');
  try {
    json = JSON.parse(stripJsonComments(source)) as typeof json;
  } catch (error) {
    // The text as parsed (comments blanked, so every place is the source's), for jsonSyntaxPlace.
    return { unreadable: { file, ...whereParsingStopped(stripJsonComments(source), (error as Error).message) } };
  }
  // `null`, a number, a list: JSON, but no options (TypeScript refuses it too).
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return { unreadable: { file, at: null, reason: { en: 'it holds no JSON object ({ … })', zh: '其中没有 JSON 对象（{ … }）' } } };
  }
  seen.add(file);
  const dir = dirname(file);
  const options: Options = {};
  for (const name of [json.extends ?? []].flat()) {
    const parent = typeof name === 'string' ? extendedFile(dir, name) : null;
    if (parent === null || seen.has(parent.file)) continue;
    const inherited = readOptions(parent.file, parent.text, seen);
    if ('unreadable' in inherited) return inherited;
    Object.assign(options, inherited);
  }
  const { baseUrl, paths } = json.compilerOptions ?? {};
  if (typeof baseUrl === 'string') options.baseUrl = resolve(dir, baseUrl);
  if (paths && typeof paths === 'object') {
    const lists = Object.entries(paths).map(([key, targets]) => [key, Array.isArray(targets) ? targets.filter((t) => typeof t === 'string') : []]);
    options.paths = { value: Object.fromEntries(lists) as Record<string, string[]>, dir };
  }
  return options;
}

/** The file an `extends` entry names, with its text, when it is a path (not a package) to a file that exists. */
function extendedFile(dir: string, name: string): { file: string; text: string } | null {
  if (!(name.startsWith('./') || name.startsWith('../') || isAbsolute(name))) return null;
  for (const file of name.endsWith('.json') ? [resolve(dir, name)] : [resolve(dir, name), resolve(dir, `${name}.json`)]) {
    const text = readText(file);
    if (text !== null) return { file, text };
  }
  return null;
}

const STRING_OR_COMMENT = /("(?:[^"\\\n]|\\.)*")|\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)/g;
const STRING_OR_TRAILING_COMMA = /("(?:[^"\\\n]|\\.)*")|,(?=\s*[}\]])/g;

/**
 * `text` with its `//` and `/* *\/` comments and its trailing commas blanked out, strings as
 * they are: tsconfig.json is JSON with both (AstroPaper's and many starters' have comments).
 * Each is replaced by as many spaces (line breaks kept), so a parser's position is the text's.
 */
function stripJsonComments(text: string): string {
  const blank = (match: string, string: string | undefined) => string ?? match.replace(/[^\n]/g, ' ');
  return text.replace(STRING_OR_COMMENT, blank).replace(STRING_OR_TRAILING_COMMA, blank);
}

/**
 * The line and column of JSON.parse's `at position N` in `text` (V8 says it for most errors),
 * else where jsonc-parser stops (core/planner-file.ts jsonSyntaxPlace), and why: the parser's
 * message without the position, or, when it stopped at the end of the text (a closing brace
 * missing), that it ran out; at null when neither says where.
 */
function whereParsingStopped(text: string, message: string): Omit<UnreadableJson, 'file'> {
  const position = /at position (\d+)/.exec(message);
  const offset = position === null ? null : Number(position[1]);
  const lines = offset === null ? null : text.slice(0, offset).split('\n');
  // V8 leaves the position out of some messages ("Unexpected token ','"): jsonc-parser finds it.
  const at = lines === null ? (jsonSyntaxPlace(text, message) ?? null) : { line: lines.length, column: lines.at(-1)!.length + 1 };
  if (/end of JSON input/i.test(message) || (offset !== null && offset >= text.trimEnd().length)) {
    return { at, reason: { en: 'the text ends before the JSON does: a closing } or ] missing?', zh: '文本在 JSON 结束之前就结束了：少了 } 或 ]？' } };
  }
  const words = message.replace(/\s*(?:in JSON )?at position \d+.*$/s, '');
  return { at, reason: { en: words, zh: words } };
}
