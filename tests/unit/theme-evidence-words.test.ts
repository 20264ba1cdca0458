import { describe, expect, it } from 'vitest';
import { BrandSchema } from '../../src/core/schema/planner.ts';
import { chineseLexicon } from '../../src/core/theme/chinese.ts';
import { buildThemeModel, scoreTheme, tokenize } from '../../src/core/theme/index.ts';
import { bridgedStems } from '../../src/core/theme/post-terms.ts';
import { normalizeWord } from '../../src/core/theme/tokenize.ts';
import { wholeHyphenated } from '../../src/core/theme/written-forms.ts';
import { registerChineseData } from '../../src/store/theme-lexicon.ts';
import { loadCorpus } from '../eval/theme-eval.ts';

registerChineseData();

// Real prose: The Debian Administrator's Handbook, zh-CN translation (GPL-2+ / CC BY-SA 3.0),
// as cut into tests/fixtures/theme-corpus (sect.how-to-migrate and sect.common-procedures).
const MIGRATE =
  '如你看到的，该步骤是必要的。一个严谨的管理员应当确切的知道每部服务器的确切角色，但是角色可以被改变，有时候有经验的用户会安装一些服务。了解这些服务的功能让你知道如何处理它，而不是粗暴的删除它们。\n\n' +
  '保留所有已知服务的配置以便在更新后的服务器上安装同等的服务。最低限度是制作配置文件的副本。';
const DAEMONS =
  '一个守护进程是指不直接由用户调用而停留在后台的一类程序，在某些特定条件被满足的时候就会执行一些任务。很多的服务器程序都是守护进程，并且这类程序的命名通常都会以一个字母“d”来结尾（例如 sshd、smtpd、httpd，等等）。';
const FILLERS = ['很多', '本文', '通常', '直接', '使用', '之间', '每个', '一些', '特定'];
const word = (t: string) => t.split(' (')[0];

describe('evidence shows the content words that carried the score', () => {
  const linux = loadCorpus().find((b) => b.id === 'zh-linux-admin')!;
  const model = buildThemeModel({ brand: linux.brand, evidence: linux.published.map((d) => ({ title: d.title, body: d.text })) });

  it('never shows function words or everyday fillers (很多, 通常, 直接) of a real Debian paragraph as evidence or as off-theme words', () => {
    const result = scoreTheme(model, { body: DAEMONS });
    expect(result.terms.map(word)).toEqual(expect.arrayContaining(['进程', '程序']));
    for (const filler of FILLERS) {
      expect(result.terms.map(word)).not.toContain(filler);
      expect(result.offTerms).not.toContain(filler);
    }
  });

  it('knows 很多 and 本文 as function words by their part of speech and 使用 by its document frequency, and 服务器 as a content word', () => {
    const lexicon = chineseLexicon()!;
    for (const filler of ['很多', '本文', '之间', '使用', '包括']) expect(lexicon.isFunctionWord(filler)).toBe(true);
    for (const content of ['服务器', '软件包', '饺子', '配置']) expect(lexicon.isFunctionWord(content)).toBe(false);
  });

  it('knows a verb with its complement (放在, 找到) and spoken verdicts (都行, 不错, 有点) as no subject, so a laptop review off this brand names its own subject words', () => {
    const lexicon = chineseLexicon()!;
    for (const filler of ['放在', '找到', '写给', '看着', '都行', '不错', '有点']) expect(lexicon.isFunctionWord(filler)).toBe(true);
    for (const content of ['内存', '笔记本', '虚拟机', '供给']) expect(lexicon.isFunctionWord(content)).toBe(false);
    const review = '这台笔记本我用了三年，屏幕放在桌上都行，键盘手感不错。内存十六个G，跑虚拟机都行。出差放在包里也不重，有点吵。价格在七八千左右都行。';
    const result = scoreTheme(model, { title: '我怎么挑一台写代码的笔记本', body: review });
    expect(result.offTerms).toEqual(expect.arrayContaining(['笔记本', '键盘']));
    for (const filler of ['都行', '放在', '不错', '有点']) expect(result.offTerms).not.toContain(filler);
  });

  it('knows common adverbial adjectives (顺便, 认真) and 当中 as no subject, and keeps the rarer subject words jieba tags alike (切面, 积分)', () => {
    // A real Java blog's evidence read 当中 again and again, and "顺便 (pass)".
    const lexicon = chineseLexicon()!;
    for (const filler of ['顺便', '认真', '迅速', '当中']) expect(lexicon.isFunctionWord(filler)).toBe(true);
    for (const content of ['切面', '积分', '切开']) expect(lexicon.isFunctionWord(content)).toBe(false);
  });

  it('knows the words that point at another part of the post (下图, 上图, 上表, 下文, 见下文) as no subject, and keeps the figure words that name one (示意图, 截图)', () => {
    // A real-writing trial (2026-12-04): ruanyf/weekly's essay on AI tools showed "下图" ("the figure
    // below") among its evidence on a brand of servers and essays, and an ES6 chapter "下文" on a
    // front-end brand. They say where to look, never what about, as 本文 and 本章 (pronouns to
    // jieba) already did not.
    const lexicon = chineseLexicon()!;
    for (const pointer of ['下图', '上图', '上表', '下文', '见下文']) expect(lexicon.isFunctionWord(pointer)).toBe(true);
    for (const content of ['示意图', '截图', '原理图']) expect(lexicon.isFunctionWord(content)).toBe(false);
    const note = '守护进程的启动顺序见下图。下图画出了服务器上每个守护进程的依赖，上图是旧版本的。上表列出了配置文件，下文再讲日志。';
    const result = scoreTheme(model, { title: '守护进程的启动顺序', body: note });
    for (const pointer of ['下图', '上图', '上表', '下文', '见下文']) {
      expect(result.terms.map(word)).not.toContain(pointer);
      expect(result.offTerms).not.toContain(pointer);
    }
  });

  it('shows a Chinese word matched by the Chinese posts themselves without a gloss', () => {
    const result = scoreTheme(model, { body: DAEMONS });
    expect(result.terms).toContain('程序');
    expect(result.terms.filter((t) => t.includes(' ('))).toEqual([]);
  });
});

