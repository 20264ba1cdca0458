/**
 * A form post answered by the "a file of your project has a mistake" page (planner.json broken by
 * a hand edit while the channel form was being filled): the page named the file and field, but
 * what had been typed was gone from the screen, and its Reload link (a GET) could not bring it back.
 */
import { describe, expect, it } from 'vitest';
import { ThroughlineError } from '../../../../src/core/errors.ts';
import { fileErrorResponse, typedFields } from '../../../../src/studio/shared/file-error.ts';

const broken = new ThroughlineError({ en: 'expected an IANA time zone', zh: '应为 IANA 时区' }, { file: 'content/planner.json', field: 'brand.timezone' });

function sent(): FormData {
  const form = new FormData();
  for (const [k, v] of [['editing', ''], ['revision', 'abc'], ['action', 'save'], ['name', 'Newsletter 周报'], ['cadence', 'FREQ=MONTHLY;BYDAY=2TH,-1TH'], ['timezone', ''], ['pillars', 'a'], ['pillars', 'b']]) form.append(k!, v!);
  return form;
}

describe('typedFields', () => {
  it('keeps what was typed, not the form\u2019s own hidden fields or empty ones; a repeated field once, joined', () => {
    expect(typedFields(sent())).toEqual([['name', 'Newsletter 周报'], ['cadence', 'FREQ=MONTHLY;BYDAY=2TH,-1TH'], ['pillars', 'a, b']]);
  });
});

describe('the file-mistake page of a form post', () => {
  it('shows what was sent, to copy back, in the studio language', async () => {
    const zh = await fileErrorResponse(broken, 'zh', false, 'studio', typedFields(sent())).text();
    expect(zh).toContain('content/planner.json');
    expect(zh).toContain('你提交的内容（没有保存）');
    expect(zh).toContain('Newsletter 周报');
    expect(zh).toContain('FREQ=MONTHLY;BYDAY=2TH,-1TH');
    const en = await fileErrorResponse(broken, 'en', false, 'studio', typedFields(sent())).text();
    expect(en).toContain('What you sent (not saved)');
    expect(en).toMatch(/<textarea[^>]*readonly[^>]*>Newsletter 周报<\/textarea>/);
  });

  it('is as before for a page read with GET', async () => {
    const en = await fileErrorResponse(broken, 'en', false).text();
    expect(en).not.toContain('What you sent');
  });
});
