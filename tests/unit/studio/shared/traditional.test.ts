import { describe, expect, it } from 'vitest';
import { TAIWAN_WORDS } from '../../../../src/core/i18n/traditional.ts';
import { createTranslator } from '../../../../src/studio/shared/i18n.ts';
import { BRAND_TEXT } from '../../../../src/studio/brand/strings.ts';
import { translateMessage } from '../../../../src/studio/shared/error-strings.ts';
import { flagInScript, toTraditional, uiText } from '../../../../src/studio/shared/traditional.ts';
import { formatDay } from '../../../../src/studio/plan/format.ts';
import { loadedBy } from '../../../support/loaded-by.ts';

describe('the studio before Traditional is asked for', () => {
  const run = (call: string) => loadedBy(`import { createTranslator } from './src/studio/shared/i18n.ts'; process.stdout.write(${call});`, '/opencc-js/');

  it('gives English and Simplified words without loading OpenCC', () => {
    expect(createTranslator('zh')('common.save')).toBe('保存');
    expect(createTranslator('en')('common.save')).toBe('Save');
    expect(run(`createTranslator('zh')('common.save') + createTranslator('en')('common.save')`)).toEqual([]);
  });

  it('loads OpenCC on the first word asked for in Traditional', () => {
    expect(run(`createTranslator('zh-Hant')('common.save')`).length).toBeGreaterThan(0);
  });
});

describe('the studio words in Traditional characters', () => {

  it("converts the dictionary with Taiwan's phrases", () => {
    const t = createTranslator('zh-Hant');
    expect(t('nav.dashboard')).toBe('總覽');
    expect(t('common.save')).toBe('儲存');
    expect(t('empty.dashboardBrand')).toBe('設定品牌');
    expect(toTraditional('文件已在磁盘上修改')).toBe('檔案已在磁碟上修改');
  });

  it('writes a post published as 發佈 everywhere, never the software 釋出 or the Simplified 发布', () => {
    for (const text of ['发布', '已发布', '发布频率', '发布节奏']) {
      const out = toTraditional(text);
      expect(out, text).toContain('發佈');
      expect(out, text).not.toMatch(/釋出|发布/);
    }
    expect(toTraditional('账号')).toBe('帳號');
    // A short list, shared with the portfolio: OpenCC's twp table does the rest.
    expect(TAIWAN_WORDS.length).toBeLessThanOrEqual(20);
  });

  it("writes Taiwan's words where OpenCC converts only the characters: 頻道, 計畫, 週, 追蹤", () => {
    const t = createTranslator('zh-Hant');
    expect(t('nav.channels')).toBe('頻道');
    expect(t('nav.plan')).toBe('計畫');
    for (const [cn, tw] of [['全部渠道', '全部頻道'], ['内容计划', '內容計畫'], ['近 26 周的发布', '近 26 週的發佈'], ['每周两次', '每週兩次'], ['会在“关注我”中链接它', '會在「追蹤我」中連結它']]) {
      expect(toTraditional(cn!), cn).toBe(tw);
    }
    expect(createTranslator('zh')('nav.channels')).toBe('渠道');
  });

  it("names a site's build 建置 and the iPhone's camera format as Taiwan's settings do (最相容)", () => {
    expect(toTraditional('修复之前构建会失败')).toBe('修復之前建置會失敗');
    expect(toTraditional('iPhone：设置 → 相机 → 格式 → 兼容性最佳')).toBe('iPhone：設定 → 相機 → 格式 → 最相容');
    expect(toTraditional('封面是 HEIC 照片，浏览器和构建都无法显示')).toBe('封面是 HEIC 照片，瀏覽器和建置都無法顯示');
  });

  it('names the keys of a plan drag as a Taiwan keyboard user does: 空白鍵, Enter 鍵, Esc 鍵', () => {
    const t = createTranslator('zh-Hant');
    expect(t('dnd.picked')).toBe('已拿起「{title}」。用方向鍵選擇排期，Enter 鍵放下，Esc 鍵取消。');
    expect(t('ideas.hint')).toContain('鍵盤：空白鍵拿起，方向鍵選擇，Enter 鍵放下，Esc 鍵取消。');
    expect(toTraditional('“a b”含有空格（显示为 ␣）')).toBe('「a b」含有空白（顯示為 ␣）');
  });

  it('keeps a verb\'s 了 after 明 (聲明了, 說明了), which OpenCC reads as 明瞭', () => {
    expect(createTranslator('zh-Hant', BRAND_TEXT)('brand.pillarFormHint')).toMatch(/^聲明了此支柱/);
    expect(toTraditional('声明了此支柱的文章')).toBe('聲明了此支柱的文章');
    expect(toTraditional('这说明了原因')).toBe('這說明了原因');
  });

  it("quotes with Taiwan's corner brackets, 「」 and 『』 inside them, never the mainland's curly quotes", () => {
    expect(toTraditional('在“计划”页的“新增休息期”里')).toBe('在「計畫」頁的「新增休息期」裡');
    expect(toTraditional('点“其实切题”（‘切题’）')).toBe('點「其實切題」（『切題』）');
    expect(uiText('zh-Hant', '“周二的红烧肉”没有正文', ['周二的红烧肉'])).toBe('「周二的红烧肉」沒有正文');
  });

  it("keeps the user's own words in a message: straight-quoted values, paths and the names given", () => {
    expect(uiText('zh-Hant', '未知的支柱 "食谱"；应为以下之一：a', [])).toBe('未知的支柱 "食谱"；應為以下之一：a');
    expect(uiText('zh-Hant', 'content/posts/面条.md: 标题不能为空')).toBe('content/posts/面条.md: 標題不能為空');
    expect(uiText('zh-Hant', '周二的红烧肉：没有正文', ['周二的红烧肉'])).toBe('周二的红烧肉：沒有正文');
    expect(uiText('zh', '标题不能为空')).toBe('标题不能为空');
  });

  it('counts "1 个旧地址" as one old address, not the city 箇舊, and relates things with 聯繫', () => {
    expect(toTraditional('1 个旧地址')).toBe('1 個舊地址');
    expect(toTraditional('把它和一个支柱联系起来')).toBe('把它和一個支柱聯繫起來');
    expect(toTraditional('联系我们')).toBe('聯絡我們');
  });

  it("names Google Calendar's subscribe menu item as its Taiwan interface does, 透過網址新增", () => {
    expect(toTraditional('日历文件的地址：可粘贴到 Google 日历的“通过网址添加”')).toBe('日曆檔案的地址：可貼上到 Google 日曆的「透過網址新增」');
  });

  it("keeps a title holding a / or a straight quote whole, a keyword as written, and a bare file name", () => {
    // The path pattern took CI/CD out of the title, and the rest was converted: 發佈 read again as 釋出.
    expect(uiText('zh-Hant', '“CI/CD 發佈流程”计划在 Blog 2026-12-01 的排期', ['CI/CD 發佈流程'])).toBe('「CI/CD 發佈流程」計畫在 Blog 2026-12-01 的排期');
    expect(uiText('zh-Hant', '“"Hello" 与我”没有正文', ['"Hello" 与我'])).toBe('「"Hello" 与我」沒有正文');
    expect(uiText('zh-Hant', '关键词“發佈”在你的文章里很少见', ['發佈'])).toBe('關鍵詞「發佈」在你的文章裡很少見');
    expect(uiText('zh-Hant', '我的发布会.md: 标题不能为空')).toBe('我的发布会.md: 標題不能為空');
  });

  it('converts the words between two quoted values when a name given sits inside one of them', () => {
    // The pillar 绘本 inside the quoted label: split at the name first, the halves of two quotes
    // paired across "，2 个支柱，渠道 ", which stayed Simplified.
    expect(uiText('zh-Hant', '定位标签 "会水彩插画的绘本创作者"，2 个支柱，渠道 "blog"', ['绘本'])).toBe('定位標籤 "会水彩插画的绘本创作者"，2 個支柱，頻道 "blog"');
  });

  it('gives a form error from the schemas in Traditional characters', () => {
    const message = translateMessage('expected "en" or "zh"', 'zh-Hant');
    expect(message).toBe('應為 "en" 或 "zh"');
    expect(translateMessage('expected "en" or "zh"', 'zh')).toBe('应为 "en" 或 "zh"');
  });

  it("formats a day as Taiwan writes it", () => {
    expect(formatDay('2026-12-01', 'zh-Hant')).toContain('週二');
    expect(formatDay('2026-12-01', 'zh')).toContain('周二');
  });
});

