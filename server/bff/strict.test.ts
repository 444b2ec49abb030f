import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ServerBatchActionSchema, ServerEditSchema } from '@/lib/scp';
import { declarations } from './routes';
import { deepStrict } from './strict';

describe('deepStrict', () => {
  it('makes every console body strict without failing on any of them', () => {
    const bodies = declarations.filter((d) => d.body);
    expect(bodies.length).toBeGreaterThan(20);
    for (const d of bodies) expect(() => deepStrict(d.body!), d.key).not.toThrow();
  });

  it('refuses unknown keys at every depth, loose objects included', () => {
    const schema = z.object({ a: z.array(z.object({ b: z.looseObject({ c: z.number().optional() }) })).optional() });
    const r = deepStrict(schema).safeParse({ x: 1, a: [{ b: { c: 1, y: 2 }, z: 3 }] });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.code === 'unrecognized_keys' ? i.keys : i.code])).toEqual(
      expect.arrayContaining([['', ['x']], ['a.0', ['z']], ['a.0.b', ['y']]]),
    );
    // The original is untouched: it still strips.
    expect(schema.parse({ x: 1 })).toEqual({});
  });

  it('keeps refinements and transforms', () => {
    expect(deepStrict(ServerEditSchema).safeParse({}).error?.issues[0].message).toBe('send at least one field to change');
    const id = '0f0e0d0c-0b0a-4908-8706-050403020100';
    expect(deepStrict(ServerBatchActionSchema).parse({ server_ids: [id], action: 'start' })).toEqual({ server_ids: [id], server_action: { start_servers_action: '' } });
  });

  it('makes each copy once', () => {
    expect(deepStrict(ServerEditSchema)).toBe(deepStrict(ServerEditSchema));
  });

  it('refuses schemas it cannot make strict', () => {
    expect(() => deepStrict(z.intersection(z.object({ a: z.string() }), z.object({ b: z.string() })))).toThrow(/intersection/);
  });
});
