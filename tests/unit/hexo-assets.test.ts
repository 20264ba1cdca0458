/**
 * Hexo's `{% asset_img %}` / `{% asset_path %}` tags as Markdown on import. The tag lines are
 * those of real Hexo posts in public repositories (a Gradle note with no space before `%}`, a
 * WeChat mini-program note with a code span in its title, a ResNet note wrapping the tag in a
 * `<div>`), cut to the tag.
 */
import { describe, expect, test } from 'vitest';
import { convertHexoAssetTags, convertHugoFigures } from '../../src/core/moved-posts/hexo-assets.ts';

const body = (text: string) => convertHexoAssetTags(text).body;

describe('convertHexoAssetTags', () => {
  test('an asset_img tag becomes the Markdown image of its file, its title the alt text', () => {
    expect(body('{% asset_img 1.png %}\n')).toBe('![](1.png)\n');
    expect(body('{% asset_img naotta.png 直った！ %}')).toBe('![直った！](naotta.png)');
    expect(body('{% asset_img gradle-hook.png Gradle构建周期中的Hook点%}')).toBe('![Gradle构建周期中的Hook点](gradle-hook.png)');
    expect(body('{% asset_img js-requestAK-2.PNG 添加`api.map.baidu.com` %}')).toBe('![添加`api.map.baidu.com`](js-requestAK-2.PNG)');
  });

  test("reads Hexo 7's arguments: class names, width and height (dropped, counted), a title and an alt, quoted when spaced", () => {
    const out = convertHexoAssetTags('{% asset_img fancy cover.png 600 400 "spaced title" "spaced alt" %}');
    expect(out).toEqual({ body: '![spaced alt](cover.png "spaced title")', images: 1, paths: 0, sized: 1 });
    expect(body('{% asset_img "spaced asset.jpg" "spaced title" %}')).toBe('![spaced title](<spaced asset.jpg>)');
    expect(body(`{% asset_img a.png "title 'alt'" %}`)).toBe('![alt](a.png "title")');
    expect(body('{% asset_img a.png [x] %}')).toBe('![\\[x\\]](a.png)');
  });

  test('an asset_path tag becomes the path it names', () => {
    expect(convertHexoAssetTags('![x]({% asset_path a_b.png %})')).toEqual({ body: '![x](a_b.png)', images: 0, paths: 1, sized: 0 });
  });

  test('keeps every other byte: CRLF, other tags, and asset_link (a link to a file the site would not serve)', () => {
    expect(body('a\r\n{% asset_img a.png T %}\r\n{% asset_link a.pdf Doc %}\r\n{% note %}x{% endnote %}\r\n')).toBe('a\r\n![T](a.png)\r\n{% asset_link a.pdf Doc %}\r\n{% note %}x{% endnote %}\r\n');
  });

  test('leaves a tag in fenced code, in a code span or in an HTML block (Markdown is not read there) as written', () => {
    const fenced = '```\n{% asset_img a.png %}\n```\n~~~~\n```\n{% asset_img b.png %}\n~~~~\n';
    expect(convertHexoAssetTags(fenced)).toEqual({ body: fenced, images: 0, paths: 0, sized: 0 });
    expect(body('use `{% asset_img a.png %}` for {% asset_img b.png %}')).toBe('use `{% asset_img a.png %}` for ![](b.png)');
    expect(body("<div class='img-size-half'>\n{% asset_img degradation.png degradation %}\n</div>\n\n{% asset_img b.png %}\n")).toBe(
      "<div class='img-size-half'>\n{% asset_img degradation.png degradation %}\n</div>\n\n![](b.png)\n",
    );
  });

  test('a tag that names no file is left as written', () => {
    expect(body('{% asset_img %}')).toBe('{% asset_img %}');
    expect(body('{% asset_img just words %}')).toBe('{% asset_img just words %}');
  });
});

