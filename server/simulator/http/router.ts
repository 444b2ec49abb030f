import type { RouteSpec } from './context';

interface CompiledRoute {
  spec: RouteSpec;
  template: string;
  regex: RegExp;
  names: string[];
}

export interface RouteMatch {
  spec: RouteSpec;
  template: string;
  params: Record<string, string>;
}

/** Segment values: anything but a slash, so an encoded slash never splits a segment. */
const SEGMENT = '([^/]+)';

function compile(spec: RouteSpec, template: string): CompiledRoute {
  const names: string[] = [];
  const pattern = template
    .split('/')
    .map((part) => {
      const m = /^\{(\w+)\}$/.exec(part);
      if (!m) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(m[1]);
      return SEGMENT;
    })
    .join('/');
  return { spec, template, regex: new RegExp(`^${pattern}/?$`), names };
}

/**
 * Route table. Static segments win over parameters because routes are tried
 * in registration order after sorting by the number of parameters.
 */
export class Router {
  private routes: CompiledRoute[] = [];

  add(...specs: RouteSpec[]): void {
    for (const spec of specs) for (const t of spec.paths) this.routes.push(compile(spec, t));
    this.routes.sort((a, b) => a.names.length - b.names.length);
  }

  /** The route for this method and path, or `methodMismatch` when only the path is known. */
  match(method: string, path: string): RouteMatch | { methodMismatch: true } | undefined {
    let pathKnown = false;
    for (const r of this.routes) {
      const m = r.regex.exec(path);
      if (!m) continue;
      if (r.spec.method !== method) {
        pathKnown = true;
        continue;
      }
      const params: Record<string, string> = {};
      r.names.forEach((n, i) => (params[n] = decodeURIComponent(m[i + 1])));
      return { spec: r.spec, template: r.template, params };
    }
    return pathKnown ? { methodMismatch: true } : undefined;
  }

  /** Every (method, template, summary, roles) row, for the README table. */
  list(): { method: string; path: string; summary: string; roles: string[] }[] {
    return this.routes
      .map((r) => ({ method: r.spec.method, path: r.template, summary: r.spec.summary, roles: r.spec.roles }))
      .sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
  }
}
