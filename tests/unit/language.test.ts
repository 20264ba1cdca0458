import { describe, expect, test } from 'vitest';
import { brandLanguage, proseCounts, joinHeading, languageWithoutProse, localeLanguage, localeMessages, withBrackets, postLanguage, postLangTag, ogLocale, textLanguage, languageNames, chineseTag, textLangAttr, dominantTag, isUnspacedLanguage } from '../../src/core/language.ts';

describe('brandLanguage', () => {
  test('uses brand.language when it is set', () => {
    expect(brandLanguage({ name: '林梅', label: '会拍照的家常菜厨师', audience: '', language: 'en' })).toBe('en');
  });
  test('infers Chinese from Han characters in the brand text', () => {
    expect(brandLanguage({ name: 'Lin Mei', label: '职场沟通教练', audience: '' })).toBe('zh');
  });
  test('infers English from a brand text without Han characters', () => {
    expect(brandLanguage({ name: 'Mei Lin', label: 'The home cook who photographs her food', audience: 'Busy cooks' })).toBe('en');
  });
  test('reads a brand that writes in English and quotes a Chinese dish as English, by count, not by the first Han character', () => {
    expect(brandLanguage({ name: 'Mei Lin', label: 'The home cook who makes 红烧肉 on weeknights', audience: 'Busy cooks in Berlin' })).toBe('en');
  });
  test('reads a half-English label as English: Chinese is counted in words, 1.7 characters a word, as posts are', () => {
    // 4 English words and 5 characters (about 3 words): read a character a word, this brand was Chinese.
    expect(brandLanguage({ name: 'Mei Lin', label: 'Food photographer 美食摄影师', audience: '' })).toBe('en');
    expect(brandLanguage({ name: 'Mei Lin', label: '美食摄影师和家常菜厨师', audience: '' })).toBe('zh');
  });
  test('reads a Chinese brand that names an English tool as Chinese', () => {
    expect(brandLanguage({ name: 'Lin Mei', label: '用 Python 做数据分析的老师', audience: '想转行的职场人' })).toBe('zh');
  });
});

describe('textLanguage and postLanguage', () => {
  test.each([
    ['发酵的时间决定了味道', 'zh'],
    ['Why my sourdough needs 生抽 and patience', 'en'],
    ['我的 Python 笔记', 'zh'],
    ['', 'en'],
    ['2026', 'en'],
  ])('reads %j as %s', (text, lang) => {
    expect(textLanguage(text)).toBe(lang);
  });
  test('lets a post\'s lang field win over its text, zh-TW and zh-CN alike', () => {
    expect(postLanguage('Sourdough', 'zh-TW', 'English words only')).toBe('zh');
    expect(postLanguage('红烧肉', 'en', '全是中文')).toBe('en');
    expect(postLanguage('红烧肉', undefined, '全是中文')).toBe('zh');
  });

  // A real Chinese blog on Java agents (lsieun.github.io): posts narrating in Chinese around the
  // JDK's English documentation, and stubs titled by a class name, were published as lang="en".
  const javadoc = 'An attribute in the JAR file manifest specifies the agent class which will be loaded to start the agent. When an agent is specified at JVM launch time this attribute specifies the agent class. That is, the class containing the premain method. If the attribute is not present the JVM will abort.';
  test('reads a Chinese-titled post that quotes English documentation at length as Chinese', () => {
    const body = `在 Java Agent 对应的文件里，有三个主要组成部分。首先，在 Manifest 文件当中，可以定义的属性非常多。\n\n${javadoc}`;
    expect(postLanguage('Agent Jar 的三个主要组成部分', undefined, body)).toBe('zh');
    // An English post with a Chinese title and hardly any Chinese stays English.
    expect(postLanguage('生抽', undefined, `${javadoc} ${javadoc} 生抽.`)).toBe('en');
    // English prose under an English title is English, on any site.
    expect(postLanguage('Class loaders', undefined, javadoc, 'zh')).toBe('en');
  });

  test('gives a post too short to tell (a class name over a diagram) the site language it is given', () => {
    const stub = '[UP](/netty.html)\n\n![](/assets/images/netty/channel-config.svg)';
    expect(postLanguage('ChannelConfig', undefined, stub, 'zh')).toBe('zh');
    expect(postLanguage('ChannelConfig', undefined, stub)).toBe('en');
    expect(postLanguage('红烧肉', undefined, stub, 'en')).toBe('zh');
  });
});

