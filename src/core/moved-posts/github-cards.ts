/**
 * Fuwari's repository card, a leaf directive on a line of its own, `::github{repo="saicaca/fuwari"}`
 * (its remark-github-card plugin, src/plugins/remark-github-card.js, draws a card from GitHub's API
 * in the browser), as a Markdown link to the repository: the portfolio shows a `::name` line as
 * written (pages/_lib/admonitions.ts), so a moved Fuwari blog showed its cards as that markup.
 */
import { replaceInProse } from './hexo-assets.ts';

/** `::github{repo="owner/name"}` alone on its line (the quotes optional, as remark-directive reads attributes). */
const CARD = /^([ \t]*)::github\{\s*repo\s*=\s*(["']?)([A-Za-z0-9](?:[A-Za-z0-9-]*)\/[A-Za-z0-9._-]+)\2\s*\}[ \t]*$/g;

/** `body` with each such card a link line (`[owner/name](https://github.com/owner/name)`), outside code; `cards`: how many. */
export function convertGithubCards(body: string): { body: string; cards: number } {
  let cards = 0;
  const converted = replaceInProse(body, '::github', CARD, (_card, [indent, , repo]) => {
    cards++;
    return `${indent}[${repo}](https://github.com/${repo})`;
  });
  return { body: converted, cards };
}
