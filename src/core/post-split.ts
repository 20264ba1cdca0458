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
