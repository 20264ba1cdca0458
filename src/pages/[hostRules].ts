/**
 * `/_redirects` (written as HOST_RULES_FILE, renamed by the integration once the build is done: a
 * route named as a file of public/ is skipped by Astro, and a project's own public/_redirects
 * must not lose the site's rules or its own): the site's moved addresses as rules for hosts that read that file (Netlify,
 * Cloudflare Pages, GitLab Pages; core/redirects/host-rules.ts): each post alias, old tag or
 * category page, old pillar page and old feed folder that the build answers with a page or a feed
 * copy, the same list as [...alias].ts, [...oldTaxonomy].ts, [...formerPillar].ts and [...oldFeed].ts write, so no rule leads where
 * no page is, each path under the site's base (SITE_URL's path). A project's own `public/_redirects`
 * comes first, whole. None when there is nothing.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIContext } from 'astro';
import { formerPillars } from '../core/former-pillars/pages.ts';
import { taxonomyRedirects } from '../core/old-taxonomies/address.ts';
import { aliasFile } from '../core/redirects/alias-path.ts';
import { redirectFiles } from '../core/redirects/clashes.ts';
import { HOST_RULES_FILE, hostLimits, hostRedirects, type MovedAddress } from '../core/redirects/host-rules.ts';
import { projectRoot } from './_lib/project-root.ts';
import { loadSite, redirectAliases } from './_lib/site-data.ts';
import { pillarPath, postPath, siteBase } from './_lib/urls.ts';

async function rulesText(): Promise<string> {
  const { planner, posts, tags } = await loadSite();
  const moved: MovedAddress[] = [];
  for (const p of posts) {
    const aliases = redirectAliases(p);
    const files = new Set(redirectFiles(p.entry.id, aliases));
    for (const alias of aliases) {
      // The first alias of each file, as the page there was written for it.
      if (files.delete(aliasFile(alias))) moved.push({ from: alias, to: postPath(p.entry.id) });
    }
  }
  const taxonomyAliases = planner.portfolio?.taxonomyAliases ?? [];
  const pages = new Map(taxonomyRedirects(taxonomyAliases, new Set(tags.map((t) => t.slug))).map((page) => [page.file, page.to]));
  for (const alias of taxonomyAliases) {
    const file = aliasFile(alias.path);
    const to = pages.get(file);
    if (to === undefined) continue;
    pages.delete(file);
    moved.push({ from: alias.path, to });
  }
  for (const { former, pillar } of formerPillars(planner.brand.pillars)) moved.push({ from: pillarPath(former), to: pillarPath(pillar.id) });
  // Old feed copies are written only with the site's address (SITE_URL), as the feeds are.
  const feedFolders = import.meta.env.SITE ? (planner.portfolio?.feedAliases ?? []).map((a) => a.path).filter(isFolder) : [];
  const own = await readFile(join(projectRoot(), 'public', '_redirects'), 'utf8').catch(() => undefined);
  // GitLab Pages reads fewer rules than Cloudflare and refuses the whole file past them.
  return hostRedirects({ moved, feedFolders, own, limits: hostLimits(process.env), base: siteBase() }).text;
}

/** An old feed address without a file name (`/feed/`, `/feed`): its copy is the folder's index.xml, which hosts serve only when told. */
function isFolder(path: string): boolean {
  return !/\.[A-Za-z0-9]+$/.test(path.replace(/\/+$/, ''));
}

export async function getStaticPaths() {
  const text = await rulesText();
  return text === '' ? [] : [{ params: { hostRules: HOST_RULES_FILE }, props: { text } }];
}

/** The text worked out once, in getStaticPaths. */
export function GET(context: APIContext): Response {
  return new Response((context.props as { text: string }).text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
