/**
 * `![清晨的蒙顶山茶园](蒙顶山 茶园 清晨.png)`, an image file named with spaces, showed on the portfolio,
 * in its feeds and in the editor's preview as that text, with no word from `check`.
 */
import { describe, expect, test } from 'vitest';
import { findSpacedAddresses, flagSpacedAddresses } from '../../src/core/spaced-addresses.ts';
import type { Post } from '../../src/core/schema/post.ts';

const post = (body: string, file = 'content/posts/zhihu/蒙顶山探访.md') =>
  ({ id: 'zhihu/蒙顶山探访', file, body, data: { title: '蒙顶山探访', channel: 'zhihu', status: 'draft' } }) as unknown as Post;

describe('findSpacedAddresses', () => {
  test('finds an image and a link whose address has a space', () => {
    expect(findSpacedAddresses('读到这里。\n\n![清晨的蒙顶山茶园](蒙顶山 茶园 清晨.png)\n\n见[上一篇](../zhihu/茶 经.md)。')).toEqual([
      { mark: '![清晨的蒙顶山茶园](蒙顶山 茶园 清晨.png)', image: true, text: '清晨的蒙顶山茶园', address: '蒙顶山 茶园 清晨.png' },
      { mark: '[上一篇](../zhihu/茶 经.md)', image: false, text: '上一篇', address: '../zhihu/茶 经.md' },
    ]);
  });

  test('finds an address with a space before a title, which is read as the title', () => {
    expect(findSpacedAddresses('![清晨](蒙顶山 茶园.png "蒙顶山")\n\n[上一篇](茶 经.md \'茶经\')')).toEqual([
      { mark: '![清晨](蒙顶山 茶园.png "蒙顶山")', image: true, text: '清晨', address: '蒙顶山 茶园.png', title: '"蒙顶山"' },
      { mark: "[上一篇](茶 经.md '茶经')", image: false, text: '上一篇', address: '茶 经.md', title: "'茶经'" },
    ]);
    expect(flagSpacedAddresses([post('![清晨](蒙顶山 茶园.png "蒙顶山")')], 'en')[0]!.hint).toContain('![清晨](<蒙顶山 茶园.png> "蒙顶山")');
  });

  test.each([
    ['a link with a title in single quotes', "[知乎](https://zhuanlan.zhihu.com/p/1 '蒙顶黄芽')"],
    ['an address in angle brackets with a title', '![茶园](<蒙顶山 茶园.png> "茶园")'],
    ['an address in angle brackets', '![茶园](<蒙顶山 茶园 清晨.png>)'],
    ['spaces written as %20', '![茶园](蒙顶山%20茶园.png)'],
    ['a link with a title', '[知乎](https://zhuanlan.zhihu.com/p/1 "蒙顶黄芽")'],
    ['inline code', '写法是 `![茶园](a b.png)`，不要这样写。'],
    ['a code block', '```md\n![茶园](a b.png)\n```'],
    ['a template tag, which template-tag names', 'Read [A one]({% link _alpha/a-one.md %}) and ![x]({{ site.url }}/a b.png).'],
  ])('leaves alone %s', (_what, body) => {
    expect(findSpacedAddresses(body)).toEqual([]);
  });
});

describe('flagSpacedAddresses', () => {
  test('warns once per post, quoting the first mark with the count of the others and the mark to write', () => {
    const flags = flagSpacedAddresses([post('![清晨](蒙顶山 茶园 清晨.png)\n\n![盖碗](盖碗 近景.png)')], 'en');
    expect(flags).toEqual([{
      kind: 'spaced-address', severity: 'warning', post: 'zhihu/蒙顶山探访', file: 'content/posts/zhihu/蒙顶山探访.md',
      message: '"![清晨](蒙顶山 茶园 清晨.png)" (and 1 more) is shown as written, not as an image: a Markdown address ends at a space',
      hint: 'put the address in angle brackets, ![清晨](<蒙顶山 茶园 清晨.png>), or write its spaces as %20 (蒙顶山%20茶园%20清晨.png), or rename the file without spaces',
    }]);
    expect(flagSpacedAddresses([post('![清晨](蒙顶山 茶园 清晨.png)')], 'zh')[0]!.message).toBe('“![清晨](蒙顶山 茶园 清晨.png)”会原样显示成文字，不是图片：Markdown 的地址遇到空格就结束了');
  });

  test('reads an .mdx body by MDX rules too', () => {
    expect(flagSpacedAddresses([post('![茶](a b.png)', 'content/posts/x.mdx')], 'en')).toHaveLength(1);
    expect(flagSpacedAddresses([post('![茶](<a b.png>)', 'content/posts/x.mdx')], 'en')).toEqual([]);
  });
});
