/**
 * Every command and option the CLI accepts, in one table: each command's parseArgs reads its
 * options from here (`parseOptionsOf`), and the usage text is written from it (`usageText`), so
 * the help can never leave out an option the parser takes.
 */
import type { Lang } from '../core/language.ts';

interface OptionSpec {
  type: 'string' | 'boolean';
  default?: string | boolean;
  /** The value's placeholder in the usage, e.g. "ID", "FILE". */
  value?: string;
}

interface CommandSpec {
  /** Positional arguments as shown in the usage, e.g. "<FILE|URL>". */
  args?: string;
  options: Record<string, OptionSpec>;
  /** Options shown as required (outside brackets). */
  required?: string[];
  summary: Record<Lang, string>;
}

export const COMMAND_TABLE = {
  check: {
    options: { json: { type: 'boolean', default: false }, 'fail-on': { type: 'string', default: 'error', value: 'info|warning|error' } },
    summary: { en: 'theme scores, streaks and flags', zh: '主题得分、连续记录和提醒' },
  },
  plan: {
    options: { weeks: { type: 'string', default: '8', value: 'N' }, json: { type: 'boolean', default: false } },
    summary: { en: 'the upcoming slots, open or filled', zh: '接下来的排期（空着的和已安排的）' },
  },
  export: {
    args: 'ics',
    options: { channel: { type: 'string', value: 'ID' }, out: { type: 'string', value: 'FILE' }, public: { type: 'boolean', default: false }, 'studio-url': { type: 'string', value: 'URL' } },
    summary: { en: 'the plan as an iCalendar file (--public: as the site publishes it, no word of unpublished posts, no studio links; --studio-url: where events link, default http://localhost:4321/studio)', zh: '把计划导出为 iCalendar 文件（--public：与网站发布的一样，不含未发布文章的内容和工作室链接；--studio-url：事件链接到的工作室地址，默认 http://localhost:4321/studio）' },
  },
  import: {
    args: '<FILE|URL|FOLDER>',
    options: {
      channel: { type: 'string', value: 'ID' },
      status: { type: 'string', default: 'published', value: 'idea|draft|scheduled|published' },
      'pillar-map': { type: 'string', value: '"Category=pillar,..."' },
      pillar: { type: 'string', value: 'ID' },
      backfill: { type: 'boolean', default: false },
      'git-dates': { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
    },
    required: ['channel'],
    summary: {
      en: 'posts from a feed (RSS, Atom, JSON Feed), a WordPress, Ghost, Substack or Medium export, or a folder of Markdown posts (Hexo, Hugo, Jekyll)',
      zh: '从 feed（RSS、Atom、JSON Feed）、WordPress、Ghost、Substack、Medium 导出文件或 Markdown 文章文件夹（Hexo、Hugo、Jekyll）导入文章',
    },
  },
  init: {
    options: { force: { type: 'boolean', default: false }, empty: { type: 'boolean', default: false }, from: { type: 'string', value: 'FILE' } },
    summary: {
      en: 'set up content/planner.json (--empty: move the current project aside and start empty)',
      zh: '创建 content/planner.json（--empty：把当前项目移到一旁，从空项目开始）',
    },
  },
  sample: {
    options: { 'to-today': { type: 'boolean', default: false }, 'dry-run': { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
    summary: {
      en: 'how many weeks the sample brand\'s dates lag today (--to-today: move them all forward by those whole weeks)',
      zh: '示例品牌的日期比今天落后几周（--to-today：把它们全部向后移动这些整周）',
    },
  },
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMAND_TABLE;

/**
 * The options of one command, as node:util parseArgs takes them (it ignores the `value`
 * placeholder); typed exactly, so each command's `values` keep their types.
 */
export function parseOptionsOf<N extends CommandName>(name: N): (typeof COMMAND_TABLE)[N]['options'] {
  return COMMAND_TABLE[name].options;
}

/** "import <FILE|URL> --channel ID [--status S] …": one command's synopsis. */
export function synopsisOf(name: CommandName): string {
  const spec: CommandSpec = COMMAND_TABLE[name];
  const parts = [name, ...(spec.args ? [spec.args] : [])];
  for (const [key, o] of Object.entries(spec.options)) {
    const text = `--${key}${o.value ? ` ${o.value}` : ''}`;
    parts.push(spec.required?.includes(key) ? text : `[${text}]`);
  }
  return parts.join(' ');
}

const COMMON: { text: string; summary: Record<Lang, string> }[] = [
  { text: '--root DIR', summary: { en: 'the folder holding content/ (default: the project root)', zh: '存放 content/ 的文件夹（默认：项目根目录）' } },
  {
    text: '--now ISO',
    summary: {
      en: 'the moment taken as "now", e.g. 2026-03-01T09:00 (no offset = UTC) or 2026-03-01T09:00+08:00 (default: the clock)',
      zh: '当作“现在”的时刻，例如 2026-03-01T09:00（不带时差即 UTC）或 2026-03-01T09:00+08:00（默认：当前时间）',
    },
  },
  { text: '--lang LANG', summary: { en: 'the language of messages: en, zh (Simplified) or zh-Hant (Traditional, also zh-TW, zh-HK) (default: from LC_ALL, LC_MESSAGES or LANG)', zh: '消息的语言：en、zh（简体）或 zh-Hant（繁体，也可写 zh-TW、zh-HK）（默认：取自 LC_ALL、LC_MESSAGES 或 LANG）' } },
];

/** The whole usage text in `lang`, written from COMMAND_TABLE. */
export function usageText(lang: Lang): string {
  const zh = lang === 'zh';
  const commands = (Object.keys(COMMAND_TABLE) as CommandName[]).map((name) => `  ${synopsisOf(name)}\n      ${COMMAND_TABLE[name].summary[lang]}`);
  const common = COMMON.map((c) => `  ${c.text.padEnd(14)}${c.summary[lang]}`);
  return [
    zh ? '用法：throughline <命令> [选项]' : 'Usage: throughline <command> [options]',
    '',
    zh ? '命令：' : 'Commands:',
    ...commands,
    '',
    zh ? '通用选项：' : 'Common options:',
    ...common,
  ].join('\n');
}