describe('localeLanguage', () => {
  test.each([
    [{ LANG: 'zh_CN.UTF-8' }, 'zh'],
    [{ LANG: 'zh_TW' }, 'zh'],
    [{ LANG: 'en_US.UTF-8' }, 'en'],
    [{ LANG: 'C' }, 'en'],
    [{}, 'en'],
    [{ LANG: 'zh_CN.UTF-8', LC_ALL: 'en_GB.UTF-8' }, 'en'],
    [{ LANG: 'en_US.UTF-8', LC_MESSAGES: 'zh_CN.UTF-8' }, 'zh'],
  ])('reads %o as %s', (env, lang) => {
    expect(localeLanguage(env)).toBe(lang);
  });
});

describe('localeMessages', () => {
  test.each([
    [{ LANG: 'zh_TW.UTF-8' }, 'zh-Hant'],
    [{ LANG: 'zh_HK.Big5' }, 'zh-Hant'],
    [{ LANG: 'zh_Hant_TW' }, 'zh-Hant'],
    [{ LANG: 'zh_MO' }, 'zh-Hant'],
    [{ LANG: 'zh_CN.UTF-8' }, 'zh'],
    [{ LANG: 'zh_SG.GBK' }, 'zh'],
    [{ LANG: 'zh.UTF-8' }, 'zh'],
    [{ LANG: 'en_US.UTF-8' }, 'en'],
    [{ LANG: 'zh_TW.UTF-8', LC_ALL: 'zh_CN.UTF-8' }, 'zh'],
    [{ LANG: 'en_US.UTF-8', LC_MESSAGES: 'zh_TW.UTF-8' }, 'zh-Hant'],
  ])('reads %o as %s', (env, locale) => {
    expect(localeMessages(env)).toBe(locale);
  });

  test("takes a zh locale naming no script for the brand's: Traditional only when the brand is written so", () => {
    expect(localeMessages({ LANG: 'zh.UTF-8' }, true)).toBe('zh-Hant');
    expect(localeMessages({ LANG: 'zh_CN.UTF-8' }, true)).toBe('zh');
    expect(localeMessages({ LANG: 'en_GB.UTF-8' }, true)).toBe('en');
  });
});

describe('joinHeading', () => {
  test('joins after Chinese with the full-width colon and no space', () => {
    expect(joinHeading('林梅', 'Kitchen tools')).toBe('林梅：Kitchen tools');
    expect(joinHeading('发布', '工作日晚上的红烧肉')).toBe('发布：工作日晚上的红烧肉');
  });

  test('joins after Latin text with a colon and a space, whatever follows', () => {
    expect(joinHeading('Publish', '红烧肉')).toBe('Publish: 红烧肉');
    expect(joinHeading('Mei Lin', 'Recipes')).toBe('Mei Lin: Recipes');
  });

  test('gives the heading alone when nothing follows', () => {
    expect(joinHeading('林梅', '')).toBe('林梅');
  });
});

// The dashboard's "断更 (7): a, b" and the plan's "目标 (%)" mixed ASCII brackets into Chinese.
describe('withBrackets', () => {
  test('puts full-width brackets after Chinese and " (…)" after anything else', () => {
    expect(withBrackets('断更', '7')).toBe('断更（7）');
    expect(withBrackets('目标', '%')).toBe('目标（%）');
    expect(withBrackets('Gaps', '7')).toBe('Gaps (7)');
  });
});

