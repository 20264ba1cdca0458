import { describe, expect, it } from 'vitest';
import { termWeight } from '../../src/core/theme/background-lookup.ts';
import { parseRegister, REGISTER_SHIFT } from '../../src/core/theme/register.ts';
import '../../src/store/theme-lexicon.ts';

describe('the register background of Chinese words (shares of documents in technical and literary writing)', () => {
  it('weighs words every manual uses (默认, 选项, 文件) well below words of one field (内核, 原理图)', () => {
    for (const everyManual of ['默认', '选项', '文件']) {
      for (const oneField of ['内核', '原理图']) expect(termWeight(everyManual), `${everyManual} vs ${oneField}`).toBeLessThan(termWeight(oneField) / 1.5);
    }
  });

  it('leaves words of one kind of help alone (单元格 is common in spreadsheet help only) and cooking words as rare as jieba says', () => {
    expect(termWeight('单元格')).toBe(8);
    expect(termWeight('生抽')).toBe(8);
  });

  it('reads "band:word word" lines as -ln(share), band = -10 log10(share)', () => {
    const table = parseRegister('10:使用 文件\n20:配置\n');
    expect(table.get('文件')).toBeCloseTo(Math.log(10));
    expect(table.get('配置')).toBeCloseTo(Math.log(100));
    expect(table.has('内核')).toBe(false);
    expect(REGISTER_SHIFT).toBeGreaterThan(0);
  });
});
