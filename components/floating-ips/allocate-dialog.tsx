'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { fieldErrors } from '@/components/forms/form-errors';
import { FormFields } from '@/components/forms/form-fields';
import { ErrorNotice } from '@/components/resource/error-notice';
import { FormDialog } from '@/components/resource/form-dialog';
import { useKeyedRequest } from '@/components/resource/use-keyed-request';
import { useSessionUser } from '@/components/shell/session-user';
import { api } from '@/lib/api';
import { useT } from '@/lib/i18n/client';
import { queryKeys } from '@/lib/query-keys';
import { allocateBody, allocateFields, allocateInitial, checkAllocate } from '@/lib/resources/floating-ips/allocate';
import type { FieldError } from '@/lib/resources/core/types';

/** The form field a console API complaint about the request names. */
const fieldOf = (field: string) => ({ bandwidth: 'mbps', az_ids: 'az_id' })[field] ?? field;

/**
 * Allocate a floating IP. SCP answers at once (no task), so the list is
 * refreshed and the dialog closes with the new address. What was typed stays
 * on a failure; sending the same values again reuses the X-Client-Token.
 */
export function AllocateDialog({ onClose, onAllocated }: { onClose: () => void; onAllocated: (address: string) => void }) {
  const t = useT();
  const session = useSessionUser();
  const queryClient = useQueryClient();
  const [values, setValues] = useState(() => allocateInitial(session));
  const [errors, setErrors] = useState<Record<string, FieldError>>({});
  const request = useKeyedRequest((body: ReturnType<typeof allocateBody>, clientToken: string) => api.post('/api/floatingips', { body, clientToken }));
  const { failure, sending } = request;

  const submit = async () => {
    const problems = checkAllocate(values);
    setErrors(problems);
    if (Object.keys(problems).length) return;
    const created = await request.submit(allocateBody(values));
    if (!created) return;
    await queryClient.invalidateQueries({ queryKey: queryKeys.floatingIps.all });
    onAllocated(created.answer.floating_ip);
  };

  const label = t('floatingIps.action.allocate');
  return (
    <FormDialog title={t('floatingIps.allocate.title')} testId="allocate-dialog" formId="allocate-form" sending={sending} submitLabel={label} onClose={onClose} onSubmit={() => void submit()}>
      <FormFields
        fields={allocateFields(session)}
        values={values}
        errors={{ ...(failure ? fieldErrors(failure, fieldOf) : {}), ...errors }}
        onChange={(name, value) => setValues((v) => ({ ...v, [name]: value }))}
      />
      {failure !== null && <ErrorNotice title={t('resource.action.failedShort', { action: label })} error={failure} />}
    </FormDialog>
  );
}
