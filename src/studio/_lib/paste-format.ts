/**
 * A post made ready to paste into a platform's own editor: plain text, and HTML with inline
 * styles for WeChat's editor (which keeps inline styles and drops stylesheets). MDX is code and
 * is never run: import/export lines, JSX tags and {expressions} are dropped, and every piece of
 * text is HTML-escaped before the few Markdown marks (headings, lists, quotes, **bold**,
 * *italic*, [links](https://...)) become tags, so the HTML holds no markup from the post itself.
 */

type Block = { kind: 'h' | 'p' | 'li' | 'quote' | 'code'; text: string };

const STYLE = {
  h: 'font-size:18px;font-weight:bold;margin:24px 0 12px;',
  p: 'font-size:16px;line-height:1.75;margin:0 0 16px;color:#333;',
  li: 'font-size:16px;line-height:1.75;margin:0 0 8px;color:#333;',
  quote: 'border-left:3px solid #ccc;padding-left:12px;color:#666;margin:0 0 16px;',
  code: 'font-family:Menlo,monospace;font-size:14px;background:#f6f8fa;padding:12px;white-space:pre-wrap;margin:0 0 16px;',
} as const;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Markdown/MDX body -> blocks; MDX-only syntax is dropped. */
export function splitBlocks(body: string): Block[] {
  const blocks: Block[] = [];
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'p', text: paragraph.reduce(joinLines) });
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fence) {
      flush();
      const code: string[] = [];
      while (++i < lines.length && !lines[i]!.trim().startsWith(fence[1]!)) code.push(lines[i]!);
      blocks.push({ kind: 'code', text: code.join('\n') });
    } else if (!line.trim() || /^(import|export)\s/.test(line)) flush();
    else if (/^#{1,6}\s/.test(line)) (flush(), blocks.push({ kind: 'h', text: line.replace(/^#+\s*/, '') }));
    else if (/^\s*([-*+]|\d+[.)])\s/.test(line)) (flush(), blocks.push({ kind: 'li', text: line.replace(/^\s*([-*+]|\d+[.)])\s+/, '') }));
    else if (/^>\s?/.test(line)) (flush(), blocks.push({ kind: 'quote', text: line.replace(/^>\s?/, '') }));
    else paragraph.push(dropMdx(line.trim()));
  }
  flush();
  return blocks.filter((b) => b.kind === 'code' || b.text.trim());
}

const CJK_END = /[\u3000-\u9fff\uff00-\uffef]$/u;
const CJK_START = /^[\u3000-\u9fff\uff00-\uffef]/u;

/** Lines of one paragraph: Chinese text runs on without a space, other text with one. */
function joinLines(text: string, line: string): string {
  return CJK_END.test(text) && CJK_START.test(line) ? text + line : `${text} ${line}`;
}

function dropMdx(text: string): string {
  return text.replace(/<\/?[A-Za-z][\w.:-]*(?:\s[^<>]*)?\/?>/g, '').replace(/\{[^{}]*\}/g, '');
}

/** Plain text: marks removed, links as "text (url)", blocks separated by blank lines. */
export function toPlainText(body: string): string {
  return splitBlocks(body)
    .map((b) => {
      if (b.kind === 'code') return b.text;
      const text = dropMdx(b.text)
        .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '$1 ($2)')
        .replace(/(\*\*|__)(.+?)\1/g, '$2')
        .replace(/(\*|_)(.+?)\1/g, '$2')
        .replace(/`([^`]+)`/g, '$1');
      return b.kind === 'li' ? `• ${text}` : text;
    })
    .join('\n\n');
}

/** HTML with inline styles; all post text escaped first. */
export function toWechatHtml(title: string, body: string): string {
  const html = splitBlocks(body).map((b) => {
    if (b.kind === 'code') return `<pre style="${STYLE.code}">${escapeHtml(b.text)}</pre>`;
    const tag = { h: 'h2', p: 'p', li: 'p', quote: 'blockquote' }[b.kind];
    const prefix = b.kind === 'li' ? '• ' : '';
    return `<${tag} style="${STYLE[b.kind]}">${prefix}${inline(escapeHtml(dropMdx(b.text)))}</${tag}>`;
  });
  return [`<h1 style="font-size:22px;font-weight:bold;margin:0 0 16px;">${escapeHtml(title)}</h1>`, ...html].join('\n');
}

/** Runs on escaped text: the only tags in the output are the ones made here. */
function inline(escaped: string): string {
  return escaped
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, '<a href="$2" style="color:#576b95;">$1</a>')
    .replace(/(\*\*|__)(.+?)\1/g, '<strong>$2</strong>')
    .replace(/(\*|_)(.+?)\1/g, '<em>$2</em>')
    .replace(/`([^`]+)`/g, '<code style="font-family:Menlo,monospace;background:#f6f8fa;">$1</code>');
}
