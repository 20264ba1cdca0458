import { describe, expect, it } from 'vitest';
import { isTextResponse, stripControlChars } from '../../src/integration/control-chars.ts';

describe('stripControlChars', () => {
  it('removes C0 controls but tab, LF and CR, and DEL; keeps everything else', () => {
    const all = Array.from({ length: 0x80 }, (_, i) => String.fromCharCode(i)).join('');
    expect(stripControlChars(all)).toBe(`\t\n\r${all.slice(0x20, 0x7f)}`);
    expect(stripControlChars('面包\u0007 \u0085 \u00a0 😀')).toBe('面包 \u0085 \u00a0 😀');
  });
});

describe('isTextResponse', () => {
  it('takes HTML, XML, JSON, feeds and calendars, not images', () => {
    for (const type of ['text/html; charset=utf-8', 'application/xml', 'application/rss+xml', 'application/atom+xml', 'application/feed+json', 'application/json', 'text/calendar', 'text/plain'])
      expect(isTextResponse(type), type).toBe(true);
    for (const type of ['image/png', 'image/x-icon', 'application/octet-stream', null]) expect(isTextResponse(type), String(type)).toBe(false);
  });
});
