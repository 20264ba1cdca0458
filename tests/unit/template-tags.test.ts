import { describe, expect, test } from 'vitest';
import { buildCheckReport } from '../../src/core/check.ts';
import { PlannerSchema } from '../../src/core/schema/planner.ts';
import { PostFrontmatterSchema, type Post } from '../../src/core/schema/post.ts';
import { findTemplateTags } from '../../src/core/template-tags.ts';

describe('findTemplateTags', () => {
  test.each([
    // A real Hexo post's note box (hexo-theme-next/fluid note tag), moved as it was.
    ['{% note warning WARNING %}  \nWARNING：本文可能随时遭到审查。  \n{% endnote %}\n', ['{% note warning WARNING %}', '{% endnote %}']],
    ['Before.\n\n{% asset_img banana.png A banana %}\n', ['{% asset_img banana.png A banana %}']],
    ['{% highlight ruby %}\nputs 1\n{% endhighlight %}\n', ['{% highlight ruby %}', '{% endhighlight %}']],
    ['![Chart]({{ site.baseurl }}/assets/chart.png)\n', ['{{ site.baseurl }}']],
    ['{{< figure src="/img/x.png" title="Steam" >}}\n\n{{% note %}}Hi{{% /note %}}\n', ['{{< figure src="/img/x.png" title="Steam" >}}', '{{% note %}}', '{{% /note %}}']],
    // A real Jekyll (kramdown) post on Kunqu opera: attribute lists after a photo and a link, and before a paragraph.
    [
      '{: class="surface-block"}\n武大郎途中相遇郓哥。\n\n![](https://oss.example.com/a.jpg){: loading="lazy" class="clickable" alt="游街" }\n\n关联文章[《初见浙昆》](/a.html){: target="_blank" }。\n\n{::comment}\n草稿\n{:/comment}\n',
      ['{: class="surface-block"}', '{: loading="lazy" class="clickable" alt="游街" }', '{: target="_blank" }', '{::comment}', '{:/comment}'],
    ],
    // A tag that holds a bare address, which GFM reads as a link inside the text: a real GitBook wiki's
    // embed (linyuxuanlin/Wiki_docsify, 定制VSCode.md), Hexo's link and iframe tags, a Hugo figure.
    ['## 下载 & 安装\n\n{% embed url="https://code.visualstudio.com/" caption="" %}\n', ['{% embed url="https://code.visualstudio.com/" caption="" %}']],
    ['看这里 {% link 官网 https://www.keil.com/demo/eval/arm.htm %}，或 {% iframe https://www.youtube.com/embed/x 560 315 %}\n', ['{% link 官网 https://www.keil.com/demo/eval/arm.htm %}', '{% iframe https://www.youtube.com/embed/x 560 315 %}']],
    ['{{< figure src="https://example.com/a.png" title="麦轮小车" >}}\n', ['{{< figure src="https://example.com/a.png" title="麦轮小车" >}}']],
    ['{% include video.html url="www.example.com/v.mp4" %}\n', ['{% include video.html url="www.example.com/v.mp4" %}']],
    ['[{% raw %}第一篇{% endraw %}](/a) 和 [*{{ page.title }}*](/b)\n', ['{% raw %}', '{% endraw %}', '{{ page.title }}']],
    // Inside an HTML block of a .md post, whose text its page shows as written (a Hexo theme's box).
    ['<div class="box">\n{% note info %}\n装好了。\n{% endnote %}\n</div>\n', ['{% note info %}', '{% endnote %}']],
    // A real Fuwari post written in Obsidian (qqbot 搭建指南): its images as Obsidian embeds, and a wikilink.
    ['### NapCat（现代最强！）\n![[../assets/images/qqbot-part1_1.webp]]\n#### 什么是Napcat？\n\n见 [[qqbot-part2|下一篇]]。\n', ['![[../assets/images/qqbot-part1_1.webp]]', '[[qqbot-part2|下一篇]]']],
  ])('finds the tags of %j', (body, tags) => {
    expect(findTemplateTags(body)).toEqual(tags);
  });

  test.each([
    ['a post about them, in code', 'Write `{% raw %}` around it:\n\n```liquid\n{% if user %}{{ user.name }}{% endif %}\n```\n'],
    ['prose with braces', 'A set {a, b} and a map {{1: 2}} and 50% off.\n'],
    ['a tag-like line around inline code', '写 {% `note` %} 不是标签\n'],
    ['an address between braces in prose', '集合 {% 来自 https://example.com/a\n下一行 %}\n'],
    // CommonMark's indented code (four spaces), which MDX has not: a .md post's code.
    // A real Jekyll theme's 404 page: a script reading the site's address, which no reader sees.
    ['a script', 'Not found.\n\n<script type="text/javascript">\n  var SITE = \'{{ site.url }}\'\n</script>\n'],
    ['indented code of a .md post', 'In a layout:\n\n    {% include footer.html %}\n    {{ content }}\n\nDone.\n'],
    // markdown-it-table-of-contents' and GitLab's marks: the portfolio's contents box takes their place.
    ['a table of contents mark', 'Intro.\n\n[[toc]]\n\n## One\n\n[[_TOC_]]\n\n[[TOC]]\n'],
    ['nested lists and Obsidian marks in code', 'A matrix [[1, 2], [3, 4]] and `![[a.png]]` in code.\n\n```sh\nif [[ -f x ]]; then echo; fi\n```\n'],
  ])('leaves alone %s', (_name, body) => {
    expect(findTemplateTags(body)).toEqual([]);
  });
});

