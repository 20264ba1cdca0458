import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { describe, expect, test } from 'vitest';
import throughline, { studioUrl } from '../../src/integration/index.ts';

describe('the dev server banner', () => {
  test('announces the studio address when the dev server starts', async () => {
    const lines: string[] = [];
    const logger = { info: (m: string) => lines.push(m), warn() {}, error() {}, debug() {}, fork: () => logger, label: 'throughline', options: {} } as unknown as AstroIntegrationLogger;
    const hook = (throughline() as AstroIntegration).hooks['astro:server:start']!;
    await hook({ address: { address: '127.0.0.1', port: 4321, family: 'IPv4' }, logger } as Parameters<typeof hook>[0]);
    expect(lines).toEqual(['studio: http://localhost:4321/studio']);
  });

  test('uses the port the server really listens on, and brackets an IPv6 address', () => {
    expect(studioUrl({ address: '::1', port: 4999 })).toBe('http://localhost:4999/studio');
    expect(studioUrl({ address: 'fe80::1', port: 4321 })).toBe('http://[fe80::1]:4321/studio');
  });
});
