/**
 * The channel form's live preview says what the field error under "Time zone" says: a zone
 * that is no zone is named with the one it most likely meant, in English and Chinese (it had
 * its own shorter wording, without the guess, so the form showed two messages for one mistake).
 */
import { describe, expect, it } from 'vitest';
import { previewCadence } from '../../../../src/studio/channels/cadence-preview.ts';
import { translateMessage } from '../../../../src/studio/shared/error-strings.ts';

const input = { cadence: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-12-01', time: '09:00' };
const now = Date.parse('2026-12-02T00:00:00Z');

describe('the cadence preview of a zone that is no zone', () => {
  it('names the zone it most likely meant, as the field error does', () => {
    const preview = previewCadence({ ...input, zone: 'Asia/Beijing' }, now, 'en');
    expect(preview).toEqual({
      error: 'expected an IANA time zone, e.g. "Asia/Shanghai" or "Europe/Berlin"; got "Asia/Beijing" (did you mean "Asia/Shanghai"?)',
      field: 'timezone',
    });
    expect(translateMessage((preview as { error: string }).error, 'zh')).toBe('应为 IANA 时区，例如 "Asia/Shanghai" 或 "Europe/Berlin"；"Asia/Beijing" 不是时区（是不是 "Asia/Shanghai"？）');
  });

  it('still previews a zone by its old name (Asia/Calcutta)', () => {
    const preview = previewCadence({ ...input, zone: 'Asia/Calcutta' }, now, 'en');
    expect('slots' in preview && preview.slots[0]!.start).toBe('2026-12-08T09:00:00+05:30');
  });
});
