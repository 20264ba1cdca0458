import { describe, expect, it, test } from 'vitest';
import { findMalformedPath, findRequestProblem, isStudioPath } from '../../../../src/studio/shared/request-guard.ts';

const headers = (init: Record<string, string> = {}) => new Headers(init);

describe('findRequestProblem', () => {
  it('lets a GET on a loopback Host with the dev port through', () => {
    for (const host of ['localhost:4321', '127.0.0.1:4321', '[::1]:4321'])
      expect(findRequestProblem({ host, method: 'GET', headers: headers(), port: '4321' }), host).toBeNull();
  });

  it('refuses any Host that is not a loopback name, whatever the method', () => {
    for (const host of ['evil.example:4321', '127.0.0.1.evil.example:4321', '', 'localhost.evil:4321'])
      expect(findRequestProblem({ host, method: 'GET', headers: headers(), port: '4321' }), host).toMatch(/only on localhost/);
  });

  it('refuses a loopback Host on another port when the dev port is known', () => {
    expect(findRequestProblem({ host: 'localhost:3000', method: 'GET', headers: headers(), port: '4321' })).toMatch(/port 4321/);
    expect(findRequestProblem({ host: 'localhost', method: 'GET', headers: headers(), port: '4321' })).toMatch(/port 4321/);
  });

  it('accepts a POST whose Origin is the studio itself, and refuses other origins or none', () => {
    const host = 'localhost:4321';
    expect(findRequestProblem({ host, method: 'POST', headers: headers({ origin: 'http://localhost:4321' }), port: '4321' })).toBeNull();
    expect(findRequestProblem({ host, method: 'POST', headers: headers({ origin: 'http://127.0.0.1:4321' }), port: '4321' })).toMatch(/expected http:\/\/localhost:4321/);
    expect(findRequestProblem({ host, method: 'PUT', headers: headers({ origin: 'https://evil.example' }), port: '4321' })).toMatch(/evil\.example/);
    expect(findRequestProblem({ host, method: 'DELETE', headers: headers(), port: '4321' })).toMatch(/Origin header/);
  });

  it('falls back to the Referer when there is no Origin, and honours Sec-Fetch-Site', () => {
    const host = '127.0.0.1:4321';
    expect(findRequestProblem({ host, method: 'POST', headers: headers({ referer: 'http://127.0.0.1:4321/studio/brand' }) })).toBeNull();
    expect(findRequestProblem({ host, method: 'POST', headers: headers({ referer: 'http://evil.example/x' }) })).not.toBeNull();
    const crossSite = headers({ origin: 'http://127.0.0.1:4321', 'sec-fetch-site': 'cross-site' });
    expect(findRequestProblem({ host, method: 'POST', headers: crossSite })).toMatch(/cross-site/);
  });
});

describe('isStudioPath', () => {
  it('matches the studio and its endpoints only', () => {
    expect(isStudioPath('/studio')).toBe(true);
    expect(isStudioPath('/studio/api/theme')).toBe(true);
    expect(isStudioPath('/studios')).toBe(false);
    expect(isStudioPath('/posts/studio')).toBe(false);
  });
});

describe('findMalformedPath', () => {
  test.each(['/studio/drafts/%E0%A4%A', '/studio/drafts/%ZZ', '/studio/%C3', '/studio/drafts/%E0%A4%A?x=1'])('refuses the malformed percent-encoding in %s', (url) => {
    expect(findMalformedPath(url)).toMatch(/malformed percent-encoding/);
  });

  test.each(['/studio/drafts/%E7%BA%A2%E7%83%A7%E8%82%89', '/studio/drafts/2026/x', '/studio?back=%ZZ', '/studio/drafts/%25'])('lets the well-formed %s through', (url) => {
    expect(findMalformedPath(url)).toBeNull();
  });
});
