/**
 * The portfolio's `_redirects` (core/redirects/host-rules.ts): Netlify's and Cloudflare Pages'
 * format, one `source destination status` a line, the first rule of a source winning.
 */
import { describe, expect, it } from 'vitest';
import { CLOUDFLARE_LIMITS, GITLAB_LIMITS, HOST_RULES_LIMIT, NETLIFY_LIMITS, hostLimits, hostRedirects, isRule, leftOutRules, ownRulesIn, ownRulesOver, ownRulesOverText } from '../../src/core/redirects/host-rules.ts';

const rules = (text: string) => text.split('\n').filter((line) => line && !line.startsWith('#'));

describe('hostRedirects', () => {
  it('writes a 301 per moved address, a folder with and without its last slash, a file as is', () => {
    const { text, rules: count } = hostRedirects({ moved: [{ from: '/posts/old/', to: '/posts/2026/new/' }, { from: '/2020/01/02/a.html', to: '/posts/2026/a/' }, { from: '/tag/go', to: '/tags/go/' }], feedFolders: [] });
    expect(rules(text)).toEqual([
      '/posts/old/ /posts/2026/new/ 301',
      '/posts/old /posts/2026/new/ 301',
      '/2020/01/02/a.html /posts/2026/a/ 301',
      '/tag/go /tags/go/ 301',
      '/tag/go/ /tags/go/ 301',
    ]);
    expect(count).toBe(5);
  });

  it('percent-encodes as a browser sends a path, once, whether the path was written encoded or not', () => {
    const { text } = hostRedirects({ moved: [{ from: '/tag/红烧/', to: '/tags/红烧/' }, { from: '/category/%E5%8F%91%E9%85%B5/', to: '/tags/%E5%8F%91%E9%85%B5/' }, { from: '/tag/红烧/', to: '/elsewhere/' }], feedFolders: [] });
    expect(rules(text)).toEqual([
      '/tag/%E7%BA%A2%E7%83%A7/ /tags/%E7%BA%A2%E7%83%A7/ 301',
      '/tag/%E7%BA%A2%E7%83%A7 /tags/%E7%BA%A2%E7%83%A7/ 301',
      '/category/%E5%8F%91%E9%85%B5/ /tags/%E5%8F%91%E9%85%B5/ 301',
      '/category/%E5%8F%91%E9%85%B5 /tags/%E5%8F%91%E9%85%B5/ 301',
    ]);
  });

  it('rewrites an old feed folder to the index.xml the build writes there (200), and leaves out a path a host reads as a pattern', () => {
    const { text } = hostRedirects({ moved: [{ from: '/p/:id/', to: '/posts/x/' }, { from: '/all/*', to: '/' }], feedFolders: ['/feed/', '/blog/rss'] });
    expect(rules(text)).toEqual(['/feed/ /feed/index.xml 200', '/feed /feed/index.xml 200', '/blog/rss /blog/rss/index.xml 200', '/blog/rss/ /blog/rss/index.xml 200']);
  });

  it('writes every source and destination under the base of a site served under a path (a GitLab Pages project site)', () => {
    const { text } = hostRedirects({ moved: [{ from: '/2020/01/02/a.html', to: '/posts/2026/a/' }, { from: '/tag/红烧/', to: '/tags/红烧/' }], feedFolders: ['/feed/'], base: '/blog/' });
    expect(rules(text)).toEqual([
      '/blog/feed/ /blog/feed/index.xml 200',
      '/blog/feed /blog/feed/index.xml 200',
      '/blog/2020/01/02/a.html /blog/posts/2026/a/ 301',
      '/blog/tag/%E7%BA%A2%E7%83%A7/ /blog/tags/%E7%BA%A2%E7%83%A7/ 301',
      '/blog/tag/%E7%BA%A2%E7%83%A7 /blog/tags/%E7%BA%A2%E7%83%A7/ 301',
    ]);
  });

  it("keeps the project's own public/_redirects first and whole, and counts its rules against Cloudflare's 2,000", () => {
    const own = '# mine\n/shop https://shop.example 302\n';
    const moved = Array.from({ length: HOST_RULES_LIMIT }, (_, i) => ({ from: `/old/${i}.html`, to: `/posts/${i}/` }));
    const { text, rules: count, dropped } = hostRedirects({ moved, feedFolders: [], own });
    expect(text.startsWith(own)).toBe(true);
    expect(rules(text)).toHaveLength(HOST_RULES_LIMIT);
    expect(count).toBe(HOST_RULES_LIMIT - 1);
    expect(dropped).toBe(1);
    expect(rules(text).at(-1)).toBe(`/old/${HOST_RULES_LIMIT - 2}.html /posts/${HOST_RULES_LIMIT - 2}/ 301`);
  });

  it('writes the old feed folders\' rewrites before the 301s, so hosts that serve files first (Netlify, GitLab) keep them past any limit', () => {
    const moved = Array.from({ length: HOST_RULES_LIMIT }, (_, i) => ({ from: `/old/${i}.html`, to: `/posts/${i}/` }));
    const { text } = hostRedirects({ moved, feedFolders: ['/feed/'] });
    expect(rules(text).slice(0, 3)).toEqual(['/feed/ /feed/index.xml 200', '/feed /feed/index.xml 200', '/old/0.html /posts/0/ 301']);
  });

  it("leaves out a rule longer than Cloudflare's 1,000 characters (a long Chinese path, encoded) and says so on the file's last line", () => {
    const long = '/posts/' + '长'.repeat(60) + '/';
    const { text, rules: count, dropped } = hostRedirects({ moved: [{ from: long, to: '/posts/2026/short/' }, { from: '/a.html', to: '/posts/a/' }], feedFolders: [] });
    // 60 characters, 9 each encoded: a 571-character rule, kept (both forms of the folder); 120: 1,111, left out.
    expect(rules(text)).toHaveLength(3);
    const longer = '/posts/' + '长'.repeat(120) + '/';
    const result = hostRedirects({ moved: [{ from: longer, to: '/posts/2026/short/' }, { from: '/a.html', to: '/posts/a/' }], feedFolders: [] });
    expect(rules(result.text)).toEqual(['/a.html /posts/a/ 301']);
    expect(result.dropped).toBe(2);
    expect(result.text.trimEnd().split('\n').at(-1)).toMatch(/^# Rules left out: 2 \(2 longer than 1000 characters\); their redirect pages still answer$/);
    expect(leftOutRules(result.text)).toMatch(/^Rules left out: 2 /);
    expect(count).toBe(3);
    expect(dropped).toBe(0);
    expect(leftOutRules(text)).toBeUndefined();
  });

  it("keeps GitLab Pages' 1,000 rules and 64 KB, past which GitLab refuses the whole file", () => {
    const moved = Array.from({ length: 1500 }, (_, i) => ({ from: `/old/${i}.html`, to: `/posts/${i}/` }));
    const gitlab = hostRedirects({ moved, feedFolders: ['/feed/'], own: '/shop https://shop.example 302', limits: GITLAB_LIMITS });
    expect(rules(gitlab.text)).toHaveLength(1000);
    expect(rules(gitlab.text).slice(0, 3)).toEqual(['/shop https://shop.example 302', '/feed/ /feed/index.xml 200', '/feed /feed/index.xml 200']);
    expect(gitlab.dropped).toBe(1502 - 999);
    const chinese = Array.from({ length: 400 }, (_, i) => ({ from: `/tag/${'红烧肉'.repeat(4)}${i}/`, to: `/tags/${'红烧肉'.repeat(4)}${i}/` }));
    const big = hostRedirects({ moved: chinese, feedFolders: [], limits: GITLAB_LIMITS });
    expect(new TextEncoder().encode(big.text).length).toBeLessThanOrEqual(64 * 1024);
    expect(big.rules).toBeGreaterThan(200);
    expect(big.rules + big.dropped).toBe(800);
    expect(leftOutRules(big.text)).toMatch(/^Rules left out: \d+ \(\d+ past 64 KB\)/);
    expect(leftOutRules(gitlab.text)).toMatch(/\(503 past 1000 rules\)/);
    // Cloudflare's limits take them all.
    expect(hostRedirects({ moved: chinese, feedFolders: [], limits: CLOUDFLARE_LIMITS }).rules).toBe(800);
  });

  it('says rules were left out when none is kept: own rules filling the room, or every rule too long', () => {
    // A GitLab project whose own public/_redirects is already 1,000 rules (and past 64 KB).
    const own = Array.from({ length: 1500 }, (_, i) => `/old/page-number-${i}/with-a-longish-path /new/${i}/ 301`).join('\n');
    const full = hostRedirects({ moved: [{ from: '/a/', to: '/b/' }], feedFolders: ['/feed/'], own, limits: GITLAB_LIMITS });
    expect(full.rules).toBe(0);
    expect(full.dropped).toBe(4);
    expect(full.text.startsWith(`${own}\n`)).toBe(true);
    expect(leftOutRules(full.text)).toMatch(/^Rules left out: 4 \(4 past 1000 rules\)/);
    const long = hostRedirects({ moved: [{ from: `/posts/${'长'.repeat(120)}/`, to: '/posts/a/' }], feedFolders: [] });
    expect(long.dropped).toBe(2);
    expect(leftOutRules(long.text)).toMatch(/^Rules left out: 2 \(2 longer than 1000 characters\)/);
  });

  it('names public/_redirects when it alone is over what the host reads (size, rules), in English and Chinese', () => {
    const own = Array.from({ length: 1500 }, (_, i) => `/old/page-number-${i}/with-a-longish-path /new/${i}/ 301`).join('\n');
    const over = ownRulesOver(own, GITLAB_LIMITS);
    expect(over).toEqual({ bytes: new TextEncoder().encode(own).length, rules: 1500 });
    expect(ownRulesOver(own, CLOUDFLARE_LIMITS)).toBeNull();
    // Chinese paths written raw count as UTF-8 bytes (3 each), as GitLab measures the file.
    const chinese = Array.from({ length: 900 }, (_, i) => `/标签/${'红烧肉'.repeat(9)}${i} /tags/${i}/ 301`).join('\n');
    expect(chinese.length).toBeLessThan(64 * 1024);
    expect(ownRulesOver(chinese, GITLAB_LIMITS)).toEqual({ bytes: new TextEncoder().encode(chinese).length });
    expect(ownRulesOver('# a comment\n/a /b 301\n', GITLAB_LIMITS)).toBeNull();
    const en = ownRulesOverText(over!, GITLAB_LIMITS, 'en');
    expect(en).toMatch(/^public\/_redirects: [\d,]+ bytes, over the 64 KB GitLab Pages reads: it refuses the whole _redirects file/);
    // Refused whole: how many rules it has no longer matters.
    expect(en).not.toContain('1,500 rules');
    const zh = ownRulesOverText(over!, GITLAB_LIMITS, 'zh');
    expect(zh).toMatch(/^public\/_redirects：有 [\d,]+ 字节，超过 GitLab Pages 能读取的 64 KB：它会拒绝整个 _redirects 文件/);
    const many = ownRulesOver(Array.from({ length: 2001 }, (_, i) => `/o/${i} /n/${i} 301`).join('\n'), CLOUDFLARE_LIMITS);
    expect(many).toEqual({ rules: 2001 });
    expect(ownRulesOverText(many!, CLOUDFLARE_LIMITS, 'en')).toMatch(/^public\/_redirects: 2,001 rules, over the 2,000 Cloudflare Pages reads: it reads only the first 2,000/);
    expect(ownRulesOverText(many!, CLOUDFLARE_LIMITS, 'zh')).toMatch(/^public\/_redirects：有 2,001 条规则，超过 Cloudflare Pages 读取的 2,000 条/);
    // A rule of one's own over 1,000 characters, counted as written: 400 Chinese characters are 400, not 1,200 bytes.
    const mine = ['# mine', `/标签/${'长'.repeat(400)} /tags/long/ 301`, `/a/${'x'.repeat(1000)} /b/ 301`, '/c /d 301'].join('\n');
    const long = ownRulesOver(mine, CLOUDFLARE_LIMITS);
    expect(long).toEqual({ long: [3] });
    expect(ownRulesOverText(long!, CLOUDFLARE_LIMITS, 'en')).toBe('public/_redirects: line 3 is longer than the 1,000 characters Cloudflare Pages reads of a rule: it ignores that rule; shorten public/_redirects');
    expect(ownRulesOverText(long!, CLOUDFLARE_LIMITS, 'zh')).toBe('public/_redirects：第 3 行超过 Cloudflare Pages 读取的 1,000 个字符，这些规则会被忽略；请删减 public/_redirects');
  });

  it("says of Netlify's 10,000 rules that a deploy with more may fail, not that it reads only the first (no such cut is documented)", () => {
    const many = ownRulesOver(Array.from({ length: 10_001 }, (_, i) => `/o/${i} /n/${i} 301`).join('\n'), NETLIFY_LIMITS);
    expect(many).toEqual({ rules: 10_001 });
    const en = ownRulesOverText(many!, NETLIFY_LIMITS, 'en');
    expect(en).toBe("public/_redirects: 10,001 rules, over the 10,000 Netlify advises: a deploy with more may fail (Netlify's advice: wildcards or placeholders), and the site's moved addresses get no rule (the redirect pages at the old addresses still answer); shorten public/_redirects");
    expect(ownRulesOverText(many!, NETLIFY_LIMITS, 'zh')).toBe('public/_redirects：有 10,001 条规则，超过 Netlify 建议的 10,000 条：部署可能失败（Netlify 建议改用通配符或占位符），本站迁移地址没有规则（旧地址的重定向页面仍然有效）；请删减 public/_redirects');
  });

  it("takes GitLab's limits in GitLab CI, Netlify's in a Netlify build, Cloudflare's elsewhere", () => {
    expect(hostLimits({ GITLAB_CI: 'true' })).toBe(GITLAB_LIMITS);
    expect(hostLimits({})).toBe(CLOUDFLARE_LIMITS);
    expect(hostLimits({ NETLIFY: 'true' })).toBe(NETLIFY_LIMITS);
    expect(hostLimits({ CF_PAGES: '1', NETLIFY: 'true' })).toBe(CLOUDFLARE_LIMITS);
  });

  it('forces the 301s for Netlify, which serves the redirect page at a moved address before an unforced rule', () => {
    const moved = [{ from: '/2020/01/a.html', to: '/posts/a/' }, { from: '/tag/红烧/', to: '/tags/红烧/' }];
    const netlify = hostRedirects({ moved, feedFolders: ['/feed/'], own: '/shop https://shop.example 302', limits: NETLIFY_LIMITS });
    expect(rules(netlify.text)).toEqual([
      '/shop https://shop.example 302',
      // No file at /feed/ (only its index.xml): the rewrite needs no force.
      '/feed/ /feed/index.xml 200',
      '/feed /feed/index.xml 200',
      '/2020/01/a.html /posts/a/ 301!',
      '/tag/%E7%BA%A2%E7%83%A7/ /tags/%E7%BA%A2%E7%83%A7/ 301!',
      '/tag/%E7%BA%A2%E7%83%A7 /tags/%E7%BA%A2%E7%83%A7/ 301!',
    ]);
    // Cloudflare and GitLab take no `!` (GitLab Pages does not support forcing): plain 301s there.
    for (const limits of [CLOUDFLARE_LIMITS, GITLAB_LIMITS]) expect(rules(hostRedirects({ moved, feedFolders: [], limits }).text).every((line) => line.endsWith(' 301'))).toBe(true);
    // 2,500 rules: past Cloudflare's 2,000, within Netlify's.
    const many = Array.from({ length: 2500 }, (_, i) => ({ from: `/old/${i}.html`, to: `/posts/${i}/` }));
    expect(hostRedirects({ moved: many, feedFolders: [], limits: NETLIFY_LIMITS }).dropped).toBe(0);
    expect(ownRulesOver('/a/' + 'x'.repeat(1200) + ' /b 301', NETLIFY_LIMITS)).toBeNull();
  });

  it('writes nothing with nothing to say, and the own file alone when there is no rule', () => {
    expect(hostRedirects({ moved: [], feedFolders: [] }).text).toBe('');
    expect(hostRedirects({ moved: [], feedFolders: [], own: '/a /b 301' }).text).toBe('/a /b 301\n');
  });

  // The build checked public/_redirects against the host's limits by reading it a second time,
  // after the route had read it to write the file: it now takes it from the file written.
  it("finds the project's own rules in the file it wrote, with rules added or not, rules left out or not", () => {
    const own = '# mine\n/shop https://shop.example 302\n\n  # indented note\n/a /b 301\n';
    const moved = [{ from: '/old.html', to: '/posts/a/' }];
    expect(ownRulesIn(hostRedirects({ moved, feedFolders: [], own }).text)).toBe(own);
    expect(ownRulesIn(hostRedirects({ moved: [], feedFolders: [], own }).text)).toBe(own);
    // Trailing blank lines are not kept in the file, so not in what is found.
    expect(ownRulesIn(hostRedirects({ moved, feedFolders: [], own: `${own}\n\n` }).text)).toBe(own);
    const full = hostRedirects({ moved: Array.from({ length: 5 }, (_, i) => ({ from: `/o/${i}`, to: `/n/${i}/` })), feedFolders: [], own, limits: { ...CLOUDFLARE_LIMITS, rules: 3 } });
    expect(full.dropped).toBeGreaterThan(0);
    expect(ownRulesIn(full.text)).toBe(own);
    expect(ownRulesIn(hostRedirects({ moved, feedFolders: [], own: undefined }).text)).toBeUndefined();
    expect(ownRulesIn('')).toBeUndefined();
  });

  it('counts a rule as hosts read one, blank and comment lines (indented too) not, for the room left and for ownRulesOver alike', () => {
    expect(['/a /b 301', '  /a /b 301', '', '   ', '# note', '   # note', '\t#x'].map(isRule)).toEqual([true, true, false, false, false, false, false]);
    const own = ['  # indented comment', '/a /b 301', '   ', '/c /d 301'].join('\n');
    const limits = { ...CLOUDFLARE_LIMITS, rules: 3 };
    expect(hostRedirects({ moved: [{ from: '/x.html', to: '/y/' }, { from: '/z.html', to: '/w/' }], feedFolders: [], own, limits }).rules).toBe(1);
    expect(ownRulesOver(own, { ...limits, rules: 1 })).toEqual({ rules: 2 });
    expect(ownRulesOver(own, { ...limits, rules: 2 })).toBeNull();
  });
});
