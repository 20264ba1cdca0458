/** Fixture folders zipped in memory, as a service's export download would be. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const FEEDS = fileURLToPath(new URL('../fixtures/feeds/', import.meta.url));

/** The files under a fixture folder, zipped as the service's download would be. */
export function zipFolder(folder: string, prefix = ''): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const walk = (dir: string, rel: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path, `${rel}${name}/`);
      else files[`${prefix}${rel}${name}`] = readFileSync(path);
    }
  };
  walk(join(FEEDS, folder), '');
  return zipSync(files);
}

