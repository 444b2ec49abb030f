'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { z } from 'zod';
import { fieldErrors } from '@/components/forms/form-errors';
import { FormFields } from '@/components/forms/form-fields';
import { ErrorNotice } from '@/components/resource/error-notice';
import { FormDialog } from '@/components/resource/form-dialog';
import { useKeyedRequest } from '@/components/resource/use-keyed-request';
import { useTaskStarted } from '@/components/resource/use-task-started';
import { useT } from '@/lib/i18n/client';
import { queryKeys } from '@/lib/query-keys';
import { editImage, imageEditBody } from '@/lib/resources/images/actions';
import type { ImageRow } from '@/lib/resources/images/resource';
import type { FieldError, FormField } from '@/lib/resources/core/types';
import { ImageEditSchema } from '@/lib/scp';
import { AzCheckboxes } from '@/components/forms/az-checkboxes';

const fields: readonly FormField[] = [
  { name: 'name', labelKey: 'images.field.name', kind: 'text' },
  { name: 'description', labelKey: 'images.field.description', kind: 'textarea' },
  { name: 'os_type', labelKey: 'images.field.osType', kind: 'text', hintKey: 'images.field.osType.hint' },
];

/**
 * Edit an image (images.edit): name, description, OS type and the AZs it is
 * in. Only what changed is sent; sending the same change again after a failure
 * reuses its X-Client-Token. The edit's task goes to the tray.
 */
export function ImageEditDialog({ image, onClose }: { image: ImageRow; onClose: () => void }) {
  const t = useT();
  const taskStarted = useTaskStarted();
  const queryClient = useQueryClient();
  const [values, setValues] = useState({ name: image.name, description: image.description ?? '', os_type: image.os_type ?? '' });
  const [azs, setAzs] = useState(() => image.azs.map((az) => az.id));
  const [errors, setErrors] = useState<Record<string, FieldError>>({});
  const request = useKeyedRequest((body: z.output<typeof ImageEditSchema>, clientToken: string) => editImage.run(image, { clientToken, values: { ...values, azs: azs.join(',') } }));

  const submit = async () => {
    const all = { ...values, azs: azs.join(',') };
    const body = imageEditBody(image, all);
    const problems: Record<string, FieldError> = {};
    if (!values.name.trim()) problems.name = { key: 'forms.error.required' };
    if (!azs.length) problems.azs = { key: 'forms.error.required' };
    if (!Object.values(body).some((v) => v !== undefined)) problems.name ??= { key: 'images.edit.nothing' };
    const parsed = ImageEditSchema.safeParse(body);
    if (!parsed.success) Object.assign(problems, { ...fieldErrors(parsed.error), ...problems });
    setErrors(problems);
    if (Object.keys(problems).length || !parsed.success) return;
    const result = await request.submit(parsed.data);
    void queryClient.invalidateQueries({ queryKey: queryKeys.images.all });
    if (!result) return;
    if (result.answer.taskId) taskStarted({ taskId: result.answer.taskId, action: t('images.action.edit'), object: { kind: 'image', id: image.id, name: values.name.trim() }, invalidate: [queryKeys.images.all] });
    onClose();
  };
  const failure = request.failure;
  const sent = failure ? fieldErrors(failure) : {};

  return (
    <FormDialog
      title={t('images.edit.title', { name: image.name })}
      testId="image-edit-dialog"
      formId="image-edit-form"
      sending={request.sending}
      submitLabel={t('images.edit.submit')}
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      <FormFields fields={fields} values={values} errors={{ ...sent, ...errors }} onChange={(name, value) => setValues((v) => ({ ...v, [name]: value }))} />
      <AzCheckboxes legend={t('images.field.azs')} hint={t('images.field.azs.hint')} value={azs} onChange={setAzs} error={errors.azs ?? sent.azs} />
      {failure !== null && <ErrorNotice title={t('images.edit.failed')} error={failure} />}
    </FormDialog>
  );
}
