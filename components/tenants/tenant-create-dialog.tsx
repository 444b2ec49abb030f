'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormFields } from '@/components/forms/form-fields';
import { ErrorNotice } from '@/components/resource/error-notice';
import { FormDialog } from '@/components/resource/form-dialog';
import { useKeyedRequest } from '@/components/resource/use-keyed-request';
import { api } from '@/lib/api';
import { useT } from '@/lib/i18n/client';
import { queryKeys } from '@/lib/query-keys';
import { checkTenantCreate, tenantCreateBody, tenantCreateFields } from '@/lib/resources/projects/create';
import type { FieldError } from '@/lib/resources/core/types';

const EMPTY = { name: '', description: '', user_name: '', mail: '', phone: '', password: '', confirm: '' };

/**
 * Create a tenant and its admin account (POST /api/projects, synchronous).
 * The password goes to the console, which encrypts it for SCP. What was typed
 * stays on any error; sending the same request again reuses its X-Client-Token.
 */
export function TenantCreateDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Record<string, string>>(EMPTY);
  const [errors, setErrors] = useState<Record<string, FieldError>>({});
  const request = useKeyedRequest((body: ReturnType<typeof tenantCreateBody>, clientToken: string) => api.post('/api/projects', { body, clientToken }));
  const { failure, sending } = request;

  const submit = async () => {
    const problems = checkTenantCreate(values);
    setErrors(problems);
    if (Object.keys(problems).length) return;
    if (!(await request.submit(tenantCreateBody(values)))) return;
    await queryClient.invalidateQueries({ queryKey: queryKeys.projects.all });
    onClose();
  };

  return (
    <FormDialog
      title={t('tenants.create.title')}
      testId="tenant-create-dialog"
      formId="tenant-create-form"
      sending={sending}
      submitLabel={t('tenants.create.submit')}
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      <FormFields fields={tenantCreateFields} values={values} errors={errors} onChange={(name, value) => setValues((v) => ({ ...v, [name]: value }))} />
      {failure !== null && <ErrorNotice title={t('tenants.create.failed')} error={failure} />}
    </FormDialog>
  );
}
