'use client';

import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useMemo, useState } from 'react';
import { FormFields } from '@/components/forms/form-fields';
import { choicesKey } from '@/components/forms/use-field-choices';
import { createFailureErrors } from '@/components/forms/form-errors';
import { useSessionUser } from '@/components/shell/session-user';
import { formatSizeMb } from '@/lib/format';
import { useLocale, useT } from '@/lib/i18n/client';
import { checkCreateForm } from '@/lib/resources/core/form-check';
import type { FieldError, FilterOption, FormField, ResourceDeclaration } from '@/lib/resources/core/types';
import { errorsOfStep, stepOfField, type CreateWizard } from '@/lib/resources/core/wizard';
import { CellView } from './cell-view';
import { DetailsGrid } from './details-grid';
import { ErrorNotice } from './error-notice';
import { useKeyedRequest } from './use-keyed-request';
import { useCreateStarted } from './use-create-started';
import { WizardQuotaPanel, useWizardQuota } from './wizard-quota';

/**
 * A declared create wizard (lib/resources/core/wizard) on its own page: its
 * steps in order, each checked before the next, a review of the request as it
 * will be sent, and the quota it would use beside every step; a request that
 * does not fit cannot be sent, and says which quota is short. Nothing typed
 * is lost on an error, and a retry of the same request reuses its
 * X-Client-Token. `resource` is the one it creates (its tray kind and what its tasks make stale).
 */
export function CreateWizardPage<T>({ wizard, resource }: { wizard: CreateWizard; resource: Pick<ResourceDeclaration<T>, 'kind' | 'list' | 'invalidate'> }) {
  const t = useT();
  const locale = useLocale();
  const session = useSessionUser();
  const router = useRouter();
  const queryClient = useQueryClient();
  const createStarted = useCreateStarted(resource);
  const [fields] = useState(() => wizard.fields(session));
  const [values, setValues] = useState(() => wizard.initial(session, {}));
  const [shown, setShown] = useState<Record<string, FieldError>>({});
  const [step, setStep] = useState(wizard.steps[0].id);
  const request = useKeyedRequest((body: unknown, clientToken: string) => wizard.send(body, { clientToken }));
  const { failure, sending } = request;
  const quota = useWizardQuota(wizard.quota?.(values, session, (name) => choicesOf(queryClient, fields, name, values)));
  const check = useMemo(() => checkCreateForm(wizard, fields, values), [wizard, fields, values]);
  const index = wizard.steps.findIndex((s) => s.id === step);
  const last = index === wizard.steps.length - 1;
  const stepFields = fields.filter((f) => wizard.steps[index].fields.includes(f.name));

  const change = (name: string, value: string) => {
    setValues((v) => ({ ...v, [name]: value }));
    setShown((e) => Object.fromEntries(Object.entries(e).filter(([field]) => field.split('.')[0] !== name)));
  };
  const next = () => {
    const errors = check.ok ? {} : errorsOfStep(wizard.steps, step, check.errors);
    setShown(errors);
    if (Object.keys(errors).length === 0) setStep(wizard.steps[index + 1].id);
  };
  const submit = async () => {
    if (!check.ok) {
      setShown(check.errors);
      setStep(stepOfField(wizard.steps, Object.keys(check.errors)[0]));
      return;
    }
    if (quota.blocks) return;
    const sent = await request.submit(check.body);
    if (!sent) return;
    createStarted(sent.answer, wizard.taskKey ?? wizard.buttonKey);
    router.push(wizard.goTo(sent.answer, values));
  };

  const errors = { ...createFailureErrors(wizard, failure), ...shown };
  const chosen = (name: string) => choicesOf(queryClient, fields, name, values).find((o) => o.value === values[name]);
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">{t(wizard.titleKey)}</h1>
      <ol aria-label={t(wizard.stepsKey)} className="flex flex-wrap gap-2 text-sm">
        {wizard.steps.map((s, i) => (
          <li key={s.id}>
            <button
              type="button"
              aria-current={s.id === step ? 'step' : undefined}
              onClick={() => setStep(s.id)}
              className={`rounded-full px-3 py-1 ring-1 ${s.id === step ? 'bg-accent text-accent-foreground ring-accent' : 'ring-border hover:bg-surface'}`}
            >
              {i + 1}. {t(s.labelKey)}
            </button>
          </li>
        ))}
      </ol>
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <form
          noValidate
          aria-label={t(wizard.steps[index].labelKey)}
          className="space-y-4 rounded-lg border border-border p-4"
          onSubmit={(e) => {
            e.preventDefault();
            if (last) void submit();
            else next();
          }}
        >
          <h2 className="text-lg font-semibold">{t(wizard.steps[index].labelKey)}</h2>
          {last ? (
            <div data-testid={wizard.review.testId}>
              <DetailsGrid
                items={wizard.review.lines(values, wizard.body.of(values), { chosen, sizeMb: (mb) => formatSizeMb(mb, locale) }).map((line) => ({
                  id: line.id, label: t(line.labelKey), value: <CellView cell={line.cell} status={NO_STATUS} />,
                }))}
              />
            </div>
          ) : (
            <FormFields fields={stepFields} values={values} errors={errors} onChange={change} className="space-y-4" />
          )}
          {quota.short && (
            <p role="alert" className="text-sm font-medium text-danger" data-testid="quota-short">
              {quota.short}
            </p>
          )}
          {last && !check.ok && (
            <p role="alert" className="text-sm text-danger">{t(wizard.fixErrorsKey)}</p>
          )}
          {last && errors.form && <p role="alert" className="text-sm text-danger">{t(errors.form.key, errors.form.values)}</p>}
          {failure !== null && <ErrorNotice title={t(wizard.failedKey)} error={failure} />}
          <div className="flex justify-between gap-2 border-t border-border pt-4">
            <button type="button" className="button-secondary" disabled={index === 0} onClick={() => setStep(wizard.steps[index - 1].id)}>
              {t(wizard.backKey)}
            </button>
            {last ? (
              <button type="submit" className="button-primary" disabled={sending || quota.blocks} data-testid="wizard-submit">
                {sending ? t('resource.action.running') : t(wizard.submitKey)}
              </button>
            ) : (
              <button type="submit" className="button-primary" data-testid="wizard-next">
                {t(wizard.nextKey)}
              </button>
            )}
          </div>
        </form>
        {wizard.quota && <WizardQuotaPanel quota={quota} />}
      </div>
    </section>
  );
}

/** Review cells carry no statuses. */
const NO_STATUS = { labelKey: () => undefined, tone: () => 'off' as const };

/** A field's choices as they were read for these values (the review and the quota name what was chosen); none before. */
function choicesOf(client: QueryClient, fields: readonly FormField[], name: string, values: Record<string, string>): readonly FilterOption[] {
  const field = fields.find((f) => f.name === name);
  const source = field?.choices?.(values);
  return (field && source && client.getQueryData<FilterOption[]>(choicesKey(field, source))) || [];
}
