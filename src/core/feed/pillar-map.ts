/**
 * `import --pillar-map "Recipes=recipes,Photos=photos"`: category and tag names (any case) ->
 * pillar ids, for every source kind: a feed's or export's entries (import-plan.ts) and the
 * frontmatter of a folder's posts (moved-posts/plan.ts).
 */
import type { Text } from '../i18n/text.ts';

/** Category or tag name, lower case -> pillar id. */
export type PillarMap = ReadonlyMap<string, string>;

/** The pillar of the first of `names` (categories first, then tags) that the map holds, with that name; undefined for none. */
export function mapPillar(names: readonly string[], map: PillarMap | undefined): { pillar: string; name: string } | undefined {
  for (const name of names) {
    const pillar = map?.get(name.toLowerCase());
    if (pillar) return { pillar, name };
  }
  return undefined;
}

/**
 * The pillar a post without its own gets, and the note that says whence: the first of `names`
 * (categories, then tags) the map holds, else the first of `folders` (nearest first), else
 * `pillar` (`--pillar`); undefined for none.
 */
export function givenPillar(names: readonly string[], folders: readonly string[], map: PillarMap | undefined, pillar: string | undefined): { pillar: string; note: Text } | undefined {
  const byName = mapPillar(names, map);
  if (byName) return { pillar: byName.pillar, note: { en: `pillar: ${byName.pillar}, from its category or tag "${byName.name}" (--pillar-map)`, zh: `pillar：${byName.pillar}，取自它的分类或标签 "${byName.name}"（--pillar-map）` } };
  const byFolder = mapPillar(folders, map);
  if (byFolder) return { pillar: byFolder.pillar, note: { en: `pillar: ${byFolder.pillar}, from its folder "${byFolder.name}" (--pillar-map)`, zh: `pillar：${byFolder.pillar}，取自它所在的文件夹 "${byFolder.name}"（--pillar-map）` } };
  return pillar ? { pillar, note: { en: `pillar: ${pillar} (--pillar)`, zh: `pillar：${pillar}（--pillar）` } } : undefined;
}

/**
 * Tags and categories that say "not filed" rather than a subject: a suggested `--pillar-map`
 * does not start with one (a real Hexo blog's commonest tag, 其他 "other", was paired with its
 * first pillar, Java). Kept short: the defaults generators give an unfiled post (Hexo's
 * `default_category: uncategorized`, hexo.io/docs/configuration; WordPress's "Uncategorized",
 * 未分类 in its zh_CN translation; Typecho's 默认分类) and the usual "other"/"misc" buckets.
 */
const CATCH_ALL = new Set(['uncategorized', 'uncategorised', 'misc', 'other', 'others', '其他', '其它', '未分类', '默认分类', '杂谈', '杂项']);

/** Whether a tag or category name is a catch-all ({@link CATCH_ALL}, any case, spaces aside). */
export function isCatchAll(name: string): boolean {
  return CATCH_ALL.has(name.trim().toLowerCase());
}

/**
 * One warning per map key that none of `names` (one list per entry or file) holds: most likely
 * a misspelt category, better named than an import silently without pillars. `unit` is what
 * the source is made of (a feed's entries, a folder's files, whose names hold their folders too).
 */
export function unmatchedPillarWarnings(map: PillarMap | undefined, names: readonly (readonly string[])[], unit: 'entry' | 'file'): Text[] {
  const seen = new Set(names.flat().map((n) => n.toLowerCase()));
  const none = unit === 'entry' ? { en: 'no entry has', zh: '没有一条带有' } : { en: 'no file has', zh: '没有一个文件带有' };
  const folder = unit === 'file' ? { en: ', nor is in a folder of that name', zh: '，也没有文件在叫这个名字的文件夹里' } : { en: '', zh: '' };
  return [...(map ?? [])]
    .filter(([category]) => !seen.has(category))
    .map(([category, pillar]) => ({
      en: `--pillar-map: ${none.en} the category or tag "${category}"${folder.en}, so no post got the pillar "${pillar}"`,
      zh: `--pillar-map：${none.zh}分类或标签 "${category}"${folder.zh}，因此没有文章得到支柱 "${pillar}"`,
    }));
}
