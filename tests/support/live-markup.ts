/**
 * Finds what a browser would run in imported or built text: raw HTML tags outside code in a
 * Markdown post, and in HTML: script elements, `on*` handler attributes, and URL attributes
 * whose scheme (read the way the WHATWG URL parser reads it) is not http, https, mailto or webcal
 * (a calendar to subscribe to, which the about page links: the browser hands it to a calendar app).
 */
import domino from '@mixmark-io/domino';

const SAFE = new Set(['http:', 'https:', 'mailto:', 'webcal:']);
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'background', 'poster', 'cite', 'srcset', 'content'];

/** The scheme a browser would use for `value`, or '' for a relative address. */
export function schemeOf(value: string): string {
  const cleaned = value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase().concat(':') ?? '';
}

const unsafe = (value: string) => {
  const scheme = schemeOf(value);
  return scheme !== '' && !SAFE.has(scheme);
};

/** Problems in a Markdown post body: live tags outside code, and unsafe link or image destinations. */
export function findLiveMarkdown(markdown: string): string[] {
  const problems: string[] = [];
  const prose: string[] = [];
  let fence: { char: string; length: number } | undefined;
  for (const line of markdown.split('\n')) {
    const marker = /^\s*(`{3,}|~{3,})(.*)$/.exec(line);
    if (fence) {
      if (marker && marker[1]![0] === fence.char && marker[1]!.length >= fence.length && marker[2]!.trim() === '') fence = undefined;
      continue;
    }
    if (marker && !(marker[1]![0] === '`' && marker[2]!.includes('`'))) fence = { char: marker[1]![0]!, length: marker[1]!.length };
    else prose.push(line);
  }
  const text = prose.join('\n').replace(/(`+)[\s\S]*?[^`]\1(?!`)/g, '');
  for (const m of text.matchAll(/<[A-Za-z!/?][^\n]{0,40}/g)) problems.push(`live tag: ${m[0]}`);
  for (const m of text.matchAll(/(?<!\\)\]\(\s*(<[^>\n]*>|[^\s)]+)/g)) {
    const destination = m[1]!.replace(/^<|>$/g, '').replace(/\\(.)/g, '$1');
    if (unsafe(destination)) problems.push(`unsafe destination: ${destination}`);
  }
  for (const m of text.matchAll(/^ {0,3}\[[^\]\n]+\]:\s*(\S+)/gm)) if (unsafe(m[1]!)) problems.push(`unsafe definition: ${m[1]}`);
  return problems;
}

/** Problems in an HTML document: script elements, handler attributes, unsafe URL attributes. */
export function findLiveHtml(html: string): string[] {
  const doc = domino.createDocument(html) as unknown as { querySelectorAll(s: string): Iterable<DomElement> & { length: number } };
  const problems: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    const tag = el.tagName.toLowerCase();
    if (['script', 'iframe', 'object', 'embed', 'base', 'frame'].includes(tag) && !isJsonLd(el)) problems.push(`<${tag}> element`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`<${tag} ${name}=…> handler`);
      if (URL_ATTRIBUTES.includes(name) && (name !== 'content' || tag === 'meta') && urlsOf(name, attr.value).some(unsafe))
        problems.push(`<${tag} ${name}="${attr.value.slice(0, 60)}">`);
    }
  }
  return problems;
}

interface DomElement {
  tagName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  attributes: ArrayLike<{ name: string; value: string }>;
}

/**
 * Structured data (`<script type="application/ld+json">`) is data, never run: allowed while its
 * text holds no `<`, so no value in it can close the element early.
 */
function isJsonLd(el: DomElement): boolean {
  return el.tagName.toLowerCase() === 'script' && el.getAttribute('type') === 'application/ld+json' && !(el.textContent ?? '').includes('<');
}

function urlsOf(name: string, value: string): string[] {
  if (name === 'srcset') return value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '');
  if (name === 'content') return [/url\s*=\s*(.*)$/i.exec(value)?.[1] ?? ''];
  return [value];
}
