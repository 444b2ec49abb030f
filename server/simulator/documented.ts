import { DOCUMENTED_ENDPOINT_DATA } from './documented-data';
import type { DocumentedEndpoint } from './documented-endpoint';

/**
 * Every janus and OpenStack endpoint the SCP document describes, in document
 * order. Typos are kept as printed (`/janus/v20180725/...`, `floatingipools`)
 * because clients copy them; OpenStack rows are resolved to full
 * `/openstack/...` paths. Regenerate with `npx tsx scripts/gen-documented-endpoints.ts`.
 */
export const DOCUMENTED_ENDPOINTS: readonly DocumentedEndpoint[] = DOCUMENTED_ENDPOINT_DATA;

interface Compiled {
  template: string;
  regex: RegExp;
}

function compile(template: string): RegExp {
  const pattern = template
    .split('/')
    .map((seg) => (/^\{[^{}/]+\}$/.test(seg) ? '[^/]+' : seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  // Trailing slash tolerated for the same reason the router tolerates it: clients differ, the API does not.
  return new RegExp(`^${pattern}/?$`);
}

/**
 * Per method, templates with fewer parameters first, so a literal segment
 * (`/servers/action`) wins over a parameter (`/servers/{server_id}`) just as
 * in the router. Built once at load: lookups only happen on unmatched requests
 * but a scan of ~460 uncompiled templates each time would still be wasteful.
 */
const BY_METHOD: ReadonlyMap<string, readonly Compiled[]> = (() => {
  const map = new Map<string, Compiled[]>();
  for (const e of DOCUMENTED_ENDPOINTS) {
    const list = map.get(e.method) ?? [];
    list.push({ template: e.path, regex: compile(e.path) });
    map.set(e.method, list);
  }
  const params = (t: string): number => t.split('{').length - 1;
  for (const list of map.values()) list.sort((a, b) => params(a.template) - params(b.template));
  return map;
})();

/**
 * The documented template matching this concrete request path, or undefined.
 * Parameters `{x}` match one non-empty segment without '/'. The method must
 * match too: a POST to a GET-only documented path is not documented.
 */
export function documentedEndpoint(method: string, path: string): string | undefined {
  const candidates = BY_METHOD.get(method.toUpperCase());
  if (!candidates) return undefined;
  // Callers normally pass a pathname, but a stray query string must not make a documented path look unknown.
  const q = path.indexOf('?');
  const p = q < 0 ? path : path.slice(0, q);
  for (const c of candidates) if (c.regex.test(p)) return c.template;
  return undefined;
}
