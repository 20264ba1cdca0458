import { describe, expect, test } from 'vitest';
import { planMove } from '../../src/core/moved-posts/plan.ts';

const folder = '/site/content/en/posts';
const hugo = (path: string, body: string) => ({ path: `${folder}/${path}`, text: `---\ntitle: ${path}\ndate: 2018-07-21\n---\n${body}\n` });
const opts = { channel: 'blog', status: 'published' as const };

describe("import's notes of link tags, Jekyll's and Hugo's written by one helper", () => {
  test('Hugo: one linked, two kept (a repeated tag named once), in English and Chinese as before', () => {
    const plan = planMove([hugo('a.md', 'A.'), hugo('b.md', '[a]({{< ref "a.md" >}}) [x]({{< ref "x.md" >}}) [y]({{< ref "y.md" >}}) [x]({{< ref "x.md" >}})')], [], { ...opts, folder });
    const notes = plan.moves.find((m) => m.from.endsWith('b.md'))!.notes;
    const linkedNote = notes.find((n) => n.en.startsWith('its Hugo ref shortcode now'))!;
    expect(linkedNote.en).toMatch(/^its Hugo ref shortcode now names that post's page \(\{\{< ref "a\.md" >\}\} -> \/posts\/[^)]*\/\)$/);
    expect(linkedNote.zh).toMatch(/^它的 Hugo ref 短代码已改为那篇文章的页面（\{\{< ref "a\.md" >\}\} -> \/posts\/[^）]*\/）$/);
    const keptNote = notes.find((n) => n.en.includes('no post'))!;
    expect(keptNote).toEqual({
      en: 'its Hugo ref shortcodes {{< ref "x.md" >}}, {{< ref "y.md" >}} name no post of this import: kept as written, which the site would show as text; import the folder holding that file too (a re-run skips what is there, so remove this post first), or write the link as [text](/posts/<id>/)',
      zh: '它的 Hugo ref 短代码 {{< ref "x.md" >}}, {{< ref "y.md" >}} 指向的文件不在这次导入的文章里：已按原样保留，网站上会显示为文字；请把那个文件所在的文件夹也导入（再运行会跳过已有的文章，所以请先删掉这一篇），或把链接写成 [文字](/posts/<id>/)',
    });
  });

  test('Jekyll: two linked, one kept, in English and Chinese as before', () => {
    const root = '/blog';
    const j = (path: string, body: string) => ({ path: `${root}/_posts/${path}`, text: `---\ntitle: ${path}\n---\n${body}\n` });
    const plan = planMove([j('2018-01-01-a.md', 'A.'), j('2018-01-02-c.md', 'C.'), j('2018-01-03-b.md', '[a]({% post_url 2018-01-01-a %}) [c]({% post_url 2018-01-02-c %}) [z]({% post_url 2018-01-09-z %})')], [], { ...opts, folder: `${root}/_posts`, siteRoot: root });
    const notes = plan.moves.find((m) => m.from.endsWith('b.md'))!.notes;
    const linkedNote = notes.find((n) => n.en.startsWith('its Jekyll link tags now'))!;
    expect(linkedNote.en).toMatch(/^its Jekyll link tags now name those posts' pages \(\{% post_url 2018-01-01-a %\} -> \/posts\/\S+\/, \{% post_url 2018-01-02-c %\} -> \/posts\/\S+\/\)$/);
    expect(linkedNote.zh).toMatch(/^它的 Jekyll 链接标签已改为那些文章的页面（\{% post_url 2018-01-01-a %\} -> \/posts\/\S+\/，\{% post_url 2018-01-02-c %\} -> \/posts\/\S+\/）$/);
    expect(notes.find((n) => n.en.includes('no post'))).toEqual({
      en: "its Jekyll link tag {% post_url 2018-01-09-z %} names no post imported so far: kept as written, which the site would show as text; import the folder of the file named, then this post's folder again (a re-run skips what is there, so remove this post first), or write the link as [text](/posts/<id>/)",
      zh: '它的 Jekyll 链接标签 {% post_url 2018-01-09-z %} 指向的文件还没有导入成文章：已按原样保留，网站上会显示为文字；请先导入该文件所在的文件夹，再重新导入这篇文章所在的文件夹（再运行会跳过已有的文章，所以请先删掉这一篇），或把链接写成 [文字](/posts/<id>/)',
    });
  });
});
