/**
 * A post file's text -> its frontmatter block (the YAML text) and body, without parsing either:
 * light enough to load at start-up, so a reader whose frontmatter is cached (store/posts.ts) needs
 * neither the YAML parsers nor the schema (post-file.ts).
 */
import { ThroughlineError } from './errors.ts';

// An empty block (`---` twice, as Jekyll pages have) is a block: its fields are then named as missing.
// It is tried first: else the lazy block would run on to a `---` thematic break in the body.
// Either fence line may end in spaces or tabs (`--- `), as Jekyll's own pattern (`---\s*\n`) and
// Astro's parser accept: real blogs have them, and Jekyll shows such posts.
export const FRONTMATTER = /^---[ \t]*\r?\n(?:---[ \t]*(?:\r?\n|$)|([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$))/;

/** The frontmatter's YAML text and the body after it (a leading BOM dropped); throws, naming `file`, without a --- block first. */
export function splitFrontmatter(text: string, file: string): { yaml: string; body: string } {
  const source = text.replace(/^\uFEFF/, '');
  const match = FRONTMATTER.exec(source);
  if (!match && /^---[ \t]*\r?\n/.test(source)) {
    const last = lastFieldLine(source);
    throw new ThroughlineError(
      { en: 'its frontmatter block has no closing --- line', zh: 'frontmatter 块没有结束的 --- 行' },
      {
        file,
        hint: {
          en: `add a line --- after line ${last}, the last field, to end the block`,
          zh: `在第 ${last} 行（最后一个字段）之后加一行 ---，结束这个块`,
        },
      },
    );
  }
  if (!match)
    throw new ThroughlineError(
      { en: 'has no frontmatter block', zh: '没有 frontmatter 块' },
      {
        file,
        hint: { en: 'start the file with ---, the fields (title, channel, status...), then --- on its own line', zh: '文件以 --- 开头，接着写字段（title、channel、status……），再单独一行 ---' },
      },
    );
  return { yaml: match[1] ?? '', body: source.slice(match[0].length) };
}

/**
 * The 1-based line of the last field of a block opened on line 1 and never closed: the last field,
 * indented or list line before the first line that is none of them nor a comment. A `#` line after
 * the last field is the body's heading (`# 第一部分`), not a comment the block would swallow.
 */
function lastFieldLine(source: string): number {
  const lines = source.split(/\r?\n/);
  let last = 1;
  for (let i = 1; i < lines.length && /^(?:[^\s#:][^:]*:(?:\s|$)|\s+\S|\s*-\s|#)/.test(lines[i]!); i++) if (!lines[i]!.startsWith('#')) last = i + 1;
  return last;
}

/**
 * `text` with the spaces and tabs after its two frontmatter fences dropped (`--- ` -> `---`), so a
 * file Throughline writes (an imported post) has clean fence lines; its byte order mark, line
 * endings and every other byte stay. `text` as it is when it has no block (FRONTMATTER).
 */
export function withCleanFences(text: string): string {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const source = text.slice(bom.length);
  const block = FRONTMATTER.exec(source)?.[0];
  if (block === undefined) return text;
  const clean = block.replace(/^---[ \t]+/, '---').replace(/(^|\n)---[ \t]+(\r?\n|)$/, '$1---$2');
  return bom + clean + source.slice(block.length);
}
