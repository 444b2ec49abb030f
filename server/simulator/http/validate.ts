import type { z } from 'zod';
import { badRequest } from '../errors';

/**
 * Parses a request body with zod; a failure is a 400 naming each bad field,
 * e.g. `cores: must be at least 1; disks.0.size_mb: required`.
 */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const problems = result.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || 'body'}: ${i.message}`);
  throw badRequest(`invalid request: ${problems.join('; ')}`);
}
