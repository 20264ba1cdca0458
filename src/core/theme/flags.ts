/**
 * Turns a theme result into check flags (shared/interfaces.md §3 flags[]): 'off-theme' for a
 * post not yet published that scores under the threshold, 'pillar-mismatch' for a post that
 * declares one pillar but reads as another.
 */
import type { Lang } from '../language.ts';
import type { ThemeResult } from './score.ts';
import { scoreText } from './score-text.ts';

export interface ThemeFlag {
  kind: 'off-theme' | 'pillar-mismatch';
  severity: 'warning' | 'info';
  post: string;
  file: string;
  message: string;
  hint?: string;
  /**
   * The draft's own words an off-theme message quotes as evidence, as the draft writes them (a
   * bridged word with its gloss). A message shown in Traditional characters keeps them as written
   * (studio/shared/traditional.ts flagInScript, the CLI's and the build's 繁體): converted, a Taipei
   * draft's 發佈 read 釋出 and a Simplified draft's 菜谱 菜譜, words the draft does not have.
   */
  evidence?: string[];
}

/**
 * Published posts (in the draft's language) from which a flag is no longer tentative (score.ts
 * sets `confidence` by it). Here rather than in score.ts: the flags of kept results load no scorer.
 */
export const SURE_POSTS = 3;

export interface ThemePost { id: string; file: string; status: string; pillar?: string }

/** The declared pillar must score under this share of the nearest one to count as a mismatch. */
const MISMATCH_RATIO = 0.7;

/**
 * How sure a flag is: with few published posts in the draft's language it is a first guess.
 * `formPillars`: the brand has pillars of a form, whose posts are no evidence, so the count
 * leaves them out and says so (a trial's brand with 10 published posts, 8 of them stories, was
 * told "few published Chinese posts yet: publish 1 more").
 */
function tentative(result: ThemeResult, lang: Lang, formPillars: boolean): string {
  if (result.confidence !== 'low') return '';
  const more = SURE_POSTS - result.calibrationPosts;
  // The count is of posts in the draft's language: a Chinese draft on a brand of English posts
  // was told "few published posts yet" by a brand with dozens.
  const which = lang === 'zh' ? (result.language === 'zh' ? '中文' : '英文') : result.language === 'zh' ? 'Chinese' : 'English';
  if (lang === 'zh') return `；已发布的${which}文章还少${formPillars ? '（体裁支柱的文章不算）' : ''}：再发布 ${more} 篇，判断会更准`;
  return `; few published ${which} posts yet${formPillars ? ' (posts of a pillar of a form do not count)' : ''}: publish ${more} more to sharpen this`;
}

/**
 * lang: the language of `message` and `hint` (names, ids and terms stay as written).
 * `opts.formPillars`: the brand has pillars of a form (`form: true`), whose posts are no evidence.
 * `opts.inStudio`: the hint is read in the studio, where "On theme after all" in the post's
 * editor writes `theme.acceptedOnTheme`, its Pillar field the pillar and the Brand page's "A form,
 * not a subject" a pillar's `form`; `check` and the build name the field to edit instead.
 */
export function flagTheme(post: ThemePost, result: ThemeResult, pillarNames: Record<string, string>, lang: Lang = 'en', opts: { formPillars?: boolean; inStudio?: boolean } = {}): ThemeFlag[] {
  // A post of a pillar defined by its form (a story, a poem) is judged by that declaration alone;
  // one the author accepted as on theme is never flagged (README: "used as evidence, never flagged").
  if (result.byForm || result.accepted) return [];
  const flags: ThemeFlag[] = [];
  const at = { post: post.id, file: post.file };
  if (post.status !== 'published' && !result.onTheme) {
    const text = offThemeText(post, result, pillarNames, lang, opts.inStudio === true);
    const evidence = offThemeEvidence(result);
    flags.push({ kind: 'off-theme', severity: 'warning', ...at, message: text.message + tentative(result, lang, opts.formPillars === true), hint: text.hint, ...(evidence.length ? { evidence } : {}) });
  }
  const declared = post.pillar;
  const nearest = result.pillar;
  if (result.onTheme && declared && nearest && declared !== nearest && declared in result.pillarScores) {
    const own = result.pillarScores[declared];
    const best = result.pillarScores[nearest];
    if (own < best * MISMATCH_RATIO) {
      const [was, reads] = [pillarNames[declared] ?? declared, pillarNames[nearest] ?? nearest];
      const zh = lang === 'zh';
      flags.push({
        kind: 'pillar-mismatch',
        severity: 'info',
        ...at,
        message: zh
          ? `声明的支柱是“${was}”，读起来却像“${reads}”（${own.toFixed(2)} 对 ${best.toFixed(2)}）`
          : `declared as pillar "${was}" but reads as "${reads}" (${own.toFixed(2)} vs ${best.toFixed(2)})`,
        // In the studio, the editor's Pillar field sets it (check names the frontmatter field).
        hint: opts.inStudio
          ? zh ? `在它的编辑页把“支柱”选为“${reads}”，或让文章更贴近“${was}”。` : `Choose "${reads}" under "Pillar" in its editor, or bring the post closer to "${was}".`
          : zh ? `在 frontmatter 中设置 pillar: ${nearest}，或让文章更贴近“${was}”。` : `Set "pillar: ${nearest}" in the frontmatter, or bring the post closer to "${was}".`,
      });
    }
  }
  return flags;
}

