/**
 * The title of a moved post without one: its opening h1. LCTT's TranslateProject (linux.cn)
 * opens every article with link reference definitions that hold its metadata (`[#]: subject:
 * "…"`, `[#]: url: "…"`: nothing a reader sees) and then its Chinese title over `======`; the
 * import passed the definitions by as text and titled the post by its file name
 * ("20221228 AI Anaconda And More On Probability").
 */
import { describe, expect, test } from 'vitest';
import { leadingHeading } from '../../src/core/moved-posts/plan.ts';

describe('leadingHeading', () => {
  test('reads the h1 after link reference definitions, which stay in the body', () => {
    const body = '[#]: subject: "AI: Anaconda"\n[#]: url: "https://linux.cn/article-16526-1.html"\n\n人工智能教程（五）：Anaconda 以及更多概率论\n======\n\n![][0]\n\n正文。\n\n[0]: https://img.linux.net.cn/a.jpg\n';
    expect(leadingHeading(body)).toEqual({
      title: '人工智能教程（五）：Anaconda 以及更多概率论',
      rest: '[#]: subject: "AI: Anaconda"\n[#]: url: "https://linux.cn/article-16526-1.html"\n\n![][0]\n\n正文。\n\n[0]: https://img.linux.net.cn/a.jpg\n',
    });
    expect(leadingHeading('[a]: https://x.example\n# Title\nText.\n')).toEqual({ title: 'Title', rest: '[a]: https://x.example\n\nText.\n' });
  });

  test('as before: an opening h1 alone, and none when a paragraph comes first', () => {
    expect(leadingHeading('\n# Title #\n\nText.\n')).toEqual({ title: 'Title', rest: 'Text.\n' });
    expect(leadingHeading('Intro.\n\n# Title\n')).toBeNull();
    expect(leadingHeading('[not a definition]\n# Title\n')).toBeNull();
  });
});
