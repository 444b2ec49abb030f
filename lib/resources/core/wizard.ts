import type { MessageKey } from '@/lib/i18n';
import type { SessionUser } from '@/lib/session-client/session-api';
import type { Cell, CreateForm, CreateResult, FieldError, FilterOption, FormQuota } from './types';

/*
 * A create form too big for a dialog: the same declared fields, body schema,
 * checks and request as a CreateForm, in steps on a page of its own
 * (components/resource/create-wizard.tsx), with a review of the request as
 * it will be sent and, beside every step, the quota it would use.
 */

/** One step: its heading and the fields it edits (a field's errors send the person back to it). */
export interface WizardStep {
  id: string;
  labelKey: MessageKey;
  fields: readonly string[];
}

/** One labelled value of the review. */
export interface ReviewLine {
  id: string;
  labelKey: MessageKey;
  cell: Cell;
}

/** What the review may use: the option chosen in a field (as its choices were read), and sizes in the UI language. */
export interface ReviewContext {
  chosen: (field: string) => FilterOption | undefined;
  sizeMb: (mb: number | null | undefined) => string;
}

/** What a request would use of whose quota in which AZ (as an action form's); no tenant or AZ yet: `scopeKey` says what to choose first. */
export type WizardQuota = FormQuota | { scopeKey: MessageKey };

/** A create wizard: a CreateForm whose `page` shows it in steps. */
export interface CreateWizard extends CreateForm {
  page: string;
  /** The steps' list label, and the buttons between steps. */
  stepsKey: MessageKey;
  nextKey: MessageKey;
  backKey: MessageKey;
  /** Said on the review while any step has a problem. */
  fixErrorsKey: MessageKey;
  /** The steps in order; the last one is the review. */
  steps: readonly WizardStep[];
  review: { testId: string; lines: (values: Record<string, string>, body: unknown, ctx: ReviewContext) => ReviewLine[] };
  /** The quota the request would use; a request that does not fit cannot be sent. */
  quota?: (values: Record<string, string>, session: SessionUser, choicesOf: (field: string) => readonly FilterOption[]) => WizardQuota;
  /** Where the console goes once SCP has taken the request. */
  goTo: (result: CreateResult, values: Record<string, string>) => string;
}

/** The id of the step holding a field (`dataDisks.0` is held by `dataDisks`'s); the last step (the review) for the form's own problems. */
export function stepOfField(steps: readonly WizardStep[], field: string): string {
  const base = field.split('.')[0];
  return (steps.find((s) => s.fields.includes(base)) ?? steps[steps.length - 1]).id;
}

/** The problems of one step. */
export function errorsOfStep(steps: readonly WizardStep[], step: string, errors: Record<string, FieldError>): Record<string, FieldError> {
  return Object.fromEntries(Object.entries(errors).filter(([field]) => stepOfField(steps, field) === step));
}
