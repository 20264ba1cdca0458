/**
 * A file with several bad fields gets one error that names every one of them (file, each field
 * and its message, in English and Chinese), not only the first: post frontmatter, planner.json
 * and `init --from` answers alike.
 */
import { describe, expect, test } from 'vitest';
import { buildPlannerFromAnswers } from '../../src/core/init-answers.ts';
import { parsePlannerText } from '../../src/core/planner-file.ts';
import { parsePostText } from '../../src/core/post-file.ts';
import { describeProblem } from '../../src/studio/shared/error-strings.ts';
import { errorOf } from './throughline-error.ts';

describe('a post file with several bad frontmatter fields', () => {
  const file = 'content/posts/2026/bad.md';
  const text = ['---', 'title: Braised pork', 'channel: blog', 'status: posted', 'plannedFor: 2026-13-45', 'url: javascript:alert(1)', '---', 'Body'].join('\n');
  const error = errorOf(() => parsePostText(text, '2026/bad', file));

  test('names the file and every field in English', () => {
    const en = error.format('en');
    expect(en.startsWith(`${file}: status: expected one of idea, draft, scheduled, published`)).toBe(true);
    for (const field of ['status', 'plannedFor', 'url']) expect(en).toContain(`${field}: `);
    expect(en).toMatch(/also: plannedFor: .+; url: .+/);
  });

  test('names the file and every field in Chinese, the messages translated', () => {
    const zh = error.format('zh');
    expect(zh.startsWith(`${file}: status: `)).toBe(true);
    expect(zh).toMatch(/另外：plannedFor: .+；url: .+/);
    // Field names and the file stay as written; the rest is Chinese.
    const prose = zh.replace(file, '').replace(/\b(status|plannedFor|url|idea|draft|scheduled|published|YYYY-MM-DD|https?|javascript|data|URL|e\.g\.)\b/g, '');
    expect(prose).not.toMatch(/\b(expected|also|one of|date)\b/);
  });

  test('says the other fields as more problems, not as a hint ("建议：另外：plannedFor…" read oddly)', () => {
    expect(error.format('zh').split('\n')[1]).toMatch(/^ {2}另外：plannedFor: /);
    expect(error.format('en').split('\n')[1]).toMatch(/^ {2}also: plannedFor: /);
    expect(error.format('zh')).not.toContain('建议：另外');
    expect(error.format('en')).not.toContain('hint: also');
  });

  test('the studio’s problem list shows every field, in Chinese when the studio is in Chinese', () => {
    const zh = describeProblem(error, 'zh');
    expect([zh.file, zh.field]).toEqual([file, 'status']);
    expect(zh.message).toBe('应为以下之一：idea、draft、scheduled、published');
    expect(zh.hint).toMatch(/^另外：plannedFor: 2026-13-45 这一天不存在：一年只有 12 个月；url: 应为完整网址/);
    expect(describeProblem(error, 'en').hint).toMatch(/^also: plannedFor: .+; url: /);
  });

  test('a file with one bad field still gets exactly that error, without an "also"', () => {
    const one = errorOf(() => parsePostText(['---', 'title: T', 'channel: blog', 'status: posted', '---', ''].join('\n'), 'x', 'content/posts/x.md'));
    expect(one.field).toBe('status');
    expect(one.format('en')).not.toContain('also');
  });
});

describe('other files validated field by field', () => {
  test('planner.json names every bad field', () => {
    const planner = { version: 1, brand: { name: 'B', label: 'L', timezone: 'Mars/Base', pillars: [] }, channels: [{ id: 'blog', name: 'Blog', platform: 'fax', cadence: 'FREQ=WEEKLY', start: '2026-01-01' }], breaks: [] };
    const en = errorOf(() => parsePlannerText(JSON.stringify(planner), 'content/planner.json')).format('en');
    for (const field of ['brand.timezone', 'brand.pillars', 'channels[0].platform']) expect(en).toContain(field);
  });

  test('init answers name every bad field', () => {
    const answers = { name: '', strengths: [], pillars: [{ name: 'Food' }], channel: { platform: 'fax', cadence: 'weekly' } };
    const error = errorOf(() => buildPlannerFromAnswers(answers, { now: Date.parse('2026-12-01T00:00:00Z'), defaultZone: 'UTC', file: 'answers.json' }));
    for (const lang of ['en', 'zh'] as const) {
      const text = error.format(lang);
      expect(text.startsWith('answers.json: name: ')).toBe(true);
      for (const field of ['strengths', 'channel.platform']) expect(text).toContain(`${field}: `);
    }
  });

  test('init answers with a bad zone and a bad cadence keep the advice of both', () => {
    const answers = { name: 'Ann', strengths: ['cooking'], pillars: [{ name: 'Food' }], timezone: 'Asia/Shangai', channel: { platform: 'blog', cadence: 'FREQ=FORTNIGHTLY' } };
    const error = errorOf(() => buildPlannerFromAnswers(answers, { now: Date.parse('2026-12-01T00:00:00Z'), defaultZone: 'UTC', file: 'answers.json' }));
    const en = error.format('en');
    expect(en.split('\n')[0]).toMatch(/^answers\.json: timezone: "Asia\/Shangai" is not an IANA time zone \(.*Asia\/Shanghai/);
    expect(en.split('\n')[1]).toMatch(/^ {2}also: channel\.cadence: /);
  });
});
