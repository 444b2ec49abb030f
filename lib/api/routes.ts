import { z } from 'zod';
import { ADMIN_TENANT, allOperations, operations, TaskSchema, Uuid, type ConsoleRole, type ScpOperationEntry } from '@/lib/scp';

/*
 * The console API's route table. Each route is named once, as the `console`
 * of the registry entry it exposes (lib/scp/operations), which gives its
 * roles and its query, body and answer schemas (a list page becoming
 * {items, total, page, pageSize}); this table collects them, with the few
 * routes that are the console's own. The browser's typed client derives its
 * types from it, and the BFF builds its allowlist from it (server/bff/routes),
 * adding a total map from route to confinement.
 */

/** `POST /api/tasks/batch`: up to 50 task ids, read through the console's shared task cache. */
export const TaskBatchRequestSchema = z.object({
  ids: z.array(Uuid).min(1, { error: 'must list at least one task id' }).max(50, { error: 'must list at most 50 task ids' }),
});

/** Each task, or why it could not be read. */
export const TaskBatchResponseSchema = z.object({
  tasks: z.record(z.string(), z.union([TaskSchema, z.object({ error: z.object({ code: z.string(), message: z.string() }) })])),
});

/** A route of the console's own (not one SCP operation). */
export interface ConsoleOnlyRoute<B extends z.ZodType | undefined, R extends z.ZodType> {
  name: string;
  summary: string;
  roles: readonly ConsoleRole[];
  query?: undefined;
  body?: B;
  response: R;
}

/** The batch task read, as a console-only route. */
export const tasksBatch: ConsoleOnlyRoute<typeof TaskBatchRequestSchema, typeof TaskBatchResponseSchema> = {
  name: 'tasks.batch', summary: 'several tasks at once', roles: ADMIN_TENANT, body: TaskBatchRequestSchema, response: TaskBatchResponseSchema,
};

type Groups = typeof operations;
/** Every registry entry, as a union of their precise types. */
type RegistryEntry = { [G in keyof Groups]: Groups[G][keyof Groups[G]] }[keyof Groups];
/** The routes the registry's entries name, each keyed by its route. */
type RegistryRoutes = { [E in RegistryEntry as NonNullable<E['console']>]: E };

/** The routes that registry entries name, at run time; a route two entries claim is a programming error. */
export function routesOf(entries: readonly ScpOperationEntry[]): Record<string, ScpOperationEntry> {
  const out: Record<string, ScpOperationEntry> = {};
  for (const entry of entries) {
    if (!entry.console) continue;
    if (out[entry.console]) throw new Error(`${entry.name} and ${out[entry.console].name} both claim the console route ${entry.console}`);
    out[entry.console] = entry;
  }
  return out;
}

/** Every console API route, keyed `METHOD /api/path/:param`: the registry's, and the console's own. */
export const consoleApi = { ...routesOf(allOperations()), 'POST /api/tasks/batch': tasksBatch } as RegistryRoutes & { 'POST /api/tasks/batch': typeof tasksBatch };

/** The console API's routes. */
export type ConsoleApi = typeof consoleApi;
/** `METHOD /api/path/:param` of one route. */
export type ConsoleRouteKey = keyof ConsoleApi;