describe('a bridged word reads with the gloss that matched the brand', () => {
  const brand = BrandSchema.parse({
    name: 'Ops', label: 'Running Linux servers and the services on them', audience: 'Sysadmins', timezone: 'UTC',
    strengths: ['migrating services', 'configuration'],
    pillars: [{ id: 'ops', name: 'Server administration', description: 'Installing, configuring and migrating network services on Debian servers', keywords: ['server', 'service', 'daemon'] }],
  });
  const model = buildThemeModel({ brand, evidence: [] });

  it('glosses 服务 as "service" (what an English brand on servers wrote), not its first sense "to serve"', () => {
    const result = scoreTheme(model, { body: MIGRATE });
    expect(result.terms).toContain('服务 (service)');
    expect(result.terms).toContain('服务器 (server)');
    expect(result.terms.join(' ')).not.toContain('to serve');
  });

  it('shows each bridged word with a gloss that holds one of its English stems the brand text also wrote', () => {
    const result = scoreTheme(model, { body: MIGRATE });
    const glossed = result.terms.filter((t) => t.includes(' ('));
    expect(glossed.length).toBeGreaterThan(1);
    const brandStems = tokenize('Running Linux servers and the services on them migrating services configuration Server administration Installing, configuring and migrating network services on Debian servers server service daemon').map((t) => t.term);
    for (const t of glossed) {
      const gloss = t.slice(t.indexOf(' (') + 2, -1);
      const stems = gloss.split(/[^a-z]+/).map((w) => normalizeWord(w)).filter((x) => x !== null);
      const bridged = bridgedStems(word(t)).map(([s]) => s);
      expect(stems.some((s) => bridged.includes(s) && brandStems.includes(s)), t).toBe(true);
    }
  });
});