describe('check', () => {
  test('warns of a post whose prose holds template tags, naming the first and the count, in English and Chinese', () => {
    const planner = PlannerSchema.parse({
      version: 1,
      brand: { name: 'W', label: 'l', timezone: 'Asia/Shanghai', pillars: [{ id: 'net', name: 'Network' }] },
      channels: [{ id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY', start: '2024-01-01' }],
      breaks: [],
    });
    const data = PostFrontmatterSchema.parse({ title: '自由上网指北', channel: 'blog', status: 'published', publishedAt: '2024-05-01' });
    const post: Post = { id: 'hexo/Freedom-Network', file: 'content/posts/hexo/Freedom-Network.md', data, body: '{% note warning WARNING %}  \nWARNING：审查。  \n{% endnote %}\n' };
    const flag = (lang: 'en' | 'zh') => buildCheckReport({ planner, posts: [post], now: Date.parse('2024-05-02T00:00:00Z'), lang }).flags.find((f) => f.kind === 'template-tag');
    expect(flag('en')).toMatchObject({ severity: 'warning', post: 'hexo/Freedom-Network', file: 'content/posts/hexo/Freedom-Network.md', message: '"{% note warning WARNING %}" (and 1 more) is a template tag (as Hexo, Jekyll, Hugo, Django or Jinja write them): the portfolio shows it as written' });
    expect(flag('zh')?.message).toBe('"{% note warning WARNING %}"（还有 1 处）是模板标签（Hexo、Jekyll、Hugo、Django 或 Jinja 的写法）：作品集网站会原样显示它');
    expect(flag('zh')?.hint).toContain(':::warning');
    // A post about templates writes them as examples: the hint says how to keep one as code (a trial's Django notes).
    expect(flag('en')?.hint).toContain('put it in backticks (`{{ x }}`) or a code block');
    expect(flag('zh')?.hint).toContain('请用反引号（`{{ x }}`）或代码块括起来');
    // A Jekyll link tag import could not convert: the hint says how to write the link, not a note box.
    const linked = { ...post, body: 'See [part one]({% link _java-agent/java-agent-01.md %}) and {% post_url 2010-07-21-name %}.\n' };
    const linkFlag = (lang: 'en' | 'zh') => buildCheckReport({ planner, posts: [linked], now: Date.parse('2024-05-02T00:00:00Z'), lang }).flags.find((f) => f.kind === 'template-tag');
    expect(linkFlag('en')?.message).toBe('"{% link _java-agent/java-agent-01.md %}" (and 1 more) is Jekyll\'s link to another page of the old site ({% link %} or {% post_url %}): the portfolio shows it as written');
    expect(linkFlag('en')?.hint).toContain("write it as a Markdown link to that post's page here: [text](/posts/<its id>/)");
    expect(linkFlag('en')?.hint).not.toContain(':::warning');
    expect(linkFlag('zh')?.hint).toContain('[文字](/posts/<它的 id>/)');
    const example = { ...post, body: 'Render the title with `{{ article.title }}` in the template.\n' };
    expect(buildCheckReport({ planner, posts: [example], now: Date.parse('2024-05-02T00:00:00Z') }).flags.filter((f) => f.kind === 'template-tag')).toEqual([]);
  });

  test("names Obsidian's embed and wikilink as what they are, the embed's hint with the image to write, in English and Chinese", () => {
    const planner = PlannerSchema.parse({
      version: 1,
      brand: { name: 'W', label: 'l', timezone: 'Europe/Berlin', pillars: [{ id: 'bot', name: 'Bots' }] },
      channels: [{ id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY', start: '2024-01-01' }],
      breaks: [],
    });
    const data = PostFrontmatterSchema.parse({ title: 're：从零开始的qqbot搭建指南（part1）', channel: 'blog', status: 'published', publishedAt: '2026-03-16' });
    const post: Post = { id: '2026/qqbot-part1/index', file: 'content/posts/2026/qqbot-part1/index.md', data, body: '### NapCat\n![[../assets/images/qqbot part1_1.webp|300]]\n\n### Mirai\n![[../assets/images/qqbot-part1_2.png]]\n' };
    const flag = (lang: 'en' | 'zh', body = post.body) => buildCheckReport({ planner, posts: [{ ...post, body }], now: Date.parse('2026-03-17T00:00:00Z'), lang }).flags.find((f) => f.kind === 'template-tag');
    expect(flag('en')).toMatchObject({
      severity: 'warning',
      message: '"![[../assets/images/qqbot part1_1.webp|300]]" (and 1 more) is Obsidian\'s embed of a file: the portfolio shows it as written',
      hint: 'write it as a Markdown image: ![alt](../assets/images/qqbot%20part1_1.webp), its path from this post',
    });
    expect(flag('zh')?.message).toBe('"![[../assets/images/qqbot part1_1.webp|300]]"（还有 1 处）是 Obsidian 嵌入文件的写法：作品集网站会原样显示它');
    expect(flag('zh')?.hint).toBe('请改写成 Markdown 图片：![说明](../assets/images/qqbot%20part1_1.webp)，路径从这篇文章所在的位置写起');
    expect(flag('en', 'See [[qqbot-part2]].\n')?.message).toBe('"[[qqbot-part2]]" is Obsidian\'s link to a note (a wikilink): the portfolio shows it as written');
    expect(flag('zh', 'See [[qqbot-part2]].\n')?.hint).toContain('[文字](/posts/<它的 id>/)');
  });

  // A real docsify wiki's GitBook embed (linyuxuanlin/Wiki_docsify, 定制VSCode.md) was told to become a note box or an image.
  test("names GitBook's embed as what it is, with the link to write, in English and Chinese", () => {
    const planner = PlannerSchema.parse({
      version: 1,
      brand: { name: 'W', label: 'l', timezone: 'Asia/Shanghai', pillars: [{ id: 'net', name: 'Network' }] },
      channels: [{ id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY', start: '2024-01-01' }],
      breaks: [],
    });
    const data = PostFrontmatterSchema.parse({ title: '定制 VS Code', channel: 'blog', status: 'draft' });
    const post: Post = { id: 'drafts/vscode', file: 'content/posts/drafts/vscode.md', data, body: '## 下载 & 安装\n\n{% embed url="https://code.visualstudio.com/" caption="" %}\n' };
    const flag = (lang: 'en' | 'zh') => buildCheckReport({ planner, posts: [post], now: Date.parse('2024-05-02T00:00:00Z'), lang }).flags.find((f) => f.kind === 'template-tag');
    expect(flag('en')?.message).toBe('"{% embed url="https://code.visualstudio.com/" caption="" %}" is GitBook\'s embed of a page: the portfolio shows it as written');
    expect(flag('en')?.hint).toBe('write it as a link: [text](https://code.visualstudio.com/)');
    expect(flag('zh')?.message).toBe('"{% embed url="https://code.visualstudio.com/" caption="" %}"是 GitBook 嵌入网页的标签：作品集网站会原样显示它');
    expect(flag('zh')?.hint).toBe('请改写成链接：[文字](https://code.visualstudio.com/)');
  });

  // A trial on real Jekyll blogs: `{: .lead}` under a paragraph was called a "Hexo, Jekyll or Hugo template tag".
  test.each([
    [
      'a kramdown attribute list',
      'A paragraph.\n{: .lead}\n\n## Intro\n{: #intro}\n',
      '"{: .lead}" (and 1 more) is a kramdown attribute list (Jekyll\'s Markdown sets an element\'s class or id with it): the portfolio shows it as written',
      '"{: .lead}"（还有 1 处）是 kramdown 的属性列表（Jekyll 的 Markdown 用它设置元素的 class 或 id）：作品集网站会原样显示它',
      'delete it: the portfolio sets no class or id from Markdown (a heading\'s id is written ## Title {#id}); import removes them from the posts it brings in',
    ],
    [
      "kramdown's table of contents marker",
      '* TOC\n{:toc}\n\nText.\n',
      '"{:toc}" is kramdown\'s table of contents marker (Jekyll\'s Markdown puts the contents in place of the list above it): the portfolio shows it as written',
      '"{:toc}"是 kramdown 的目录标记（Jekyll 的 Markdown 用目录替换它上面的列表）：作品集网站会原样显示它',
      'delete it and the list line above it (* TOC): the portfolio makes its own table of contents',
    ],
    [
      'a kramdown extension',
      '{::comment}\nnote to self\n{:/comment}\n\nText.\n',
      '"{::comment}" (and 1 more) is a kramdown extension (Jekyll\'s Markdown): the portfolio shows it as written',
      '"{::comment}"（还有 1 处）是 kramdown 的扩展标记（Jekyll 的 Markdown）：作品集网站会原样显示它',
      'delete it ({::comment}…{:/comment} with the text between, which Jekyll never shows)',
    ],
  ])('names %s as what it is, not as a template tag, in English and Chinese', (_what, body, en, zh, hint) => {
    const planner = PlannerSchema.parse({ version: 1, brand: { name: 'W', label: 'l', timezone: 'Asia/Shanghai', pillars: [{ id: 'net', name: 'Network' }] }, channels: [{ id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY', start: '2024-01-01' }], breaks: [] });
    const data = PostFrontmatterSchema.parse({ title: 'Kunqu', channel: 'blog', status: 'published', publishedAt: '2024-05-01' });
    const post: Post = { id: '2024/kunqu', file: 'content/posts/2024/kunqu.md', data, body };
    const flag = (lang: 'en' | 'zh') => buildCheckReport({ planner, posts: [post], now: Date.parse('2024-05-02T00:00:00Z'), lang }).flags.find((f) => f.kind === 'template-tag');
    expect(flag('en')?.message).toBe(en);
    expect(flag('zh')?.message).toBe(zh);
    expect(flag('en')?.hint).toBe(hint);
    expect(flag('zh')?.hint).toMatch(/\p{Script=Han}/u);
  });
});
