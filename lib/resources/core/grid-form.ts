import type { QueryKey } from '@tanstack/react-query';
import type { MessageKey } from '@/lib/i18n';
import type { Figure } from './cards';
import type { FieldError } from './types';

/*
 * A form of many like fields in a grid (a tenant's limits in one AZ), as
 * data: each field a text input with its label, unit or unit choice and a
 * hint that follows what is typed. components/forms/grid-form-dialog renders
 * it; what was typed stays on any error, and sending the same body again
 * after a failure reuses the attempt's X-Client-Token.
 */

/** One field: a text input, with a choice beside it (the GB/TB of a size) whose value is under `choice.name`. */
export interface GridField {
  name: string;
  label: Figure;
  inputMode: 'numeric' | 'decimal';
  /** Said after the input. */
  unit?: Figure;
  choice?: { name: string; label: Figure; options: readonly { value: string; labelKey: MessageKey }[] };
  /** Said under the input, for the values as typed. */
  hint: (values: Record<string, string>) => Figure;
}

/** Figures in words, for messages that name a field or an amount. */
export type Words = (figure: Figure) => string;

/** A grid form: its fields, checks, and the request it sends. */
export interface GridForm<B> {
  title: Figure;
  testId: string;
  formId: string;
  submitKey: MessageKey;
  introKey: MessageKey;
  failedKey: MessageKey;
  /** Said when fields need correcting; gets `{count}`. */
  refusedKey: MessageKey;
  refusedTestId: string;
  /** Said when nothing would be sent. */
  nothingKey: MessageKey;
  wide?: boolean;
  fields: readonly GridField[];
  initial: Record<string, string>;
  /** Problems by field name; one under another name is the form's own. */
  check: (values: Record<string, string>, words: Words) => Record<string, FieldError>;
  /** The request of the values; null when there is nothing to send. */
  body: (values: Record<string, string>) => B | null;
  send: (body: B, clientToken: string) => Promise<unknown>;
  /** The field a refusal of this body is about, with the words to put under it. */
  refused?: (body: B, error: unknown, words: Words) => { name: string; error: FieldError } | undefined;
  /** Query prefixes a successful send makes stale. */
  invalidates: readonly QueryKey[];
}