describe('Hugo {{< figure >}} shortcodes (convertHugoFigures)', () => {
  // Lines from real Hugo page bundles: iank's FROGSBORO post (caption and alt), storopoli's
  // dead-man-switch post (#center, title equal to alt, width), a Japanese post (class, size).
  test('become Markdown images, a caption kept under the image, alt else title else caption as alt', () => {
    const body = [
      '{{< figure src="frogsboro_top_complete.jpg" caption="Completed PCB, top view." alt="The board measures 67mm by 21mm." >}}',
      '',
      '{{< figure src="frogsboro_layout.png" caption="" alt="A screenshot of some of the gerber layers." >}}',
      '',
      '{{< figure src="the_final_problem.png#center" alt="Sherlock Holmes fights Moriarty at the Reichenbach Falls" title="Sherlock Holmes fights Moriarty at the Reichenbach Falls" width="300" >}}',
      '',
      '{{< figure src="./images/fig1.svg" class="center" width="320" height="182" >}}',
      '',
      '{{% figure src="a b.png" title="Say \\"hi\\"" link="https://example.com/a" /%}}',
      '',
      'Windows 10 | {{< figure src="/static/images/win10.png" >}}',
      '| {{< figure src="w7.png" alt="Win7" caption="Windows 7" >}} | x |',
    ].join('\n');
    const out = convertHugoFigures(body);
    expect(out.body.split('\n')).toEqual([
      '![The board measures 67mm by 21mm.](frogsboro_top_complete.jpg)\\',
      '*Completed PCB, top view.*',
      '',
      '![A screenshot of some of the gerber layers.](frogsboro_layout.png)',
      '',
      '![Sherlock Holmes fights Moriarty at the Reichenbach Falls](the_final_problem.png#center)',
      '',
      '![](./images/fig1.svg)',
      '',
      '[![Say "hi"](<a b.png>)](https://example.com/a)',
      '',
      'Windows 10 | ![](/static/images/win10.png)',
      '| ![Win7](w7.png) *Windows 7* | x |',
    ]);
    expect(out).toMatchObject({ figures: 7, sized: 2 });
  });

  test('leaves shortcodes in code, in an HTML block, without src or mismatched as written', () => {
    const body = '```markdown\n{{< figure src="/media/a.png" >}}\n```\n\n`{{< figure src="b.png" >}}`\n\n<div>\n{{< figure src="c.png" >}}\n</div>\n\n{{< figure title="no src" >}}\n\n{{< figure src="d.png" %}}\n';
    expect(convertHugoFigures(body)).toEqual({ body, figures: 0, sized: 0 });
  });
});

// Hexo and Hugo expand a tag before Markdown reads the indent, so the image shows there; kept
// indented, Markdown made it an indented code block that showed the tag's Markdown as text.
describe('a tag on a line indented as code', () => {
  test.each([
    ['a tab', 'Text.\n\n\t{% asset_img a.png A %}\n\nMore.\n', 'Text.\n\n![A](a.png)\n\nMore.\n'],
    ['four spaces', 'Text.\n\n    {% asset_img a.png A %}\n', 'Text.\n\n![A](a.png)\n'],
    ['two such lines with a blank between', '# Head\n    {% asset_img a.png %}\n\n\t{% asset_img b.png %}\n', '# Head\n![](a.png)\n\n![](b.png)\n'],
    ['the first line of the body', '    {% asset_img a.png %}\n', '![](a.png)\n'],
  ])('loses its indent when it stands alone (%s), so the image shows', (_name, text, expected) => {
    expect(body(text)).toBe(expected);
  });

  test('a Hugo figure on an indented line is an image too', () => {
    expect(convertHugoFigures('Text.\n\n\t{{< figure src="a.jpg" alt="A" >}}\n').body).toBe('Text.\n\n![A](a.jpg)\n');
  });

  test('a real indented code block, fenced code, a list item and a paragraph line keep their indent', () => {
    const code = 'Run:\n\n    hexo new post\n    {% asset_img a.png %}\n';
    expect(convertHexoAssetTags(code)).toEqual({ body: code, images: 0, paths: 0, sized: 0 });
    const fenced = '```md\n    {% asset_img a.png %}\n```\n';
    expect(body(fenced)).toBe(fenced);
    expect(body('- item\n\n    {% asset_img a.png %}\n')).toBe('- item\n\n    ![](a.png)\n');
    expect(body('1. step\n   more\n\n\t{% asset_img a.png %}\n')).toBe('1. step\n   more\n\n\t![](a.png)\n');
    expect(body('A line\n    {% asset_img a.png %}\n')).toBe('A line\n    ![](a.png)\n');
  });
});
