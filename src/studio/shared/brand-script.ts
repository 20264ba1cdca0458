/** Whether the brand writes its words in Traditional characters: the studio's 繁體 default for a browser that asks for `zh` alone. */
import { brandLanguage, chineseTag } from '../../core/language.ts';
import type { Brand } from '../../core/schema/planner.ts';
import { readPlanner } from '../../store/planner-store.ts';

/**
 * True when the brand speaks Chinese (brandLanguage) and its name, label and audience are written
 * in Traditional characters (chineseTag `zh-Hant`), as defaultChannelName decides 部落格 over 博客.
 */
export function isBrandTraditional(brand: Pick<Brand, 'name' | 'label' | 'audience' | 'language'>): boolean {
  return brandLanguage(brand) === 'zh' && chineseTag(`${brand.name} ${brand.label} ${brand.audience ?? ''}`) === 'zh-Hant';
}

/** isBrandTraditional of the project at `root`; false when its planner cannot be read (the page then names the file). */
export async function readBrandTraditional(root: string): Promise<boolean> {
  try {
    return isBrandTraditional((await readPlanner(root)).brand);
  } catch {
    return false;
  }
}
