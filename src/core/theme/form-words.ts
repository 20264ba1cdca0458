/**
 * Words that name the kind of post, not its subject: "Notes on X", "Lessons from freelancing",
 * "Tips for …", 接案心得, 读书笔记, 生活分享, 设计日常. A pillar named so, or a label or strength
 * worded so, made every draft that says the same everyday word read on theme: a trial user's
 * pillar 接案心得 ("freelancing lessons") held 日本旅遊心得 ("travel notes from Japan") on theme
 * through 心得 alone, and "Notes on freelancing" held "Travel notes from Kyoto" through "notes".
 * By general-language frequency they are no commoner than subject words (心得 weighs 3.7 and 接案
 * 4.0; "lesson" and "contract" both 2.5), and no table the project has tells them apart: jieba's
 * document frequencies (analyse/idf.txt) put 心得 and 笔记 in fewer documents than 报价 and 合同.
 * So they are listed by hand (tests/eval/RESULTS.md, "Words that name the kind of post"), in
 * English as written (read through normalizeWord: "notes" and "note" are the stem note) and in
 * Chinese (Simplified; Traditional text is read as Simplified: 筆記 is 笔记). In the brand text
 * they count a small share of their value (model.ts FORM_SHARE), and a Chinese one does not cross
 * the bridge to its glosses (background-lookup.ts crossesBridge); a post's own words keep their
 * weight, so a draft made of nothing else is still read.
 */
import { normalizeWord } from './tokenize.ts';

const ENGLISH = [
  'note', 'notes', 'tip', 'tips', 'lesson', 'lessons', 'trick', 'tricks', 'musings', 'ramblings', 'insights', 'takeaways',
  'diary', 'roundup', 'recap',
];
const CHINESE = [
  '心得', '笔记', '分享', '经验', '日常', '技巧', '总结', '随笔', '记录', '感想', '体会', '小结', '杂谈', '杂记', '札记', '手记', '日记',
  '漫谈', '感悟', '随想', '教训', '干货', '贴士', '小贴士', '窍门', '复盘', '碎碎念', '点滴', '分享会', '周记', '周报',
];

let words: Set<string> | undefined;

/** Whether `term` (an English stem as tokenize() gives it, or a Simplified Han word) names a kind of post. */
export function isFormWord(term: string): boolean {
  words ??= new Set([...ENGLISH.map(normalizeWord).filter((t): t is string => t !== null), ...CHINESE]);
  return words.has(term);
}