// A real Chinese blog on algorithms: posts whose formulas and code outnumber their sentences in
// Latin "words" (\sum, \frac, \left, identifiers) were published as lang="en".
describe('postLanguage reads the prose, not code, math, markup or addresses', () => {
  const zhProse = '类欧几里德算法用和欧几里德算法相似的思路求一类和式。';
  test('a Chinese post with long formulas, code blocks, inline code and links stays Chinese', () => {
    const math = '$$\n\\begin{aligned} f(a, b, c, n) & = \\sum\\limits_{i = 0}^{n} {\\left\\lfloor \\frac{ai + b}{c} \\right\\rfloor} \\end{aligned}\n$$\n';
    const code = '```cpp\nlong long solve(long long a, long long b, long long c, long long n) { return a / c * n; }\n```\n';
    const inline = '其中 $\\left\\lfloor \\frac{ai + b}{c} \\right\\rfloor$ 是向下取整，代码里写作 `floor_div(a, b)`。';
    const link = '参见 [这篇笔记](https://example.com/notes/quasi-euclidean-algorithm-explained) 和 <img src="figure-one.png" alt="">。';
    const body = `${zhProse}\n\n${math}\n${inline}\n\n${code}\n${link}\n\n${math}\n${code}`;
    expect(postLanguage('浅谈类欧几里德算法', undefined, body)).toBe('zh');
    // The same body counted as it was (every identifier a word) read as English.
    expect(textLanguage(`浅谈类欧几里德算法\n${body}`)).toBe('en');
  });

  test('a lone backtick does not pair with one paragraphs away (CommonMark §6.1: a code span lies within its paragraph)', () => {
    // A real translated post (LCTT, "The Art of Command Line") opens with an image whose alt holds
    // a shell command with an odd number of backticks: paired across paragraphs, every Chinese
    // paragraph after it read as code and the post was published as English.
    const alt = "![curl -s 'https://example.com/README.md' | egrep -o '`\\w+`' | tr -d '`' | cowsay](https://example.com/cowsay.png)";
    const para = (i: number) => `- 学习使用 \`man\` 来阅读文档，第 ${i} 条：好奇的话，用 \`man man\` 来列出分区号，熟悉 Bash 作业管理。`;
    const body = `${alt}\n\n流畅地使用命令行是一个常被忽略的技能，或被认为是神秘的奥义。\n\n${Array.from({ length: 12 }, (_, i) => para(i)).join('\n\n')}\n\nSee \`ls -la\` and \`grep -r pattern .\` for the English names used above.`;
    expect(postLanguage('命令行艺术', undefined, body)).toBe('zh');
    expect(proseCounts('命令行艺术', body).cjk).toBeGreaterThan(300);
    // Runs of different lengths do not pair: the lone ` is text, ``code`` the span.
    expect(proseCounts('', 'The ` sign and ``code`` here.').latin).toBe(4);
  });

  test('an indented code block is code through its blank lines and after a heading (CommonMark §4.4)', () => {
    // A real translated post (LCTT, "Install Apache With SSL in Ubuntu 13.10"): shell sessions
    // indented under Chinese headings, split by blank lines; their second halves read as English
    // prose and the post was published as English.
    const session = '    $ sudo openssl req -x509 -nodes -days 365 -newkey rsa:2048 -keyout /etc/apache2/ssl/apache.key\n\n    Generating a 2048 bit RSA private key for the server and writing the new private key out\n    Country Name (2 letter code) [AU]: State or Province Name (full name) [Some-State]: Locality Name\n';
    const heading = '### 创建一个自签名凭证 ###\n    Reading package lists and building the dependency tree of the packages to be installed now\n';
    const body = `通过这个简短的教程，让我来指导你如何安装支持 SSL 的服务器。\n\n${heading}\n运行以下命令：\n\n${session}\n${session}\n${session}\n开启模块以后重启服务。`;
    expect(postLanguage('在 Ubuntu 下安装支持 SSL 的 Apache', undefined, body)).toBe('zh');
    expect(proseCounts('', body).latin).toBe(1);
    // A paragraph's indented continuation line is prose, not code (it cannot interrupt a paragraph).
    expect(proseCounts('', 'A paragraph that goes on\n    onto an indented line.').latin).toBe(8);
  });

  test('a post saved with Windows line endings (CRLF) reads as the same post with LF', () => {
    // A body read from a CRLF file keeps its CRLF (store/posts.ts): a code fence's closing line
    // ended in \r was not found and a blank line "\r\n\r\n" was none, so code read as prose
    // (real posts, LCTT: 9 of 3,000 read in another language once saved with CRLF).
    const code = '```\n$ sudo apt-get install gitblit and then start the service with the default configuration\n$ sudo systemctl enable gitblit and restart it after editing the properties file\n```\n';
    const indented = '    Reading package lists and building the dependency tree of the packages to be installed\n';
    const body = `安装完成以后，用下面的命令启动服务。\n\n${code}\n${code}\n然后在浏览器里打开管理页面。\n\n${indented}\n这样就可以了，\`code span\` 之后还是中文。\n`;
    const crlf = body.replace(/\n/g, '\r\n');
    expect(postLanguage('安装 Gitblit', undefined, body)).toBe('zh');
    expect(postLanguage('安装 Gitblit', undefined, crlf)).toBe('zh');
    expect(proseCounts('安装 Gitblit', crlf)).toEqual(proseCounts('安装 Gitblit', body));
  });

  test('an English post stays English, its code and a Chinese word in a code block aside', () => {
    expect(postLanguage('Notes on Kelly sizing', undefined, 'Kelly sizing needs a good estimate of returns.\n\n```python\n# 凯利公式\nf = mu / sigma ** 2\n```\n')).toBe('en');
    // Dollars that are prices, not math, stay prose.
    expect(postLanguage('Prices', undefined, 'It cost $5 and $10 at the market, a fair price for bread.')).toBe('en');
  });
});

