'use client';

import { useState } from 'react';
import { notesBlock } from '@/components/forms/field-note';
import { FormFields } from '@/components/forms/form-fields';
import { fieldErrors } from '@/components/forms/form-errors';
import { useSessionUser } from '@/components/shell/session-user';
import { useT } from '@/lib/i18n/client';
import { fieldOfPath, verifyCreateForm } from '@/lib/resources/core/form-check';
import type { CreateForm, CreateResult, FieldError } from '@/lib/resources/core/types';
import { ErrorNotice } from './error-notice';
import { FormDialog } from './form-dialog';
import { useCachedRead } from './use-cached-read';
import { useKeyedRequest } from './use-keyed-request';

/**
 * The dialog of a declared create form. What was typed stays on any error:
 * the schema's and the form's own problems under their fields before
 * anything is sent, SCP's 400 under the fields it names, any other failure
 * above the buttons. Nothing is sent while a field's note blocks it (one
 * still being read is waited for). Sending the same body again reuses its
 * X-Client-Token, so a retry never creates twice. `filters` are the list's.
 */
export function CreateDialog({ form, filters, onClose, onCreated }: {
  form: CreateForm;
  filters: Readonly<Record<string, string>>;
  onClose: () => void;
  onCreated: (result: CreateResult) => void;
}) {
  const t = useT();
  const session = useSessionUser();
  const read = useCachedRead();
  const [fields] = useState(() => form.fields(session));
  const [values, setValues] = useState(() => form.initial(session, filters));
  const [errors, setErrors] = useState<Record<string, FieldError>>({});
  const request = useKeyedRequest((body: unknown, clientToken: string) => form.send(body, { clientToken }));
  const { failure, sending } = request;
  const submit = async () => {
    const checked = await verifyCreateForm(form, fields, values, { read });
    setErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok || (await notesBlock(fields, values, read))) return;
    const sent = await request.submit(checked.body);
    if (sent) onCreated(sent.answer);
  };
  const formError = errors.form;
  return (
    <FormDialog
      title={t(form.titleKey)}
      testId={form.testIds.dialog}
      formId={`${form.testIds.dialog}-form`}
      sending={sending}
      submitLabel={t(form.submitKey)}
      onClose={onClose}
      onSubmit={() => void submit()}
      wide={form.wide}
    >
      {form.introKey && <p className="text-sm text-muted">{t(form.introKey)}</p>}
      <FormFields
        fields={fields}
        values={values}
        errors={{ ...(failure !== null ? fieldErrors(failure, (_, path) => fieldOfPath(form, path.split('.'))) : {}), ...errors }}
        onChange={(name, value) => setValues((v) => ({ ...v, [name]: value }))}
      />
      {formError && (
        <p role="alert" className="text-sm text-danger">
          {t(formError.key, formError.values)}
        </p>
      )}
      {failure !== null && <ErrorNotice title={t(form.failedKey)} error={failure} />}
    </FormDialog>
  );
}
