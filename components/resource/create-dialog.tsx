'use client';

import { useState } from 'react';
import { FormFields } from '@/components/forms/form-fields';
import { fieldErrors } from '@/components/forms/form-errors';
import { useSessionUser } from '@/components/shell/session-user';
import { useT } from '@/lib/i18n/client';
import { checkCreateForm, fieldOfPath } from '@/lib/resources/core/form-check';
import type { CreateForm, CreateResult, FieldError } from '@/lib/resources/core/types';
import { ErrorNotice } from './error-notice';
import { FormDialog } from './form-dialog';
import { useKeyedRequest } from './use-keyed-request';

/**
 * The dialog of a declared create form. What was typed stays on any error:
 * the schema's and the form's own problems under their fields before
 * anything is sent, SCP's 400 under the fields it names, any other failure
 * above the buttons. Sending the same body again reuses its X-Client-Token,
 * so a retry never creates twice.
 */
export function CreateDialog({ form, onClose, onCreated }: { form: CreateForm; onClose: () => void; onCreated: (result: CreateResult) => void }) {
  const t = useT();
  const session = useSessionUser();
  const [fields] = useState(() => form.fields(session));
  const [values, setValues] = useState(() => form.initial(session));
  const [errors, setErrors] = useState<Record<string, FieldError>>({});
  const request = useKeyedRequest((body: unknown, clientToken: string) => form.send(body, { clientToken }));
  const { failure, sending } = request;
  const submit = async () => {
    const checked = checkCreateForm(form, fields, values);
    setErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) return;
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
    >
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