describe('languageWithoutProse', () => {
  test('is the frontmatter lang of a body with no prose (code, math, links), else undefined', () => {
    expect(languageWithoutProse('zh', '```python\nprint("hello world")\n```\n')).toBe('zh');
    expect(languageWithoutProse('zh-TW', '$$x^2$$\n\n<https://example.com/a>\n')).toBe('zh');
    expect(languageWithoutProse('en', '    indented();\n')).toBe('en');
    expect(languageWithoutProse(undefined, '```js\nx();\n```\n')).toBeUndefined();
    expect(languageWithoutProse('zh', '```js\nx();\n```\n\nA line of English.')).toBeUndefined();
    expect(languageWithoutProse('en', '一句中文。')).toBeUndefined();
  });
});

// A real Korean Astro blog (OseungKwon/blog) imported into an English site: its posts were
// published as lang="en" (its words broken mid-syllable on a phone, read by an English voice), and
// a zh-TW post said zh-CN.
describe('postLangTag: the BCP 47 tag a post is published with', () => {
  const korean = 'Zustand는 작고 빠르며 확장 가능한 React 프로젝트에서 사용하는 상태 관리 라이브러리입니다. 이전에 redux, recoil 등등의 상태 관리 라이브러리를 써왔지만, 보일러 플레이트가 많고 복잡하다는 단점이 있고';
  test('reads Korean text as ko, Japanese as ja, Chinese as zh-CN and English as en', () => {
    expect(postLangTag('zustand 라이브러리 코드 분석하기', undefined, korean)).toBe('ko');
    expect(postLangTag('東京で食べたラーメン', undefined, '昨日は東京でラーメンを食べました。とても美味しかったです。スープが濃くて、麺も柔らかかった。また行きたいと思います。')).toBe('ja');
    expect(postLangTag('红烧肉', undefined, '全是中文的正文，讲怎么做红烧肉。')).toBe('zh-CN');
    expect(postLangTag('Sourdough', undefined, 'Bread needs patience and a warm kitchen, more than anything else you may buy.')).toBe('en');
  });
  // steveshogren/hugo-blog's haskell-is-the-dark-souls-of-programming: one shrug in 280 lines of English made it lang="ja".
  test('an English post with a ¯\\_(ツ)_/¯ or a Japanese word quoted stays en; a Japanese post with English words stays ja', () => {
    expect(postLangTag('Haskell is the Dark Souls of programming', undefined, 'It is hard, and you die a lot. ¯\\_(ツ)_/¯ But the second time through, the boss is easier and you know why.')).toBe('en');
    expect(postLangTag('Words', undefined, 'The Japanese say ありがとう for thanks, and it is the first word most visitors learn to say there.')).toBe('en');
    expect(postLangTag('React の状態管理', undefined, 'React と Redux を使って、状態管理のやり方を説明します。useState と useReducer の違いも見ていきましょう。')).toBe('ja');
  });
  test('keeps the lang field as written, its case made canonical (zh-tw → zh-TW), zh alone zh-CN', () => {
    expect(postLangTag('台灣小吃', 'zh-tw', '正文')).toBe('zh-TW');
    expect(postLangTag('Bread', 'en_GB', 'Text')).toBe('en-GB');
    expect(postLangTag('面包', 'zh', '正文')).toBe('zh-CN');
    expect(postLangTag('Bread', 'EN', 'Text')).toBe('en');
  });
  // A Taipei writer's trial (2026-12-07): every page of a blog in Traditional characters said
  // lang="zh-CN", so browsers drew it with Simplified glyph shapes and og:locale said zh_CN.
  const oolong = '凍頂烏龍茶產自南投縣鹿谷鄉，茶葉經過團揉與焙火，茶湯呈琥珀色，滋味醇厚，越泡越香。';
  const dongding = '冻顶乌龙茶产自南投县鹿谷乡，茶叶经过团揉与焙火，茶汤呈琥珀色，滋味醇厚，越泡越香。';
  test('reads Chinese in Traditional characters as zh-Hant and the same text in Simplified as zh-CN', () => {
    expect(postLangTag('凍頂烏龍不等於高山茶', undefined, oolong)).toBe('zh-Hant');
    expect(postLangTag('冻顶乌龙不等于高山茶', undefined, dongding)).toBe('zh-CN');
  });
  test('a Traditional post that writes 台 and 里 (forms Simplified shares) is still zh-Hant', () => {
    expect(postLangTag('台灣茶', undefined, '台灣的茶園裡，春茶與冬茶最好，這裡的烏龍茶香氣清雅，後韻回甘。')).toBe('zh-Hant');
  });
  test('a name as short as 台灣茶 (one Traditional-only character, one form both write) is zh-Hant; 台湾茶 is zh-CN', () => {
    expect(chineseTag('台灣茶')).toBe('zh-Hant');
    expect(chineseTag('自己烘豆、也懂台灣茶的品飲作者')).toBe('zh-Hant');
    expect(chineseTag('台湾茶')).toBe('zh-CN');
    expect(chineseTag('咖啡烘焙')).toBe('zh-CN');
  });
  test('a Simplified post that quotes a Traditional name stays zh-CN', () => {
    expect(postLangTag('台湾之行', undefined, '在台北喝到的「凍頂烏龍」很香，回来以后我又买了一些，准备在家里慢慢泡着喝。')).toBe('zh-CN');
  });
  test('lang: zh alone is zh-Hant for Traditional text, zh-CN for Simplified; an explicit region or script is kept', () => {
    expect(postLangTag('凍頂烏龍', 'zh', oolong)).toBe('zh-Hant');
    expect(postLangTag('冻顶乌龙', 'zh', dongding)).toBe('zh-CN');
    expect(postLangTag('凍頂烏龍', 'zh-CN', oolong)).toBe('zh-CN');
    expect(postLangTag('凍頂烏龍', 'zh-hk', oolong)).toBe('zh-HK');
  });
  test('a Korean post is still English to the site\'s own words (postLanguage: en or zh only)', () => {
    expect(postLanguage('zustand 라이브러리 코드 분석하기', undefined, korean)).toBe('en');
  });
});

