import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** lib/ is imported by the browser too: no Node built-ins, no server code (architecture: lib may import lib only). */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

describe('lib/scp and lib/api', () => {
  it.each([join(__dirname), join(__dirname, '..', 'api')])('%s imports only lib and zod', (dir) => {
    for (const file of sources(dir)) {
      const imports = [...readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      for (const spec of imports) expect(spec, file).toMatch(/^(zod|\.{1,2}\/|@\/lib\/)/);
    }
  });
});
