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
