import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { consoleApi } from '@/lib/api/routes';
import { pathParams } from '@/lib/scp';
import { declarations } from './routes';

const dir = join(__dirname, 'routes');
const sources = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts').map((f) => readFileSync(join(dir, f), 'utf8'));

describe('the allowlist', () => {
  it('declares exactly the routes of the console API contract, each once', () => {
    const keys = declarations.map((d) => d.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual(Object.keys(consoleApi).sort());
  });

  it('calls the operation the contract names', () => {
    for (const d of declarations) {
      if (d.op) expect(d.op, d.key).toBe(consoleApi[d.key]);
    }
  });

  it('gives each declaration one comment line `// METHOD path — what`', () => {
    for (const d of declarations) {
      const comment = `// ${d.key} — `;
      const hits = sources.flatMap((src) => src.split('\n').filter((line) => line.trim().startsWith(comment)));
      expect(hits, d.key).toHaveLength(1);
    }
  });

  it('never widens the roles of an operation, and scopes every route a non-admin may call', () => {
    for (const d of declarations) {
      if (d.op) expect(d.roles.every((r) => d.op!.roles.includes(r)), d.key).toBe(true);
      if (d.roles.some((r) => r !== 'admin')) expect(d.confine, d.key).toBeDefined();
    }
  });

  it('names path parameters as the SCP operation does', () => {
    for (const d of declarations) {
      if (!d.op) continue;
      const consoleParams = d.template.segments.flatMap((s) => ('param' in s ? [s.param] : []));
      expect(consoleParams.sort(), d.key).toEqual(pathParams(d.op.path).sort());
    }
  });
});
