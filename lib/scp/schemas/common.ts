import { z } from 'zod';

/*
 * Small building blocks shared by the SCP object schemas and request schemas.
 * Object schemas are loose (unknown fields pass through) and type only what the
 * console uses; a field SCP may omit or send as null is nullish.
 */

/** SCP's int(0, 1) flags in request bodies. */
export const Flag = z.union([z.literal(0), z.literal(1)], { error: 'must be 0 or 1' });

/** A 0/1 flag as a query-string value. */
export const QueryFlag = z.enum(['0', '1'], { error: 'must be 0 or 1' });

/** A flag in an answer: SCP sends ints, and booleans or strings in some versions (catalog §9.7). */
export const FlagValue = z.union([z.number(), z.boolean(), z.string()]);

/** An optional string in an answer that SCP may also send as null. */
export const optText = () => z.string().nullish();

/** An optional number in an answer (ints and floats alike, catalog §9.7). */
export const optNumber = () => z.number().nullish();

/** Names: SCP caps them below 100 characters (catalog §7). */
export const Name = z.string().trim().min(1, { error: 'must not be empty' }).max(99, { error: 'must be shorter than 100 characters' });

/** Descriptions: below 100 characters. */
export const Description = z.string().max(99, { error: 'must be shorter than 100 characters' });

/** A comma-separated id list in a query (`ids=a,b`), checked item by item. */
export function commaList(item: z.ZodString, max = 100) {
  return z.string().refine((v) => {
    const parts = v.split(',');
    return parts.length <= max && parts.every((p) => item.safeParse(p.trim()).success);
  }, { error: `must be a comma-separated list of at most ${max} ids` });
}

/** `{task_id}`: the answer of operations that start an asynchronous task (poll it with tasks.detail). */
export const TaskStartedSchema = z.looseObject({ task_id: z.string() });
/** The answer of an operation that starts a task. */
export type TaskStarted = z.output<typeof TaskStartedSchema>;

/**
 * Answers SCP documents as "204 with a body" (catalog §9.5): the body may be
 * dropped on the way, so the task id is optional and the whole answer may be empty.
 */
export const MaybeTaskStartedSchema = z.looseObject({ task_id: z.string().optional() }).nullish();

/** Answers without content (e.g. 204 of a batch action, 201 of a quota set). */
export const NoContentSchema = z.unknown().transform(() => undefined);
