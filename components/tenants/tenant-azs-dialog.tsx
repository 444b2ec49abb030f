'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { AzCheckboxes } from '@/components/forms/az-checkboxes';
import { ErrorNotice } from '@/components/resource/error-notice';
import { FormDialog } from '@/components/resource/form-dialog';
import { useKeyedRequest } from '@/components/resource/use-keyed-request';
import { useTaskStarted } from '@/components/resource/use-task-started';
import { useT } from '@/lib/i18n/client';
import { queryKeys } from '@/lib/query-keys';
import { checkAzChoice, editTenantAzs, tenantAzIds } from '@/lib/resources/projects/azs';
import type { FieldError } from '@/lib/resources/core/types';
import type { Project } from '@/lib/scp';

/**
 * The AZs (资源池) a tenant may use, as checkboxes. Ticked ones are given in
 * one task (tracked in the tray); unticked ones are taken back, which SCP
 * refuses, saying why, while the tenant has resources there. The same choice
 * sent again after a failure reuses its X-Client-Token.
 */
export function TenantAzsDialog({ tenant, onClose }: { tenant: Project; onClose: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const taskStarted = useTaskStarted();
  const current = tenantAzIds(tenant);
  const [chosen, setChosen] = useState(current);
  const [errors, setErrors] = useState<Record<string, FieldError>>({});
  const request = useKeyedRequest((azs: string[], clientToken: string) => editTenantAzs.run(tenant, { clientToken, values: { azs: azs.join(',') } }));

  const submit = async () => {
    const problems = checkAzChoice(current, chosen);
    setErrors(problems);
    if (Object.keys(problems).length) return;
    const result = await request.submit([...chosen].sort());
    // Some changes may have landed before a refusal: the lists show what SCP has now.
    void queryClient.invalidateQueries({ queryKey: queryKeys.projects.all });
    void queryClient.invalidateQueries({ queryKey: queryKeys.quotas.all });
    if (!result) return;
    if (result.answer.taskId) {
      taskStarted({
        taskId: result.answer.taskId, action: t('tenants.action.azs'), object: { kind: 'project', id: tenant.id, name: tenant.name },
        invalidate: [queryKeys.projects.all, queryKeys.quotas.all],
      });
    }
    onClose();
  };

  return (
    <FormDialog
      title={t('tenants.azs.title', { name: tenant.name })}
      testId="tenant-azs-dialog"
      formId="tenant-azs-form"
      sending={request.sending}
      submitLabel={t('tenants.azs.submit')}
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      <AzCheckboxes legend={t('tenants.azs.legend')} hint={t('tenants.azs.hint')} value={chosen} onChange={setChosen} error={errors.azs} />
      {request.failure !== null && <ErrorNotice title={t('tenants.azs.failed')} error={request.failure} />}
    </FormDialog>
  );
}
