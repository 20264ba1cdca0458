/** Drafts list, editor, new-draft and publish page text. */
import type { Dictionary } from '../shared/i18n.ts';

export const DRAFTS_TEXT: Dictionary = {
  'drafts.title': { en: 'Posts', zh: '文章' },
  'drafts.new': { en: 'New draft', zh: '新草稿' },
  'drafts.channel': { en: 'Channel', zh: '渠道' },
  'drafts.pillar': { en: 'Pillar', zh: '支柱' },
  'drafts.status': { en: 'Status', zh: '状态' },
  'drafts.flag': { en: 'Flag', zh: '提示' },
  'drafts.anyFlag': { en: 'any flag', zh: '任意提示' },
  'drafts.noFlag': { en: 'no flag', zh: '无提示' },
  'drafts.score': { en: 'Theme score', zh: '主题分' },
  'drafts.planned': { en: 'Planned for', zh: '计划日期' },
  'drafts.postTitle': { en: 'Title', zh: '标题' },
  // Under a copy's title (copyOf, core/copies.ts): {title} is the post it is a copy of, linked.
  'drafts.copyOf': { en: 'Copy of {title}', zh: '副本，原文：{title}' },
  'drafts.empty': { en: 'No posts match these filters.', zh: '没有符合筛选条件的内容。' },
  'drafts.pages': { en: 'Pages of the list', zh: '列表分页' },
  'drafts.shown': { en: 'Posts {from}–{to} of {total}', zh: '第 {from}–{to} 篇，共 {total} 篇' },
  'drafts.pageOf': { en: 'Page {page} of {pages}', zh: '第 {page} / {pages} 页' },
  'drafts.prev': { en: 'Previous page', zh: '上一页' },
  'drafts.next': { en: 'Next page', zh: '下一页' },
  'status.idea': { en: 'idea', zh: '想法' },
  'status.draft': { en: 'draft', zh: '草稿' },
  'status.scheduled': { en: 'scheduled', zh: '已排期' },
  'status.published': { en: 'published', zh: '已发布' },
  // The line after Save (drafts/save-status.ts): whether the file was written, and when.
  'editor.saved': { en: 'Saved: {file} was written at {time}.', zh: '已保存：{time} 写入 {file}。' },
  'editor.savedUnchanged': {
    en: 'Nothing to save: {file} already holds this text (last written at {time}), so it was not written again.',
    zh: '无需保存：{file} 里已经是这些内容（上次写入于 {time}），没有再次写入。',
  },
  'editor.slug': { en: 'Slug (the post id, e.g. drafts/winter-soup)', zh: '路径（内容 ID，例如 2026/跳槽时机）' },
  'editor.create': { en: 'Create draft', zh: '创建草稿' },
  'editor.publishedAt': { en: 'Published at', zh: '发布时间' },
  'editor.publishedAtHint': {
    en: 'Left empty when you publish: set to now in the channel\'s time zone, {zone}; a time without an offset is read in that zone too.',
    zh: '发布时若留空：自动设为渠道时区（{zone}）的当前时间；不带时差的时间也按此时区理解。',
  },
  'editor.url': { en: 'URL where it was published', zh: '发布后的网址' },
  'editor.tags': { en: 'Tags', zh: '标签' },
  'editor.tagsHint': { en: 'Separate them with commas (, ，) or 、; each gets its page on the portfolio.', zh: '用逗号（, ，）或顿号（、）分隔；每个标签在作品集上都有自己的页面。' },
  'editor.cover': { en: 'Cover image', zh: '封面图片' },
  'editor.coverNow': { en: 'The cover now', zh: '现在的封面' },
  'editor.coverHint': { en: 'PNG, JPEG, GIF, WebP or AVIF, up to 10 MB: saved beside the post as its cover, the picture of its social card.', zh: 'PNG、JPEG、GIF、WebP 或 AVIF，最多 10 MB：存在文章旁边作为封面，也是它社交卡片上的图。' },
  'editor.coverUpload': { en: 'Upload cover', zh: '上传封面' },
  'editor.coverSaved': { en: 'Cover uploaded: the post\'s cover is set to it.', zh: '封面已上传，已设为这篇内容的封面。' },
  'editor.description': { en: 'Summary (for lists and social cards)', zh: '摘要（用于列表和社交卡片）' },
  'editor.body': { en: 'Body (Markdown)', zh: '正文（Markdown）' },
  'editor.theme': { en: 'Theme', zh: '主题' },
  'editor.onTheme': { en: 'on theme', zh: '切题' },
  'editor.offTheme': { en: 'off theme', zh: '偏题' },
  'editor.onThemeHeld': { en: 'on theme: your earlier posts read it so (your posts now, on their own, would flag it)', zh: '切题：你较早的文章认为它切题（单看你现在的文章会标为偏题）' },
  'editor.onThemeHeldDayOne': { en: 'on theme: your brand text alone reads it as clearly on theme (your posts now, on their own, would flag it)', zh: '切题：单看品牌描述，它明显切题（单看你现在的文章会标为偏题）' },
  'editor.onThemeByForm': { en: 'on theme: {pillar} is a pillar of a form, not a subject, so its posts are not judged by their words', zh: '切题：体裁支柱（{pillar}）的文章不按主题判断' },
  'editor.unjudged': { en: 'nothing to judge yet: no word says what it is about (code, links and everyday words do not)', zh: '暂无可判断：还没有能说明主题的词（代码、链接和常用词不算）' },
  'editor.acceptTheme': { en: 'On theme after all', zh: '其实切题' },
  'editor.acceptedFlash': { en: 'Marked as on theme.', zh: '已标为切题。' },
  'editor.acceptedByForm': { en: 'You marked this post as on theme. As a post of a pillar of a form, it is no evidence of the theme.', zh: '你已把这篇标为切题。它属于体裁支柱，不算作主题的依据。' },
  'editor.accepted': { en: 'You marked this post as on theme: it counts as evidence of the theme.', zh: '你已把这篇标为切题：它也算作主题的依据。' },
  'editor.unacceptTheme': { en: 'Not on theme after all', zh: '撤销“其实切题”' },
  'editor.unacceptedFlash': { en: 'No longer marked as on theme.', zh: '已取消“其实切题”。' },
  'editor.acceptRefused': {
    en: 'Not marked as on theme: this post changed on disk since you opened it. Reload to read it as it is now, then choose again.',
    zh: '没有标为切题：自你打开以来，这篇文章已在磁盘上被修改。请重新加载，读过现在的版本再选择。',
  },
  'editor.nearest': { en: 'Nearest pillar', zh: '最接近的支柱' },
  /** A judged draft that no pillar reads closer than general language (ThemeResult.pillar null). */
  'editor.noNearPillar': { en: 'none (no pillar is near this text)', zh: '无（没有与这篇相近的支柱）' },
  'editor.evidence': { en: 'Shared with your brand', zh: '和品牌相通的词' },
  'editor.offTerms': { en: 'New to your brand', zh: '品牌里还没写过的词' },
  'editor.listSep': { en: ', ', zh: '、' },
  'editor.flags': { en: 'Flags', zh: '提示' },
  'editor.noFlags': { en: 'No flags.', zh: '没有提示。' },
  'editor.preview': { en: 'Preview', zh: '预览' },
  'editor.publishView': { en: 'Publish by hand (copy, length check, record URL)', zh: '手动发布（复制、字数检查、记录网址）' },
  'editor.noBody': { en: 'Write some text to see its theme score.', zh: '写点文字即可看到主题分。' },
  'publish.title': { en: 'Publish', zh: '发布' },
  'publish.copy': { en: 'Copy', zh: '复制' },
  'publish.copied': { en: 'Copied.', zh: '已复制。' },
  'publish.copyFailed': { en: 'Could not copy: select the text and copy it by hand.', zh: '无法复制：请选中文字后手动复制。' },
  'publish.limits': { en: 'Length limits', zh: '字数限制' },
  'publish.record': { en: 'Record the publication', zh: '记录发布' },
  'publish.recordButton': { en: 'Mark as published', zh: '标记为已发布' },
  'publish.ok': { en: 'within the limit', zh: '未超限' },
  'publish.over': { en: 'over the limit', zh: '超出限制' },
  'publish.noLimits': { en: 'No documented length limit is checked for this platform.', zh: '此平台没有可核对的字数限制。' },
  // A post published before its planned slot (core/early-publication.ts).
  'publish.early': {
    en: 'Planned for {planned}. Marked as published at {at}, it counts for the slot of {fills}, and its planned date becomes that day (a post counts for the slot whose day it is published on, or the last slot before that day), so {planned} stays open: keep the post scheduled until then, or plan another post for that day.',
    zh: '这篇计划在 {planned} 发布。按 {at} 标记为已发布，它算作 {fills} 那一期，计划日期也改为那天（一篇文章算作发布当天的那一期，当天没有就算之前最近的一期），{planned} 那一期仍然空着：可以先保持“已排期”到那天，或者为那天另排一篇。',
  },
  'publish.earlyTaken': {
    en: 'Planned for {planned}. Marked as published at {at}, it counts for no slot: the slot of {fills} has a post already. Its planned date is cleared, and {planned} stays open: keep the post scheduled until then, or plan another post for that day.',
    zh: '这篇计划在 {planned} 发布。按 {at} 标记为已发布，它不算任何一期：{fills} 那一期已经有文章了。计划日期会被清空，{planned} 那一期仍然空着：可以先保持“已排期”到那天，或者为那天另排一篇。',
  },
  // The editor moved a post to a channel in another time zone (drafts/channel-pin.ts): its publishedAt kept its moment.
  'editor.pinned': {
    en: 'The new channel is read in another time zone, so publishedAt {was} (a time without offset, read in {zone}) was saved as {at}: the post keeps the moment it was published.',
    zh: '新渠道在另一个时区，所以 publishedAt {was}（没有时区偏移的时间，按 {zone} 理解）保存为 {at}：文章的发布时刻不变。',
  },
  // The editor's Save or autosave made a post published outside its planned slot's window
  // (drafts/publish-replan.ts): what became of its planned date, said after the save.
  'editor.replanned.early': {
    en: 'Planned for {planned}, published at {at}: it counts for the slot of {fills} (a post counts for the slot whose day it is published on, or the last slot before that day), so its planned date is now {fills}, and {planned} stays open: plan another post for that day.',
    zh: '这篇计划在 {planned} 发布，按 {at} 发布：它算作 {fills} 那一期（一篇文章算作发布当天的那一期，当天没有就算之前最近的一期），计划日期已改为那天，{planned} 那一期仍然空着：可以为那天另排一篇。',
  },
  'editor.replanned.earlyTaken': {
    en: 'Planned for {planned}, published at {at}: it counts for no slot, as the slot of {fills} has a post already. Its planned date was cleared, and {planned} stays open: plan another post for that day.',
    zh: '这篇计划在 {planned} 发布，按 {at} 发布：它不算任何一期，{fills} 那一期已经有文章了。计划日期已清空，{planned} 那一期仍然空着：可以为那天另排一篇。',
  },
  'editor.replanned.earlyNone': {
    en: 'Planned for {planned}, published at {at}: it counts for no slot ({why}). Its planned date was cleared, and {planned} stays open: plan another post for that day.',
    zh: '这篇计划在 {planned} 发布，按 {at} 发布：它不算任何一期（{why}）。计划日期已清空，{planned} 那一期仍然空着：可以为那天另排一篇。',
  },
  'editor.replanned.late': {
    en: 'Planned for {planned}, published at {at}: it is past that slot (a post counts for the slot whose day it is published on, or the last slot before that day), so it counts for the slot of {fills}. Its planned date is now {fills}, and {planned} stays missed.',
    zh: '这篇计划在 {planned} 发布，按 {at} 发布：已经过了那一期（一篇文章算作发布当天的那一期，当天没有就算之前最近的一期），它算作 {fills} 那一期。计划日期已改为那天，{planned} 那一期仍算断更。',
  },
  'editor.replanned.lateTaken': {
    en: 'Planned for {planned}, published at {at}: it is past that slot and counts for no slot, as the slot of {fills} has a post already. Its planned date was cleared, and {planned} stays missed.',
    zh: '这篇计划在 {planned} 发布，按 {at} 发布：已经过了那一期，也不算任何一期，{fills} 那一期已经有文章了。计划日期已清空，{planned} 那一期仍算断更。',
  },
  'editor.replanned.lateNone': {
    en: 'Planned for {planned}, published at {at}: it is past that slot and counts for no slot ({why}). Its planned date was cleared, and {planned} stays missed.',
    zh: '这篇计划在 {planned} 发布，按 {at} 发布：已经过了那一期，也不算任何一期（{why}）。计划日期已清空，{planned} 那一期仍算断更。',
  },
  // A post published after its planned slot's window (the next slot's day or later).
  'publish.late': {
    en: 'Planned for {planned}. Marked as published at {at}, it is past that slot (a post counts for the slot whose day it is published on, or the last slot before that day): it counts for the slot of {fills}, and its planned date becomes that day, so {planned} stays missed.',
    zh: '这篇计划在 {planned} 发布。按 {at} 标记为已发布，已经过了那一期（一篇文章算作发布当天的那一期，当天没有就算之前最近的一期）：它算作 {fills} 那一期，计划日期也改为那天，{planned} 那一期仍算断更。',
  },
  'publish.lateTaken': {
    en: 'Planned for {planned}. Marked as published at {at}, it is past that slot and counts for no slot: the slot of {fills} has a post already. Its planned date is cleared, and {planned} stays missed.',
    zh: '这篇计划在 {planned} 发布。按 {at} 标记为已发布，已经过了那一期，也不算任何一期：{fills} 那一期已经有文章了。计划日期会被清空，{planned} 那一期仍算断更。',
  },
  'publish.lateNone': {
    en: 'Planned for {planned}. Marked as published at {at}, it is past that slot and counts for no slot ({why}). Its planned date is cleared, and {planned} stays missed.',
    zh: '这篇计划在 {planned} 发布。按 {at} 标记为已发布，已经过了那一期，也不算任何一期（{why}）。计划日期会被清空，{planned} 那一期仍算断更。',
  },
  // Why a publication day counts for no slot ({why} above; core/early-publication.ts NoSlotReason).
  'noSlot.beforeFirst': { en: 'that day is before the channel\'s first slot, {first}', zh: '那天在渠道的第一期（{first}）之前' },
  'noSlot.none': { en: 'the channel has no slot on or before that day', zh: '渠道在那天及之前没有排期' },
  'noSlot.inBreak': { en: 'that day is in the break {from} – {to}', zh: '那天在休息期 {from} 至 {to} 内' },
  'noSlot.inBreakReason': { en: 'that day is in the break {from} – {to} ({reason})', zh: '那天在休息期 {from} 至 {to}（{reason}）内' },
  'noSlot.unknown': { en: 'that day is in a break or before the channel\'s first slot', zh: '那天在休息期内，或在渠道的第一期之前' },
  'publish.earlyNone': {
    en: 'Planned for {planned}. Marked as published at {at}, it counts for no slot ({why}). Its planned date is cleared, and {planned} stays open: keep the post scheduled until then, or plan another post for that day.',
    zh: '这篇计划在 {planned} 发布。按 {at} 标记为已发布，它不算任何一期（{why}）。计划日期会被清空，{planned} 那一期仍然空着：可以先保持“已排期”到那天，或者为那天另排一篇。',
  },
};
