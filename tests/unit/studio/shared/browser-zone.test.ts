/** The layout keeps the browser's zone in a cookie, so that clock times the server writes are the browser's (browser-zone.ts). */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { rememberBrowserZone, ZONE_COOKIE } from '../../../../src/studio/shared/browser-zone.ts';

/** A document whose cookie jar keeps one value per name, as a browser's does. */
function fakeDocument(initial: Record<string, string> = {}): Document & { writes: string[] } {
  const jar = new Map(Object.entries(initial));
  const writes: string[] = [];
  return {
    writes,
    get cookie() {
      return [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    },
    set cookie(line: string) {
      writes.push(line);
      const [pair] = line.split(';');
      const [name, value] = pair!.split('=');
      jar.set(name!, value!);
    },
  } as unknown as Document & { writes: string[] };
}

const zoneIs = (timeZone: string) => vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockReturnValue({ timeZone } as Intl.ResolvedDateTimeFormatOptions);

describe('rememberBrowserZone', () => {
  afterEach(() => vi.restoreAllMocks());

  test('stores the browser zone for the whole studio for a year', () => {
    zoneIs('Asia/Shanghai');
    const doc = fakeDocument({ 'throughline-lang': 'zh' });
    rememberBrowserZone(doc);
    expect(doc.writes).toEqual([`${ZONE_COOKIE}=Asia%2FShanghai; path=/; max-age=31536000; samesite=lax`]);
  });

  test('writes nothing while the cookie holds that zone, and follows the laptop to another one', () => {
    zoneIs('Asia/Shanghai');
    const doc = fakeDocument({ [ZONE_COOKIE]: 'Asia%2FShanghai' });
    rememberBrowserZone(doc);
    expect(doc.writes).toEqual([]);
    zoneIs('Europe/Berlin');
    rememberBrowserZone(doc);
    expect(doc.cookie).toBe(`${ZONE_COOKIE}=Europe%2FBerlin`);
  });
});
