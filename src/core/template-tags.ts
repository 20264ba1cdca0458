/**
 * Template tags of other generators left in a moved post's prose: Hexo's and Jekyll's (Liquid)
 * `{% note warning %}`, `{% asset_img x.png %}`, `{{ site.baseurl }}`, and Hugo's shortcodes
 * `{{< figure src="x" >}}`, `{{% note %}}`, and kramdown's (Jekyll's Markdown) attribute lists and
 * extensions, `{: class="x" loading="lazy" }`, `{::comment}`. Throughline renders plain Markdown, so the portfolio
 * would show them as written (Hexo's note box as `{% note warning WARNING %} … {% endnote %}`,
 * in the meta description too). Looked for in the text a reader sees: code blocks and inline
 * code, where a post about these generators writes them on purpose, are left alone.
 */
import type { Post } from './schema/post.ts';
import { KRAMDOWN_EXTENSION, KRAMDOWN_IAL, parseBody, TEMPLATE_TAG } from './theme/strip-markdown.ts';
import type { Lang } from './language.ts';

/** A template tag, a kramdown attribute list or a kramdown extension mark. */
const TAG = new RegExp([TEMPLATE_TAG, KRAMDOWN_IAL, KRAMDOWN_EXTENSION].map((r) => r.source).join('|'), 'g');
const SKIP = new Set(['code', 'inlineCode', 'yaml', 'toml', 'math', 'inlineMath']);

export interface TemplateTagFlag {
  kind: 'template-tag';
  severity: 'warning';
  post: string;
  file: string;
  message: string;
  hint: string;
}

/** The template tags in the prose of a Markdown body, in order of reading. */
export function findTemplateTags(body: string): string[] {
  if (!body.includes('{%') && !body.includes('{{') && !body.includes('{:')) return [];
  const found: string[] = [];
  const walk = (node: { type: string; value?: string; url?: string; children?: unknown[] }) => {
    if (SKIP.has(node.type)) return;
    if (node.type === 'text' && node.value) found.push(...(node.value.match(TAG) ?? []));
    // Jekyll writes addresses with a variable: ![x]({{ site.baseurl }}/img/x.png).
    if (node.url) found.push(...(decodeURI(node.url).match(TAG) ?? []));
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk(parseBody(body) as never);
  return found;
}

/** One warning per post whose prose holds template tags, naming the first and how many more. */
export function flagTemplateTags(posts: readonly Post[], lang: Lang): TemplateTagFlag[] {
  return posts.flatMap((post) => {
    const tags = findTemplateTags(post.body);
    if (tags.length === 0) return [];
    const more = tags.length - 1;
    const zh = lang === 'zh';
    const first = tags[0]!.length > 60 ? `${tags[0]!.slice(0, 59)}…` : tags[0]!;
    return [
      {
        kind: 'template-tag' as const,
        severity: 'warning' as const,
        post: post.id,
        file: post.file,
        message: zh
          ? `"${first}"${more ? `（还有 ${more} 处）` : ''}是 Hexo、Jekyll 或 Hugo 的模板标签：作品集网站会原样显示它`
          : `"${first}"${more ? ` (and ${more} more)` : ''} is a Hexo, Jekyll or Hugo template tag: the portfolio shows it as written`,
        hint: zh
          ? '请改写成 Markdown（提示框：:::warning … :::；图片：![说明](路径)），或删掉它'
          : 'write it in Markdown (a note box: :::warning … :::; an image: ![alt](path)), or delete it',
      },
    ];
  });
}
