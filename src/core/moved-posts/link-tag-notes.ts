/**
 * A moved post's link tags, Jekyll's `{% link %}` / `{% post_url %}` (plan.ts withJekyllLinks),
 * Hugo's `{{< ref >}}` / `{{< relref >}}` (hugo-refs.ts) and Hexo's `{% post_link %}` /
 * `{% post_path %}` (hexo-post-links.ts): each rewritten in the post's prose as its generator's
 * module answers it (withLinkTagsAnswered), and what import says of them: those now written as a
 * post's page, and those naming no post, kept as written.
 */
import type { Text } from '../i18n/text.ts';
import { splitFrontmatter } from '../post-file.ts';
import { replaceInProse } from './hexo-assets.ts';

/** Each generator's link tag, in the note's words: English singular and plural, Chinese. */
const TAG_WORDS = {
  Jekyll: { one: 'link tag', many: 'link tags', zh: '链接标签' },
  Hugo: { one: 'ref shortcode', many: 'ref shortcodes', zh: 'ref 短代码' },
  Hexo: { one: 'post link tag', many: 'post link tags', zh: '文章链接标签' },
} as const;

/**
 * The notes of a post whose `generator`'s link tags were read: `linked`, each tag now a page
 * (`{% link a.md %} -> /posts/a/`), and `kept`, each tag naming no post (as written). `hint.missing`
 * says which posts were looked among (English after "no post", Chinese after "指向的文件"), `hint.fix`
 * what to do before the common "or write the link as [text](/posts/<id>/)". Repeated tags are named once;
 * no notes when both lists are empty.
 */
export function linkTagNotes(generator: keyof typeof TAG_WORDS, linked: readonly string[], kept: readonly string[], hint: { missing: Text; fix: Text }): Text[] {
  const words = TAG_WORDS[generator];
  const notes: Text[] = [];
  // Counted once named once: a tag written twice is one tag.
  const linkedOnce = [...new Set(linked)];
  const keptOnce = [...new Set(kept)];
  if (linkedOnce.length) {
    const one = linkedOnce.length === 1;
    notes.push({
      en: `its ${generator} ${one ? `${words.one} now names that post's page` : `${words.many} now name those posts' pages`} (${linkedOnce.join(', ')})`,
      zh: `它的 ${generator} ${words.zh}已改为${one ? '那篇文章' : '那些文章'}的页面（${linkedOnce.join('，')}）`,
    });
  }
  if (keptOnce.length) {
    const one = keptOnce.length === 1;
    const list = keptOnce.join(', ');
    notes.push({
      en: `its ${generator} ${one ? words.one : words.many} ${list} ${one ? 'names' : 'name'} no post ${hint.missing.en}: kept as written, which the site would show as text; ${hint.fix.en}, or write the link as [text](/posts/<id>/)`,
      zh: `它的 ${generator} ${words.zh} ${list} 指向的文件${hint.missing.zh}：已按原样保留，网站上会显示为文字；${hint.fix.zh}，或把链接写成 [文字](/posts/<id>/)`,
    });
  }
  return notes;
}

/** What a link tag becomes: `text` in its place, and `linked` (`tag -> /posts/a/`) or `kept` (the tag as the note names it) for the notes. */
export interface LinkTagAnswer {
  text: string;
  linked?: string;
  kept?: string;
}

/**
 * `move` with each link tag of its body's prose (replaceInProse: outside code; `needle` the text
 * every tag holds, `pattern` a global regex of one tag) written as `answer` says, and the notes
 * linkTagNotes makes of what it linked and kept (`generator`, `hint` as there); the move itself
 * when nothing changed and nothing was kept.
 */
export function withLinkTagsAnswered<M extends { from: string; text: string; notes: Text[] }>(
  move: M,
  generator: keyof typeof TAG_WORDS,
  find: { needle: string; pattern: RegExp },
  hint: { missing: Text; fix: Text },
  answer: (tag: string, groups: string[]) => LinkTagAnswer,
): M {
  const { body } = splitFrontmatter(move.text, move.from);
  const linked: string[] = [];
  const kept: string[] = [];
  const converted = replaceInProse(body, find.needle, find.pattern, (tag, groups) => {
    const told = answer(tag, groups);
    if (told.linked !== undefined) linked.push(told.linked);
    if (told.kept !== undefined) kept.push(told.kept);
    return told.text;
  });
  if (converted === body && kept.length === 0) return move;
  return { ...move, text: move.text.slice(0, move.text.length - body.length) + converted, notes: [...move.notes, ...linkTagNotes(generator, linked, kept, hint)] };
}
