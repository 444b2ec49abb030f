import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { consoleApi, type ConsoleRouteKey } from '@/lib/api/routes';
import { declarations } from './routes';

const dir = join(__dirname, 'routes');
const sources = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts').map((f) => readFileSync(join(dir, f), 'utf8'));
const byKey = new Map(declarations.map((d) => [d.key, d]));

describe('the allowlist', () => {
  it('serves each console API route once, with the operation the table names', () => {
    expect(declarations.map((d) => d.key)).toEqual(Object.keys(consoleApi));
    for (const d of declarations) if (d.op) expect(d.op, d.key).toBe(consoleApi[d.key]);
  });

  it('gives each route one comment line `// METHOD path — what`', () => {
    for (const d of declarations) {
      const comment = `// ${d.key} — `;
      const hits = sources.flatMap((src) => src.split('\n').filter((line) => line.trim().startsWith(comment)));
      expect(hits, d.key).toHaveLength(1);
    }
  });

  it('never widens the roles of an operation, and scopes every route a non-admin may call', () => {
    for (const d of declarations) {
      expect(d.roles.every((r) => consoleApi[d.key].roles.includes(r)), d.key).toBe(true);
      if (d.roles.some((r) => r !== 'admin')) expect(d.confine, d.key).toBeDefined();
    }
  });

  it('narrows a route decided as admins-only to platform admins, with no confinement', () => {
    const allocation = byKey.get('POST /api/servers/:server_id/allocation' satisfies ConsoleRouteKey)!;
    expect(consoleApi['POST /api/servers/:server_id/allocation'].roles).toContain('tenant');
    expect(allocation.roles).toEqual(['admin']);
    expect(allocation.confine).toBeUndefined();
  });

  it('takes query and body schemas from the table, and custom work from the handlers', () => {
    const batch = byKey.get('POST /api/tasks/batch')!;
    expect(batch.body).toBe(consoleApi['POST /api/tasks/batch'].body);
    expect(batch.handle).toBeTypeOf('function');
    expect(byKey.get('GET /api/servers')!.query).toBe(consoleApi['GET /api/servers'].query);
    expect(byKey.get('PUT /api/images/:image_id/upload')!.bodyLimit).toBe('stream');
  });
});
