/** Obsidian's [[wikilinks]] in an imported vault, as Markdown links to the posts' pages. */
import { describe, expect, test } from 'vitest';
import { convertWikilinks } from '../../src/core/moved-posts/wikilinks.ts';
import { planMove } from '../../src/core/moved-posts/plan.ts';

const pages: Record<string, string> = { 'Garden beds': '/posts/2024/garden-beds/', 'Projects/Compost': '/posts/2024/compost/' };
const resolve = (note: string) => pages[note.replace(/\.md$/, '')];

describe('convertWikilinks', () => {
  test.each([
    ['[[Garden beds]]', '[Garden beds](/posts/2024/garden-beds/)'],
    ['[[Garden beds|my beds]]', '[my beds](/posts/2024/garden-beds/)'],
    ['[[Garden beds.md]]', '[Garden beds](/posts/2024/garden-beds/)'],
    ['[[Projects/Compost]]', '[Compost](/posts/2024/compost/)'],
    // The heading's anchor is github-slugger's, as Astro's Markdown gives the heading.
    ['[[Garden beds#Soil & water]]', '[Garden beds > Soil & water](/posts/2024/garden-beds/#soil--water)'],
    ['[[Garden beds#Soil|the soil]]', '[the soil](/posts/2024/garden-beds/#soil)'],
    ['[[#Later notes]]', '[Later notes](#later-notes)'],
    ['[[Garden beds#^a1b2c3]]', '[Garden beds](/posts/2024/garden-beds/)'],
    ['![[Garden beds]]', '[Garden beds](/posts/2024/garden-beds/)'],
    ['| a | [[Garden beds\\|beds]] |', '| a | [beds](/posts/2024/garden-beds/) |'],
  ])('%s -> %s', (written, markdown) => {
    expect(convertWikilinks(written, resolve).body).toBe(markdown);
  });

  test('an embedded image found in the folder is a Markdown image (alt from the shown text, not a width); one found nowhere stays', () => {
    const image = (name: string) => ({ 'photo one.png': '../attachments/photo one.png', 'bed.svg': './bed.svg' })[name];
    const out = convertWikilinks('![[photo one.png|200]] ![[bed.svg|Raised bed]] ![[gone.png]] ![[a.pdf]]', resolve, image);
    expect(out.body).toBe('![photo one](<../attachments/photo one.png>) ![Raised bed](./bed.svg) ![[gone.png]] ![[a.pdf]]');
    expect(out.images).toEqual([['![[photo one.png|200]]', '../attachments/photo one.png'], ['![[bed.svg|Raised bed]]', './bed.svg']]);
    expect(out.embeds).toEqual(['gone.png', 'a.pdf']);
  });

  test("leaves the code of a code-block tag alone: Jekyll's {% highlight %}, Hexo's {% codeblock %}, Hugo's {{< highlight >}}", () => {
    // pawelmhm.github.io (trial of 2026-12-04): pandas' data[['location', 'applications']] in a
    // {% highlight python %} block came in as data'location', 'applications', named as a missing note.
    const body = [
      '{% highlight python %}',
      "data[data.location == 'Cambridge'][['location', 'applications']]",
      '{% endhighlight %}',
      '',
      '{% codeblock lang:sh %}',
      'if [[ -f a ]]; then echo a; fi',
      '{% endcodeblock %}',
      '',
      '{{< highlight bash "linenos=table" >}}',
      'while [[ $i -lt 3 ]]; do i=$((i+1)); done',
      '{{< /highlight >}}',
      '',
      'Then [[Garden beds]].',
      '',
    ].join('\n');
    const out = convertWikilinks(body, resolve);
    expect(out.body).toBe(body.replace('Then [[Garden beds]].', 'Then [Garden beds](/posts/2024/garden-beds/).'));
    expect(out.unresolved).toEqual([]);
  });

  test('leaves code alone, turns a note the folder lacks into its text, and keeps embeds of files', () => {
    const body = 'See [[Missing note|this]] and [[Gone]].\n\n```md\n[[Garden beds]]\n```\n\n`[[Garden beds]]` ![[photo.png|300]] [[Garden beds]]\n';
    const out = convertWikilinks(body, resolve);
    expect(out.body).toBe('See this and Gone.\n\n```md\n[[Garden beds]]\n```\n\n`[[Garden beds]]` ![[photo.png|300]] [Garden beds](/posts/2024/garden-beds/)\n');
    expect(out.unresolved).toEqual(['Missing note', 'Gone']);
    expect(out.embeds).toEqual(['photo.png']);
    expect(out.linked).toEqual([['[[Garden beds]]', '/posts/2024/garden-beds/']]);
  });

  // daichangya/hexo-blog (pasted from Zhihu): 265 formula images `![[公式]](https://www.zhihu.com/equation?tex=n)`
  // and footnotes `[[1]](http://…#id9)` came in as the text `公式(https://…)`.
  test('leaves a Markdown link or image whose text is in brackets as it is: [[x]] followed by ( or [', () => {
    const body = '设 ![[公式]](https://www.zhihu.com/equation?tex=n) 为长度。见 [[1]](http://example.com/a#id9) 与 [[Garden beds]][ref] 和 ![[公式]][f]，再看 [[Garden beds]] (here).\n\n[ref]: /r\n[f]: /f.png\n';
    const out = convertWikilinks(body, resolve);
    expect(out.body).toBe('设 ![[公式]](https://www.zhihu.com/equation?tex=n) 为长度。见 [[1]](http://example.com/a#id9) 与 [[Garden beds]][ref] 和 ![[公式]][f]，再看 [Garden beds](/posts/2024/garden-beds/) (here).\n\n[ref]: /r\n[f]: /f.png\n');
    expect(out.unresolved).toEqual([]);
    expect(out.embeds).toEqual([]);
    expect(out.linked).toEqual([['[[Garden beds]]', '/posts/2024/garden-beds/']]);
  });
});

