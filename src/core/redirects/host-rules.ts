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
 * What a host reads of a `_redirects` file: at most `rules` rules (a project's own counted), each
 * line at most `lineChars` characters, and, where set, a file of at most `bytes` bytes (UTF-8).
 */
export interface HostLimits {
  /** The host's name, as the build's messages say it. */
  host: string;
  rules: number;
  lineChars: number;
  bytes?: number;
  /**
   * Whether the 301s are written forced (`301!`): a host that serves an existing file before a
   * rule (Netlify's "shadowing", docs.netlify.com/routing/redirects/rewrites-proxies#shadowing)
   * would otherwise answer with the redirect page the build writes at the same path, never the 301.
   */
  force?: boolean;
  /** Whether `rules` is the host's advice rather than a cut (Netlify: a deploy with more may fail; it reads no first N). */
  advised?: boolean;
}

/**
 * Cloudflare Pages and Workers static assets: 2,000 static rules, "each redirect declaration has a
 * 1,000-character limit" (developers.cloudflare.com/pages/configuration/redirects, "Per file"); a
 * longer line is ignored there. Netlify documents no limit, so these serve it too.
 */
export const CLOUDFLARE_LIMITS: HostLimits = { host: 'Cloudflare Pages', rules: HOST_RULES_LIMIT, lineChars: 1000 };

/**
 * GitLab Pages' defaults (docs.gitlab.com/user/project/pages/redirects, "Create redirects"; instance
 * settings): the first 1,000 rules are read, and a file over 64 KB is refused whole, the old feed
 * folders' rewrites too (gitlab-pages internal/redirects/redirects.go, errFileTooLarge).
 */
export const GITLAB_LIMITS: HostLimits = { host: 'GitLab Pages', rules: 1000, lineChars: 1000, bytes: 64 * 1024 };

/**
 * Netlify: no documented rule or line limit (its docs advise patterns from 10,000 rules on, as a
 * deploy with too many may fail), and an existing file wins over a rule unless the rule is forced,
 * so the 301s are forced: every moved address has its redirect page at the same path.
 */
export const NETLIFY_LIMITS: HostLimits = { host: 'Netlify', rules: 10_000, lineChars: Number.POSITIVE_INFINITY, force: true, advised: true };

/**
 * The limits of the host the build runs for: GitLab's when the build runs in GitLab CI (`GITLAB_CI`
 * is "true" there, docs.gitlab.com/ci/variables/predefined_variables; GitLab Pages is deployed by a
 * CI job), Netlify's in a Netlify build (`NETLIFY` is "true" there,
 * docs.netlify.com/configure-builds/environment-variables, read-only variables) unless Cloudflare
 * Pages' `CF_PAGES` is set too, else Cloudflare's, whose rules every host that reads the file takes.
 */
export function hostLimits(env: Record<string, string | undefined>): HostLimits {
  if (env.GITLAB_CI === 'true') return GITLAB_LIMITS;
  if (env.NETLIFY === 'true' && !env.CF_PAGES) return NETLIFY_LIMITS;
  return CLOUDFLARE_LIMITS;
}

/**
 * The `_redirects` text for `moved` (301 each) and `feedFolders` (old feed addresses that are a
 * folder, `/feed/`: a 200 rewrite to the `index.xml` the build writes there), after `own` (the
 * text of the project's own `public/_redirects`, kept first so its rules win). Paths are
 * percent-encoded as a browser sends them (`/tags/%E7%BA%A2%E7%83%A7/`); a folder's path is
 * written with and without its final `/`, as hosts compare them apart. The feed rewrites come
 * before the 301s: Netlify and GitLab serve a file before a rule, so for them the rewrites are the
 * rules that matter, and kept first they outlast the limits. Left out: a path a host would read as
 * a pattern (a `*` or a segment starting with `:`), whose redirect page still answers; a rule
 * longer than `limits.lineChars` (a long Chinese path, encoded, can pass 1,000 characters); the
 * rules past `limits.rules` counting `own`'s, or that would make the file larger than
 * `limits.bytes`. A host that serves a file before a rule (`limits.force`, Netlify) gets each 301
 * forced (`301!`), as each source has its redirect page. `dropped` says how many were left out (their pages still answer). Returns
 * `text` '' when there is nothing to write (no rule and no `own`). `base`: the path the site is
 * served under (Astro's base, `/blog/`; default `/`), which every rule's paths carry, as hosts
 * match them against the whole address (GitLab Pages' project sites: `/project/old /project/new`).
 */
export function hostRedirects(input: { moved: readonly MovedAddress[]; feedFolders: readonly string[]; own?: string; limits?: HostLimits; base?: string }): { text: string; rules: number; dropped: number } {
  const limits = input.limits ?? CLOUDFLARE_LIMITS;
  const base = input.base ?? '/';
  const under = (path: string) => (base === '/' ? path : `${base}${path.replace(/^\/+/, '')}`);
  const ownText = input.own?.trim() ? `${input.own.replace(/\s+$/, '')}\n` : '';
  const ownRules = ownText.split(/\r?\n/).filter(isRule).length;
  const seen = new Set<string>();
  const lines: string[] = [];
  let tooLong = 0;
  const add = (from: string, to: string, status: 200 | 301 | '301!') => {
    if (seen.has(from)) return;
    seen.add(from);
    const line = `${from} ${to} ${status}`;
    if (line.length > limits.lineChars) tooLong++;
    else lines.push(line);
  };
  for (const folder of input.feedFolders) {
    if (isPattern(folder)) continue;
    const file = `/${feedAliasFile(folder)}`;
    for (const source of bothForms(folder)) add(encoded(under(source)), encoded(under(file)), 200);
  }
  for (const { from, to } of input.moved) {
    if (isPattern(from)) continue;
    for (const source of bothForms(from)) add(encoded(under(source)), encoded(under(to)), limits.force ? '301!' : 301);
  }
  const start = `${ownText}${ownText ? '\n' : ''}${BUILD_HEAD}`;
  let room = Math.max(0, limits.rules - ownRules);
  // Room kept for the last line, which says how many rules were left out.
  let bytes = utf8Bytes(start) + LEFT_OUT_ROOM;
  const kept: string[] = [];
  let stop = '';
  for (const line of lines) {
    // A rule is ASCII (its paths are percent-encoded): its length is its size.
    const size = line.length + 1;
    if (room === 0) stop = `past ${limits.rules} rules`;
    else if (limits.bytes !== undefined && bytes + size > limits.bytes) stop = `past ${limits.bytes / 1024} KB`;
    if (stop) break;
    kept.push(line);
    room--;
    bytes += size;
  }
  const cut = lines.length - kept.length;
  const dropped = tooLong + cut;
  if (dropped === 0 && kept.length === 0) return { text: ownText, rules: 0, dropped };
  const why = [tooLong ? `${tooLong} longer than ${limits.lineChars} characters` : '', cut ? `${cut} ${stop}` : ''].filter(Boolean).join(', ');
  const note = dropped > 0 ? `${LEFT_OUT_MARK}${dropped} (${why}); their redirect pages still answer\n` : '';
  // Every rule left out (own rules filling the room, or each too long): the note alone, so the build still says so.
  return { text: `${start}${kept.length ? `${kept.join('\n')}\n` : ''}${note}`, rules: kept.length, dropped };
}

/** What the build's part of the file starts with, after the project's own rules (ownRulesIn finds them by it). */
const BUILD_HEAD = '# Written by Throughline\'s build: the moved addresses of this site (post aliases, old tag and\n# category pages, old feed folders). Netlify, Cloudflare Pages and GitLab Pages read this file;\n# other hosts serve the redirect pages at the same paths. Rules of your own: public/_redirects.\n';

/**
 * Whether a line of a `_redirects` file is a rule: neither blank nor a `#` comment (a comment may
 * be indented), as Netlify, Cloudflare and GitLab read the file.
 */
export function isRule(line: string): boolean {
  const text = line.trim();
  return text !== '' && !text.startsWith('#');
}

/**
 * The project's own rules in a text hostRedirects wrote (`text`: the built `_redirects`): all
 * that comes before the build's part, as hostRedirects kept it (its trailing blank lines
 * dropped, one line end kept), or the whole text when the build added nothing. Undefined when
 * the text holds none. The build reads the finished file once and takes public/_redirects from
 * it, rather than reading public/ again. A public/_redirects that holds a copy of a built file's
 * header is cut at the last copy, which may leave the build's header of the copy in the own part.
 */
export function ownRulesIn(text: string): string | undefined {
  const at = text.lastIndexOf(BUILD_HEAD);
  // hostRedirects wrote `own`, a blank line, then its header.
  const own = at < 0 ? text : text.slice(0, Math.max(0, at - 1));
  return own === '' ? undefined : own;
}

/** The start of the comment that ends a file with rules left out (the build reports it: leftOutRules). */
const LEFT_OUT_MARK = '# Rules left out: ';
const LEFT_OUT_ROOM = 160;

/** The note a `_redirects` text written by hostRedirects ends with when rules were left out, without its `#`; else undefined. */
export function leftOutRules(text: string): string | undefined {
  const at = text.lastIndexOf(LEFT_OUT_MARK);
  return at < 0 ? undefined : text.slice(at + 2).trim();
}

/**
 * What the project's own `public/_redirects` (`own`, its text) alone passes of `limits`: its size
 * in UTF-8 bytes when over `limits.bytes` (GitLab Pages then refuses the whole file, own rules
 * too), its rule count when over `limits.rules` (the host reads only the first), and the line
 * numbers (from 1) of its rules longer than `limits.lineChars` characters, as written (the host
 * ignores each). Null when within all three. The build warns with ownRulesOverText: no rule
 * Throughline leaves out can bring these back.
 */
export function ownRulesOver(own: string, limits: HostLimits): OwnRulesOver | null {
  const bytes = utf8Bytes(own);
  const lines = own.split(/\r?\n/);
  const rules = lines.filter(isRule).length;
  // Characters as a person counts them (a Chinese character is one), not UTF-16 units.
  const long = lines.flatMap((line, i) => (isRule(line) && [...line.trimEnd()].length > limits.lineChars ? [i + 1] : []));
  const over: OwnRulesOver = {
    ...(limits.bytes !== undefined && bytes > limits.bytes ? { bytes } : {}),
    ...(rules > limits.rules ? { rules } : {}),
    ...(long.length ? { long } : {}),
  };
  return Object.keys(over).length ? over : null;
}

/** ownRulesOver's answer: what of public/_redirects a host does not read. */
export interface OwnRulesOver {
  bytes?: number;
  rules?: number;
  long?: number[];
}

/**
 * The build's warning for ownRulesOver's answer `over`, in `lang`, naming public/_redirects (and
 * the lines too long) and what the host does with it: the size when over (the host refuses the
 * file, so nothing else in it matters), else the rule count and the long lines.
 */
export function ownRulesOverText(over: OwnRulesOver, limits: HostLimits, lang: 'en' | 'zh'): string {
  const n = (v: number) => v.toLocaleString('en-US');
  const kb = `${(limits.bytes ?? 0) / 1024} KB`;
  const whole = over.bytes !== undefined;
  const lines = (over.long ?? []).slice(0, 5).join(', ') + ((over.long?.length ?? 0) > 5 ? ', …' : '');
  if (lang === 'zh') {
    const parts = whole
      ? [`有 ${n(over.bytes!)} 字节，超过 ${limits.host} 能读取的 ${kb}：它会拒绝整个 _redirects 文件，你自己的规则和本站迁移地址的规则都不会生效（旧地址的重定向页面仍然有效）`]
      : [
          over.rules === undefined ? ''
            : limits.advised ? `有 ${n(over.rules)} 条规则，超过 ${limits.host} 建议的 ${n(limits.rules)} 条：部署可能失败（${limits.host} 建议改用通配符或占位符），本站迁移地址没有规则（旧地址的重定向页面仍然有效）`
            : `有 ${n(over.rules)} 条规则，超过 ${limits.host} 读取的 ${n(limits.rules)} 条：只读前 ${n(limits.rules)} 条，本站迁移地址没有规则（旧地址的重定向页面仍然有效）`,
          over.long ? `第 ${lines} 行超过 ${limits.host} 读取的 ${n(limits.lineChars)} 个字符，这些规则会被忽略` : '',
        ].filter(Boolean);
    return `public/_redirects：${parts.join('；')}；请删减 public/_redirects`;
  }
  const parts = whole
    ? [`${n(over.bytes!)} bytes, over the ${kb} ${limits.host} reads: it refuses the whole _redirects file, your own rules and the site's moved addresses alike (the redirect pages at the old addresses still answer)`]
    : [
        over.rules === undefined ? ''
          : limits.advised ? `${n(over.rules)} rules, over the ${n(limits.rules)} ${limits.host} advises: a deploy with more may fail (${limits.host}'s advice: wildcards or placeholders), and the site's moved addresses get no rule (the redirect pages at the old addresses still answer)`
          : `${n(over.rules)} rules, over the ${n(limits.rules)} ${limits.host} reads: it reads only the first ${n(limits.rules)}, and the site's moved addresses get no rule (the redirect pages at the old addresses still answer)`,
        over.long ? `${over.long.length === 1 ? 'line' : 'lines'} ${lines} ${over.long.length === 1 ? 'is' : 'are'} longer than the ${n(limits.lineChars)} characters ${limits.host} reads of a rule: it ignores ${over.long.length === 1 ? 'that rule' : 'those rules'}` : '',
      ].filter(Boolean);
  return `public/_redirects: ${parts.join('; ')}; shorten public/_redirects`;
}

const encoder = new TextEncoder();

/** The size of `text` in UTF-8, as a host measures the file. */
function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
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
