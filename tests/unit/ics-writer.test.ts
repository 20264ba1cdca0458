import { describe, expect, test } from 'vitest';
import { escapeText, foldLine, formatOffset, formatUtc, serializeLines } from '../../src/core/calendar/ics-writer.ts';

const octets = (s: string) => new TextEncoder().encode(s).length;

describe('escapeText', () => {
  test('escapes backslashes, semicolons, commas and newlines in that order', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  test('leaves colons and quotes alone, which TEXT values allow', () => {
    expect(escapeText('Blog: "quoted"')).toBe('Blog: "quoted"');
  });
});

describe('foldLine', () => {
  test('leaves a line of exactly 75 octets unfolded', () => {
    const line = `SUMMARY:${'x'.repeat(67)}`;
    expect(octets(line)).toBe(75);
    expect(foldLine(line)).toBe(line);
  });

  test('folds ASCII so that every physical line has at most 75 octets', () => {
    const line = `DESCRIPTION:${'abcdefghij'.repeat(30)}`;
    const physical = foldLine(line).split('\r\n');
    expect(physical.length).toBeGreaterThan(1);
    for (const p of physical) expect(octets(p)).toBeLessThanOrEqual(75);
    expect(physical.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(physical.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
  });

  test('never splits a multi-byte character, Chinese or emoji, across lines', () => {
    for (const filler of ['红烧肉的做法，', '🍜🥟', 'é']) {
      for (let pad = 0; pad < 4; pad++) {
        const line = `SUMMARY:${'a'.repeat(pad)}${filler.repeat(40)}`;
        const physical = foldLine(line).split('\r\n');
        for (const p of physical) {
          expect(octets(p)).toBeLessThanOrEqual(75);
          // A split character would not survive a UTF-8 round trip on its own.
          expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(p))).toBe(p);
          expect(p).not.toMatch(/[\uD800-\uDBFF]$/);
        }
        expect(physical.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
      }
    }
  });
});

describe('serializeLines', () => {
  test('ends every line, folded or not, with CRLF', () => {
    const text = serializeLines(['BEGIN:VCALENDAR', `X-LONG:${'y'.repeat(200)}`, 'END:VCALENDAR']);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});

describe('value formats', () => {
  test('formats an instant as UTC with Z and offsets as ±HHMM', () => {
    expect(formatUtc(Date.UTC(2026, 10, 24, 1, 2, 3))).toBe('20261124T010203Z');
    expect(formatOffset(480)).toBe('+0800');
    expect(formatOffset(-270)).toBe('-0430');
    expect(formatOffset(0)).toBe('+0000');
  });
});
