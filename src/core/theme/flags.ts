/**
 * Turns a theme result into check flags (shared/interfaces.md §3 flags[]): 'off-theme' for a
 * post not yet published that scores under the threshold, 'pillar-mismatch' for a post that
 * declares one pillar but reads as another.
 */
import { SURE_POSTS, type ThemeResult } from './score.ts';

export interface ThemeFlag {
  kind: 'off-theme' | 'pillar-mismatch';
  severity: 'warning' | 'info';
  post: string;
  file: string;
  message: string;
  hint?: string;
}

export interface ThemePost { id: string; file: string; status: string; pillar?: string }

/** The declared pillar must score under this share of the nearest one to count as a mismatch. */
const MISMATCH_RATIO = 0.7;

/** How sure a flag is: with few published posts in the draft's language it is a first guess. */
function tentative(result: ThemeResult): string {
  if (result.confidence !== 'low') return '';
  const more = SURE_POSTS - result.calibrationPosts;
  return `; few published posts yet: publish ${more} more to sharpen this`;
}

export function flagTheme(post: ThemePost, result: ThemeResult, pillarNames: Record<string, string>): ThemeFlag[] {
  const flags: ThemeFlag[] = [];
  const at = { post: post.id, file: post.file };
  if (post.status !== 'published' && !result.onTheme) {
    const about = result.offTerms.length > 0 ? `reads as "${result.offTerms.slice(0, 3).join(', ')}"` : 'has little in common with';
    const rather = result.offTerms.length > 0 ? ' rather than' : '';
    flags.push({
      kind: 'off-theme',
      severity: 'warning',
      ...at,
      message: `${about}${rather} the brand's pillars (score ${result.score.toFixed(2)} < ${result.threshold.toFixed(2)})${tentative(result)}`,
      hint: `Tie it to a pillar (${Object.values(pillarNames).join(', ')}), or if it belongs, add "${post.id}" to theme.acceptedOnTheme in content/planner.json.`,
    });
  }
  const declared = post.pillar;
  const nearest = result.pillar;
  if (result.onTheme && declared && nearest && declared !== nearest && declared in result.pillarScores) {
    const own = result.pillarScores[declared];
    const best = result.pillarScores[nearest];
    if (own < best * MISMATCH_RATIO) {
      flags.push({
        kind: 'pillar-mismatch',
        severity: 'info',
        ...at,
        message: `declared as pillar "${pillarNames[declared] ?? declared}" but reads as "${pillarNames[nearest] ?? nearest}" (${own.toFixed(2)} vs ${best.toFixed(2)})`,
        hint: `Set "pillar: ${nearest}" in the frontmatter, or bring the post closer to "${pillarNames[declared] ?? declared}".`,
      });
    }
  }
  return flags;
}
