import { describe, expect, test } from 'vitest';
import { doubleQuotes, withQuotes } from '../../src/core/quote-marks.ts';

describe('doubleQuotes', () => {
  test.each([
    ['de', ['„', '“']],
    ['de-AT', ['„', '“']],
    ['de_DE', ['„', '“']],
    ['de-CH', ['«', '»']],
    ['fr', ['«\u202f', '\u202f»']],
    ['fr-CH', ['«', '»']],
  ])('%s writes its own marks', (tag, marks) => {
    expect(doubleQuotes(tag)).toEqual(marks);
  });
  test.each(['en', 'en-GB', 'zh-CN', 'ko', 'nl'])('%s keeps the curled English marks', (tag) => {
    expect(doubleQuotes(tag)).toBeUndefined();
  });
});

describe('withQuotes', () => {
  const de = doubleQuotes('de')!;
  test('sets the quotes that the source wrote straight in the language\'s marks', () => {
    expect(withQuotes('Sie sagte: “Ja.” Dann ging sie.', 'Sie sagte: "Ja." Dann ging sie.', de)).toBe('Sie sagte: „Ja.“ Dann ging sie.');
  });
  test('leaves a text whose author typed curled quotes, and one without straight quotes, as it is', () => {
    expect(withQuotes('Sie sagte: “Ja.”', 'Sie sagte: “Ja.”', de)).toBe('Sie sagte: “Ja.”');
    expect(withQuotes('Sie sagte: “Ja.” und „Nein.“', 'Sie sagte: "Ja." und „Nein.“', de)).toBe('Sie sagte: “Ja.” und „Nein.“');
  });
});
