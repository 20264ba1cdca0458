import { describe, expect, it } from 'vitest';
import { attachmentDisposition, draftHref, encodePostId, publishHref, seeOther, toAsciiPath } from '../../../../src/studio/shared/urls.ts';

describe('studio URLs from post ids', () => {
  it('percent-encodes each segment of a Chinese id as UTF-8 and keeps the slashes', () => {
    expect(encodePostId('drafts/跳槽时机')).toBe('drafts/%E8%B7%B3%E6%A7%BD%E6%97%B6%E6%9C%BA');
    expect(draftHref('drafts/跳槽时机', '?saved=1')).toBe('/studio/drafts/drafts/%E8%B7%B3%E6%A7%BD%E6%97%B6%E6%9C%BA?saved=1');
    expect(publishHref('2026/braised-pork')).toBe('/studio/publish/2026/braised-pork');
  });

  it('builds a 303 whose Location is ASCII even for a raw non-ASCII path, where a plain Response header throws', () => {
    expect(() => new Response(null, { status: 303, headers: { location: '/studio/drafts/跳槽' } })).toThrow();
    const response = seeOther('/studio/drafts/跳槽?x=职场#a');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/studio/drafts/%E8%B7%B3%E6%A7%BD?x=%E8%81%8C%E5%9C%BA#a');
  });

  it('leaves an already encoded path as it is', () => {
    expect(toAsciiPath('/studio/drafts/%E8%B7%B3?saved=1')).toBe('/studio/drafts/%E8%B7%B3?saved=1');
  });
});

describe('attachmentDisposition', () => {
  it('gives an ASCII fallback and the exact UTF-8 name (RFC 6266, RFC 8187), so the header is all bytes below 0x80', () => {
    const header = attachmentDisposition('小红书 "x".ics');
    expect(header).toBe(`attachment; filename="___ _x_.ics"; filename*=UTF-8''%E5%B0%8F%E7%BA%A2%E4%B9%A6%20%22x%22.ics`);
    expect(/^[\x20-\x7e]*$/.test(header)).toBe(true);
    expect(() => new Headers({ 'content-disposition': header })).not.toThrow();
  });
});