describe("the brand's own words count and show even where stopword lists would drop them", () => {
  it('keeps an acronym written in capitals (AI, ML, VR) that stopwords-iso lists in lower case, but not a shouted function word', () => {
    const terms = tokenize('AI and ML in VR. HOW TO DO IT').map((t) => t.term);
    expect(terms).toEqual(expect.arrayContaining(['ai', 'ml', 'vr']));
    for (const shouted of ['how', 'to', 'do', 'it']) expect(terms).not.toContain(shouted);
  });

  it('an English brand on AI products is tied to a draft by "AI" itself', () => {
    const brand = BrandSchema.parse({
      name: 'Lin', label: 'The product manager who ships AI features', audience: 'Product managers moving into AI', timezone: 'UTC',
      strengths: ['AI products'], pillars: [{ id: 'ai', name: 'AI in products', description: '', keywords: ['AI', 'LLM'] }],
    });
    const model = buildThemeModel({ brand, evidence: [] });
    const draft = 'Three months of writing specs with AI. The AI drafts the first version; I keep the judgement. AI is a tool for the writing, not for deciding what to build.';
    const result = scoreTheme(model, { body: draft });
    // As the draft writes it (written-forms.ts).
    expect(result.terms).toContain('AI');
    expect(result.onTheme).toBe(true);
  });

  it('a Chinese pillar keyword that is an everyday word (产品) is shown as evidence, bare', () => {
    const brand = BrandSchema.parse({
      name: '林小雨', label: '会写作的 AI 产品博主', audience: '想转行做 AI 的产品经理', timezone: 'Asia/Shanghai', language: 'zh',
      strengths: ['AI 产品', '写作'], pillars: [{ id: 'ai-产品', name: 'AI 产品', description: '', keywords: ['AI', '产品'] }],
    });
    expect(chineseLexicon()!.isFunctionWord('产品')).toBe(true);
    const model = buildThemeModel({ brand, evidence: [] });
    const result = scoreTheme(model, { body: '这三个月我每天用 AI 写产品需求文档。产品经理最重要的是判断力，AI 只能帮你把想法写完整，产品的方向还是要自己定。' });
    expect(result.terms).toContain('产品');
    expect(result.terms).toContain('AI');
    expect(result.terms.some((t) => t.startsWith('产品 ('))).toBe(false);
  });
});

describe("CC-CEDICT's shorthand (sth, oneself, lit., fig.) is never evidence", () => {
  // A Chinese competitive-programming blogger's brand as `init` writes it (day one: no post yet).
  const brand = BrandSchema.parse({
    name: '汤姆', label: '会写爬虫的算法竞赛选手', audience: '准备ICPC和Codeforces的大学生', timezone: 'Asia/Shanghai',
    strengths: ['算法竞赛', '前端开发'], impressions: ['较真'],
    pillars: [
      { id: '算法竞赛', name: '算法竞赛', description: '数据结构、图论、动态规划的讲解和题解', keywords: ['线段树', '动态规划', '图论', 'Codeforces'] },
      { id: '工程笔记', name: '工程笔记', description: '爬虫、网页开发、博客搭建和工具的折腾记录', keywords: ['爬虫', 'Python', '前端', '博客'] },
    ],
  });
  const model = buildThemeModel({ brand, evidence: [] });
  // Real prose: Owen Young, 香港银行账户开通笔记 (github.com/theowenyoung/blog, MIT).
  const BANK =
    '没有预约的话，只能去稍微偏僻点的分行碰碰运气，这三家银行一直都有 walkin 进去直接成功下卡的例子。偏僻的地点推荐地铁黄埔站，A 口出来之后，一整条街，到处都是各种银行... 任君挑选。' +
    '而任何时候你都要避开尖沙咀的银行们，人实在太多了。你在早上银行 9 点营业前，提前 1 个小时排队，才可能拿到前面一点的号。';
  // Owen Young, 追风筝的人 (same repository, MIT).
  const KITE = '人们不会说“你没见到他找她聊天吗？”而是“哇，你没看到她舍不得他离开吗？多么不知道廉耻啊！”';

  it('does not show 只能 "can only (do sth)" or 舍不得 "to hate to do sth" as evidence on a brand that met them only through "sth"', () => {
    for (const body of [BANK, KITE]) {
      const { terms, offTerms } = scoreTheme(model, { body });
      expect(terms.map(word)).not.toContain('只能');
      expect(terms.map(word)).not.toContain('舍不得');
      expect(terms.join(' ')).not.toMatch(/\((sth|oneself|lit|fig|abbr|usu)\)/);
      expect(offTerms.length).toBeGreaterThan(0);
    }
  });
});

