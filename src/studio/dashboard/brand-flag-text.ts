/**
 * The dashboard's line for a flag on content/planner.json's brand, which the Brand page edits.
 * `check` prints such a flag under the file, its message opening with the JSON path
 * (`brand.pillars[1].keywords[2]: …`); the dashboard names the pillar as the Brand page shows it
 * (`支柱“数据驱动”：…`), or the pillars as a whole. A flag on another field (theme.acceptedOnTheme,
 * which has no control in the studio) keeps the file and path, as `check` words them.
 */
import type { Planner } from '../../core/schema/planner.ts';

export interface BrandFlagLike {
  file: string;
  field: string;
  message: string;
}

/**
 * `flag.message` with its leading `field` path replaced by words: the pillar's name for a path
 * into `brand.pillars[i]`, "Pillars"/"内容支柱" for `brand.pillars`; else the file before it.
 */
export function describeBrandFlag(flag: BrandFlagLike, planner: Planner, lang: 'en' | 'zh'): string {
  const colon = lang === 'zh' ? '：' : ': ';
  const rest = flag.message.startsWith(`${flag.field}${colon}`) ? flag.message.slice(flag.field.length + colon.length) : null;
  const index = /^brand\.pillars\[(\d+)\]/.exec(flag.field)?.[1];
  const pillar = index === undefined ? undefined : planner.brand.pillars[Number(index)];
  if (rest !== null && pillar) return lang === 'zh' ? `支柱“${pillar.name}”：${rest}` : `Pillar "${pillar.name}": ${rest}`;
  if (rest !== null && flag.field === 'brand.pillars') return `${lang === 'zh' ? '内容支柱' : 'Pillars'}${colon}${rest}`;
  return `${flag.file}${colon}${flag.message}`;
}