describe('ogLocale', () => {
  test.each([['en', 'en_US'], ['zh-CN', 'zh_CN'], ['zh-TW', 'zh_TW'], ['ko', 'ko_KR'], ['ja', 'ja_JP'], ['en-GB', 'en_GB'], ['zh-Hant-TW', 'zh_TW'], ['zh-Hant', 'zh_TW'], ['zh-Hans', 'zh_CN'], ['zh-Hant-HK', 'zh_HK']])('%s → %s', (tag, locale) => {
    expect(ogLocale(tag)).toBe(locale);
  });
});

describe('languageNames: the languages a search page says it searches', () => {
  test('English and Chinese, in either interface', () => {
    expect(languageNames(['en', 'zh-CN'], 'en')).toBe('English or Chinese');
    expect(languageNames(['zh-CN', 'en'], 'zh')).toBe('中文和英文');
  });
  test('a third language is named, not left out', () => {
    expect(languageNames(['en', 'zh-cn', 'ko'], 'en')).toBe('English, Chinese, or Korean');
    expect(languageNames(['zh-cn', 'en', 'ko'], 'zh')).toBe('中文、英文和韩文');
    expect(languageNames(['ja', 'fr'], 'zh')).toBe('日文和法文');
  });
  test('a region or script is the same language: zh-CN and zh-TW are one', () => {
    expect(languageNames(['zh-cn', 'zh-tw', 'en-GB', 'en'], 'en')).toBe('Chinese or English');
  });
  test('one language is its name alone; none is empty', () => {
    expect(languageNames(['ko'], 'en')).toBe('Korean');
    expect(languageNames([], 'zh')).toBe('');
  });
});

