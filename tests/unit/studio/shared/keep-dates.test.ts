import { describe, expect, it } from 'vitest';
import { splitDates } from '../../../../src/studio/shared/keep-dates.ts';

describe('splitDates', () => {
  it('marks each ISO date (with an optional time) as its own run and keeps the text around it', () => {
    expect(splitDates('Blog has no post for its 2026-11-24 slot; next 2026-12-01 09:00.')).toEqual([
      { text: 'Blog has no post for its ', date: false }, { text: '2026-11-24', date: true }, { text: ' slot; next ', date: false },
      { text: '2026-12-01 09:00', date: true }, { text: '.', date: false },
    ]);
  });
  it('keeps a date-time with seconds and an offset as one run (a publishedAt)', () => {
    expect(splitDates('saved as 2026-11-21T20:10:00+08:00: kept')).toEqual([
      { text: 'saved as ', date: false }, { text: '2026-11-21T20:10:00+08:00', date: true }, { text: ': kept', date: false },
    ]);
  });
  it('gives Chinese text without a date back as one run', () => {
    expect(splitDates('本周还空着（建议支柱：家常菜）')).toEqual([{ text: '本周还空着（建议支柱：家常菜）', date: false }]);
  });
});
