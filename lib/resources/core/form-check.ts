import type { CreateForm, FieldError, FormField, LoadContext } from './types';

/** The outcome of checking a create form: the body SCP gets (the schema's output), or problems by field. */
export type FormCheck = { ok: true; body: unknown } | { ok: false; errors: Record<string, FieldError> };

/** A field named by an issue's path: by default its last key (`project.project_admin.mail` → `mail`). */
const lastKey = (path: readonly PropertyKey[]) => {
  const key = [...path].reverse().find((k) => typeof k === 'string');
  return typeof key === 'string' ? key : undefined;
};

/** The form field an issue path (or a console API field such as `project.name`, split on dots) is about. */
export function fieldOfPath(form: Pick<CreateForm, 'body'>, path: readonly PropertyKey[]): string | undefined {
  return form.body.fieldOf?.(path) ?? lastKey(path);
}

/**
 * Checks a create form's values with its own rules, then its registry
 * schema. An own rule speaks in the field's terms (a bandwidth in Mbps), the
 * schema in the body's (kbps), so a field's own problem wins. A schema issue
 * on an empty field says the field is required; any other keeps the schema's
 * own words, which name the limit exactly. An issue that names no field of
 * the form is the form's (`form`). A shown `required` field left empty is required (a file field's file is checked by core/files.ts).
 */
export function checkCreateForm(form: Pick<CreateForm, 'body' | 'check'>, fields: readonly FormField[], values: Record<string, string>): FormCheck {
  const errors: Record<string, FieldError> = { ...form.check?.(values) };
  for (const field of fields) {
    if (field.kind !== 'file' && field.required && (field.when?.(values) ?? true) && !(values[field.name] ?? '').trim()) errors[field.name] ??= { key: 'forms.error.required' };
  }
  const names = new Set(fields.map((f) => f.name));
  // A field with a problem of the form's own, or one of its rows (`disks.0.size`), says only that.
  const own = new Set(Object.keys(errors).map((name) => name.split('.')[0]));
  const parsed = form.body.schema.safeParse(form.body.of(values));
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const named = fieldOfPath(form, issue.path);
    if (named && own.has(named.split('.')[0])) continue;
    const field = named && names.has(named.split('.')[0]) ? named : 'form';
    errors[field] ??= field !== 'form' && !(values[field] ?? '').trim() ? { key: 'forms.error.required' } : { key: 'forms.error.invalid', values: { detail: issue.message } };
  }
  return Object.keys(errors).length || !parsed.success ? { ok: false, errors } : { ok: true, body: parsed.data };
}

/**
 * checkCreateForm, then the form's rules that need cached reads (`verify`):
 * all the problems at once, the verified ones in the form's own words.
 */
export async function verifyCreateForm(form: Pick<CreateForm, 'body' | 'check' | 'verify'>, fields: readonly FormField[], values: Record<string, string>, ctx: LoadContext): Promise<FormCheck> {
  const checked = checkCreateForm(form, fields, values);
  const verified = form.verify ? await form.verify(values, ctx) : {};
  if (!Object.keys(verified).length) return checked;
  return { ok: false, errors: { ...(checked.ok ? {} : checked.errors), ...verified } };
}
