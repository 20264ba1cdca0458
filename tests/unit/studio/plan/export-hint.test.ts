/**
 * The plan page's "Download .ics" is a file to import once: 林晓 imported it on her iPhone, meaning
 * to subscribe, and her calendar never showed a later plan. The hint says so and names the
 * published site's /calendar.ics (its whole address) to subscribe to, in both languages.
 */
import { describe, expect, test } from 'vitest';
import { PLAN_TEXT } from '../../../../src/studio/plan/strings.ts';

describe('the calendar export hint', () => {
  test.each([
    // {calendar}: the published site's address of it, SITE_URL's path included (integration studio/site-url-path).
    ['en', /does not update/, /subscribe to the calendar of your published site, \{calendar\}/],
    ['zh', /不会更新/, /订阅发布后网站上的日历 \{calendar\}/],
  ] as const)('in %s says an imported file does not update and where to subscribe', (lang, stale, subscribe) => {
    const hint = PLAN_TEXT['plan.exportHint']![lang];
    expect(hint).toMatch(stale);
    expect(hint).toMatch(subscribe);
  });
});