describe('textLangAttr', () => {
  // A Taipei writer's trial (2026-12-07): her name, label and pillars in Traditional characters
  // inherited the site's zh-CN on its home and about pages, drawn with Simplified glyph shapes.
  test('gives Traditional words their own zh-Hant on a zh-CN page, and nothing on a Traditional one', () => {
    expect(textLangAttr('自己烘豆、也懂台灣茶的品飲作者', 'zh-CN')).toBe('zh-Hant');
    expect(textLangAttr('台灣茶', 'zh-CN')).toBe('zh-Hant');
    expect(textLangAttr('台灣茶', 'zh-Hant')).toBeUndefined();
    expect(textLangAttr('台灣茶', 'zh-TW')).toBeUndefined();
    expect(textLangAttr('台灣茶', 'zh-Hant-HK')).toBeUndefined();
  });
  test('leaves Chinese with no Traditional-only character to inherit, and keeps the other languages as they were', () => {
    expect(textLangAttr('咖啡烘焙', 'zh-CN')).toBeUndefined();
    expect(textLangAttr('台湾茶', 'zh-CN')).toBeUndefined();
    expect(textLangAttr('科技周刊', 'en')).toBe('zh-CN');
    expect(textLangAttr('台灣茶', 'en')).toBe('zh-Hant');
    expect(textLangAttr('Coffee roasting', 'zh-Hant')).toBe('en');
    expect(textLangAttr('2026', 'zh-CN')).toBeUndefined();
  });
});

describe('dominantTag: the tag of a feed of posts', () => {
  // A Taipei writer's trial (2026-12-07): her feeds said <language>zh-CN</language> and
  // xml:lang="zh-CN" though every post in them was zh-Hant.
  test('is the tag more than half of the posts of that language share', () => {
    expect(dominantTag(['zh-Hant', 'zh-Hant', 'zh-Hant', 'zh-CN'], 'zh')).toBe('zh-Hant');
    expect(dominantTag(['en-GB', 'en-GB', 'en'], 'en')).toBe('en-GB');
  });
  test('is the usual tag when no tag has most of them, or there are none', () => {
    expect(dominantTag(['zh-Hant', 'zh-CN'], 'zh')).toBe('zh-CN');
    expect(dominantTag([], 'zh')).toBe('zh-CN');
    expect(dominantTag([], 'en')).toBe('en');
  });
  test('does not count posts in another language', () => {
    expect(dominantTag(['ko', 'ko', 'ko', 'zh-Hant'], 'zh')).toBe('zh-Hant');
    expect(dominantTag(['zh-Hant', 'zh-Hant', 'en'], 'en')).toBe('en');
  });
});

describe('isUnspacedLanguage: Chinese and Japanese, by the language subtag', () => {
  test.each(['zh', 'zh-CN', 'zh-Hant', 'zh-TW', 'zh_tw', 'ZH-HK', 'zh-yue', 'yue', 'yue-HK', 'cmn-Hans-CN', 'lzh', 'ja', 'ja-JP', 'JA'])('is true of %j', (tag) => {
    expect(isUnspacedLanguage(tag)).toBe(true);
  });

  test.each(['ko', 'ko-KR', 'en', 'en-GB', 'zhuang', 'jam', 'jv', 'vi', ''])('is false of %j', (tag) => {
    expect(isUnspacedLanguage(tag)).toBe(false);
  });
});
