/**
 * "Start the English version" on a post whose English version already exists (the same
 * translationKey) is refused, naming that version, and writes nothing; before, it made a second
 * English draft with the same key (bilingual trial, 2026-12-05: 2026/why-i-moved-to-zsh-zh-en
 * beside the published 2026/why-i-moved-to-zsh).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { ThroughlineError } from '../../src/core/errors.ts';
import { refuseSecondVersion, translatePost } from '../../src/store/post-files.ts';
import { runPostAction } from '../../src/studio/drafts/post-actions.ts';
import { translateErrors } from '../../src/studio/shared/error-strings.ts';
import { emptyRoot } from './helpers.ts';

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

function project(): string {
  const t = emptyRoot();
  cleanups.push(t.cleanup);
  mkdirSync(join(t.root, 'content/posts/2026'), { recursive: true });
  writeFileSync(join(t.root, 'content/posts/2026/zsh.md'), '---\ntitle: Why I moved to zsh\nchannel: blog\nstatus: published\npublishedAt: 2026-11-30\ntranslationKey: why-zsh\n---\nFor three years my shell was plain bash, and the terminal started slowly.\n');
  writeFileSync(join(t.root, 'content/posts/2026/zsh-zh.md'), '---\ntitle: 我为什么换成了 zsh\nchannel: wechat\nstatus: published\npublishedAt: 2026-12-04\ntranslationKey: why-zsh\n---\n过去三年，我的 shell 一直是原生的 bash，终端启动得很慢。\n');
  writeFileSync(join(t.root, 'content/posts/2026/fish.md'), '---\ntitle: Fish shell notes\nchannel: blog\nstatus: draft\ntranslationKey: fish\n---\nNotes on the fish shell and its completions.\n');
  return t.root;
}

/** The editor's "Start the <lang> version" form, as the page sends it. */
function translateForm(to: string, lang: 'en' | 'zh'): FormData {
  const form = new FormData();
  form.set('action', 'translate');
  form.set('to', to);
  form.set('lang', lang);
  return form;
}

describe('the editor\'s translate action', () => {
  test('a Chinese post whose English version exists: refused with a field error naming it, in 中文 too; nothing written', async () => {
    const root = project();
    const before = readFileSync(join(root, 'content/posts/2026/zsh-zh.md'), 'utf8');
    const outcome = await runPostAction(root, '2026/zsh-zh', 'translate', translateForm('2026/zsh-zh-en', 'en'));
    expect(outcome).not.toBeInstanceOf(Response);
    const errors = outcome as Record<string, string>;
    expect(errors.translate).toBe('its English version is already "2026/zsh" (translationKey "why-zsh")');
    expect(translateErrors(errors, 'zh').translate).toBe('它的英文版已经是“2026/zsh”（translationKey “why-zsh”）');
    expect(existsSync(join(root, 'content/posts/2026/zsh-zh-en.md'))).toBe(false);
    expect(readFileSync(join(root, 'content/posts/2026/zsh-zh.md'), 'utf8')).toBe(before);
  });

  test('an English post whose Chinese version exists: refused the same way', async () => {
    const root = project();
    const outcome = (await runPostAction(root, '2026/zsh', 'translate', translateForm('2026/zsh-zh-2', 'zh'))) as Record<string, string>;
    expect(translateErrors(outcome, 'zh').translate).toBe('它的中文版已经是“2026/zsh-zh”（translationKey “why-zsh”）');
    expect(existsSync(join(root, 'content/posts/2026/zsh-zh-2.md'))).toBe(false);
  });

  test('a key with no version in that language still starts one', async () => {
    const root = project();
    expect(await runPostAction(root, '2026/fish', 'translate', translateForm('2026/fish-zh', 'zh'))).toBeInstanceOf(Response);
    expect(readFileSync(join(root, 'content/posts/2026/fish-zh.md'), 'utf8')).toMatch(/^translationKey: fish$/m);
  });
});

describe('refuseSecondVersion', () => {
  test('names the existing version\'s file, in English and Chinese', async () => {
    const root = project();
    const error = await refuseSecondVersion(root, '2026/zsh-zh', 'en').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ThroughlineError);
    expect((error as ThroughlineError).file).toBe('content/posts/2026/zsh.md');
    expect((error as ThroughlineError).messageIn('zh')).toBe('它的英文版已经是“2026/zsh”（translationKey “why-zsh”）');
  });

  test('a post without a key, or with no version in that language, passes', async () => {
    const root = project();
    await expect(refuseSecondVersion(root, '2026/fish', 'zh')).resolves.toBeUndefined();
    await expect(translatePost(root, '2026/fish', '2026/fish-zh', 'zh')).resolves.toMatchObject({ translationKey: 'fish' });
  });
});
