import type { FieldError, FormField } from './types';

/*
 * The files of a form. A File cannot live in the form's string values: the
 * dialog keeps the chosen files beside them, by field name, and a form's
 * `upload` sends one (ActionContext.file).
 */

/** The files chosen in a form, by field name. */
export type FormFiles = Readonly<Record<string, File | undefined>>;

/** Names a file for an attempt's X-Client-Token: the same file chosen again keeps it, another file gets a new one. */
export function fileKey(file: Blob): string {
  const named = file as Partial<File>;
  return `${named.name ?? ''}:${file.size}:${named.lastModified ?? ''}`;
}

/** The problems of the shown file fields' files, by field name: each field's own check (which may read the file). */
export async function checkFiles(fields: readonly FormField[], values: Record<string, string>, files: FormFiles): Promise<Record<string, FieldError>> {
  const errors: Record<string, FieldError> = {};
  for (const field of fields) {
    if (field.kind !== 'file' || !(field.when?.(values) ?? true)) continue;
    const error = field.file ? await field.file.check(files[field.name], values) : field.required && !files[field.name] ? { key: 'forms.error.required' as const } : undefined;
    if (error) errors[field.name] = error;
  }
  return errors;
}

/** Whether an error is a cancel (an aborted request or upload), not a failure. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
