'use client';

import { useState } from 'react';
import { notesBlock } from '@/components/forms/field-note';
import { FormFields } from '@/components/forms/form-fields';
import { createFailureErrors } from '@/components/forms/form-errors';
import { useSessionUser } from '@/components/shell/session-user';
import { useT } from '@/lib/i18n/client';
import { checkFiles } from '@/lib/resources/core/files';
import { verifyCreateForm } from '@/lib/resources/core/form-check';
import type { CreateForm, CreateResult, FieldError } from '@/lib/resources/core/types';
import { ErrorNotice } from './error-notice';
import { FormDialog } from './form-dialog';
import { UploadStatus } from './upload-status';
import { useCachedRead } from './use-cached-read';
import { useCreateSend, type CreateStep } from './use-create-send';

/**
 * The dialog of a declared create form. What was typed stays on any error:
 * the schema's and the form's own problems under their fields before
 * anything is sent, SCP's 400 under the fields it names, any other failure
 * above the buttons. Nothing is sent while a field's note blocks it (one
 * still being read is waited for). Sending the same body again reuses its
 * X-Client-Token, so a retry never creates twice. `filters` are the list's.
 * A form with an `upload` then sends its file (use-create-send.ts): the
 * fields are locked once the object is made, the file field while it is sent.
 */
export function CreateDialog({ form, filters, onClose, onCreated, onStep }: {
  form: CreateForm;
  filters: Readonly<Record<string, string>>;
  onClose: () => void;
  onCreated: (result: CreateResult) => void;
  /** A step of a create with an upload: the object made, the file sent or failed. */
  onStep?: CreateStep;
}) {
  const t = useT();
  const session = useSessionUser();
  const read = useCachedRead();
  const [fields] = useState(() => form.fields(session));
  const [values, setValues] = useState(() => form.initial(session, filters));
  const [errors, setErrors] = useState<Record<string, FieldError>>({});
  const request = useCreateSend(form, onStep);
  const { failure, sending } = request;
  const { upload } = form;
  const submit = async () => {
    const checked = await verifyCreateForm(form, fields, values, { read });
    const fileErrors = await checkFiles(fields, values, request.files.files);
    setErrors({ ...(checked.ok ? {} : checked.errors), ...fileErrors });
    if (!checked.ok || Object.keys(fileErrors).length || (await notesBlock(fields, values, read))) return;
    const sent = await request.submit(checked.body);
    if (sent) onCreated(sent);
  };
  const formError = errors.form;
  const shownErrors = { ...createFailureErrors(form, failure), ...errors };
  const onChange = (name: string, value: string) => setValues((v) => ({ ...v, [name]: value }));
  const typed = <FormFields fields={upload ? fields.filter((f) => f.name !== upload.field) : fields} values={values} errors={shownErrors} onChange={onChange} />;
  return (
    <FormDialog
      title={t(form.titleKey)}
      testId={form.testIds.dialog}
      formId={`${form.testIds.dialog}-form`}
      sending={sending}
      submitLabel={t(upload && request.made ? upload.retryKey : form.submitKey)}
      onClose={onClose}
      onSubmit={() => void submit()}
      wide={form.wide}
    >
      {form.introKey && <p className="text-sm text-muted">{t(form.introKey)}</p>}
      {upload ? <fieldset disabled={sending || !!request.made}>{typed}</fieldset> : typed}
      {upload && (
        <>
          <FormFields
            fields={fields.filter((f) => f.name === upload.field)} values={values} errors={shownErrors} onChange={onChange}
            files={{ onChange: request.files.choose, disabled: sending }}
          />
          <UploadStatus
            upload={upload} creatingKey={request.creating ? upload.creatingKey : undefined} progress={request.files.progress}
            failure={request.uploadFailure} onCancel={request.files.cancel}
          />
        </>
      )}
      {formError && (
        <p role="alert" className="text-sm text-danger">
          {t(formError.key, formError.values)}
        </p>
      )}
      {failure !== null && <ErrorNotice title={t(form.failedKey)} error={failure} />}
    </FormDialog>
  );
}
