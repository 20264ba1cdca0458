/**
 * The CLI's 繁體 writer keeps a flag's evidence (the draft's own words) as written only where a
 * message quotes it: kept for the whole run, a draft's evidence 检查 left the summary line
 * "检查了 13 篇文章" in Simplified.
 */
import { describe, expect, it } from 'vitest';
import { traditionalOutput } from '../../src/cli/traditional.ts';

describe('traditionalOutput', () => {
  it('keeps quoted evidence inside its quotes and converts the same word elsewhere; names everywhere', async () => {
    const out = await traditionalOutput();
    out.keep(['周二的红烧肉']);
    out.keepQuoted(['检查、体检']);
    let written = '';
    const write = out.convert((text) => void (written += text));
    write('content/posts/a.md: off-theme: 读起来是“检查、体检”，而不是品牌的支柱\n');
    write('周二的红烧肉：共 7 条提醒；检查了 13 篇文章、体检 2 次\n');
    expect(written).toBe('content/posts/a.md: off-theme: 讀起來是「检查、体检」，而不是品牌的支柱\n周二的红烧肉：共 7 條提醒；檢查了 13 篇文章、體檢 2 次\n');
  });
});
