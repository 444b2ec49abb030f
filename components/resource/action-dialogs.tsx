'use client';

import { useEffect, useState } from 'react';
import { FormFields } from '@/components/forms/form-fields';
import { fieldErrors } from '@/components/forms/form-errors';
import { useSessionUser } from '@/components/shell/session-user';
import { useT } from '@/lib/i18n/client';
import { checkFiles } from '@/lib/resources/core/files';
import type { ActionForm, FieldError } from '@/lib/resources/core/types';
import { FormNotes } from './form-notes';
import { Dialog } from './dialog';
import { ErrorNotice } from './error-notice';
import { FormDialog } from './form-dialog';
import { useFormQuota } from './form-quota';
import { UploadStatus } from './upload-status';
import { useFormFiles } from './use-form-files';
import type { ActionRunner, RunnerTarget } from './use-action-runner';

function ActionFormDialog<T>({ form, item, runner, label }: { form: ActionForm<T>; item: T; runner: ActionRunner<T>; label: string }) {
  const t = useT();
  const session = useSessionUser();
  const [extra] = useState(() => form.extra?.(item, session));
  const [values, setValues] = useState(() => ({ ...form.initial(item), ...extra?.initial }));
  const [loading, setLoading] = useState(!!form.load);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [errors, setErrors] = useState<Record<string, FieldError>>({});
  useEffect(() => {
    if (!form.load) return;
    const abort = new AbortController();
    form.load(item, abort.signal).then(
      (loaded) => {
        setValues({ ...loaded, ...extra?.initial });
        setLoading(false);
      },
      (error) => !abort.signal.aborted && setLoadError(error),
    );
    return () => abort.abort();
  }, [form, item, extra]);
  const files = useFormFiles();
  const fields = extra?.fields ? [...form.fields, ...extra.fields] : form.fields;
  const serverErrors = runner.failed ? fieldErrors(runner.failed.error, form.fieldOf) : {};
  const title = t(form.titleKey, form.titleValues?.(item));
  const notes = loading ? [] : (form.notes?.(values, item) ?? []);
  const quota = useFormQuota(form.quota?.(values, item));
  const { upload } = form;
  const submit = async () => {
    const problems = { ...form.check(values, item), ...(await checkFiles(fields, values, files.files)) };
    setErrors(problems);
    if (Object.keys(problems).length || loading || notes.some((note) => note.blocks) || quota.short) return;
    const file = upload && files.files[upload.field];
    await (file ? files.run(file, (ctx) => runner.submit(values, ctx)) : runner.submit(values));
  };
  const submitKey = upload && runner.failed ? upload.retryKey : form.submitKey;
  return (
    <FormDialog
      title={title}
      testId={form.testId ?? 'action-form-dialog'}
      formId="action-form"
      sending={runner.running}
      submitLabel={submitKey ? t(submitKey) : label}
      onClose={runner.cancel}
      onSubmit={() => void submit()}
      wide={form.wide}
      aside={quota.aside}
    >
      {extra?.notice && (
        <p role="note" data-testid="action-form-notice" className="rounded-md border border-border bg-surface px-3 py-2 text-sm">
          {t(extra.notice.key, extra.notice.values)}
        </p>
      )}
      {loadError !== null ? (
        <ErrorNotice title={t('resource.action.failedShort', { action: title })} error={loadError} />
      ) : loading ? (
        <p role="status" className="text-sm text-muted">
          {t('resource.list.loading')}
        </p>
      ) : (
        <FormFields
          fields={fields} values={values} errors={{ ...serverErrors, ...errors }} onChange={(name, value) => setValues((v) => ({ ...v, [name]: value }))}
          files={{ onChange: files.choose, disabled: runner.running }}
        />
      )}
      <FormNotes notes={notes} />
      {quota.said}
      {upload && <UploadStatus upload={upload} progress={files.progress} failure={runner.failed?.error ?? null} onCancel={files.cancel} />}
      {runner.failed && !upload && <ErrorNotice title={form.failedKey ? t(form.failedKey) : t('resource.action.failedShort', { action: label })} error={runner.failed.error} />}
    </FormDialog>
  );
}

/**
 * The dialogs of a resource's actions: confirmation, or the action's form,
 * each showing its own failure (the values typed stay; submitting again
 * retries with the same client token); and the notice of a failed action that
 * had no dialog, with Retry.
 */
export function ActionDialogs<T>({ runner, resource }: { runner: ActionRunner<T>; resource: RunnerTarget<T> }) {
  const t = useT();
  const { open, failed } = runner;
  const names = (items: T[]) => items.map(resource.nameOf).join(', ');
  if (!open) {
    return failed ? (
      <ErrorNotice title={t('resource.action.failed', { action: t(failed.action.labelKey), name: names(failed.items) })} error={failed.error} testId="action-error">
        <button type="button" className="button-secondary h-8" onClick={() => void runner.retry()}>
          {t('common.retry')}
        </button>
        <button type="button" className="button-secondary h-8" onClick={runner.dismissError}>
          {t('resource.action.dismiss')}
        </button>
      </ErrorNotice>
    ) : null;
  }
  const { action, items } = open;
  const label = t(action.labelKey);
  if (action.form) return <ActionFormDialog form={action.form} item={items[0]} runner={runner} label={label} />;
  const confirm = action.confirm!;
  return (
    <Dialog
      title={t(confirm.titleKey)}
      onClose={runner.cancel}
      testId="confirm-dialog"
      footer={
        <>
          <button type="button" className="button-secondary" onClick={runner.cancel}>
            {t('resource.confirm.cancel')}
          </button>
          <button
            type="button"
            className={`button-primary h-9 ${confirm.danger ? 'bg-danger text-white' : ''}`}
            onClick={() => void runner.submit()}
            disabled={runner.running}
          >
            {runner.running ? t('resource.action.running') : label}
          </button>
        </>
      }
    >
      <p>
        {items.length > 1 && confirm.bulkBodyKey
          ? t(confirm.bulkBodyKey, { count: items.length, names: names(items) })
          : t(confirm.bodyKey, { name: names(items) })}
      </p>
      {failed && (
        <div className="mt-3">
          <ErrorNotice title={t('resource.action.failedShort', { action: label })} error={failed.error} />
        </div>
      )}
    </Dialog>
  );
}
