import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ID_PATTERNS, servers } from '@/lib/scp';
import { declarations } from './routes';

/*
 * Service-credential mode must check every id a body carries, not only the
 * path's. This walks each body schema a non-admin may send, finds its id
 * fields (an SCP id pattern, or a name like `*_id`/`*_ids`), and requires the
 * route's confinement to name each one with a rule, and nothing else. A field
 * added to a schema without a rule fails here.
 */

const ID_REGEXES = new Set<RegExp>(Object.values(ID_PATTERNS));
type Def = { type: string; [k: string]: any };

function isIdString(schema: z.ZodType, key: string): boolean {
  const checks = ((schema._zod.def as Def).checks ?? []) as { _zod: { def: { pattern?: RegExp } } }[];
  return checks.some((c) => c._zod.def.pattern !== undefined && ID_REGEXES.has(c._zod.def.pattern)) || /(^|_)ids?$/.test(key);
}

/** The dotted paths (`*` for array items) of the id fields of what a body schema accepts. */
function idFields(schema: z.ZodType, path: string[] = [], key = ''): string[] {
  const def = schema._zod.def as unknown as Def;
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([k, v]) => idFields(v, [...path, k], k));
    case 'array':
      return idFields(def.element, [...path, '*'], key);
    case 'optional': case 'nullable': case 'default': case 'prefault': case 'nonoptional': case 'readonly': case 'catch':
      return idFields(def.innerType, path, key);
    case 'pipe':
      return idFields(def.in, path, key);
    case 'union':
      return [...new Set((def.options as z.ZodType[]).flatMap((o) => idFields(o, path, key)))];
    case 'string':
      return isIdString(schema, key) ? [path.join('.')] : [];
    default:
      return [];
  }
}

describe('body ids in service-credential mode', () => {
  it('finds the id fields of a body, nested ones included', () => {
    expect(idFields(servers.create.body!)).toEqual(expect.arrayContaining([
      'image_id', 'az_id', 'floatingip.floatingip_id', 'floatingip.line_type', 'networks.*.subnet_id', 'networks.*.vpc_id', 'location.id', 'project_id',
    ]));
    expect(idFields(servers.batchAction.body!)).toEqual(['server_ids.*']);
  });

  const confinable = declarations.filter((d) => d.roles.some((r) => r !== 'admin'));

  it.each(confinable.map((d) => [d.key, d] as const))('%s names a rule for each id of its body', (_key, decl) => {
    const declared = decl.confine?.bodyIds ?? [];
    if (declared.includes('*')) return expect(declared).toEqual(['*']);
    const fields = decl.body ? idFields(decl.body) : [];
    expect([...new Set(declared)].sort()).toEqual([...new Set(fields)].sort());
  });
});
