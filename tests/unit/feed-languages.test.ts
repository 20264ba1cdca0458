import { describe, expect, it } from 'vitest';
import { feedLanguages } from '../../src/pages/_lib/feed-languages.ts';
import type { SiteData } from '../../src/pages/_lib/site-data.ts';

const site = (...langs: ('en' | 'zh')[]) => ({ posts: langs.map((lang) => ({ lang })) }) as unknown as Pick<SiteData, 'posts'>;

describe('feedLanguages', () => {
  it('should name both languages of a bilingual site, English first, and none of a site in one', () => {
    expect(feedLanguages(site('zh', 'en', 'zh'))).toEqual(['en', 'zh']);
    expect(feedLanguages(site('zh', 'zh'))).toEqual([]);
    expect(feedLanguages(site())).toEqual([]);
  });

  it('should answer each list of posts (a dev reload reads a new one) from that list, the same list alike each time', () => {
    const both = site('en', 'zh');
    expect(feedLanguages(both)).toEqual(['en', 'zh']);
    expect(feedLanguages(site('en'))).toEqual([]);
    expect(feedLanguages(both)).toEqual(['en', 'zh']);
    expect(feedLanguages({ posts: both.posts })).toEqual(['en', 'zh']);
  });

  it('should hand out a list the caller may change without changing the next answer', () => {
    const both = site('en', 'zh');
    feedLanguages(both).pop();
    expect(feedLanguages(both)).toEqual(['en', 'zh']);
  });
});