/**
 * Names of forms of writing rather than subjects: a pillar so named (Short stories, 诗歌,
 * 读书笔记, 写作练习) holds posts that share no subject words, which a score cannot tell from
 * off-theme drafts. A flagged draft declaring one is told about `form: true`.
 */
const FORM_NAME = /\b(?:fiction|short stor(?:y|ies)|stories|poe(?:m|ms|try)|verse|haiku|book notes|reading notes|journal)\b|小说|故事|诗|散文|随笔|读书笔记|写作练习|习作|日记/iu;

/** The hint for a flagged draft that declares a pillar named as a form, or '' (FORM_NAME). */
function formHint(post: ThemePost, pillarNames: Record<string, string>, lang: Lang, inStudio: boolean): string {
  const name = post.pillar === undefined ? undefined : pillarNames[post.pillar];
  if (name === undefined || !FORM_NAME.test(name)) return '';
  // In the studio, the Brand page's checkbox for the pillar writes "form": true.
  if (inStudio)
    return lang === 'zh'
      ? `如果“${name}”是一种体裁（小说、诗歌、笔记）而不是一个主题，在“品牌”页给这个支柱勾选“体裁而非主题（小说、诗歌、笔记）”：声明它的文章就不再按主题判断。`
      : ` If "${name}" is a form (stories, poems, notes) rather than a subject, tick "A form, not a subject (stories, poems, notes)" on that pillar on the Brand page: posts that declare it are then not judged by subject.`;
  return lang === 'zh'
    ? `如果“${name}”是一种体裁（小说、诗歌、笔记）而不是一个主题，在 content/planner.json 中给这个支柱设置 "form": true：声明它的文章就不再按主题判断。`
    : ` If "${name}" is a form (stories, poems, notes) rather than a subject, set "form": true on that pillar in content/planner.json: posts that declare it are then not judged by subject.`;
}

/** The draft's words an off-theme message quotes: the first three that pull it away, else (none does) the first three it shares with the brand. */
function offThemeEvidence(result: ThemeResult): string[] {
  return result.offTerms.length ? result.offTerms.slice(0, 3) : result.terms.slice(0, 3);
}

function offThemeText(post: ThemePost, result: ThemeResult, pillarNames: Record<string, string>, lang: Lang, inStudio: boolean): { message: string; hint: string } {
  // Chinese lists take 、 and Chinese quotes “” (GB/T 15834-2011), English ", " and "".
  const terms = result.offTerms.slice(0, 3).join(lang === 'zh' ? '、' : ', ');
  // No word pulls it away (every word is one the brand uses, only rarely): the flag names those.
  const shared = terms ? '' : result.terms.slice(0, 3).join(lang === 'zh' ? '、' : ', ');
  const score = `${scoreText(result.score)} < ${result.threshold.toFixed(2)}`;
  // Each name quoted: a name may hold a comma ("Quick vegetables, soups and staples").
  const pillars = Object.values(pillarNames)
    .map((name) => (lang === 'zh' ? `“${name}”` : `"${name}"`))
    .join(lang === 'zh' ? '、' : ', ');
  if (lang === 'zh')
    return {
      message: terms ? `读起来是“${terms}”，而不是品牌的支柱（得分 ${score}）` : shared ? `和品牌的支柱只有“${shared}”相通，而且不多（得分 ${score}）` : `与品牌的支柱没什么关系（得分 ${score}）`,
      hint: `把它和一个支柱（${pillars}）联系起来；如果它确实属于你的主题，${inStudio ? '在它的编辑页点“其实切题”' : `把“${post.id}”加到 content/planner.json 的 theme.acceptedOnTheme 中`}。${formHint(post, pillarNames, lang, inStudio)}`,
    };
  return {
    message: terms
      ? `reads as "${terms}" rather than the brand's pillars (score ${score})`
      : shared
        ? `shares only "${shared}" with the brand's pillars, and little of them (score ${score})`
        : `has little in common with the brand's pillars (score ${score})`,
    hint: `Tie it to a pillar (${pillars}), or if it belongs, ${inStudio ? 'press "On theme after all" in its editor' : `add "${post.id}" to theme.acceptedOnTheme in content/planner.json`}.${formHint(post, pillarNames, lang, inStudio)}`,
  };
}
