import 'server-only';
import type { z } from 'zod';
import type { QueryParams } from '../scp';
import { BffError, notFound } from './errors';
import type { ScpOperationEntry } from '@/lib/scp';

/*
 * Tenant scope enforced by the console itself. In service-credential mode every
 * user's calls go to SCP with the platform's key pair, so SCP would show and let
 * change everything; a confined session must see and touch only its project.
 * Each route declares how (a list filter, an ownership read, a check of the
 * answer); sessions that are not confined rely on SCP's own scoping.
 */

/** What a confinement hook works with. */
export interface ConfineContext {
  /** The project the user is confined to. */
  projectId: string;
  params: Record<string, string>;
  /** The parsed console query. */
  query: Record<string, unknown>;
  /** The parsed body (SCP's shape). */
  body: unknown;
  /** Reads from SCP with the session's credentials (shared GETs). */
  read<R extends z.ZodType>(entry: ScpOperationEntry<R>, input?: { params?: Record<string, string>; query?: QueryParams }): Promise<z.output<R>>;
}

/** How a list is confined: forced SCP filters, and a filter over items when SCP's filters cannot express the scope. */
export interface ListConfinement {
  query?: Record<string, string>;
  /** When set, the BFF reads the list (bounded) and pages the kept items itself. */
  keep?: (item: Record<string, unknown>) => boolean;
}

/** A route's confinement. `{}` declares a route with no tenant data (e.g. the host list). */
export interface Confinement {
  /**
   * The body's id fields this confinement accounts for (dotted paths, `*` for
   * array items; `*` alone: the whole route is refused). A test holds it equal
   * to the id fields of the route's body schema, so a new field cannot slip past.
   */
  bodyIds?: readonly string[];
  list?(c: ConfineContext): ListConfinement | Promise<ListConfinement>;
  /** Rewrites the body before the call (e.g. forces project_id). */
  body?(body: unknown, c: ConfineContext): unknown;
  /** Checks before the call, usually by reading the resource; throws 404 for another tenant's. */
  before?(c: ConfineContext): Promise<void>;
  /** Checks the answer (details that carry project_id). */
  after?(data: unknown, c: ConfineContext): void;
}

/** Routes whose data belongs to no tenant. */
export const NO_TENANT_DATA: Confinement = {};

/** Lists SCP can filter by project: `project_id` is forced (plus `extra` filters). */
export function projectFilter(extra: Record<string, string> = {}): Confinement {
  return { list: (c) => ({ query: { ...extra, project_id: c.projectId } }) };
}

/** Lists SCP cannot filter by project: read and keep what `keep` allows. */
export function keepItems(keep: (item: Record<string, unknown>, c: ConfineContext) => boolean): Confinement {
  return { list: (c) => ({ keep: (item) => keep(item, c) }) };
}

/** Details carrying `project_id`: another tenant's answer becomes 404. */
export function ownAnswer(what: string): Confinement {
  return {
    after(data, c) {
      if ((data as { project_id?: unknown } | undefined)?.project_id !== c.projectId) throw notFound(what);
    },
  };
}

/** Creates that name their project: it is forced to the user's. */
export const OWN_PROJECT_IN_BODY: Confinement = {
  body: (body, c) => ({ ...(body as object), project_id: c.projectId }),
};

/** Reads the project of a resource; undefined when it does not exist. */
export type OwnerReader = (c: ConfineContext, id: string) => Promise<string | undefined>;

/** Throws 404 unless the resource `id` belongs to the user's project. */
export async function assertOwned(c: ConfineContext, owner: OwnerReader, id: string, what: string): Promise<void> {
  if ((await owner(c, id)) !== c.projectId) throw notFound(`${what} ${id}`);
}

/** Mutations of one resource named by a path parameter: it is read first and must be the user's. */
export function ownedParam(param: string, owner: OwnerReader, what: string): Confinement {
  return { before: (c) => assertOwned(c, owner, c.params[param], what) };
}

/**
 * How one id field of a body is confined: `ids` are the distinct values found at
 * `field` (`networks.*.subnet_id`); it throws when one may not be used.
 */
export type IdRule = (c: ConfineContext, ids: string[], field: string) => Promise<void>;

/** The strings at a dotted path of `value`, `*` standing for every item of an array. */
function valuesAt(value: unknown, path: readonly string[]): string[] {
  if (value === undefined || value === null) return [];
  if (path.length === 0) return typeof value === 'string' ? [value] : [];
  const [head, ...rest] = path;
  if (head === '*') return Array.isArray(value) ? value.flatMap((item) => valuesAt(item, rest)) : [];
  return typeof value === 'object' ? valuesAt((value as Record<string, unknown>)[head], rest) : [];
}

/** Confines each id field of the body by its rule, before SCP is called; every id-shaped field of the body must be named. */
export function bodyIds(rules: Record<string, IdRule>): Confinement {
  return {
    bodyIds: Object.keys(rules),
    before: async (c) => {
      await Promise.all(Object.entries(rules).map(async ([field, rule]) => {
        const ids = [...new Set(valuesAt(c.body, field.split('.')))];
        if (ids.length) await rule(c, ids, field);
      }));
    },
  };
}

/** Runs several confinements in order. */
export function all(...parts: Confinement[]): Confinement {
  return {
    bodyIds: parts.flatMap((p) => p.bodyIds ?? []),
    list: parts.some((p) => p.list)
      ? async (c) => {
        const out: ListConfinement = {};
        for (const p of parts) {
          const l = await p.list?.(c);
          if (l?.query) out.query = { ...out.query, ...l.query };
          if (l?.keep) {
            const prev = out.keep;
            const next = l.keep;
            out.keep = prev ? (item) => prev(item) && next(item) : next;
          }
        }
        return out;
      }
      : undefined,
    body: (body, c) => parts.reduce((b, p) => (p.body ? p.body(b, c) : b), body),
    before: async (c) => {
      for (const p of parts) await p.before?.(c);
    },
    after: (data, c) => parts.forEach((p) => p.after?.(data, c)),
  };
}

/** A route a confined user may not use at all, with the reason. */
export function notForConfined(reason: string): Confinement {
  return {
    bodyIds: ['*'],
    before: async () => {
      throw new BffError(403, 'not_permitted', reason);
    },
  };
}