describe('a gloss is shown only for a word the bridge carried', () => {
  // The trial's Chinese front-end brand (a real blog, kbmjj123/blog): 开发 is in its own words
  // ("前端开发"), so its glosses ("to exploit", "to develop") are in the brand through it too.
  const brand = BrandSchema.parse({
    name: 'Zhenggl', label: '读源码的前端工程师', audience: '想把 JavaScript、CSS、Vue 和 webpack 吃透的前端开发者', timezone: 'Asia/Shanghai',
    strengths: ['前端开发', '源码阅读', '工程化'],
    pillars: [
      { id: 'js', name: 'JavaScript 与 CSS 基础', description: 'JavaScript 语言特性、浏览器原理与 CSS 布局', keywords: ['JavaScript', 'CSS', '浏览器', '原型', '布局'] },
      { id: 'vue', name: 'Vue 源码', description: 'Vue、Vue Router、Vuex 的源码阅读与组件开发', keywords: ['Vue', '组件', '源码', '指令', '生命周期'] },
      { id: 'eng', name: '前端工程化', description: 'webpack、Node.js、Koa 与代码规范工具', keywords: ['webpack', '插件', 'Koa', '中间件', 'eslint'] },
    ],
  });
  const model = buildThemeModel({ brand, evidence: [] });
  const DRAFT = '适配器模式在前端开发中很常见。开发一个组件时，我们常常要把旧接口包装成新接口，开发者不必改动原有代码，只需写一个适配器。';

  it('shows 开发 bare on a Chinese brand that writes 开发 itself, not "开发 (to exploit)"', () => {
    const { terms } = scoreTheme(model, { body: DRAFT });
    expect(terms).toContain('开发');
    expect(terms.some((t) => t.startsWith('开发 ('))).toBe(false);
  });

  it('still glosses a Chinese word an English brand met only through its gloss', () => {
    const english = buildThemeModel({
      brand: BrandSchema.parse({ name: 'Mia', label: 'Home cooking for busy weeknights', audience: 'Home cooks', timezone: 'UTC', pillars: [{ id: 'c', name: 'Dumplings', description: 'Folding and freezing dumplings', keywords: ['dumpling', 'dough'] }] }),
      evidence: [],
    });
    const { terms } = scoreTheme(english, { body: '周末包了两百个饺子，冻起来慢慢吃。饺子皮是自己擀的。' });
    expect(terms).toContain('饺子 (dumpling)');
  });
});

// Third trial on real blogs (F4, F8): a testing brand described in English, with Chinese drafts.
describe('evidence of a Chinese draft on a brand whose keywords are English', () => {
  const brand = BrandSchema.parse({
    name: 'T', label: 'The test engineer who thinks in systems', audience: 'Developers who ship software', strengths: ['testing'], timezone: 'UTC',
    pillars: [
      { id: 'auto', name: 'Test automation', keywords: ['test automation', 'pytest', 'unit test', 'test coverage', 'mock'] },
      { id: 'sys', name: 'Systems thinking', keywords: ['systems thinking', 'system', 'feedback loop', 'reliability', 'information'] },
    ],
  });
  const model = buildThemeModel({ brand, evidence: [] });

  it('shows an everyday Chinese word that raised the score through its gloss of a keyword (系统 "system"), where the evidence was empty', () => {
    // 系统 is everyday by jieba's document frequency, so it was hidden although it carried the score.
    expect(chineseLexicon()!.isFunctionWord('系统')).toBe(true);
    const result = scoreTheme(model, { body: '这个系统很复杂。' });
    expect(result.score).toBeGreaterThan(0.5);
    expect(result.terms).toEqual(['系统 (system)']);
    // On a brand that names no system, the same word stays hidden (everyday, not the author's word).
    const other = buildThemeModel({ brand: { ...brand, label: 'The test engineer', pillars: [brand.pillars[0]!] }, evidence: [] });
    expect(scoreTheme(other, { body: '这个系统很复杂。' }).terms.map(word)).not.toContain('系统');
  });

  it('never lists as off-brand a compound the dictionary lacks whose parts gloss the brand\'s words (单元测试 "unit test"), nor a word whose gloss the brand met under another word', () => {
    expect(chineseLexicon()!.bridge('单元测试')).toBeUndefined();
    expect(chineseLexicon()!.compoundGloss('单元测试')).toMatchObject({ gloss: 'unit test' });
    expect(chineseLexicon()!.compoundGloss('软件测试')?.stems.map(([s]) => s)).toEqual(expect.arrayContaining([normalizeWord('software'), normalizeWord('test')]));
    // A word CC-CEDICT has gets no compound gloss; nor does a compound of lone characters.
    expect(chineseLexicon()!.compoundGloss('测试')).toBeUndefined();
    for (const body of ['我们用 pytest 给这个系统写了单元测试。', '单元测试和测试自动化让发布更放心。']) {
      const result = scoreTheme(model, { body });
      expect(result.onTheme).toBe(true);
      expect(result.offTerms).not.toContain('单元测试');
      expect(result.offTerms).not.toContain('测试');
    }
    // A compound of another subject is still off-brand.
    expect(scoreTheme(model, { body: '今天去菜市场买了白菜和豆腐。' }).offTerms).toEqual(expect.arrayContaining(['白菜', '豆腐']));
  });
});

