/**
 * Words a draft holds while it is begun, not what it is about: a title not chosen yet, a note to
 * self, filler text (lorem ipsum), a test, an interjection, in English and Chinese. Each is a real
 * word too ("draft", 文章, "note"), so it only ever makes a draft unjudged when no other word is
 * its evidence (score.ts), and a title made of nothing else is not read (post-terms.ts).
 */
import { baseOf } from './evidence.ts';
import { toSimplified } from './traditional.ts';
import { writtenWords } from './tokenize.ts';

const PLACEHOLDERS = new Set([
  'untitled', 'new', 'draft', 'drafts', 'post', 'posts', 'note', 'notes', 'todo', 'todos', 'wip', 'tbd', 'tba', 'tk', 'xxx', 'placeholder', 'fixme', 'coming', 'soon',
  'lorem', 'ipsum', 'dolor', 'sit', 'amet', 'consectetur', 'adipiscing', 'elit', 'sed', 'eiusmod', 'tempor', 'incididunt', 'labore', 'dolore', 'magna', 'aliqua',
  'ok', 'okay', 'hmm', 'haha', 'lol', 'test', 'testing',
  '草稿', '无标题', '无题', '未命名', '新建', '新建文章', '标题', '新文章', '文章', '正文', '待续', '未完待续', '占位', '待写', '待定', '暂定', '待补充', '补充', '笔记', '测试',
  '嗯', '嗯嗯', '哈哈', '哈哈哈', '呵呵', '嘿嘿', '好的', '哦',
]);

/** Whether an evidence word (as shown: "饺子 (dumpling)" is read as 饺子) is a placeholder. */
export function isPlaceholder(word: string): boolean {
  const base = baseOf(word).toLowerCase();
  return PLACEHOLDERS.has(base) || PLACEHOLDERS.has(toSimplified(base));
}

const DIGIT = /\p{N}/u;

/**
 * Whether a title says nothing but that the post is begun: "Note", "Draft 2", "Untitled",
 * "New post", "TODO", 草稿, 笔记, 未命名 (its words all placeholders or numbers: an editor's
 * default title, "New post", was read as the word "post"). Such a title is not read: read,
 * "Note" met a Chinese brand's 笔记 (notes) through the bridge and carried an English one-liner
 * on running to 0.97 (trial on real blogs, 2026-12). An empty title is not one.
 */
export function isPlaceholderTitle(title: string): boolean {
  const words = writtenWords(title).filter((w) => !DIGIT.test(w));
  return words.length > 0 && words.every(isPlaceholder);
}
