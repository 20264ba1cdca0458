import { describe, expect, it } from 'vitest';
import { draftHref, encodePostId, publishHref, seeOther, toAsciiPath } from '../../../../src/studio/shared/urls.ts';

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
