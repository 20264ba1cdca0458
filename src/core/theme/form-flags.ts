/**
 * A brand whose every pillar is of a form (`"form": true`: stories, poems, book notes) has no
 * subject left: a post that declares one of them is never judged, and the theme reads only the
 * label, audience and strengths. Nothing said so (third trial on real blogs, F9): a user who
 * ticked the box on every pillar saw every flag vanish and took it for success.
 */
import type { Lang } from '../language.ts';

export interface NoSubjectPillarFlag {
  kind: 'no-subject-pillar';
  severity: 'warning';
  file: 'content/planner.json';
  /** Always `brand.pillars`: the list that lacks a subject. */
  field: 'brand.pillars';
  message: string;
  hint: string;
}

/**
 * One warning on content/planner.json when every one of `pillars` (the brand's, or the studio
 * form's) has `form: true`, else none. `lang`: the language of `message` and `hint`; `inStudio`:
 * the hint names the Brand page's controls rather than the field.
 */
export function flagNoSubjectPillar(pillars: readonly { form?: boolean }[], lang: Lang, inStudio = false): NoSubjectPillarFlag[] {
  if (pillars.length === 0 || !pillars.every((p) => p.form === true)) return [];
  const zh = lang === 'zh';
  return [
    {
      kind: 'no-subject-pillar',
      severity: 'warning',
      file: 'content/planner.json',
      field: 'brand.pillars',
      message: zh
        ? 'brand.pillars：每个支柱都是体裁（"form": true），没有一个主题：声明了支柱的文章从不按主题判断，主题只读品牌标签、受众和优势'
        : 'brand.pillars: every pillar is a form ("form": true), none a subject: posts that declare a pillar are never judged by subject, and the theme reads only the label, audience and strengths',
      // In the studio, the Brand page's checkbox and "Add a pillar" (BRAND_TEXT brand.pillarForm, brand.addPillar).
      hint: inStudio
        ? zh
          ? '在“品牌”页，只在体裁（小说、诗歌、读书笔记）的支柱上勾选“体裁而非主题（小说、诗歌、笔记）”，并点“添加支柱”为你所写的主题加一个支柱'
          : 'on the Brand page, tick "A form, not a subject (stories, poems, notes)" only on pillars of a form (stories, poems, book notes), and press "Add a pillar" for the subject you write about'
        : zh
          ? '只在体裁（小说、诗歌、读书笔记）的支柱上保留 "form": true，并为你所写的主题加一个支柱'
          : 'keep "form": true only on pillars of a form (stories, poems, book notes), and add a pillar for the subject you write about',
    },
  ];
}
