import { z } from 'zod';
import type { IdShape } from '../../lib/scp';
import { MAX_BODY_BYTES } from '../../server/bff/input';
import { matchTemplate, PARAM_SHAPES, requestSegments } from '../../server/bff/path';
import { declarations } from '../../server/bff/routes';

/*
 * Every console API route, from the BFF's own declarations, so a route added
 * there is attacked by the hostile-input suite without anyone remembering to.
 */

/** A well-formed id of each shape that names nothing in the simulator's seed. */
export const WELL_FORMED: Record<IdShape, string> = {
  uuid: '0f0e0d0c-0b0a-4908-8706-050403020100',
  hex32: '0123456789abcdef0123456789abcdef',
  hex64: '0123456789abcdef'.repeat(4),
  host: 'host-0123456789ab',
};

/** One declared route as the suite attacks it. */
export interface HostileRoute {
  key: string;
  method: string;
  template: string;
  params: string[];
  /** Takes a JSON body (every mutation but the streamed image upload). */
  json: boolean;
  /** Declares a body schema (else it takes no body). */
  bodySchema: boolean;
  /** The top-level keys of an object body schema. */
  bodyKeys: string[];
  bodyLimit: number;
  /** Whom to sign in as so that the role check passes: the admin where allowed. */
  as: 'admin' | 'tenant';
}

/** Every declared route. */
export const ROUTES: HostileRoute[] = declarations.map((d) => ({
  key: d.key,
  method: d.method,
  template: d.path,
  params: d.template.segments.flatMap((s) => ('param' in s ? [s.param] : [])),
  json: d.method !== 'GET' && d.bodyLimit !== 'stream',
  bodySchema: d.body !== undefined,
  bodyKeys: d.body instanceof z.ZodObject ? Object.keys(d.body.shape) : [],
  bodyLimit: typeof d.bodyLimit === 'number' ? d.bodyLimit : MAX_BODY_BYTES,
  as: d.roles.includes('admin') ? 'admin' : 'tenant',
}));

/** The route's path with well-formed ids, one parameter replaced by a raw (already encoded) value if given. */
export function pathOf(route: HostileRoute, replace?: { param: string; raw: string }): string {
  return route.template.replace(/:([a-z_]+)/g, (_, name: string) => (replace?.param === name ? replace.raw : WELL_FORMED[PARAM_SHAPES[name]]));
}

/** The methods the console API serves on a concrete path (every template it fits). */
export function methodsOn(path: string): Set<string> {
  const segments = requestSegments(`http://console${path}`);
  return new Set(declarations.filter((d) => matchTemplate(d.template, segments)).map((d) => d.method));
}

/** Each distinct declared path template once, filled with well-formed ids. */
export function distinctPaths(): string[] {
  return [...new Set(ROUTES.map((r) => pathOf(r)))];
}
