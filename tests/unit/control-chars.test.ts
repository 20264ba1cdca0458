import { describe, expect, it } from 'vitest';
import { isTextResponse, stripControlChars, stripControlCharsFromJson, stripControlCharsFromOutput } from '../../src/integration/control-chars.ts';

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

describe('stripControlCharsFromOutput', () => {
  it('removes escaped controls from JSON, keeping tab, LF, CR and a text backslash-b', () => {
    const json = JSON.stringify({ title: 'Ada\u0007 \b\f\u001b\u007f\t\n', 'k\u0001': ['x\u0002'], path: 'C:\\bin' });
    expect(JSON.parse(stripControlCharsFromJson(json))).toEqual({ title: 'Ada \t\n', k: ['x'], path: 'C:\\bin' });
    const plain = '{\n  "title": "C:\\\\bread"\n}';
    expect(stripControlCharsFromJson(plain)).toBe(plain);
    expect(JSON.parse(stripControlCharsFromOutput(json, 'application/feed+json')).title).toBe('Ada \t\n');
  });

  it("cleans a page's JSON-LD and writes < back escaped", () => {
    const ld = JSON.stringify({ name: 'Ada\u0007 <b>' }).replace(/</g, '\\u003c');
    const page = `<p>Ada\u0007</p><script type="application/ld+json">${ld}</script>`;
    expect(stripControlCharsFromOutput(page, 'text/html; charset=utf-8')).toBe('<p>Ada</p><script type="application/ld+json">{"name":"Ada \\u003cb>"}</script>');
  });
});
