/**
 * Hexo's front matter written without its opening separator. hexo-front-matter reads a file that
 * does not start with `---` as `data` up to its first line of three or more dashes, then the body
 * ("Prefixing separators are optional", its README; `rFrontMatterNew` in lib/front_matter.js), and
 * blogs that began on Hexo keep such files after moving to Hugo or Jekyll, which show those lines
 * as text. The block is given its opening `---` so the rest of the import reads it as YAML.
 */
import { parse } from 'yaml';

/** A first line of three or more dashes: the separator that closes the block. */
const SEPARATOR = /^-{3,}[ \t]*\r?$/;
/** Keys Hexo's posts always carry; a paragraph of `Key: value` prose over a rule has neither. */
const POST_KEYS = ['title', 'date'];

/**
 * The file with `---` added above its front matter when it is Hexo's form without the opening
 * separator: the lines before its first `---` line parse as a YAML mapping holding `title` or
 * `date`. Null for every other file (a file that starts with `---`, `+++` or `;;;`, Pelican's
 * metadata, which a blank line ends, and prose over a thematic break).
 */
export function openedHexoFrontMatter(text: string): { text: string } | null {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const rest = text.slice(bom.length);
  if (/^(?:-{3}|\+{3}|;{3})/.test(rest)) return null;
  const lines = rest.split('\n');
  const end = lines.findIndex((line) => SEPARATOR.test(line));
  if (end < 1) return null;
  let data: unknown;
  try {
    data = parse(lines.slice(0, end).join('\n'));
  } catch {
    return null;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
  if (!POST_KEYS.some((key) => key in data)) return null;
  const newline = lines[end]!.endsWith('\r') ? '\r\n' : '\n';
  return { text: `${bom}---${newline}${rest}` };
}
