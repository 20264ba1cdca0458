/**
 * What `init` says, in English and Chinese. The examples come from several kinds of people (a
 * career coach, a developer, a designer) so that no one persona is suggested as the norm.
 */
import type { Text } from '../core/i18n/text.ts';

export const INIT_TEXT = {
  intro: { en: 'Throughline: set up your brand', zh: 'Throughline：设置你的品牌' },
  name: { en: 'Your name (or brand name)', zh: '你的名字（或品牌名）' },
  nameNeeded: { en: 'a name is needed', zh: '需要填写名字' },
  strengths: { en: 'Your strengths, comma-separated', zh: '你的专长，用逗号分隔' },
  strengthsExample: { en: 'career coaching, public speaking', zh: '职场沟通, 面试辅导' },
  strengthNeeded: { en: 'a strength is needed', zh: '至少需要一项专长' },
  impressions: { en: 'What do others say of you? (optional, comma-separated)', zh: '别人怎么评价你？（可选，用逗号分隔）' },
  impressionsExample: { en: 'patient, direct', zh: '耐心, 直接' },
  label: { en: 'Pick a positioning label', zh: '选择一个定位标签' },
  ownLabel: { en: 'Write my own', zh: '自己写' },
  labelPrompt: { en: 'Your label', zh: '你的定位标签' },
  labelNeeded: { en: 'a label is needed', zh: '需要填写标签' },
  audience: { en: 'Who is your audience?', zh: '你的读者是谁？' },
  audienceExample: { en: 'Engineers stepping into their first lead role', zh: '刚升任管理岗的技术人' },
  zone: { en: 'Your time zone', zh: '你的时区' },
  zoneInvalid: { en: 'an IANA zone, e.g. Asia/Shanghai', zh: '请填写 IANA 时区，例如 Asia/Shanghai' },
  pillarName: { en: 'Pillar {n}: name (a content theme)', zh: '支柱 {n}：名称（一个内容主题）' },
  pillarExample: { en: 'Career moves', zh: '向上管理' },
  pillarNameNeeded: { en: 'a name is needed', zh: '需要填写名称' },
  pillarDescription: { en: 'Pillar {n}: one-line description', zh: '支柱 {n}：一句话描述' },
  pillarKeywords: { en: 'Pillar {n}: keywords, comma-separated', zh: '支柱 {n}：关键词，用逗号分隔' },
  keywordsExample: { en: 'interview, promotion, feedback', zh: '一对一, 汇报, 晋升' },
  morePillars: { en: 'Add another pillar? ({n} of up to 7)', zh: '再加一个支柱吗？（已有 {n} 个，最多 7 个）' },
  channel: { en: 'Your first channel', zh: '你的第一个渠道' },
  cadence: { en: 'How often do you publish there?', zh: '你在那里多久发布一次？' },
  ownRule: { en: 'My own RRULE', zh: '自己写 RRULE' },
  start: { en: 'First date (YYYY-MM-DD, empty = tomorrow)', zh: '开始日期（YYYY-MM-DD，留空 = 明天）' },
  dateInvalid: { en: 'a real date as YYYY-MM-DD, e.g. 2026-12-01', zh: '请填写真实的日期 YYYY-MM-DD，例如 2026-12-01' },
  time: { en: 'Time of day (HH:MM)', zh: '每天的发布时间（HH:MM）' },
  timeInvalid: { en: 'a time as HH:MM, e.g. 09:00', zh: '请按 HH:MM 填写时间，例如 09:00' },
  writing: { en: 'Writing {file}', zh: '正在写入 {file}' },
  cancelled: { en: 'Setup cancelled; nothing was written.', zh: '已取消设置；没有写入任何内容。' },
  inputEnded: {
    en: 'init: the input ended before every question was answered; in scripts, use init --from FILE.json',
    zh: 'init：所有问题回答完之前输入就结束了；在脚本中请用 init --from FILE.json',
  },
} satisfies Record<string, Text>;

/** Fills `{name}` placeholders. */
export function fillText(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));
}
