/**
 * The portfolio's `_redirects` file: its moved addresses (post aliases, old tag and category
 * pages, old feed folders) as rules a host answers before any page loads. Netlify
 * (docs.netlify.com/routing/redirects), Cloudflare Pages and Workers static assets
 * (developers.cloudflare.com/pages/configuration/redirects) and GitLab Pages read it from the
 * site's root: one rule a line, `source destination status`, the first rule of a source wins,
 * `#` starts a comment. Every other host ignores it and serves the redirect pages the build writes
 * at the same paths, so the file only makes a redirect faster (a 301, what search engines like
 * best) and `/feed/` answer with its feed where a host serves a folder's index.html only.
 */
import { feedAliasFile } from '../old-feeds/address.ts';

/** A moved address and where it leads now (site paths, as written: `/2020/01/a.html`, `/tags/红烧/`). */
export interface MovedAddress {
  from: string;
  to: string;
}

/** Where the build's route writes the file; the integration renames it `_redirects` in the finished folder. */
export const HOST_RULES_FILE = '_redirects.throughline';

/** Cloudflare reads at most 2,000 static rules (developers.cloudflare.com/pages/configuration/redirects, "Per file"). */
export const HOST_RULES_LIMIT = 2000;

/**
 * The `_redirects` text for `moved` (301 each) and `feedFolders` (old feed addresses that are a
 * folder, `/feed/`: a 200 rewrite to the `index.xml` the build writes there), after `own` (the
 * text of the project's own `public/_redirects`, kept first so its rules win). Paths are
 * percent-encoded as a browser sends them (`/tags/%E7%BA%A2%E7%83%A7/`); a folder's path is
 * written with and without its final `/`, as hosts compare them apart. Left out: a path a host
 * would read as a pattern (a `*` or a segment starting with `:`), whose redirect page still
 * answers, and rules past HOST_RULES_LIMIT counting `own`'s (`dropped` says how many). Returns
 * `text` '' when there is nothing to write (no rule and no `own`).
 */
export function hostRedirects(input: { moved: readonly MovedAddress[]; feedFolders: readonly string[]; own?: string }): { text: string; rules: number; dropped: number } {
  const ownText = input.own?.trim() ? `${input.own.replace(/\s+$/, '')}\n` : '';
  const ownRules = ownText.split(/\r?\n/).filter((line) => line.trim() !== '' && !line.trim().startsWith('#')).length;
  const seen = new Set<string>();
  const lines: string[] = [];
  const add = (from: string, to: string, status: 200 | 301) => {
    if (seen.has(from)) return;
    seen.add(from);
    lines.push(`${from} ${to} ${status}`);
  };
  for (const { from, to } of input.moved) {
    if (isPattern(from)) continue;
    for (const source of bothForms(from)) add(encoded(source), encoded(to), 301);
  }
  for (const folder of input.feedFolders) {
    if (isPattern(folder)) continue;
    const file = `/${feedAliasFile(folder)}`;
    for (const source of bothForms(folder)) add(encoded(source), encoded(file), 200);
  }
  const room = Math.max(0, HOST_RULES_LIMIT - ownRules);
  const kept = lines.slice(0, room);
  if (kept.length === 0) return { text: ownText, rules: 0, dropped: lines.length };
  const head = '# Written by Throughline\'s build: the moved addresses of this site (post aliases, old tag and\n# category pages, old feed folders). Netlify, Cloudflare Pages and GitLab Pages read this file;\n# other hosts serve the redirect pages at the same paths. Rules of your own: public/_redirects.\n';
  return { text: `${ownText}${ownText ? '\n' : ''}${head}${kept.join('\n')}\n`, rules: kept.length, dropped: lines.length - kept.length };
}

/** `/a/` and `/a` for a folder's path (`/a/` first when written so); a file's path (`/a.html`, `/index.xml`) alone. */
function bothForms(path: string): string[] {
  if (path === '/' || /\.[A-Za-z0-9]+$/.test(path)) return [path];
  const bare = path.replace(/\/+$/, '');
  return path.endsWith('/') ? [`${bare}/`, bare] : [bare, `${bare}/`];
}

/** A path as a browser sends it: each part percent-decoded, then encoded once (UTF-8), so `%E7%BA%A2` and `红` give one rule. */
function encoded(path: string): string {
  return path
    .split('/')
    .map((part) => {
      let text = part;
      try {
        text = decodeURIComponent(part);
      } catch {
        // Kept as written: aliasProblem refused such a path before the build got here.
      }
      return encodeURI(text).replace(/[?#]/g, encodeURIComponent);
    })
    .join('/');
}

/** Netlify and Cloudflare read `*` as a splat and a `:name` part as a placeholder. */
function isPattern(path: string): boolean {
  return path.includes('*') || path.split('/').some((part) => part.startsWith(':'));
}
