/**
 * Markdown as plain text for editors that take nothing else (LinkedIn, Weibo, X), walked from
 * marked's tokens so that nested lists keep their depth and tables their rows.
 */
import { Marked, type Token, type Tokens } from 'marked';
import { joinCjkLines } from '../../pages/_lib/cjk-line-breaks.ts';

export const PLAIN_MARKED = new Marked({ gfm: true });

/** Block tokens -> one string per block; `depth` indents list items. */
export function plainBlocks(tokens: Token[], depth: number): string[] {
  return tokens.flatMap((token): string[] => {
    switch (token.type) {
      case 'heading':
      case 'paragraph':
        return [plainInline((token as Tokens.Paragraph).tokens)];
      case 'text':
        return [(token as Tokens.Text).tokens ? plainInline((token as Tokens.Text).tokens!) : joinLines((token as Tokens.Text).text)];
      case 'code':
        return [(token as Tokens.Code).text];
      case 'blockquote':
        return plainBlocks((token as Tokens.Blockquote).tokens, depth);
      case 'list':
        return [plainList(token as Tokens.List, depth)];
      case 'table':
        return [plainTable(token as Tokens.Table)];
      default:
        return [];
    }
  }).filter((text) => text.trim() !== '');
}

function plainList(list: Tokens.List, depth: number): string {
  const start = typeof list.start === 'number' ? list.start : 1;
  return list.items
    .map((item, i) => {
      const mark = list.ordered ? `${start + i}.` : '•';
      const [first = '', ...rest] = plainBlocks(item.tokens, depth + 1);
      return [`${'  '.repeat(depth)}${mark} ${first}`, ...rest].join('\n');
    })
    .join('\n');
}

function plainTable(table: Tokens.Table): string {
  const row = (cells: Tokens.TableCell[]) => cells.map((c) => plainInline(c.tokens)).join(' | ');
  return [row(table.header), ...table.rows.map(row)].join('\n');
}

function plainInline(tokens: Token[]): string {
  return tokens
    .map((token) => {
      if (token.type === 'link') {
        const text = plainInline((token as Tokens.Link).tokens);
        // A bare URL is a link whose text is its address: print it once.
        return /^https?:\/\//i.test(token.href) && text !== token.href ? `${text} (${token.href})` : text;
      }
      if (token.type === 'image') return (token as Tokens.Image).text;
      if (token.type === 'html') return '';
      if (token.type === 'br') return '\n';
      if ('tokens' in token && token.tokens) return plainInline(token.tokens);
      return joinLines('text' in token ? String(token.text) : token.raw);
    })
    .join('');
}

/**
 * Lines of one paragraph: Chinese text runs on without a space (between two CJK characters, or
 * beside full-width punctuation: pages/_lib/cjk-line-breaks.ts, as the portfolio joins them),
 * other text with one.
 */
function joinLines(text: string): string {
  return joinCjkLines(text).replace(/[ \t]*\n[ \t]*/g, ' ');
}
