/**
 * What HTML a post body may put on the portfolio. Markdown and MDX bodies are rendered by Astro's
 * Markdown processor (Sätteri); this hast plugin runs on each rendered body (pages and feeds use
 * the same render) and passes it through hast-util-sanitize (the sanitizer behind
 * rehype-sanitize) with GitHub's schema, extended for ordinary author HTML. So no body can put
 * script on the site: `<script>`, `<style>`, `<iframe>` (an http(s) one leaves a link to its page), `<object>`, `on*=` handlers and
 * `javascript:`/`vbscript:`/`data:` URLs (but `data:image/…` images) are removed. The studio's
 * editor preview runs this same sanitizer over a body's raw HTML (src/studio/drafts/preview-sanitize.ts).
 *
 * Raw HTML in a .md body arrives as `raw` fragments (one tag each), parsed together with the
 * Markdown around them by hast-util-raw, as a browser would. In an .mdx body HTML is JSX:
 * lowercase (HTML) elements become hast elements with their literal attributes (an `{expression}`
 * attribute is dropped, but a media element's `src={clip}` naming a media file the post imports
 * from its folder: fileUrlAttributes) and are sanitized like any other; components, `{expressions}` and
 * import/export are kept, with their children sanitized.
 */
import type { Nodes, Properties, Root, RootContent } from 'hast';
import { raw } from 'hast-util-raw';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import Slugger from 'github-slugger';
import { CONTAINER_MARKS } from '../core/container-marks.ts';
import { ownHeadingId } from '../pages/_lib/heading-ids.ts';
import { find, html } from 'property-information';
import type { HastPluginDefinition, PluginFactoryContext } from 'satteri';

