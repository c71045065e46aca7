// The app's own source files, for tests that check every code written in app/ has its words.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every .ts file under app/, without Prisma's generated client. */
export function appSources(dir = 'app'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : appSources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}
