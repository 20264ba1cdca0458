/**
 * Feed HTML -> Markdown for a `.md` post: headings, lists, links, images and fenced code
 * blocks kept. Text outside code is escaped so that it never turns into markup: `<` becomes
 * `&lt;` (a `<script>` written about in a post stays text) and entity-like `&name;` stays
 * literal. Relative image and link addresses are resolved against the entry's address.
 */
import TurndownService from 'turndown';

type TurndownNode = TurndownService.Node & { getAttribute(name: string): string | null };

// One converter for every call (building one costs more than a short post); `current.base`
// is set for the duration of each synchronous call.
const current: { base: string | undefined } = { base: undefined };
const service = createService(current);

/** Markdown for `html`; `base` (the entry's URL) resolves relative `src` and `href`. */
export function convertHtmlToMarkdown(html: string, base?: string): string {
  current.base = base;
  try {
    return service.turndown(html).trim();
  } finally {
    current.base = undefined;
  }
}

/** Plain text (JSON Feed `content_text`, Atom `type="text"`) as escaped Markdown paragraphs. */
export function convertTextToMarkdown(text: string): string {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => service.escape(paragraph.trim()))
    .filter(Boolean)
    .join('\n\n');
}

function createService(current: { base: string | undefined }): TurndownService {
  const service = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '*' });
  const escapeMarkdown = service.escape.bind(service);
  service.escape = (text: string) => escapeMarkdown(text).replace(/&(?=#?\w+;)/g, '&amp;').replace(/</g, '&lt;');
  service.remove(['script', 'style', 'noscript', 'iframe', 'form']);
  service.addRule('plainPre', {
    filter: (node) => node.nodeName === 'PRE' && node.firstChild?.nodeName !== 'CODE',
    replacement: (_content, node) => `\n\n\`\`\`\n${(node.textContent ?? '').replace(/\n$/, '')}\n\`\`\`\n\n`,
  });
  service.addRule('resolvedImage', {
    filter: 'img',
    replacement: (_content, node) => {
      const src = resolveUrl((node as TurndownNode).getAttribute('src'), current.base);
      if (!src) return '';
      const alt = escapeMarkdown((node as TurndownNode).getAttribute('alt') ?? '').replace(/\s+/g, ' ');
      return `![${alt}](${linkDestination(src)})`;
    },
  });
  service.addRule('resolvedLink', {
    filter: (node) => node.nodeName === 'A' && Boolean(node.getAttribute('href')),
    replacement: (content, node) => {
      const href = resolveUrl((node as TurndownNode).getAttribute('href'), current.base);
      return href ? `[${content}](${linkDestination(href)})` : content;
    },
  });
  return service;
}

function resolveUrl(value: string | null, base: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  if (/^(javascript|vbscript|data:text)/i.test(trimmed)) return undefined;
  try {
    return base ? new URL(trimmed, base).href : trimmed;
  } catch {
    return trimmed;
  }
}

function linkDestination(url: string): string {
  const escaped = url.replace(/([<>()])/g, '\\$1');
  return /\s/.test(escaped) ? `<${escaped}>` : escaped;
}
