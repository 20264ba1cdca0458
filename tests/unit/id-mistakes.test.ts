import { describe, expect, test } from 'vitest';
import { translateMessage } from '../../src/core/i18n/zod-issues.ts';
import { idProblem, nameChars, refusedChars, showBlanks, suggestId } from '../../src/core/id-mistakes.ts';
import { isValidId } from '../../src/core/ids.ts';
import { PlannerSchema } from '../../src/core/schema/planner.ts';
import { checkRenameChannel } from '../../src/studio/channels/channel-remove.ts';
import { checkPostId } from '../../src/store/post-paths.ts';

describe('checkPostId on a typed id it refuses', () => {
  test('names the space, shows it as ␣ and offers the id built from the typed one, in English and Chinese', () => {
    const problem = checkPostId('drafts/跳槽 时机')!;
    expect(problem).toBe('a post id may hold letters, digits, "-" and "_" in "/"-separated parts: "drafts/跳槽␣时机" has a space (shown as ␣); try "drafts/跳槽-时机"');
    expect(translateMessage(problem)).toBe('文章 ID 只能由任何文字的字母或数字（中文也可以）、"-" 和 "_" 组成，用 "/" 分段：“drafts/跳槽␣时机”含有空格（显示为 ␣）；可以改成 "drafts/跳槽-时机"');
    expect(checkPostId('drafts/跳槽-时机')).toBeNull();
  });

  test.each([
    ['drafts/跳槽　时机', 'has a full-width space (shown as ␣); try "drafts/跳槽-时机"', '含有全角空格（显示为 ␣）；可以改成 "drafts/跳槽-时机"'],
    ['2026/why? not.', 'has "?", a space (shown as ␣) and "."; try "2026/why-not"', '含有"?"、空格（显示为 ␣）、"."；可以改成 "2026/why-not"'],
    ['drafts/-跳槽', 'has a part that starts with "-"; try "drafts/跳槽"', '有一段以 "-" 开头；可以改成 "drafts/跳槽"'],
    ['drafts//跳槽', 'has an empty part (a "/" at an end, or two in a row); try "drafts/跳槽"', '有一段是空的（"/" 在开头或结尾，或连着两个 "/"）；可以改成 "drafts/跳槽"'],
    ['drafts/', 'has an empty part (a "/" at an end, or two in a row), e.g. "2026/braised-pork"', '有一段是空的（"/" 在开头或结尾，或连着两个 "/"），例如 "2026/红烧肉"'],
    ['？？', 'has "？", e.g. "2026/braised-pork"', '含有"？"，例如 "2026/红烧肉"'],
  ])('%j: says what is wrong and what to write, in both languages', (id, en, zh) => {
    const problem = checkPostId(id)!;
    expect(problem.endsWith(en), problem).toBe(true);
    expect(translateMessage(problem)!.endsWith(zh), translateMessage(problem)).toBe(true);
  });
});

describe('id mistakes', () => {
  test('refusedChars lists each refused character once, in order', () => {
    expect(refusedChars('a b c?d ')).toEqual([' ', '?']);
    expect(refusedChars('跳槽_时机-2')).toEqual([]);
  });

  test('nameChars names blanks and quotes the rest', () => {
    expect(nameChars([' '])).toBe('a space (shown as ␣)');
    expect(nameChars(['\t', '?', '.'])).toBe('a tab (shown as ␣), "?" and "."');
  });

  test('showBlanks marks every blank, suggestId joins a run of refused characters into one "-"', () => {
    expect(showBlanks('a b\u3000c')).toBe('a␣b␣c');
    expect(suggestId('drafts/跳槽  时机!')).toBe('drafts/跳槽-时机');
    expect(suggestId('_x/ y')).toBe('x/y');
  });
});

const rawPlanner = () => ({
  version: 1,
  brand: { name: 'Lin', label: 'dev advocate', timezone: 'Asia/Shanghai', pillars: [{ id: 'web', name: 'Web' }] },
  channels: [{ id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-12-01', time: '08:30' }],
  breaks: [],
});

describe('idProblem on a pillar or channel id the id rule refuses', () => {
  test('names the space, shows it as ␣ and offers the id built from the typed one, in English and Chinese', () => {
    const problem = idProblem('a pillar id', '家常 菜')!;
    expect(problem).toBe('a pillar id may hold letters and digits of any script, "-" and "_": "家常␣菜" has a space (shown as ␣); try "家常-菜"');
    expect(translateMessage(problem)).toBe('支柱 ID 只能由任何文字的字母或数字（中文也可以）、"-" 或 "_" 组成：“家常␣菜”含有空格（显示为 ␣）；可以改成 "家常-菜"');
    expect(idProblem('a pillar id', '家常-菜')).toBeNull();
  });

  test.each([
    ['my/blog', 'has "/"; try "my-blog"', '含有"/"；可以改成 "my-blog"'],
    ['v1.2 notes', 'has "." and a space (shown as ␣); try "v1-2-notes"', '含有"."、空格（显示为 ␣）；可以改成 "v1-2-notes"'],
    ['_drafts', 'starts with "_"; try "drafts"', '以 "_" 开头；可以改成 "drafts"'],
    ['-x y', 'has a space (shown as ␣); starts with "-"; try "x-y"', '含有空格（显示为 ␣），以 "-" 开头；可以改成 "x-y"'],
    ['微信　公众号', 'has a full-width space (shown as ␣); try "微信-公众号"', '含有全角空格（显示为 ␣）；可以改成 "微信-公众号"'],
    ['？？', 'has "？", e.g. "recipes" or "家常菜"', '含有"？"，例如 "recipes" 或 "家常菜"'],
  ])('a channel id %j: says what is wrong and what to write, in both languages', (id, en, zh) => {
    const problem = idProblem('a channel id', id)!;
    expect(problem).toBe(`a channel id may hold letters and digits of any script, "-" and "_": "${showBlanks(id)}" ${en}`);
    expect(translateMessage(problem)).toBe(`渠道 ID 只能由任何文字的字母或数字（中文也可以）、"-" 或 "_" 组成：“${showBlanks(id)}”${zh}`);
    // The id offered is one the rule takes.
    const tried = /try "(.*)"$/.exec(problem)?.[1];
    if (tried) expect(isValidId(tried)).toBe(true);
  });

  test('the planner schema (check, the studio\'s channel and brand forms) says it on the field, with the typed id', () => {
    const raw = rawPlanner();
    const result = PlannerSchema.safeParse({ ...raw, brand: { ...raw.brand, pillars: [{ id: 'web.dev', name: 'Web' }] }, channels: [{ ...raw.channels[0], id: 'my blog', pillars: ['web.dev'] }] });
    const message = (path: string) => result.error!.issues.find((i) => i.path.join('.') === path)?.message;
    expect(message('channels.0.id')).toBe('a channel id may hold letters and digits of any script, "-" and "_": "my␣blog" has a space (shown as ␣); try "my-blog"');
    expect(message('brand.pillars.0.id')).toBe('a pillar id may hold letters and digits of any script, "-" and "_": "web.dev" has "."; try "web-dev"');
  });

  test('a channel renamed to a refused id is told the same', () => {
    expect(checkRenameChannel(PlannerSchema.parse(rawPlanner()), 'blog', 'news/letter')).toBe('a channel id may hold letters and digits of any script, "-" and "_": "news/letter" has "/"; try "news-letter"');
  });
});
