'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { ErrorNotice } from '@/components/resource/error-notice';
import { QuotaPanel, useQuotaLabel } from '@/components/resource/quota-panel';
import { useTaskStarted } from '@/components/resource/use-task-started';
import { useSessionUser } from '@/components/shell/session-user';
import { api, ApiError } from '@/lib/api';
import { useT } from '@/lib/i18n/client';
import { queryKeys } from '@/lib/query-keys';
import { quotaLines, shortQuotas } from '@/lib/resources/quotas/needs';
import {
  checkDraft, createNeeds, EMPTY_DRAFT, fieldOfApiError, stepOfField, WIZARD_STEPS, type DraftError, type DraftField, type ServerDraft, type WizardStepId,
} from '@/lib/resources/servers/create';
import { useQuotaRows } from '@/components/resource/use-quota-rows';
import { StepCompute } from './step-compute';
import { StepDetails } from './step-details';
import { StepImage } from './step-image';
import { StepNetwork } from './step-network';
import { StepPlacement } from './step-placement';
import type { StepProps } from './step-props';
import { StepReview } from './step-review';
import { StepStorage } from './step-storage';
import { useWizardData } from './use-wizard-data';

type Errors = Partial<Record<DraftField, DraftError>>;

/**
 * The create-server wizard: AZ → image → compute → storage → network →
 * details → review, with the quota this request would use in that AZ beside
 * every step. The console API's own schema checks the draft in the browser;
 * a request that does not fit the quota cannot be sent, and says which quota
 * is short. Nothing typed is lost on an error; a retry of the same request
 * reuses its X-Client-Token.
 */
