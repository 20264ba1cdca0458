import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toTraditional } from '../../../../src/studio/shared/traditional.ts';
import { MANAGE_TEXT } from '../../../../src/studio/shared/manage-strings.ts';
import { SILENT, TITLE, toolbarLang, toolbarLocale } from '../../../../src/studio/toolbar/toolbar-text.ts';

describe('toolbarLocale', () => {
  it('takes the locale the studio answered with', () => {
    expect(toolbarLocale('zh-Hant', 'throughline-lang=en', 'en')).toBe('zh-Hant');
  });

  it('falls back to the throughline-lang cookie when the studio did not answer', () => {
    expect(toolbarLocale(undefined, 'a=1; throughline-lang=zh-Hant', 'en')).toBe('zh-Hant');
    expect(toolbarLocale(undefined, 'throughline-lang=zh', 'zh-Hant')).toBe('zh');
    expect(toolbarLocale(undefined, 'throughline-lang=en', 'zh-Hant')).toBe('en');
  });

  it("falls back to the page's lang with no cookie: Traditional for zh-Hant and zh-TW, Simplified for another zh", () => {
    expect(toolbarLocale(undefined, '', 'zh-Hant')).toBe('zh-Hant');
    expect(toolbarLocale(undefined, '', 'zh-TW')).toBe('zh-Hant');
    expect(toolbarLocale(undefined, '', 'zh-CN')).toBe('zh');
    expect(toolbarLocale(undefined, '', 'en')).toBe('en');
  });

  it('marks the window zh-Hant in Traditional, not zh-CN', () => {
    expect(toolbarLang('zh-Hant')).toBe('zh-Hant');
    expect(toolbarLang('zh')).toBe('zh-CN');
  });
});

describe('the line shown when the studio does not answer', () => {
  it("is in Traditional characters with Taiwan's words in zh-Hant, as the studio converts its own", () => {
    expect(SILENT['zh-Hant']).toBe(toTraditional(SILENT.zh));
    expect(SILENT['zh-Hant']).toBe('工作室沒有回應。');
  });

  it("comes under the studio's own title for the window, in every locale (it was English in 中文 and 繁體)", () => {
    expect(TITLE.en).toBe(MANAGE_TEXT['toolbar.title'].en);
    expect(TITLE.zh).toBe(MANAGE_TEXT['toolbar.title'].zh);
    expect(TITLE['zh-Hant']).toBe(toTraditional(MANAGE_TEXT['toolbar.title'].zh));
  });
});

/** The specifiers every module reached from `file` by static, value imports (`import type` left out) imports. */
function staticImports(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const found: string[] = [];
  for (const [, spec] of readFileSync(file, 'utf8').matchAll(/^import (?!type )[^;]*?from '([^']+)';/gms)) {
    found.push(spec!);
    const path = resolve(dirname(file), spec!);
    if (spec!.startsWith('.') && existsSync(path)) found.push(...staticImports(path, seen));
  }
  return found;
}

describe("the toolbar app's browser bundle", () => {
  it('reads the studio\'s cookie name from a module that brings neither Node built-ins, the dictionaries nor OpenCC', () => {
    const imports = staticImports(join(import.meta.dirname, '../../../../src/studio/toolbar/flags-app.ts'));
    expect(imports.some((spec) => spec.endsWith('/locale.ts'))).toBe(true);
    expect(imports.filter((spec) => spec.startsWith('node:') || /opencc|\/i18n\.ts$|(shared|i18n)\/traditional\.ts$|strings\.ts$/.test(spec))).toEqual([]);
    expect(readFileSync(join(import.meta.dirname, '../../../../src/studio/toolbar/toolbar-text.ts'), 'utf8')).not.toContain("'throughline-lang'");
  });
});