describe('a Chinese word the dictionary lacks is shown whole, as the draft writes it', () => {
  // A real Chinese trial (linyuxuanlin/Wiki_docsify, 2026-12-05): a note on an embedded brand
  // listed 树莓 ("raspberry", of 树莓派, the Raspberry Pi) and 面包 ("bread", of 面包板, a
  // breadboard) as its off-brand words: jieba's dictionary of 2013 knows neither whole.
  const linux = loadCorpus().find((b) => b.id === 'zh-linux-admin')!;
  const model = buildThemeModel({ brand: linux.brand, evidence: linux.published.map((d) => ({ title: d.title, body: d.text })) });
  const shown = (body: string) => {
    const r = scoreTheme(model, { body });
    return [...r.terms, ...r.offTerms].map(word);
  };

  it('shows 树莓派 and 面包板, never their fragments 树莓 and 面包, when every time the draft writes the fragment it writes the whole word', () => {
    const words = shown('我用树莓派搭了一台家庭服务器。树莓派的系统是 Debian，树莓派功耗很低。接上面包板做实验，面包板上插满了线。');
    expect(words).toEqual(expect.arrayContaining(['树莓派', '面包板']));
    expect(words).not.toContain('树莓');
    expect(words).not.toContain('面包');
  });

  it('keeps a word the draft also writes on its own (面包 beside 面包机), and never joins a function character to it (服务器上)', () => {
    const bread = shown('家里的面包机很方便。面包机揉面，面包机发酵。刚出炉的面包很好吃，面包配牛奶。');
    expect(bread).toContain('面包');
    expect(bread).not.toContain('面包机很');
    const servers = shown('把备份放在服务器上。服务器上的磁盘快满了，服务器上还跑着数据库。');
    expect(servers).toContain('服务器');
    expect(servers.some((w) => w.startsWith('服务器上'))).toBe(false);
  });

  it('never joins a character the draft also writes elsewhere (锅 of 炒锅), nor shows part of a longer word (距微调 of 字距微调, where 字 stands alone too)', () => {
    const wok = shown('把排骨倒入锅翻炒，再把土豆倒入锅里。炒锅要先烧热，锅底放油，排骨炒到金黄。');
    expect(wok).toContain('倒入');
    expect(wok.some((w) => w.startsWith('倒入锅'))).toBe(false);
    const kerning = shown('字距微调让标题更紧凑。选好字体以后再做字距微调，字距微调以千分之一字宽计。服务器上的字体要先安装。');
    expect(kerning.some((w) => w.endsWith('距微调') && w !== '字距微调')).toBe(false);
  });
});

describe('a part of a hyphenated word is shown as the compound the draft writes', () => {
  // Scoring reads Wi-Fi as "wi" and "fi" and co-op as "co" and "op": the evidence of a real-looking
  // draft on a Debian brand read "wi" and "op".
  const debian = loadCorpus().find((b) => b.id === 'en-debian-sysadmin')!;
  const model = buildThemeModel({ brand: debian.brand, evidence: debian.published.map((d) => ({ title: d.title, body: d.text })) });

  it('shows Wi-Fi and co-op, not "wi" and "op", with the score unchanged', () => {
    const body = 'My laptop lost its Wi-Fi after the upgrade. The Wi-Fi card needs firmware from non-free. Install the firmware package, then restart the Wi-Fi interface with the network manager. Our co-op office shares one Wi-Fi network, and the co-op pays for it.';
    const r = scoreTheme(model, { title: 'Fixing Wi-Fi on a Debian laptop', body });
    const words = [...r.terms, ...r.offTerms];
    expect(words).toEqual(expect.arrayContaining(['Wi-Fi', 'co-op']));
    expect(words).not.toContain('wi');
    expect(words).not.toContain('op');
  });

  it('keeps a word the text also writes on its own or in two compounds, reads no address or code, and takes a capital only at a sentence start as lower case', () => {
    const text = 'Real-time data. We want real-time graphs. Send e-mail or mail. A user-defined type and a user-facing page. See `wi-fi.conf` and https://example.com/co-op-news for the co-op.';
    expect(wholeHyphenated(['real', 'mail', 'user', 'op', 'wi'], text)).toEqual(['real-time', 'mail', 'user', 'co-op', 'wi']);
  });
});
