/**
 * What `import` says when the portfolio would speak another language than most of its posts:
 * the language is guessed from the brand's own words (brandLanguage), and a brand named with a
 * Latin name and a Latin label ("Dajun", "Go") got English menus over 124 Chinese posts.
 */
import type { Text } from './i18n/text.ts';
import { brandLanguage, majorityLanguage, postLanguageMix, type Lang } from './language.ts';
import type { Brand } from './schema/planner.ts';

type CountedPost = { body: string; data: { title: string; status: string; lang?: string } };

const NAME: Record<Lang, Text> = { en: { en: 'English', zh: '英文' }, zh: { en: 'Chinese', zh: '中文' } };

/**
 * `posts`: every post of the project once the import is done, any status (only published ones
 * count, as only they are on the portfolio). null when `brand.language` is set, or when most
 * published posts (majorityLanguage) are in the language the brand's words read as, or none is.
 * Else one line, said on content/planner.json, naming the counts, the brand's words and the fix
 * (`brand.language` there, or the studio's Brand page). It writes nothing: the guess may be what
 * the author wants (an English brand translating Chinese posts), so setting it is their call.
 */
export function brandLanguageNote(brand: Pick<Brand, 'name' | 'label' | 'audience' | 'language'>, posts: readonly CountedPost[]): Text | null {
  if (brand.language) return null;
  const guessed = brandLanguage(brand);
  const published = posts.filter((p) => p.data.status === 'published');
  const most = majorityLanguage(published);
  if (most === undefined || most === guessed) return null;
  const count = published.filter((p) => postLanguageMix(p.data.title, p.data.lang, p.body) === most).length;
  const words = [brand.name, brand.label, brand.audience ?? ''].filter((w) => w.trim()).map((w) => JSON.stringify(w));
  const fix = `"language": "${most}"`;
  return {
    en: `${count} of ${published.length} published posts are in ${NAME[most].en}, but the brand's name, label and audience (${words.join(', ')}) read as ${NAME[guessed].en}, so the portfolio's menus, dates and labels are in ${NAME[guessed].en}: set ${fix} in its "brand" (or Language of the site on the studio's Brand page) to have them in ${NAME[most].en}`,
    zh: `${published.length} 篇已发布的文章中有 ${count} 篇是${NAME[most].zh}，但品牌的名字、定位标签和受众（${words.join('、')}）读作${NAME[guessed].zh}，所以作品集的菜单、日期和标签是${NAME[guessed].zh}：在它的 "brand" 里写上 ${fix}（或在工作室"品牌"页的"网站的语言"里选择），它们就会是${NAME[most].zh}`,
  };
}
