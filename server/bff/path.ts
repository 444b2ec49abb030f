import 'server-only';
import { allOperations, describeIdShape, hasIdShape, type IdShape } from '@/lib/scp';
import { BffError } from './errors';

/**
 * The id shape of each path parameter, by its name (SCP's own parameter names).
 * A declaration's parameters are checked against these, so an id that cannot be
 * SCP's never reaches SCP (catalog ids: uuid; projects and users 32 hex…).
 */
const SHARED_SHAPES: Record<string, IdShape> = {
  server_id: 'uuid',
  snapshot_id: 'uuid',
  image_id: 'uuid',
  vpc_id: 'uuid',
  subnet_id: 'uuid',
  floatingip_id: 'uuid',
  task_id: 'uuid',
  az_id: 'uuid',
  project_id: 'hex32',
  user_id: 'hex32',
  host_id: 'host',
  quota_id: 'hex64',
};

/** The shared shapes and those registry entries declare with their routes (`ids`); one name has one shape. */
function paramShapes(): Record<string, IdShape> {
  const out = { ...SHARED_SHAPES };
  for (const entry of allOperations()) {
    for (const [name, shape] of Object.entries(entry.ids ?? {})) {
      if (out[name] && out[name] !== shape) throw new Error(`${entry.name} declares :${name} as ${shape}, elsewhere it is ${out[name]}`);
      out[name] = shape;
    }
  }
  return out;
}

/** The id shape of each path parameter, by its name. */
export const PARAM_SHAPES: Readonly<Record<string, IdShape>> = paramShapes();

/** A console path template split once: literal segments and `:name` parameters. */
export interface PathTemplate {
  template: string;
  segments: ({ literal: string } | { param: string })[];
}

/** Parses `/api/servers/:server_id/start`; a parameter without a known id shape is a programming error. */
export function parseTemplate(template: string): PathTemplate {
  const segments = template.split('/').filter(Boolean).map((s) => {
    if (!s.startsWith(':')) return { literal: s };
    const param = s.slice(1);
    if (!(param in PARAM_SHAPES)) throw new Error(`path parameter :${param} of ${template} has no id shape in PARAM_SHAPES`);
    return { param };
  });
  return { template, segments };
}

/**
 * The request path's segments, decoded, refusing what could escape the
 * allowlist: encoded slashes or backslashes (`%2F`, `%5C`), dot segments
 * (`..`, `.`, also when encoded) and undecodable escapes.
 */
export function requestSegments(url: string): string[] {
  const raw = new URL(url).pathname;
  const segments = raw.split('/').filter((s, i, all) => s !== '' || (i > 0 && i < all.length - 1));
  return segments.map((segment) => {
    if (/%(2f|5c)/i.test(segment)) throw new BffError(400, 'invalid_request', 'The path must not contain encoded slashes (%2F, %5C)');
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      throw new BffError(400, 'invalid_request', 'The path contains an invalid %-escape');
    }
    if (segment === '' || decoded === '.' || decoded === '..' || /[/\\]/.test(decoded)) {
      throw new BffError(400, 'invalid_request', 'The path must not contain empty, "." or ".." segments');
    }
    return decoded;
  });
}

/** The raw parameters when `segments` fit the template's literals, else undefined. Shapes are checked separately. */
export function matchTemplate(t: PathTemplate, segments: readonly string[]): Record<string, string> | undefined {
  if (t.segments.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < segments.length; i++) {
    const s = t.segments[i];
    if ('literal' in s) {
      if (s.literal !== segments[i]) return undefined;
    } else {
      params[s.param] = segments[i];
    }
  }
  return params;
}

/** Checks each parameter's id shape; a 400 names every bad one. */
export function checkParams(params: Record<string, string>): void {
  const bad = Object.entries(params).filter(([name, value]) => !hasIdShape(PARAM_SHAPES[name], value));
  if (bad.length === 0) return;
  const fields = bad.map(([name]) => ({ field: name, message: `must be ${describeIdShape(PARAM_SHAPES[name])}` }));
  throw new BffError(400, 'invalid_request', `Invalid path: ${fields.map((f) => `${f.field} ${f.message}`).join('; ')}`, { fields });
}
