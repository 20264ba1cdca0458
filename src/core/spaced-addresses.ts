/**
 * A Markdown image or link whose address holds a space, `![清晨的茶园](蒙顶山 茶园 清晨.png)`: CommonMark
 * ends an address at a space (spec 0.31, "link destination": no spaces unless in `<…>`), so the
 * portfolio, its feeds and the editor's preview show the whole mark as written, and the image
 * never appears. Typora and some phone editors write such names as they are; the fix is
 * `<蒙顶山 茶园 清晨.png>` or `%20`. Looked for in the text a reader sees: code is left alone.
 */
import type { Lang } from './language.ts';
import type { Post } from './schema/post.ts';
import { formatOfFile, type PostFormat } from './post-format.ts';
import { parseBody } from './theme/strip-markdown.ts';

export interface SpacedAddressFlag {
  kind: 'spaced-address';
  severity: 'warning';
  post: string;
  file: string;
  message: string;
  hint: string;
}

type Node = { type: string; value?: string; children?: Node[] };

/**
 * `![alt](a b.png)` or `[text](a b)` left as text: an address of one line, no `<`, `>` or parentheses, with a
 * space inside, and maybe a title (`![alt](a b.png "Title")`, a piece in quotes, is a title, not the
 * address). No braces: `[x]({% link a.md %})` is a template tag, which the template-tag flag names.
 */
const MARK = /(!?)\[([^\]\n]*)\]\(\s*([^\s()<>"'{}][^\s()<>"{}]*(?:[ \t\u3000]+[^\s()<>"'{}][^\s()<>"{}]*)+)(?:[ \t]+("[^"\n]*"|'[^'\n]*'))?\s*\)/g;
const SKIP = new Set(['code', 'inlineCode', 'yaml', 'toml', 'math', 'inlineMath', 'html']);

/** A mark left as text: the mark, whether it is an image, its alt text, address and title (with its quotes). */
export interface SpacedMark {
  mark: string;
  image: boolean;
  text: string;
  address: string;
  title?: string;
}

/** The marks left as text in a body, in order of reading. */
export function findSpacedAddresses(body: string, format: PostFormat = 'md'): SpacedMark[] {
  // Most bodies are not parsed: a mark with a space in its address is rare, a link with a title ("…") is not one.
  if (!/\]\(\s*[^\s()<>"{}]+[ \t\u3000]+[^\s()<>"{}]/.test(body)) return [];
  const found: SpacedMark[] = [];
  const walk = (node: Node) => {
    if (SKIP.has(node.type)) return;
    const children = node.children ?? [];
    // A run of text nodes is read as one: emphasis or code inside the brackets ends the run.
    const runs = children.reduce<string[]>((acc, child) => {
      if (child.type === 'text') acc[acc.length - 1] += child.value ?? '';
      else acc.push('');
      return acc;
    }, ['']);
    for (const run of runs) for (const m of run.matchAll(MARK)) found.push({ mark: m[0], image: m[1] === '!', text: m[2]!, address: m[3]!, ...(m[4] ? { title: m[4] } : {}) });
    for (const child of children) walk(child);
  };
  walk(parseBody(body, { bodyOnly: true, format }) as never);
  return found;
}

/** One warning per post whose body has such a mark: the first quoted, how many more, and the mark to write. */
export function flagSpacedAddresses(posts: readonly Post[], lang: Lang): SpacedAddressFlag[] {
  return posts.flatMap((post) => {
    const marks = findSpacedAddresses(post.body, formatOfFile(post.file));
    if (marks.length === 0) return [];
    const [{ mark, image, text, address, title }] = marks as [SpacedMark];
    const more = marks.length - 1;
    const fixed = `${image ? '!' : ''}[${text}](<${address}>${title ? ` ${title}` : ''})`;
    const encoded = address.replace(/[ \t\u3000]/g, (c) => encodeURIComponent(c));
    const message = lang === 'zh'
      ? `“${mark}”${more ? `（还有 ${more} 处）` : ''}会原样显示成文字，不是${image ? '图片' : '链接'}：Markdown 的地址遇到空格就结束了`
      : `"${mark}"${more ? ` (and ${more} more)` : ''} is shown as written, not as ${image ? 'an image' : 'a link'}: a Markdown address ends at a space`;
    const hint = lang === 'zh'
      ? `把地址放进尖括号：${fixed}，或把空格写成 %20（${encoded}），或给文件改一个不带空格的名字`
      : `put the address in angle brackets, ${fixed}, or write its spaces as %20 (${encoded}), or rename the file without spaces`;
    return [{ kind: 'spaced-address' as const, severity: 'warning' as const, post: post.id, file: post.file, message, hint }];
  });
}
