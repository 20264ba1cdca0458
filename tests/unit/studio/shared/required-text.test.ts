/**
 * A required field left empty in a studio form: the browser's own bubble spoke the browser's
 * language ("Please fill out this field." in the Chinese studio) and named no field.
 */
import { describe, expect, it } from 'vitest';
import { missingValueText, nameRequiredFields } from '../../../../src/studio/shared/required-text.ts';

describe('missingValueText', () => {
  it('names the field in the studio language', () => {
    expect(missingValueText('标题', 'text', 'zh')).toBe('请填写“标题”');
    expect(missingValueText('Title', 'text', 'en')).toBe('Fill in "Title"');
    expect(missingValueText('把它的内容（1 篇）移到', 'select', 'zh')).toBe('请为“把它的内容（1 篇）移到”选一项');
    expect(missingValueText('Move its 1 post to', 'select', 'en')).toBe('Choose an item for "Move its 1 post to"');
  });

  it('says it without a name when the field has no label', () => {
    expect(missingValueText('', 'text', 'zh')).toBe('请填写这一项');
    expect(missingValueText('  ', 'select', 'en')).toBe('Choose an item in the list');
  });
});

/** A required field as the DOM gives it: value, label, and the custom message set on it. */
function field(tag: 'INPUT' | 'SELECT', value: string, label: string) {
  const f = {
    tagName: tag,
    value,
    required: true,
    labels: [{ textContent: ` ${label} ` }],
    message: '',
    setCustomValidity(m: string) { f.message = m; },
  };
  return f;
}

describe('nameRequiredFields', () => {
  it('sets the message on each empty required field and clears it once filled', () => {
    const title = field('INPUT', '', '标题');
    const move = field('SELECT', '', '移到');
    const listeners: ((e: { target: unknown }) => void)[] = [];
    const root = {
      documentElement: { lang: 'zh-CN' },
      querySelectorAll: () => [title, move],
      addEventListener: (_type: string, fn: (e: { target: unknown }) => void) => listeners.push(fn),
    };
    nameRequiredFields(root as unknown as Document);
    expect(title.message).toBe('请填写“标题”');
    expect(move.message).toBe('请为“移到”选一项');
    title.value = '冬至饺子';
    for (const l of listeners) l({ target: title });
    expect(title.message).toBe('');
  });
});

describe('missingValueText in Traditional characters', () => {
  it("is OpenCC's Taiwan conversion of the Simplified sentence, the label kept as written", async () => {
    const { toTraditional } = await import('../../../../src/studio/shared/traditional.ts');
    for (const [label, kind] of [['標題', 'text'], ['', 'text'], ['移到', 'select'], ['', 'select']] as const) {
      const simplified = missingValueText('\u0000', kind, 'zh').split('\u0000');
      const expected = simplified.map((part) => toTraditional(part)).join(label);
      expect(missingValueText(label, kind, 'zh-Hant'), `${kind} ${label}`).toBe(label ? expected : toTraditional(missingValueText('', kind, 'zh')));
    }
  });

  it('is chosen by a page whose <html lang> is zh-Hant', () => {
    const title = field('INPUT', '', '標題');
    const root = { documentElement: { lang: 'zh-Hant' }, querySelectorAll: () => [title], addEventListener: () => undefined };
    nameRequiredFields(root as unknown as Document);
    expect(title.message).toBe('請填寫「標題」');
  });
});
