import { describe, expect, test } from 'vitest';
import { translateMessage } from '../../src/core/i18n/zod-issues.ts';
import { nameChars, refusedChars, showBlanks, suggestId } from '../../src/core/id-mistakes.ts';
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