describe('an Obsidian vault imported', () => {
  test('its wikilinks name the posts found as Obsidian finds notes (from the root, by unique name), with a note; missing notes and file embeds are named (EN and 中文)', () => {
    const vault = '/home/mei/vault';
    const opts = { channel: 'blog', status: 'published' as const, folder: vault };
    const plan = planMove(
      [
        { path: `${vault}/Projects/Garden beds.md`, text: '---\ndate: 2024-03-01\n---\n# Garden beds\n\n## Soil\n' },
        { path: `${vault}/Daily/2024-03-03.md`, text: '---\ndate: 2024-03-03\n---\nSee [[Garden beds#Soil]], [[Projects/Garden beds|the beds]], [[Nowhere]] and ![[seedlings.jpg]].\n' },
      ],
      [],
      opts,
    );
    const move = plan.moves.find((m) => m.from.endsWith('2024-03-03.md'))!;
    expect(move.text).toContain('See [Garden beds > Soil](/posts/2024/garden-beds/#soil), [the beds](/posts/2024/garden-beds/), Nowhere and ![[seedlings.jpg]].');
    const en = move.notes.map((n) => n.en).join('\n');
    expect(en).toContain("its Obsidian links ([[Garden beds#Soil]] -> /posts/2024/garden-beds/#soil, [[Projects/Garden beds|the beds]] -> /posts/2024/garden-beds/) are now Markdown links to the posts' pages");
    expect(en).toContain('[[Nowhere]] names no note of the imported folder: now plain text');
    expect(en).toContain('![[seedlings.jpg]]: an Obsidian embed of a file, left as written');
    expect(move.notes.map((n) => n.zh).join('\n')).toContain('[[Nowhere]] 在导入的文件夹里找不到对应的笔记：已改为纯文本');
  });

  test('its image embeds name the attachment as Obsidian finds it (from the root, by unique name, beside the note), by its path from the post', () => {
    const vault = '/home/mei/vault';
    const plan = planMove(
      [{ path: `${vault}/Daily/d.md`, text: '---\ndate: 2024-03-03\n---\n![[seedlings.jpg|300]] ![[attachments/x.png]] ![[here.png]]\n' }],
      [],
      { channel: 'blog', status: 'published', folder: vault, images: [`${vault}/attachments/seedlings.jpg`, `${vault}/attachments/x.png`, `${vault}/Daily/here.png`] },
    );
    expect(plan.moves[0]!.text).toContain('![seedlings](../attachments/seedlings.jpg) ![x](../attachments/x.png) ![here](./here.png)');
    expect(plan.moves[0]!.notes.map((n) => n.en).join('\n')).toContain('are now Markdown images (a width, which Markdown has not, dropped)');
  });

  test('an image embed written from a vault root above the imported folder finds its attachment, as its wikilinks find their notes', () => {
    // The vault is /home/mei/vault; only its Blog/ folder is imported, and two attachments share a name.
    const folder = '/home/mei/vault/Blog';
    const plan = planMove(
      [{ path: `${folder}/posts/a.md`, text: '---\ndate: 2024-03-03\n---\n![[Blog/media/2024/cover.png]] [[Blog/posts/b]]\n' }, { path: `${folder}/posts/b.md`, text: '---\ndate: 2024-03-04\n---\nB\n' }],
      [],
      { channel: 'blog', status: 'published', folder, images: [`${folder}/media/2024/cover.png`, `${folder}/media/2023/cover.png`] },
    );
    expect(plan.moves[0]!.text).toContain('![cover](../media/2024/cover.png) [b](/posts/2024/b/)');
  });
});

describe('Obsidian block ids', () => {
  test('a block id after a paragraph, a list item or alone after a table is left out, and named; code, arithmetic and links to the block are kept as they read', () => {
    const body = 'Compost is alive. ^c1\n\n- turn it weekly ^turn-weekly\n\n| a | b |\n| - | - |\n\n^table-1\n\nTwo to the tenth is 2 ^10\n\n`x ^code1`\n\n```\nlet y = 1 ^abc\n```\n';
    const out = convertWikilinks(body, () => undefined);
    expect(out.body).toBe('Compost is alive.\n\n- turn it weekly\n\n| a | b |\n| - | - |\n\n\n\nTwo to the tenth is 2 ^10\n\n`x ^code1`\n\n```\nlet y = 1 ^abc\n```\n');
    expect(out.blocks).toEqual(['c1', 'turn-weekly', 'table-1']);
  });

  test('an import names the ids it left out', () => {
    const plan = planMove([{ path: '/v/a.md', text: '---\ndate: 2024-03-03\n---\nCompost is alive. ^c1\n' }], [], { channel: 'blog', status: 'published', folder: '/v' });
    expect(plan.moves[0]!.text).toContain('Compost is alive.\n');
    expect(plan.moves[0]!.notes.map((n) => n.en)).toContain('its Obsidian block id (^c1) left out: Obsidian hides it, the site would show it as text');
  });
});
