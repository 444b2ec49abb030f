import type { z } from 'zod';
import { ApiError } from '@/lib/api';
import { fieldOfPath } from '@/lib/resources/core/form-check';
import type { CreateForm, FieldError } from '@/lib/resources/core/types';

/**
 * Errors by field from a zod failure of the shared request schemas, or from
 * the console API's 400 (`fields: [{field: 'body.name', message}]`). The
 * schema's own words are kept as the detail: they name the limit exactly.
 * `rename` gets the first key of the field's path and the whole dotted path.
 */
export function fieldErrors(source: z.ZodError | ApiError | unknown, rename: (field: string, path: string) => string | undefined = (f) => f): Record<string, FieldError> {
  const out: Record<string, FieldError> = {};
  const add = (field: string, message: string, path = field) => {
    const name = rename(field, path);
    if (name && !out[name]) out[name] = { key: 'forms.error.invalid', values: { detail: message } };
  };
  if (source instanceof ApiError) {
    for (const f of source.fields ?? []) {
      const path = f.field.replace(/^(body|query)\./, '');
      add(path.split('.')[0], f.message, path);
    }
  } else if (source && typeof source === 'object' && 'issues' in source) {
    for (const issue of (source as z.ZodError).issues) add(String(issue.path[0] ?? ''), issue.message);
  }
  return out;
}

/** The errors by field of a create form's failed request: the console API's 400 under the fields its paths name (none for another failure). */
export function createFailureErrors(form: Pick<CreateForm, 'body'>, failure: unknown): Record<string, FieldError> {
  return failure === null ? {} : fieldErrors(failure, (_, path) => fieldOfPath(form, path.split('.')));
}
