import { channelBoilerplate } from '../../src/core/theme/boilerplate.ts';
import { describe, expect, test } from 'vitest';
import { autoDescription, excerptOf, joinSentences, plainTextOf } from '../../src/pages/_lib/excerpt.ts';

// The new-user trial's dumpling post (an .mdx body), as written.
const DUMPLINGS = `# 三种包法

冬至要吃饺子。先和面，再调馅：猪肉、白菜、生抽、姜末。

| 包法 | 难度 |
|---|---|
| 月牙 | 易 |
| 元宝 | 中 |

<script>alert("x")</script> [点我](javascript:alert(1)) [链接](https://example.com)

我的新段落：煮饺子要点三次冷水。
`;

describe('the automatic excerpt', () => {
  test('keeps no table cells or separator rows, script text, link URLs or markup', () => {
    const text = plainTextOf(DUMPLINGS, 'mdx');
    expect(text).not.toMatch(/---|\||月牙|alert|javascript|example\.com|<|>|#/);
    expect(text).toContain('点我链接。');
    expect(text).toContain('我的新段落：煮饺子要点三次冷水。');
  });

  test('ends a Chinese heading with 。 so it does not run into the next paragraph', () => {
    expect(plainTextOf('## 选肉\n\n五花肉要三层。\n\n## 炒糖色\n\n冰糖小火。')).toBe('选肉。五花肉要三层。炒糖色。冰糖小火。');
  });

  // A real docsify wiki's note (linyuxuanlin/Wiki_docsify, STM32 系统硬件电路设计) was described as
  // "电源电路。 STM32 需运行在…填坑中，敬请期待~. 参考与致谢。 AN2586.": a space after 。 and an
  // English full stop after a Chinese sentence that ends in a symbol or a Latin word.
  test('a Chinese sentence ending in a symbol or a Latin word ends with 。, and no space follows full-width punctuation', () => {
    expect(plainTextOf('## 电源电路\n\nSTM32 需运行在 2.0V-3.6V 的电压环境下（VDD）。\n\n填坑中，敬请期待~\n\n## 参考与致谢\n\n* AN2586: Getting started\n')).toBe(
      '电源电路。STM32 需运行在 2.0V-3.6V 的电压环境下（VDD）。填坑中，敬请期待~。参考与致谢。AN2586: Getting started.',
    );
    expect(plainTextOf('## 为什么不用 Arduino\n\n没有 Wi-Fi，要另加模块。\n\n第一次焊 0603 的电阻')).toBe('为什么不用 Arduino。没有 Wi-Fi，要另加模块。第一次焊 0603 的电阻。');
    // An English sentence with a Chinese word at its end is still English.
    expect(plainTextOf('I finally learned to fold 饺子\n\nNext time: 包子')).toBe('I finally learned to fold 饺子. Next time: 包子.');
  });

  test('ends an English heading with a full stop and a space', () => {
    expect(plainTextOf('# Ingredients\n\nFlour and water.\n\n- salt\n- yeast')).toBe('Ingredients. Flour and water. salt. yeast.');
  });

  test('keeps only the text of a link whose URL has parentheses, and of a Markdown raw script', () => {
    expect(plainTextOf('See [the wiki](https://en.wikipedia.org/wiki/Bread_(food)) now. Noodles <script>alert(3)</script> and soy.')).toBe('See the wiki now. Noodles and soy.');
  });

  test('drops a table in a .md body that is not valid MDX, and images and code', () => {
    const body = 'a <!-- stray --> comment\n\n| a | b | c | d | e | f |\n|---|---|---|---|---|---|\n| 1 | 2 | 3 | 4 | 5 | 6 |\n\n![alt](x.png)\n\n```js\nlet code = 1\n```\n\nAfter.';
    expect(plainTextOf(body)).toBe('a comment. After.');
  });

  test('keeps the words of inline code, which are part of the sentence (a code block stays out)', () => {
    expect(plainTextOf('Use `git rebase -i` to tidy a branch, then run `npm test`.\n\n```sh\ngit push\n```')).toBe('Use git rebase -i to tidy a branch, then run npm test.');
    expect(plainTextOf('把 `soy_sauce` 换成 `生抽`。')).toBe('把 soy_sauce 换成生抽。');
    expect(excerptOf('Careful with `malloc`.\n\nAnother paragraph.', 160)).toBe('Careful with malloc. Another paragraph.');
  });

  test('keeps inline code as written: its <placeholder> and its address are what the page shows, not markup (a real Chinese post on GitHub Pages)', () => {
    expect(plainTextOf('github pages为未配置自定义域名的网站（格式为`<username>.github.io`）自动开启了https。')).toBe('github pages为未配置自定义域名的网站（格式为<username>.github.io）自动开启了https。');
    expect(plainTextOf('Add `<link rel="me">` and point `https://example.com/feed.xml` at it.')).toBe('Add <link rel="me"> and point https://example.com/feed.xml at it.');
    // Outside code, tag-like text and bare addresses are still left out.
    expect(plainTextOf('A stray &lt;b&gt;tag and https://example.com here.')).toBe('A stray tag and here.');
  });

  test('cuts English at a word boundary with an ellipsis, and at the last sentence that fits', () => {
    const words = 'The crumb of a sourdough loaf depends on hydration, fermentation time and shaping tension';
    const cut = excerptOf(words, 40);
    expect(cut).toMatch(/…$/);
    expect(words.startsWith(cut.slice(0, -1))).toBe(true);
    expect(words[cut.length - 1]).toBe(' ');
    expect(excerptOf('First sentence is here. Second sentence is quite a bit longer than that one.', 40)).toBe('First sentence is here.');
  });

  test('cuts Chinese by characters, preferring the end of a sentence', () => {
    const zh = '冬至要吃饺子，北方人家家户户都包。先和面，再调馅，猪肉白菜最常见，也有人放韭菜和鸡蛋。';
    expect(excerptOf(zh, 30)).toBe('冬至要吃饺子，北方人家家户户都包。');
    const long = '饺子'.repeat(30);
    expect(excerptOf(long, 20)).toBe(`${'饺子'.repeat(10)}…`);
  });
});

describe('an address left out of the excerpt', () => {
  test('leaves no empty brackets, no colon before a full stop and no space before it (three posts of a real bilingual blog)', () => {
    expect(plainTextOf('所有配置开源在 Github 上，项目地址为：<https://github.com/feiskyer/claude-code-settings>。')).toBe('所有配置开源在 Github 上，项目地址为。');
    expect(plainTextOf('Grumpy是Google近期开源（<https://github.com/google/grumpy>）的工具。')).toBe('Grumpy是Google近期开源的工具。');
    expect(plainTextOf('Notes: this post is copied from http://blog.kubernetes.io/2016/05/x.html. Today’s guest post.')).toBe('Notes: this post is copied from. Today’s guest post.');
    expect(plainTextOf('Refer: [http://example.com/flow](http://example.com/flow)')).toBe('Refer.');
    // Brackets and colons that held words, and inline code, are kept as written.
    expect(plainTextOf('Call `f()` (see https://example.com and the docs): done.')).toBe('Call f() (see and the docs): done.');
  });
});

describe('joining sentences', () => {
  test('uses 。 after Chinese and ". " after English, and adds nothing after closing punctuation', () => {
    expect(joinSentences(['在小厨房里拍照的家常菜厨师', '想在工作日晚上吃好一点的人'])).toBe('在小厨房里拍照的家常菜厨师。想在工作日晚上吃好一点的人');
    expect(joinSentences(['The baker who writes about bread science', 'Home bakers'])).toBe('The baker who writes about bread science. Home bakers');
    expect(joinSentences(['Already ended!', '', undefined, '已经结束。', 'next'])).toBe('Already ended! 已经结束。next');
    // A Chinese label that ends in a Latin word is still a Chinese sentence.
    expect(joinSentences(['会画 PCB 的嵌入式博主，专注 STM32', '想从零开始做硬件小项目的大学生'])).toBe('会画 PCB 的嵌入式博主，专注 STM32。想从零开始做硬件小项目的大学生');
  });
});

describe('tag-like text in the excerpt', () => {
  test('is left out, whether escaped in Markdown or written in an imported entry', () => {
    expect(plainTextOf('Use &lt;script&gt;alert(1)&lt;/script&gt; never, and <b>bold</b> words.')).toBe('Use alert(1) never, and bold words.');
    expect(plainTextOf('An imported \\<img src=x onerror=alert(1)> entry')).not.toMatch(/</);
  });

  // `x <y then more` lost "y then more": the `>` that ends a tag was optional.
  test('a `<` that no whole tag follows is text, as the post page shows it', () => {
    expect(plainTextOf('x <y then more\n\nNext.')).toBe('x <y then more. Next.');
    expect(plainTextOf('If a < b and x<y, <3 you', 'mdx')).toBe('If a < b and x<y, <3 you.');
    expect(plainTextOf('A stray &lt;img src="x" at the end')).toBe('A stray <img src="x" at the end.');
    expect(plainTextOf('Escaped &lt;p class="a b"&gt;tags&lt;/p &gt; and &lt;br/&gt; go.')).toBe('Escaped tags and go.');
  });
});

describe('plainTextOf with admonitions', () => {
  test('keeps the text of :::note blocks and > [!NOTE] alerts without their marks', () => {
    const body = ':::note\nProof overnight.\n:::\n\n::::warning{.x}\n:::tip[Own title]\nNested tip.\n:::\n::::\n\n> [!CAUTION]\n> Hot oven.\n\nRatio 1:::2 stays.';
    expect(plainTextOf(body)).toBe('Proof overnight. Nested tip. Hot oven. Ratio 1:::2 stays.');
  });

  test('drops the mark of an alert with its own title, > [!TIP/Own title], as it drops a directive\'s label', () => {
    expect(plainTextOf('> [!TIP/合并 set 命令]\n> 以上两个命令可以合并。\n\nAfter.')).toBe('以上两个命令可以合并。After.');
  });
});

describe('autoDescription', () => {
  test("a post's description leaves out its channel's template text (the header every issue repeats), unless that is all it has", () => {
    const template = channelBoilerplate(
      Array.from({ length: 6 }, (_, i) => ({ body: `Weekly notes, out on Fridays.\n\nSend us [tips](https://example.com/${i}).\n\nIssue ${i} is about compilers.`, data: { status: 'published', channel: 'weekly' } })),
    ).get('weekly');
    const body = 'Weekly notes, out on Fridays.\n\nSend us [tips](https://example.com/9).\n\n## Cover\n\nA harbour at dawn.\n';
    expect(autoDescription(body, template)).toBe('Cover. A harbour at dawn.');
    expect(autoDescription('Weekly notes, out on Fridays.\n', template)).toBe('Weekly notes, out on Fridays.');
    expect(autoDescription(body, undefined)).toBe(excerptOf(body, 160));
  });
});

describe("the author's summary divider, <!--more-->", () => {
  // Hugo, Hexo, WordPress and Jekyll blogs end a post's summary with <!--more--> (Hugo: "manual
  // summary", gohugo.io/content-management/summaries/; Hexo: <!-- more -->). A moved Hugo post
  // (0x0cqq.github.io, 8 of a blog's posts) whose summary is "原则上来说，这是大二上学期。" was
  // described as "原则上来说，这是大二上学期。操作系统（A-）。wlj老师的。屑课。ppt 抄的书。…", its
  // first heading and paragraphs run on, on the home page, in the meta description and the feeds.
  test('a post without a description is described by the text before it', () => {
    const body = '\n原则上来说，这是大二上学期。\n\n<!--more-->\n\n## 操作系统（A-）\n\nwlj老师的。\n\n屑课。\n';
    expect(autoDescription(body, undefined)).toBe('原则上来说，这是大二上学期。');
    expect(autoDescription('Intro with **bold**.\n\n<!-- more -->\n\nThe rest.\n', undefined)).toBe('Intro with bold.');
    expect(autoDescription('Two paragraphs.\n\nOf summary.\n<!--More-->\nRest.\n', undefined, 160, undefined, 'mdx')).toBe('Two paragraphs. Of summary.');
  });

  test("the summary's reference-style links are links, their definitions being after the divider", () => {
    // A Markdown blog puts `[1]: https://…` at the end: the summary, cut before them, showed
    // "Use [Ansible][1] to manage hosts." in its description.
    expect(autoDescription('Use [Ansible][1] and [Salt][] to manage hosts[^n].\n\n<!--more-->\n\nRest.\n\n[1]: https://www.ansible.com/\n[salt]: https://saltproject.io/\n[^n]: A note.\n', undefined)).toBe('Use Ansible and Salt to manage hosts.');
    expect(autoDescription('用 [Ansible][1] 管理主机。\n\n<!-- more -->\n\n其余。\n\n[1]: https://www.ansible.com/\n', undefined, 160, undefined, 'mdx')).toBe('用 Ansible 管理主机。');
  });

  test('a divider shown as code, or with nothing before it, is no summary', () => {
    expect(autoDescription('Writing `<!--more-->` ends the summary.\n\nMore text.\n', undefined)).toBe('Writing <!--more--> ends the summary. More text.');
    expect(autoDescription('```html\n<!--more-->\n```\n\nText after.\n', undefined)).toBe('Text after.');
    expect(autoDescription('<!--more-->\n\nAll the text.\n', undefined)).toBe('All the text.');
  });
});

describe('math in the automatic text', () => {
  test('reads MathJax\'s \\(…\\) as the formula the page renders, with the words around it kept', () => {
    expect(plainTextOf('Force \\(\\mathbf{F} = q\\mathbf{E}\\) acts.')).toBe('Force F = qE acts.');
    expect(plainTextOf('Area \\[ \\pi r^2 \\] of a disc.')).toBe('Area πr² of a disc.');
  });

  test("dollars that are no TeX around a reference-style link: the link's text, as on the page", () => {
    // LCTT's translated articles ($ prompts, $5 prices, [Ansible][1] links defined at the end):
    // the words between two such dollars were read again apart from the body, without its
    // definitions, and the description showed "[Ansible][1]".
    const defs = '\n\n[1]: https://www.ansible.com/\n[docs]: https://docs.example/\n';
    expect(plainTextOf(`Pay $5 for [Ansible][1] and $10 more.${defs}`)).toBe('Pay $5 for Ansible and $10 more.');
    expect(plainTextOf(`运行后 $HOME 下的 [Ansible][1] 和 [docs][] 与 $PATH 都在。${defs}`)).toBe('运行后 $HOME 下的 Ansible 和 docs 与 $PATH 都在。');
    // An undefined reference stays as the page shows it.
    expect(plainTextOf('Pay $5 for [Ansible][9] and $10 more.')).toBe('Pay $5 for [Ansible][9] and $10 more.');
  });

  test('reads $…$ and $$…$$ math as text, and leaves dollars that are no TeX by Pandoc\'s rule as written', () => {
    expect(plainTextOf('Let $x^2$ grow.')).toBe('Let x² grow.');
    expect(plainTextOf('It costs $5 and $10, not $x_i$.')).toBe('It costs $5 and $10, not xᵢ.');
    expect(plainTextOf('It costs $5 and **only** $10.')).toBe('It costs $5 and only $10.');
    expect(plainTextOf('Energy:\n\n$$\nE = mc^2\n$$\n\nwhere c is light\'s speed.')).toBe("Energy: E = mc². where c is light's speed.");
    expect(plainTextOf('Half:\n\n```math\n\\frac{1}{2}\n```\n')).toBe('Half: 1/2.');
  });

  test('reads the math of raw HTML as the page renders it, and never math in code', () => {
    expect(plainTextOf('<p>The map \\(f(x)=x^2\\) is smooth.</p>')).toBe('The map f(x) = x² is smooth.');
    expect(plainTextOf('Write `\\(x^2\\)` for \\(x^2\\).')).toBe('Write \\(x^2\\) for x².');
    // A lone `$…$` in an HTML block is text on the page, as MathJax has it; inline HTML is part of its paragraph.
    expect(plainTextOf('<p>Price $x$ here, \\(\\{y\\} \\cup A_1\\) and $$a^2$$</p>')).toBe('Price $x$ here, {y} ∪ A₁ and a².');
    expect(plainTextOf('Text <span>$x^2$</span> inline.')).toBe('Text x² inline.');
  });

  test("leaves MathJax's delimiters in indented code as written, so no dollars and no lost words after it", () => {
    const text = plainTextOf('Text:\n\n    \\[ a^2 \\]\n\nAfter the code.');
    expect(text).toContain('After the code.');
    expect(text).not.toContain('$');
  });

  test('in an .mdx post, \\( is an escaped parenthesis (as MDX reads it) and dollars are math', () => {
    expect(plainTextOf('A \\(pair\\) and $y_1$.', 'mdx')).toBe('A (pair) and y₁.');
    expect(autoDescription('A \\(pair\\) and $y_1$.', undefined, 160, undefined, 'mdx')).toBe('A (pair) and y₁.');
  });

  test('the description, the excerpt and TeX KaTeX cannot parse carry no TeX command', () => {
    expect(autoDescription('Force \\(\\mathbf{F} = q\\mathbf{E}\\) acts on a charge.', undefined)).toBe('Force F = qE acts on a charge.');
    expect(excerptOf('Bad $\\frac{1}$ formula.')).not.toMatch(/\\|[{}]/);
  });
});

describe('code in the automatic text, by the rules of the post\'s format', () => {
  test('in a .md post a block indented 4 spaces or a tab is code (CommonMark), left out as a fenced block is', () => {
    expect(plainTextOf('Text:\n\n    const secret = 1;\n\nAfter.')).toBe('Text: After.');
    expect(plainTextOf('Text:\n\n\tconst secret = 1;\n\nAfter.', 'md')).toBe('Text: After.');
    expect(plainTextOf('- Step:\n\n      npm install\n\n  Then run it.')).toBe('Step: Then run it.');
    expect(plainTextOf('> Quoted:\n>\n>     const secret = 1;\n\nAfter.')).toBe('Quoted: After.');
  });

  test('in a .md post a line indented 4 spaces under a paragraph goes on with it, and a list item\'s paragraph is its text', () => {
    expect(plainTextOf('Text that\n    goes on.')).toBe('Text that goes on.');
    expect(plainTextOf('- Item.\n\n    Its second paragraph.')).toBe('Item. Its second paragraph.');
  });

  test('in an .mdx post an indented block is a paragraph, as MDX reads it (it has no indented code)', () => {
    expect(plainTextOf('Text:\n\n    An indented paragraph.\n\nAfter.', 'mdx')).toBe('Text: An indented paragraph. After.');
  });

  test('a <pre>, <code> or <samp> block written in HTML is code, in a .md and an .mdx post', () => {
    expect(plainTextOf('Text.\n\n<pre>\nkubectl apply\n</pre>\n\nAfter.')).toBe('Text. After.');
    expect(plainTextOf('Text.\n\n<pre>\nif (a < b) { x }\n\nkubectl get\n</pre>\n\nAfter.')).toBe('Text. After.');
    expect(plainTextOf('Text.\n\n<code>\nkubectl apply\n</code>\n\nAfter.')).toBe('Text. After.');
    expect(plainTextOf('Text.\n\n<pre>\nkubectl apply\n</pre>\n\nAfter.', 'mdx')).toBe('Text. After.');
    expect(plainTextOf('Run <code>kubectl apply</code> now.')).toBe('Run kubectl apply now.');
  });
});

describe('a .md body read as its page reads it (CommonMark): raw HTML blocks', () => {
  test('gives the text of an HTML block, tags parting no words, its tables, scripts and code left out', () => {
    const body = '<div class="intro"><span style="color: #000;">NancyWiki是基于Google&nbsp;App&nbsp;Engine开发的。</span></div>\n\n<table><tr><td>八进制</td><td>00</td></tr></table>\n\n<div>Built with <a href="https://example.com/x">x/y</a>.<script>alert(1)</script></div>\n\nDone.';
    expect(plainTextOf(body)).toBe('NancyWiki是基于Google App Engine开发的。Built with x/y. Done.');
  });
});

// daichangya/hexo-blog: a post opening with Typora's `[TOC]` was described "[TOC]. 重要提示：…";
// CSDN's `@[TOC](文章目录)` read "@TOC. 一、前言。…". The page leaves the mark out (toc-placeholder.ts).
describe("an editor's contents mark in the excerpt", () => {
  test('[TOC], @[TOC](目录) and [[_TOC_]] on a line of their own are no words of the description; in a sentence or in code they are', () => {
    expect(excerptOf('[TOC]\n\n**重要提示：** Chrome将删除所有平台上对Chrome应用的支持。\n')).toBe('重要提示：Chrome将删除所有平台上对Chrome应用的支持。');
    expect(autoDescription('@[TOC](文章目录)\n\n# 一、前言\n\n正文开始了。\n', undefined)).toBe('一、前言。正文开始了。');
    expect(excerptOf('[[_TOC_]]\n\nThe first line.\n')).toBe('The first line.');
    expect(excerptOf('See [TOC] below.\n')).toBe('See [TOC] below.');
    expect(excerptOf('`[TOC]` is a mark.\n')).toBe('[TOC] is a mark.');
  });
});
