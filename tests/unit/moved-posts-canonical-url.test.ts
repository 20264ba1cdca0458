import { describe, expect, test } from 'vitest';
import { planMove, type KnownPost } from '../../src/core/moved-posts/plan.ts';
import type { OldSite } from '../../src/core/moved-posts/old-url.ts';
import { parsePostText } from '../../src/core/post-file.ts';

const JEKYLL: OldSite = { generator: 'jekyll', address: 'https://www.kapresoft.example', permalink: '/:categories/:year/:month/:day/:title:output_ext' };
const post = (canonical: string, more = '') => `---\ntitle: Spring null safety\ndate: 2024-01-09\n${more}canonical_url: ${canonical}\n---\n\nAnnotations such as @Nullable.\n`;

/** The moved post as Throughline reads it, and its notes (English). */
function moved(text: string, opts: { site?: OldSite; channel?: string; known?: Map<string, KnownPost>; path?: string } = {}) {
  const plan = planMove([{ path: opts.path ?? '_posts/2024-01-09-spring-null-safety.md', text }], [], { channel: opts.channel ?? 'blog', status: 'published', ...(opts.site ? { site: opts.site } : {}) }, opts.known);
  const move = plan.moves[0]!;
  return { data: parsePostText(move.text, 'x', 'x.md').data as Record<string, unknown>, notes: move.notes.map((n) => n.en), text: move.text, warnings: plan.warnings.map((w) => w.en) };
}

describe("import reads canonical_url (dev.to, jekyll-seo-tag): where the piece first appeared", () => {
  test('an address on another site is the url, with canonical: original', () => {
    const { data, notes } = moved(post('https://medium.com/@ana/spring-null-safety-442573dedd43'), { site: JEKYLL });
    expect(data.url).toBe('https://medium.com/@ana/spring-null-safety-442573dedd43');
    expect(data.canonical).toBe('original');
    expect(notes).toContain("canonical_url: first published at https://medium.com/@ana/spring-null-safety-442573dedd43: written as url with canonical: original, so the page's canonical link points there");
  });

  test("the old site's own page (its host, with or without www.) is not read: the post is no copy of itself; said once for the folder", () => {
    for (const own of ['https://www.kapresoft.example/java/2024/01/09/spring-null-safety.html', 'http://kapresoft.example/java/2024/01/09/spring-null-safety.html']) {
      const { data, notes, warnings } = moved(post(own), { site: JEKYLL });
      expect(data.url).toBeUndefined();
      expect(data.canonical).toBeUndefined();
      expect(notes.some((n) => n.includes('canonical_url'))).toBe(false);
      expect(warnings).toContain('canonical_url of 1 post (_posts/2024-01-09-spring-null-safety.md) names its own page on the old site, not a first publication elsewhere: not read (its canonical link is its new page)');
    }
    // A blog that writes it on every post: one line for all of them.
    const files = ['a', 'b', 'c'].map((name) => ({ path: `_posts/2024-01-0${name.charCodeAt(0) - 96}-${name}.md`, text: post(`https://www.kapresoft.example/java/${name}.html`) }));
    const plan = planMove(files, [], { channel: 'blog', status: 'published', site: JEKYLL });
    expect(plan.warnings.filter((w) => w.en.includes('canonical_url')).map((w) => w.en)).toEqual(['canonical_url of 3 posts (the first: _posts/2024-01-01-a.md) names their own page on the old site, not a first publication elsewhere: not read (their canonical links are their new pages)']);
  });

  test('with no site address, an address whose path is one of the post\'s own old paths is its own page', () => {
    const { data } = moved(post('https://ana.example/old/spring/', 'aliases: [/old/spring/]\n'));
    expect(data.url).toBeUndefined();
    expect(data.canonical).toBeUndefined();
  });

  test("an address of a published post of another channel already here makes the moved post that post's copy, with its pillar", () => {
    const known = new Map<string, KnownPost>([
      ['2024/braise', { title: 'Braise', channel: 'blog', pillar: 'recipes', aliases: ['/2024/05/01/braise.html'], original: true }],
      ['2024/noodles', { title: 'Noodles', channel: 'blog', url: 'https://medium.com/@ana/noodles-1', original: true }],
      ['2024/draft', { title: 'Draft', channel: 'blog', original: false }],
    ]);
    const devto = (canonical: string) => moved(`---\ntitle: Braise\npublished: true\ndate: 2024-05-02\ncanonical_url: ${canonical}\n---\n\nText.\n`, { channel: 'devto', known, path: 'braise.md' });
    // Its old address on the blog, its portfolio page (any host, any base), its url elsewhere.
    for (const [canonical, id] of [
      ['https://ana.example/2024/05/01/braise.html', '2024/braise'],
      ['https://ana.example/blog/posts/2024/braise/', '2024/braise'],
      ['https://medium.com/@ana/noodles-1', '2024/noodles'],
    ] as const) {
      const { data, notes } = devto(canonical);
      expect(data.copyOf).toBe(id);
      expect(data.url).toBeUndefined();
      expect(notes.some((n) => n.startsWith(`canonical_url: ${canonical} is post ${id}: this is its copy, written with copyOf: ${id}`))).toBe(true);
    }
    expect(devto('https://ana.example/2024/05/01/braise.html').data.pillar).toBe('recipes');
    // A post not published (or a copy) is no original: the address is read as any other.
    expect(devto('https://ana.example/posts/2024/draft/').data).toMatchObject({ url: 'https://ana.example/posts/2024/draft/', canonical: 'original' });
    // A post of the channel imported into is not its own copy.
    expect(moved(post('https://ana.example/2024/05/01/braise.html'), { channel: 'blog', known }).data.copyOf).toBeUndefined();
  });

  test("the file's own url, canonicalURL or canonical win; a value that is no address is said and not read", () => {
    expect(moved(post('https://medium.com/a', 'url: https://dev.to/ana/b\n')).data.url).toBe('https://dev.to/ana/b');
    expect(moved(post('https://medium.com/a', 'canonicalURL: https://dev.to/ana/b\n')).data.url).toBe('https://dev.to/ana/b');
    expect(moved(post('https://medium.com/a', 'canonical: self\n')).data).toMatchObject({ url: 'https://medium.com/a', canonical: 'self' });
    const odd = moved(post('medium.com/a'));
    expect(odd.data.url).toBeUndefined();
    expect(odd.notes).toContain('canonical_url: medium.com/a is not a full http(s) address: not read');
  });

  test('the key is kept as written beside what import writes', () => {
    expect(moved(post('https://medium.com/a')).text).toContain('canonical_url: https://medium.com/a\n');
  });
});
