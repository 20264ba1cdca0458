/** Brand page text. */
import type { Dictionary } from '../shared/i18n.ts';

export const BRAND_TEXT: Dictionary = {
  'brand.portfolio': { en: 'Published portfolio', zh: '发布的作品集' },
  'brand.showConsistency': { en: 'Show missed slots and consistency figures', zh: '显示断更的排期和稳定度数据' },
  'brand.showConsistencyHint': {
    en: 'Off by default: the public site then shows what you published, not what you missed. Saved in planner.json as',
    zh: '默认关闭：公开网站只显示你发布了什么，而不是错过了什么。保存在 planner.json 中：',
  },
  'brand.language': { en: 'Language of the site (menus, dates, home and search pages, social cards)', zh: '网站的语言（菜单、日期、首页和搜索页、分享卡片）' },
  'brand.languageAuto': { en: 'Automatic (now {lang})', zh: '自动（现在是{lang}）' },
  'brand.language.en': { en: 'English', zh: '英文' },
  'brand.language.zh': { en: 'Chinese', zh: '中文' },
  'brand.languageHint': {
    en: 'Automatic goes by the language of your name, label and audience. Each post keeps its own language on its page. Saved in planner.json as',
    zh: '自动：按你的名字、定位标签和受众所用的语言。每篇文章的页面仍用它自己的语言。保存在 planner.json 中：',
  },
  // The line after a save that changed the brand's zone (zone-moved.ts).
  'zoneMoved.text': {
    en: 'Time zone changed from {from} to {to}. Channels with no zone of their own follow it from their next slot on, at the same clock time ({count}): {list}; their past slots stay in {from}. A channel whose readers stay on {from} time needs that zone as its own (Channels → Edit → Time zone).',
    zh: '时区已从 {from} 改为 {to}。没有自己时区的渠道从下一个排期起跟着改，钟点不变（{count} 个）：{list}；以前的排期仍按 {from} 计算。读者仍在 {from} 的渠道，请给它设置自己的时区（渠道 → 编辑 → 时区）。',
  },
  'zoneMoved.item': { en: '{channel} {time} ({then} in {from})', zh: '{channel} {time}（{from} {then}）' },
  'zoneMoved.sameDay': { en: '{time}', zh: '{time}' },
  'zoneMoved.nextDay': { en: '{time} the next day', zh: '次日 {time}' },
  'zoneMoved.dayBefore': { en: '{time} the day before', zh: '前一天 {time}' },
  'zoneMoved.join': { en: ', ', zh: '、' },
  'brand.title': { en: 'Brand', zh: '品牌' },
  'brand.name': { en: 'Name', zh: '名字' },
  'brand.label': { en: 'Positioning label', zh: '定位标签' },
  'brand.labelPlaceholder': { en: 'e.g. The home cook who photographs her food', zh: '例如：在小厨房里拍照的家常菜厨师' },
  'brand.labelHint': { en: 'A short phrase that combines your strengths.', zh: '把你的长处组合起来的一句短语。' },
  'brand.audience': { en: 'Audience', zh: '受众' },
  'brand.strengths': { en: 'Strengths (one per line)', zh: '长处（每行一个）' },
  'brand.impressions': { en: 'What others say of you (one per line)', zh: '别人对你的印象（每行一个）' },
  'brand.timezone': { en: 'Time zone', zh: '时区' },
  'brand.pillars': { en: 'Pillars (1 to 7 content themes)', zh: '内容支柱（1 到 7 个主题）' },
  'brand.pillar': { en: 'Pillar', zh: '支柱' },
  'brand.pillarId': { en: 'Id', zh: 'ID' },
  'brand.pillarName': { en: 'Name', zh: '名称' },
  'brand.pillarDescription': { en: 'Description', zh: '描述' },
  'brand.pillarKeywords': { en: 'Keywords (comma-separated)', zh: '关键词（用逗号分隔）' },
  'brand.pillarForm': { en: 'A form, not a subject (stories, poems, notes)', zh: '体裁而非主题（小说、诗歌、笔记）' },
  'brand.pillarFormHint': {
    en: 'A post that declares this pillar is on theme whatever its words, and is not used to judge other posts. Saved in planner.json as',
    zh: '声明了此支柱的文章无论用词如何都算切题，也不用来判断其他文章。保存在 planner.json 中：',
  },
  'brand.pillarFormerIds': {
    en: 'Its old addresses still lead here on the portfolio, with its feeds: {paths} (formerIds in planner.json)',
    zh: '作品集上它的旧地址（及其订阅源）仍会转到这里：{paths}（planner.json 中的 formerIds）',
  },
  'brand.addPillar': { en: 'Add a pillar', zh: '添加支柱' },
  'brand.removePillar': { en: 'Remove this pillar', zh: '删除此支柱' },
  // The button's visible words start its accessible name (WCAG 2.5.3 Label in Name); the arrow is decoration.
  'brand.movePillarUp': { en: 'Move up', zh: '上移' },
  'brand.movePillarDown': { en: 'Move down', zh: '下移' },
  'brand.movePillarUpLabel': { en: 'Move up: pillar {n} ({pillar})', zh: '上移：支柱 {n}（{pillar}）' },
  'brand.movePillarDownLabel': { en: 'Move down: pillar {n} ({pillar})', zh: '下移：支柱 {n}（{pillar}）' },
  'brand.pillarMoved': {
    en: '"{pillar}" is now pillar {position}, with its colour and old addresses. Save to keep the new order: it is the order the plan rotates through and the portfolio lists.',
    zh: '“{pillar}”现在是第 {position} 个支柱，颜色和旧地址随它一起移动。保存后新顺序才生效：计划按这个顺序轮换，作品集也按它排列。',
  },
  'brand.composer': { en: 'Label composer', zh: '标签生成器' },
  'brand.composerHint': {
    en: 'Labels proposed from your strengths and impressions. "Use this" fills the label field; save to keep it.',
    zh: '根据你的长处和印象生成的标签。“用这个”会填入标签字段；保存后生效。',
  },
  'brand.useThis': { en: 'Use this', zh: '用这个' },
  'brand.usage': { en: 'What your published posts actually say', zh: '你已发布的内容实际在说什么' },
  'brand.usageHint': {
    en: 'How many published posts mention each strength and pillar keyword, and how often.',
    zh: '每个长处和支柱关键词出现在多少篇已发布内容中，共出现多少次。',
  },
  'brand.term': { en: 'Term', zh: '词' },
  'brand.posts': { en: 'Posts', zh: '篇数' },
  'brand.mentions': { en: 'Mentions', zh: '次数' },
  // With its brackets: a Chinese line takes full-width ones (…多少次。（8 篇已发布内容）).
  'brand.publishedCount': { en: '({count} published posts)', zh: '（{count} 篇已发布内容）' },
  'brand.publishedCountOne': { en: '(1 published post)', zh: '（1 篇已发布内容）' },
};