export function ServerWizard() {
  const t = useT();
  const session = useSessionUser();
  const router = useRouter();
  const taskStarted = useTaskStarted();
  const quotaLabel = useQuotaLabel();
  const asAdmin = session.role === 'admin';
  const [draft, setDraft] = useState<ServerDraft>(EMPTY_DRAFT);
  const [step, setStep] = useState<WizardStepId>('az');
  const [shown, setShown] = useState<Errors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const token = useRef<{ body: string; id: string } | null>(null);

  const projectId = asAdmin ? draft.projectId : session.projectId;
  const data = useWizardData(draft, asAdmin, projectId);
  const image = data.images.data?.find((img) => img.id === draft.imageId);
  const check = checkDraft(draft, image, asAdmin);
  const quota = useQuotaRows(projectId, draft.azId);
  const lines = quotaLines(quota.data ?? [], draft.azId, createNeeds(check.input));
  const short = quota.data ? shortQuotas(lines) : [];
  const tagNames = Object.fromEntries((data.storageTags.data ?? []).map((tag) => [tag.id, tag.name]));
  const index = WIZARD_STEPS.findIndex((s) => s.id === step);

  const update = (patch: Partial<ServerDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setShown((e) => Object.fromEntries(Object.entries(e).filter(([field]) => !(field.split('.')[0] in patch))) as Errors);
  };
  const errorsOf = (id: WizardStepId): Errors =>
    check.ok ? {} : (Object.fromEntries(Object.entries(check.errors).filter(([field]) => stepOfField(field as DraftField) === id)) as Errors);
  const next = () => {
    const errors = errorsOf(step);
    setShown(errors);
    if (Object.keys(errors).length === 0) setStep(WIZARD_STEPS[index + 1].id);
  };

  const submit = async () => {
    if (!check.ok) {
      setShown(check.errors);
      setStep(stepOfField(Object.keys(check.errors)[0] as DraftField));
      return;
    }
    if (short.length || !quota.data) return;
    const json = JSON.stringify(check.input);
    if (token.current?.body !== json) token.current = { body: json, id: crypto.randomUUID() };
    setSending(true);
    setFailure(null);
    try {
      const { task_id, uuids } = await api.post('/api/servers', { body: check.input, clientToken: token.current.id });
      const name = check.body.name;
      taskStarted({
        taskId: task_id, action: t('servers.create.action'), object: { kind: 'server', id: uuids[0] ?? '', name }, progressOn: uuids,
        invalidate: [queryKeys.servers.all, queryKeys.quotas.all],
      });
      token.current = null;
      router.push(uuids.length === 1 ? `/servers/${uuids[0]}` : `/servers?name=${encodeURIComponent(name)}`);
    } catch (error) {
      setFailure(error);
      if (error instanceof ApiError && error.fields?.length) {
        const fields: Errors = {};
        for (const f of error.fields) {
          const field = fieldOfApiError(f.field);
          if (field) fields[field] ??= { key: 'forms.error.invalid', values: { detail: f.message } };
        }
        setShown(fields);
      }
    } finally {
      setSending(false);
    }
  };

  const props: StepProps = { draft, update, errors: shown, data, asAdmin, image };
  const scope = !projectId ? t('quota.panel.chooseProject') : !draft.azId ? t('quota.panel.chooseAz') : undefined;
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">{t('servers.create.title')}</h1>
      <ol aria-label={t('servers.create.steps')} className="flex flex-wrap gap-2 text-sm">
        {WIZARD_STEPS.map((s, i) => (
          <li key={s.id}>
            <button
              type="button"
              aria-current={s.id === step ? 'step' : undefined}
              onClick={() => setStep(s.id)}
              className={`rounded-full px-3 py-1 ring-1 ${s.id === step ? 'bg-accent text-accent-foreground ring-accent' : 'ring-border hover:bg-surface'}`}
            >
              {i + 1}. {t(`servers.create.step.${s.id}`)}
            </button>
          </li>
        ))}
      </ol>
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <form
          noValidate
          aria-label={t(`servers.create.step.${step}`)}
          className="space-y-4 rounded-lg border border-border p-4"
          onSubmit={(e) => {
            e.preventDefault();
            if (step === 'review') void submit();
            else next();
          }}
        >
          <h2 className="text-lg font-semibold">{t(`servers.create.step.${step}`)}</h2>
          {step === 'az' && <StepPlacement {...props} />}
          {step === 'image' && <StepImage {...props} />}
          {step === 'compute' && <StepCompute {...props} />}
          {step === 'storage' && <StepStorage {...props} />}
          {step === 'network' && <StepNetwork {...props} />}
          {step === 'details' && <StepDetails {...props} />}
          {step === 'review' && <StepReview {...props} body={check.input} />}
          {short.length > 0 && (
            <p role="alert" className="text-sm font-medium text-danger" data-testid="quota-short">
              {t('quota.short.create', { quotas: short.map((line) => quotaLabel(line, line.tagId ? tagNames[line.tagId] : undefined)).join(t('quota.short.separator')) })}
            </p>
          )}
          {step === 'review' && !check.ok && (
            <p role="alert" className="text-sm text-danger">{t('servers.create.fixErrors')}</p>
          )}
          {failure !== null && <ErrorNotice title={t('servers.create.failed')} error={failure} />}
          <div className="flex justify-between gap-2 border-t border-border pt-4">
            <button type="button" className="button-secondary" disabled={index === 0} onClick={() => setStep(WIZARD_STEPS[index - 1].id)}>
              {t('servers.create.back')}
            </button>
            {step === 'review' ? (
              <button type="submit" className="button-primary" disabled={sending || short.length > 0 || !quota.data} data-testid="wizard-submit">
                {sending ? t('resource.action.running') : t('servers.create.submit')}
              </button>
            ) : (
              <button type="submit" className="button-primary" data-testid="wizard-next">
                {t('servers.create.next')}
              </button>
            )}
          </div>
        </form>
        <QuotaPanel lines={lines} tagNames={tagNames} loading={quota.isPending} error={quota.isError} scope={scope} />
      </div>
    </section>
  );
}