describe('flagInScript', () => {
  it("keeps a flag's evidence, the draft's own words, as written where the message quotes them, and converts the rest", () => {
    const flag = { kind: 'off-theme', message: '读起来是“钱包、比特币”，而不是品牌的支柱（得分 0.02 < 0.45）', hint: '把它和一个支柱联系起来', evidence: ['钱包', '比特币'] };
    const shown = flagInScript(flag, 'zh-Hant', []);
    expect(shown.message).toBe('讀起來是「钱包、比特币」，而不是品牌的支柱（得分 0.02 < 0.45）');
    expect(shown.hint).toBe('把它和一個支柱聯繫起來');
    // Without evidence the same words are converted: what the field is for.
    expect(flagInScript({ ...flag, evidence: undefined }, 'zh-Hant', []).message).toContain('錢包');
    expect(flagInScript(flag, 'zh', [])).toBe(flag);
  });

  it('converts an evidence word where the message or hint uses it as its own word', () => {
    const flag = { kind: 'off-theme', message: '读起来是“编辑”，而不是品牌的支柱；已发布的编辑还少', hint: '在它的编辑页点“其实切题”', evidence: ['编辑'] };
    const shown = flagInScript(flag, 'zh-Hant', []);
    expect(shown.message).toBe('讀起來是「编辑」，而不是品牌的支柱；已發佈的編輯還少');
    expect(shown.hint).toBe('在它的編輯頁點「其實切題」');
  });
});

describe('uiText keeps what a report names of the user\'s files', () => {
  it("a link's #anchor, a linked page or picture, an MDX expression", () => {
    expect(uiText('zh-Hant', '链接 #发布流程 在本页没有这个标题')).toBe('連結 #发布流程 在本頁沒有這個標題');
    expect(uiText('zh-Hant', '链接 发布会.html 指向的页面不存在；封面.png 不存在')).toBe('連結 发布会.html 指向的頁面不存在；封面.png 不存在');
    expect(uiText('zh-Hant', '正文使用了 {发布日期}，但没有定义它')).toBe('正文使用了 {发布日期}，但沒有定義它');
    // A Taipei writer's own anchor is not read again by Taiwan's phrases (發佈 would become 釋出).
    expect(uiText('zh-Hant', '链接 #發佈流程 在本页没有这个标题')).toBe('連結 #發佈流程 在本頁沒有這個標題');
  });

  it('quoted: words kept only inside curly quotes', () => {
    expect(uiText('zh-Hant', '读起来是“检查”；检查了 12 篇文章', [], ['检查'])).toBe('讀起來是「检查」；檢查了 12 篇文章');
  });
});
