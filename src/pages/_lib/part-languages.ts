/**
 * The language of parts (WCAG 3.1.2): a LeetCode problem quoted in English in a Chinese post was
 * read by screen readers with the Chinese voice, and a Chinese quote in an English post with the
 * English one, since the only `lang` around them was the page's. This hast plugin, run after the
 * sanitizer, gives each text block (p, li, blockquote, h1-h6, td, th, figcaption) whose letters
 * are all in the other script its own `lang`: Latin in a Chinese post `en` (or `de`, `fr`… for a
 * text clearly in one: core/language.ts textLangAttr), Han in an English post `zh-CN` or `zh-Hant`
 * (chineseTag). A mixed sentence (这是 Go 的写法) keeps the post's language, and so does a short
 * Latin run (Go, API, `## 2 Algorithm`): a name, not a passage. Code, kbd, samp and math are no
 * prose: their text is not read and they are never marked. The editor preview runs this same
 * plugin (pages/_lib/body-fixes.ts, studio/drafts/preview-hast.ts).
 */
import type { Element, ElementContent } from 'hast';
import type { HastPluginDefinition, PluginFactoryContext } from 'satteri';
import { textLangAttr, type Lang } from '../../core/language.ts';
import { frontmatterOf, sourceLanguage } from './admonitions.ts';

/** The blocks a part's language is given to: those holding text, the innermost (see hasBlockChild). */
const TEXT_BLOCKS = ['p', 'li', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'figcaption'];
/** Elements whose text is not prose in any language. */
const NOT_PROSE = new Set(['code', 'pre', 'kbd', 'samp', 'math', 'script', 'style', 'svg', 'template']);
/** Children that make an element a container: its inner blocks are judged each on its own. */
const BLOCKS = new Set([...TEXT_BLOCKS, 'ul', 'ol', 'pre', 'table', 'div', 'aside', 'section', 'figure', 'dl', 'details', 'hr']);

/** A Latin passage: this many words, or this many letters (one long word is still a name). */
const MIN_LATIN_WORDS = 3;
const MIN_LATIN_LETTERS = 20;

/**
 * The `lang` a block with prose `text` needs in a post in `post` (core/language.ts postLanguage),
 * or undefined when it inherits the post's: in a Chinese post, text whose letters are all Latin,
 * at least 3 words or 20 letters with the Latin of its inline `code` (the text left out of
 * `text`), is `en` (or the Latin language it is clearly in); in an English post, text whose
 * letters are all Han is `zh-CN` or `zh-Hant`. Text with no letter, with letters of both
 * scripts, or of another script (kana, Hangul) inherits.
 */
export function partLanguage(text: string, post: Lang, code = ''): string | undefined {
  const letters = text.match(/\p{L}/gu);
  if (!letters) return undefined;
  if (post === 'zh') {
    if (!letters.every((c) => /\p{Script=Latin}/u.test(c))) return undefined;
    // Inline code counts towards the length (Run `npm install` first), never on its own.
    const all = `${text} ${code}`;
    const long = (all.match(/\p{Script=Latin}+/gu)?.length ?? 0) >= MIN_LATIN_WORDS || (all.match(/\p{Script=Latin}/gu)?.length ?? 0) >= MIN_LATIN_LETTERS;
    return long ? textLangAttr(text, 'zh') : undefined;
  }
  return letters.every((c) => /\p{Script=Han}/u.test(c)) ? textLangAttr(text, 'en') : undefined;
}

/** The text of a node's descendants, prose apart from what is not (code, math and the like). */
function texts(node: Element | ElementContent, out = { prose: '', other: '' }, inProse = true): typeof out {
  if (node.type === 'text') out[inProse ? 'prose' : 'other'] += node.value;
  else if (node.type === 'element') for (const child of node.children ?? []) texts(child, out, inProse && !NOT_PROSE.has(node.tagName));
  return out;
}

/** Whether a block holds other blocks (a loose list's `<li><p>`, a quote's paragraphs): those are marked, not it. */
const hasBlockChild = (node: Element) => (node.children ?? []).some((c) => c.type === 'element' && BLOCKS.has(c.tagName));

function plugin(post: Lang): HastPluginDefinition {
  return {
    name: 'throughline-part-languages',
    element: {
      filter: TEXT_BLOCKS,
      visit(node: Readonly<Element>, ctx) {
        if (node.properties.lang !== undefined || hasBlockChild(node)) return;
        const { prose, other } = texts(node);
        const lang = partLanguage(prose, post, other);
        if (lang) ctx.setProperty(node, 'lang', lang);
      },
    },
  };
}

/**
 * The plugin, for `hastPlugins` (after the sanitizer): only a document with a Han character in
 * its title or text (a Chinese post, or an English one quoting Chinese) or a Chinese `lang` is
 * handed to it.
 */
export function partLanguages(ctx: PluginFactoryContext): HastPluginDefinition | null {
  const front = frontmatterOf(ctx);
  if (!/\p{Script=Han}/u.test(`${String(front?.title ?? '')}${ctx.source}`) && !/^zh/i.test(String(front?.lang ?? ''))) return null;
  return plugin(sourceLanguage(ctx.source, front));
}
