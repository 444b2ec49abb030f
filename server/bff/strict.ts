import 'server-only';
import { z } from 'zod';

/*
 * The console API refuses what it does not know: a body key that no schema
 * names is a 400 naming it (`body disks.0.colour: unknown parameter colour`),
 * never silently dropped, so a typo or a field SCP would take from another
 * version cannot pass unnoticed. The registry's schemas stay as they are (the
 * browser's forms parse with them and strip); the BFF parses with a deeply
 * strict copy, made once per schema.
 */

const strictCopies = new WeakMap<z.ZodType, z.ZodType>();

type Def = Record<string, unknown> & { type: string };

/** The same schema with every object in it, however deep, refusing unknown keys. Refinements and transforms are kept. */
export function deepStrict<S extends z.ZodType>(schema: S): S {
  const known = strictCopies.get(schema);
  if (known) return known as S;
  const def = schema._zod.def as unknown as Def;
  const copy = (over: Record<string, unknown>) => schema.clone(z.core.util.mergeDefs(def, over) as typeof schema._zod.def) as S;
  let out: S;
  switch (def.type) {
    case 'object': {
      const shape = Object.fromEntries(Object.entries(def.shape as Record<string, z.ZodType>).map(([k, v]) => [k, deepStrict(v)]));
      out = copy({ shape, catchall: z.never() });
      break;
    }
    case 'array':
      out = copy({ element: deepStrict(def.element as z.ZodType) });
      break;
    case 'optional': case 'nullable': case 'default': case 'prefault': case 'nonoptional': case 'readonly': case 'catch': case 'success':
      out = copy({ innerType: deepStrict(def.innerType as z.ZodType) });
      break;
    case 'pipe':
      out = copy({ in: deepStrict(def.in as z.ZodType), out: deepStrict(def.out as z.ZodType) });
      break;
    case 'union':
      out = copy({ options: (def.options as z.ZodType[]).map((o) => deepStrict(o)) });
      break;
    case 'record':
      out = copy({ valueType: deepStrict(def.valueType as z.ZodType) });
      break;
    case 'tuple':
      out = copy({ items: (def.items as z.ZodType[]).map((i) => deepStrict(i)), rest: def.rest ? deepStrict(def.rest as z.ZodType) : def.rest });
      break;
    case 'intersection': case 'lazy':
      // Both sides of an intersection see the whole object, so neither can be strict alone; no body uses these.
      throw new Error(`deepStrict: a ${def.type} schema in a console body cannot be made strict; use an object`);
    default:
      // Leaves (strings, numbers, literals, enums, transforms…) hold no keys.
      out = schema;
  }
  strictCopies.set(schema, out);
  return out;
}