const shikiStyle = /^(?:\s*(?:--shiki-[\w-]+|color|background-color|font-style|font-weight|text-decoration|overflow-x)\s*:\s*[#\w\s.,%-]+;?)*\s*$/;
const tableAlign = /^\s*text-align\s*:\s*(?:left|right|center)\s*;?\s*$/i;
const media = ['src', 'width', 'height', 'title', 'controls', 'loop', 'muted', 'playsInline', 'preload', 'poster'];

/** GitHub's schema (hast-util-sanitize's default) plus figures, media, classes and ids. */
export const bodySchema: Schema = {
  ...defaultSchema,
  // Ids stay as written: the table of contents links to heading ids, and no post page runs script.
  clobber: [],
  clobberPrefix: '',
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption', 'video', 'audio', 'source', 'track', 'picture', 'mark', 'abbr', 'cite', 'small', 'u', 'time', 'span', 'section', 'aside'],
  strip: ['script', 'style', 'iframe', 'noscript', 'template', 'object', 'embed', 'textarea', 'select', 'button', 'svg', 'math'],
  attributes: {
    ...defaultSchema.attributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'className', 'ariaHidden', 'role'],
    img: [...(defaultSchema.attributes?.img ?? []), 'loading', 'decoding', 'srcSet', 'sizes'],
    video: media,
    audio: media.filter((name) => name !== 'poster' && name !== 'playsInline' && name !== 'width' && name !== 'height'),
    source: ['src', 'srcSet', 'type', 'media', 'sizes'],
    track: ['src', 'kind', 'srcLang', 'label', 'default'],
    time: ['dateTime'],
    // Highlighted code (Shiki) carries its colours inline; only colour declarations are kept.
    pre: [['style', shikiStyle], 'tabIndex', 'dataLanguage'],
    span: [['style', shikiStyle]],
    code: ['className'],
    // A GFM table column's alignment (`:---:`): MDX renders it as a style, which must stay.
    td: [...(defaultSchema.attributes?.td ?? []), ['style', tableAlign]],
    th: [...(defaultSchema.attributes?.th ?? []), ['style', tableAlign]],
  },
  protocols: { ...defaultSchema.protocols, src: ['http', 'https', 'data'], poster: ['http', 'https'], srcSet: ['http', 'https'] },
};

const IMAGE_DATA = /^data:image\/(?:png|gif|jpe?g|webp|avif|svg\+xml)[;,]/i;
type Jsx = { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement'; name: string | null; attributes: { type: string; name?: string; value?: unknown }[]; children: Nodes[] };
type Any = { type: string; tagName?: string; properties?: Properties; children?: Any[] } & Record<string, unknown>;

/** The body tree with everything outside {@link bodySchema} removed (a new tree). */
export function sanitizeBody(tree: Root): Root {
  const kept: Any[] = [];
  const keep = `tl-keep-${Math.random().toString(36).slice(2)}`;
  FILE_URLS = importedFileUrls(tree as unknown as Any);
  let root = toPlain(tree as unknown as Any, kept, keep) as unknown as Root;
  if (hasRaw(root as unknown as Any)) root = raw(root) as Root;
  embedsAsLinks(root as unknown as Any);
  const attributes = { ...bodySchema.attributes, [keep]: ['dataKeep'] };
  for (const tag of FILE_URL_TAGS) attributes[tag] = [...(attributes[tag] ?? []), 'dataKeepUrl'];
  const schema = { ...bodySchema, tagNames: [...(bodySchema.tagNames ?? []), keep], attributes };
  const clean = sanitize(root, schema) as Root;
  namedAnchors(clean as unknown as Any, kept, keep);
  return restore(clean as unknown as Any, kept, keep) as unknown as Root;
}

// Elements whose children are blocks: an embed link there gets a paragraph of its own.
const FLOW_PARENTS = new Set(['root', 'div', 'section', 'aside', 'article', 'figure', 'blockquote', 'li', 'td', 'th', 'details', 'dd']);

/** An iframe's address when it is an http(s) page (a protocol-relative `//host/…` read as https), else null. */
function embedAddress(src: unknown): URL | null {
  if (typeof src !== 'string') return null;
  try {
    const url = new URL(src.trim().startsWith('//') ? `https:${src.trim()}` : src.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * Each `<iframe src="https://…">` (a YouTube or Bilibili player pasted into a post, as Fuwari's
 * video post does) becomes a link to its address, named by its `title` and host ("YouTube video
 * player (www.youtube.com)"), else by host and path; on its own (not inside a paragraph) the link
 * is a paragraph, `<p class="embed">`. The site runs no frames (the schema strips them): before,
 * the player went with nothing in its place. An iframe with no such address is stripped as before.
 */
function embedsAsLinks(node: Any): void {
  node.children?.forEach((child, i) => {
    if (child.type !== 'element') return;
    if (child.tagName !== 'iframe') return embedsAsLinks(child);
    const url = embedAddress(child.properties?.src);
    if (!url) return;
    const title = typeof child.properties?.title === 'string' ? child.properties.title.trim() : '';
    const text = title ? `${title} (${url.host})` : `${url.host}${url.pathname === '/' ? '' : url.pathname}`;
    const flow = node.type === 'root' || FLOW_PARENTS.has(node.tagName ?? '');
    const link: Any = { type: 'element', tagName: 'a', properties: { href: url.href }, children: [{ type: 'text', value: text }] };
    node.children![i] = flow ? { type: 'element', tagName: 'p', properties: { className: ['embed'] }, children: [link] } : link;
  });
}

/** HTML elements whose `src` (and a video's `poster`) may name a file the post imports from its folder. */
const FILE_URL_TAGS = ['img', 'video', 'audio', 'source', 'track'];
/** The files such an attribute may name: images, audio, video and captions (Vite imports each as its URL). */
const MEDIA_FILE = /\.(?:png|jpe?g|gif|webp|avif|svg|webm|mp4|m4v|mov|ogv|ogg|mp3|m4a|wav|flac|opus|vtt)(?:\?url)?$/i;
/** The names the body being sanitized imports from a media file of its folder (`clip`, the default import of its `clip.webm`). */
let FILE_URLS = new Set<string>();

/** The default-import names of the root's ESM blocks whose module is a relative media file (MEDIA_FILE). */
function importedFileUrls(root: Any): Set<string> {
  const names = new Set<string>();
  for (const node of root.children ?? []) {
    if (node.type !== 'mdxjsEsm' || typeof node.value !== 'string') continue;
    for (const m of node.value.matchAll(/\bimport\s+([A-Za-z_$][\w$]*)\s+from\s*(['"])(\.\.?\/[^'"\n]+)\2/g)) if (MEDIA_FILE.test(m[3]!)) names.add(m[1]!);
  }
  return names;
}

/**
 * The `src` / `poster` attributes of an HTML element `jsx` written as a name the post imports from
 * a media file of its folder, `src={clip}` or an image's `src={photo.src}` (the URL the build gives
 * the file, as an Astro blog writes `<video src={clip}>`): kept as they are. Any other expression is
 * dropped as before.
 */
function fileUrlAttributes(jsx: Jsx): Jsx['attributes'] {
  if (!FILE_URL_TAGS.includes(jsx.name ?? '') || FILE_URLS.size === 0) return [];
  return jsx.attributes.filter((a) => {
    if (a.type !== 'mdxJsxAttribute' || (a.name !== 'src' && a.name !== 'poster')) return false;
    const value = a.value as { type?: string; value?: unknown } | null | undefined;
    const m = value && value.type === 'mdxJsxAttributeValueExpression' && typeof value.value === 'string' ? /^\s*([A-Za-z_$][\w$]*)(?:\.src)?\s*$/.exec(value.value) : null;
    return m !== null && m !== undefined && FILE_URLS.has(m[1]!);
  });
}

/** A plain copy; MDX nodes that are not HTML are swapped for a placeholder holding their children. */
function toPlain(node: Any, kept: Any[], keep: string): Any {
  const children = node.children?.map((child) => toPlain(child, kept, keep));
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    const jsx = node as unknown as Jsx;
    if (jsx.name && /^[a-z][a-z0-9-]*$/.test(jsx.name)) {
      const urls = fileUrlAttributes(jsx);
      const properties = jsxProperties(jsx);
      // Sanitized as an element; restore() writes it back as JSX with these attributes.
      if (urls.length > 0) {
        kept.push({ ...node, attributes: urls });
        properties.dataKeepUrl = String(kept.length - 1);
      }
      return { type: 'element', tagName: jsx.name, properties, children: children ?? [] };
    }
  }
  if (node.type.startsWith('mdx')) {
    kept.push({ ...node, children });
    return { type: 'element', tagName: keep, properties: { dataKeep: String(kept.length - 1) }, children: children ?? [] };
  }
  const { type, tagName, properties, value } = node;
  const copy: Any = { type };
  if (tagName !== undefined) copy.tagName = tagName;
  if (properties !== undefined) copy.properties = propertyNames(properties);
  if (value !== undefined) copy.value = value;
  if (children) copy.children = children;
  return copy;
}

/**
 * `properties` under hast's property names. The highlighter hands `<pre>` and its `<span>`s over
 * with HTML attribute names (`tabindex`, `class`), which the schema (written in property names,
 * `tabIndex`, `className`) would not match: the code block lost its `tabindex="0"`, so a reader on
 * a keyboard could not scroll a long line into view (axe scrollable-region-focusable, serious).
 */
function propertyNames(properties: Properties): Properties {
  const out: Properties = {};
  for (const [name, value] of Object.entries(properties)) {
    const info = find(html, name);
    out[info.property] = typeof value === 'string' && info.property !== name && (info.spaceSeparated || info.commaSeparated) ? value.split(info.commaSeparated ? ',' : /\s+/).filter(Boolean) : value;
  }
  return out;
}

function jsxProperties(jsx: Jsx): Properties {
  const properties: Properties = {};
  for (const attribute of jsx.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
    const value = attribute.value;
    if (value !== null && value !== undefined && typeof value !== 'string') continue;
    const info = find(html, attribute.name === 'className' ? 'class' : attribute.name);
    if (value === null || value === undefined) properties[info.property] = true;
    else properties[info.property] = info.spaceSeparated || info.commaSeparated ? value.split(info.commaSeparated ? ',' : /\s+/).filter(Boolean) : value;
  }
  return properties;
}

/** A node's text (a heading's, as Astro's heading-id plugin reads it for its slug). */
function textOf(node: Any): string {
  return node.type === 'text' ? String(node.value ?? '') : (node.children ?? []).map(textOf).join('');
}

/**
 * A legacy named anchor, `## Why <a name="why_need_react"></a>` (Jekyll and WordPress posts write
 * their own table of contents to it): `name` on `<a>` is obsolete HTML, and an `<a>` with neither
 * `href` nor `id` was dropped as a dead link, so `[Why](#why_need_react)` led nowhere. The name
 * becomes the anchor's id, unless the anchor has one or another element of the body has that id
 * or will (a heading's slug, as Astro's heading-id plugin gives it, a heading's `{#id}`, which
 * pages/_lib/heading-ids.ts gives it after this, or the page's own `tl-…` ids), before or after
 * the anchor: then the link reaches that element and the name goes. All ids are gathered before
 * any name is turned into one, so no id is on the page twice. `kept`/`keep`: the MDX nodes set
 * aside by sanitizeBody (a heading's `{/* #id *\/}`). Changes `root`.
 */
function namedAnchors(root: Any, kept: readonly Any[], keep: string): void {
  const anchors: Any[] = [];
  const ids = new Set<string>();
  const headings: Any[] = [];
  const walk = (node: Any) => {
    if (node.type === 'element') {
      const id = node.properties?.id;
      if (typeof id === 'string' && id !== '') ids.add(id);
      if (node.tagName === 'a' && node.properties?.name !== undefined) anchors.push(node);
      if (/^h[1-6]$/.test(node.tagName ?? '')) headings.push(node);
    }
    node.children?.forEach(walk);
  };
  walk(root);
  if (anchors.length === 0) return;
  const slugger = new Slugger();
  for (const heading of headings) {
    // A heading's `{#id}` (pages/_lib/heading-ids.ts, run after this) is its id, and takes no slug.
    const children = (heading.children ?? []).map((c) => (c.tagName === keep ? kept[Number(c.properties?.dataKeep)]! : c));
    const own = ownHeadingId(children as { type: string; value?: unknown }[]);
    if (own !== null) ids.add(own);
    else if (typeof heading.properties?.id !== 'string') ids.add(slugger.slug(textOf(heading)));
  }
  for (const anchor of anchors) {
    const { name, ...properties } = anchor.properties!;
    const value = Array.isArray(name) ? name.join(' ') : String(name ?? '');
    if (properties.id === undefined && value !== '' && !/\s/.test(value) && !ids.has(value) && !value.startsWith('tl-')) {
      properties.id = value;
      ids.add(value);
    }
    anchor.properties = properties;
  }
}

function isDeadLink(node: Any): boolean {
  return node.type === 'element' && node.tagName === 'a' && node.properties?.href === undefined && node.properties?.id === undefined;
}

function hasRaw(node: Any): boolean {
  return node.type === 'raw' || (node.children ?? []).some(hasRaw);
}

/** Put kept MDX nodes back, and drop `data:` sources anywhere but an image's picture. */
function restore(node: Any, kept: Any[], keep: string): Any {
  // A link whose address was removed is no link: its text stays, without a link's look.
  const children = node.children?.flatMap((child) => (isDeadLink(child) ? (child.children ?? []) : [child])).map((child) => restore(child, kept, keep));
  if (node.type === 'element' && node.tagName === keep) {
    const original = kept[Number(node.properties?.dataKeep)];
    return original ? { ...original, children: children ?? original.children } : { type: 'text', value: '' };
  }
  if (node.type === 'element' && node.properties?.dataKeepUrl !== undefined) {
    const original = kept[Number(node.properties.dataKeepUrl)] as unknown as Jsx | undefined;
    const { dataKeepUrl: _, ...properties } = node.properties;
    if (!original) return { ...node, properties, ...(children ? { children } : {}) };
    // The element as the sanitizer left it, written back as JSX, with the kept file URLs.
    const attributes = Object.entries(properties).flatMap(([name, value]) => {
      if (value === false || value === null || value === undefined) return [];
      const attribute = find(html, name).attribute;
      return [{ type: 'mdxJsxAttribute', name: attribute === 'class' ? 'className' : attribute, value: value === true ? null : Array.isArray(value) ? value.join(' ') : String(value) }];
    });
    return { ...(original as unknown as Any), attributes: [...attributes, ...original.attributes], children: (children ?? []) as unknown as Nodes[] } as unknown as Any;
  }
  for (const name of ['src', 'srcSet', 'poster']) {
    const value = node.properties?.[name];
    if (typeof value === 'string' && /^\s*data:/i.test(value) && !(node.tagName === 'img' && name === 'src' && IMAGE_DATA.test(value.trim())))
      delete node.properties![name];
  }
  return children ? { ...node, children } : node;
}

/**
 * The post page's title is its one <h1>, and the body's outline starts one level under it: every
 * body heading moves by the same number of levels so that the shallowest one is an <h2>. A body
 * that uses `# heading` moves down one level (h1 to h2 … h5 to h6; h6 stays); one whose headings
 * start at `###` (many imported Chinese posts: `### 1. 安装`) moves up, so a reader's heading list
 * does not jump from the title to level 3 (axe `heading-order`, WCAG 1.3.1 technique G141); one
 * with any `##` stays. The outline keeps its shape; levels stay within h2-h6. GFM's footnotes
 * heading (`h2#footnote-label`, added by the processor; `footnoteId` names it where the ids are
 * scoped, as in the studio's preview) neither counts nor moves. Changes `tree`.
 */
export function levelBodyHeadings(tree: Root, footnoteId = 'footnote-label'): Root {
  const all: Any[] = [];
  const walk = (node: Any) => {
    if (node.type === 'element' && /^h[1-6]$/.test(node.tagName ?? '') && node.properties?.id !== footnoteId) all.push(node);
    node.children?.forEach(walk);
  };
  walk(tree as unknown as Any);
  const shift = headingShift(all.map((h) => Number(h.tagName!.slice(1))));
  if (shift !== 0) for (const h of all) h.tagName = `h${shiftedLevel(Number(h.tagName!.slice(1)), shift)}`;
  return tree;
}

/** The levels every body heading moves by (levelBodyHeadings): 2 minus the shallowest of `levels` (1-6), 0 when there is none. */
export function headingShift(levels: readonly number[]): number {
  return levels.length === 0 ? 0 : 2 - Math.min(...levels);
}

/** A heading's level (1-6) moved by `shift` (headingShift), kept within h2-h6. */
export function shiftedLevel(level: number, shift: number): number {
  return Math.max(2, Math.min(6, level + shift));
}

/**
 * The Sätteri hast plugin: replaces each rendered body with its sanitized tree, headings demoted
 * under the page title. Astro's heading-id plugin runs after it, so ids and the table of contents
 * follow the demoted levels.
 */
export const sanitizeAlways: HastPluginDefinition = {
  name: 'throughline-sanitize-body',
  after(root, ctx) {
    ctx.replaceNode(root, levelBodyHeadings(sanitizeBody(root as Root)) as unknown as Readonly<RootContent> as never);
  },
};

/** Schemes a Markdown link, image or autolink may carry that the schema keeps as they are. */
const KEPT_SCHEMES = new Set(['http', 'https', 'mailto']);
// Control characters other than tab and line ends: a scheme can hide behind them.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
// A link or image destination that starts with a scheme: `](javascript:`, `]( data:`.
const LINK_SCHEME = /\]\(\s*([a-z][a-z0-9+.-]*):/gi;
// Reference definitions (`[x]: url`, footnotes `[^1]: …`): a label may hold an escaped `]` or a
// line break, and a definition may stand in a blockquote or a list item, so any `]:` counts.
const DEFINITION = ']:';
// Setext and ATX first-level headings (demoted), in a blockquote or a list item too (`> # Title`).
const FIRST_LEVEL = new RegExp(String.raw`^${CONTAINER_MARKS}(?:#(?=[ \t]|$)|=+[ \t]*$)`, 'm');
// ATX headings of level 3 to 6, and of level 2: a body with the first and none of the second may
// have its outline start at h3, which the plugin moves up (a setext h2 only makes it run for nothing).
// The deep ones anywhere a heading may stand; the second level at the start of a line only: a `##`
// it misses makes the plugin run for nothing, one it took for a heading would leave it out.
const DEEP_HEADING = new RegExp(String.raw`^${CONTAINER_MARKS}#{3,6}(?=[ \t]|$)`, 'm');
const SECOND_LEVEL = /^[ \t]{0,3}##(?=[ \t]|$)/m;
// Fenced or indented code: Shiki has put inline styles on it before this plugin runs. A fence may
// stand in a blockquote or a list item: any ``` or ~~~ counts. A line of spaces alone is a blank
// line, never code: Astro hands an .mdx body over with its frontmatter blanked to spaces
// (positions kept), and every .mdx post was taken for code and sanitized.
// Indented: 4 columns, a tab after up to 3 spaces reaching them too (`  \t## x` is code, no `##`).
const INDENTED_CODE = /^(?: {4}| {0,3}\t)[ \t]*\S/m;
const hasCode = (source: string): boolean => source.includes('```') || source.includes('~~~') || INDENTED_CODE.test(source);
// MDX import and export lines (kept as they are, but not as the same nodes).
const ESM = /^(?:import|export)\b/m;

/**
 * Whether a body's source can render to anything the sanitizer would change. False only for
 * plain Markdown: no HTML or JSX (`<`), no MDX expression (`{`, `}`), no character reference
 * (`&`, which can spell a scheme), no control character, no link or image whose address has a
 * scheme other than http(s) or mailto, no reference definition, no first-level heading (those
 * are demoted) nor headings that start at `###` with no `##` (moved up), no code (highlighted before this plugin) and no MDX import or export. For such a
 * body the sanitized output equals the unsanitized one (tests/unit/sanitize-skip.test.ts checks
 * this on 2,100 real posts and on every Markdown construct), so its tree need not cross from
 * Sätteri's native side into JavaScript and back: three bodies in four skip it.
 */
export function mayNeedSanitizing(source: string): boolean {
  if (/[<{}&]/.test(source) || CONTROL.test(source) || source.includes(DEFINITION) || FIRST_LEVEL.test(source) || hasCode(source) || ESM.test(source)) return true;
  if (DEEP_HEADING.test(source) && !SECOND_LEVEL.test(source)) return true;
  LINK_SCHEME.lastIndex = 0;
  for (const [, scheme] of source.matchAll(LINK_SCHEME)) if (!KEPT_SCHEMES.has(scheme.toLowerCase())) return true;
  return false;
}

/**
 * The Sätteri hast plugin, for `hastPlugins`: a factory that Sätteri calls with each document's
 * source; it leaves the sanitizer out only of a plain Markdown body ({@link mayNeedSanitizing}).
 */
export const sanitizeHtml = (ctx: PluginFactoryContext): HastPluginDefinition | null => (mayNeedSanitizing(ctx.source) ? sanitizeAlways : null);
