'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { fieldErrors } from '@/components/forms/form-errors';
import { SelectField, TextField } from '@/components/forms/inputs';
import { ErrorNotice } from '@/components/resource/error-notice';
import { FormDialog } from '@/components/resource/form-dialog';
import { useTaskStarted } from '@/components/resource/use-task-started';
import { useSessionUser } from '@/components/shell/session-user';
import { api } from '@/lib/api';
import { useT } from '@/lib/i18n/client';
import { queryKeys } from '@/lib/query-keys';
import { azsQuery, projectsQuery, vpcsQuery } from '@/lib/resources/core/lookups';
import type { FieldError } from '@/lib/resources/core/types';
import { VpcCreateSchema } from '@/lib/scp';
import type { z } from 'zod';
import { useKeyedRequest } from '@/components/resource/use-keyed-request';

const rename = (f: string) => (f === 'az_id' ? 'azId' : f === 'project_id' ? 'projectId' : f);

/**
 * Create a VPC (POST /api/vpcs, a task that goes to the tray): the tenant
 * (admins), one of its AZs and a name. SCP allows one VPC per tenant per AZ,
 * so the AZ's existing VPC is looked up and named before anything is sent.
 */
export function VpcCreateDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const session = useSessionUser();
  const asAdmin = session.role === 'admin';
  const queryClient = useQueryClient();
  const taskStarted = useTaskStarted();
  const [projectId, setProjectId] = useState(asAdmin ? '' : session.projectId);
  const [azId, setAzId] = useState('');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<Record<string, FieldError>>({});

  const projects = useQuery({ ...projectsQuery, enabled: asAdmin });
  const tenantAzs = useQuery({ ...azsQuery, enabled: !asAdmin });
  const azs = asAdmin
    ? (projects.data?.items.find((p) => p.id === projectId)?.azs ?? []).map((az) => ({ value: az.az_id, label: az.az_name ?? az.az_id }))
    : (tenantAzs.data?.items ?? []).map((az) => ({ value: az.id, label: az.name }));
  const azLabel = azs.find((az) => az.value === azId)?.label ?? azId;
  const existing = useQuery({ ...vpcsQuery({ az_id: azId, project_id: projectId }), enabled: !!azId && !!projectId, select: (page) => page.items[0] });

  const request = useKeyedRequest((body: z.output<typeof VpcCreateSchema>, clientToken: string) => api.post('/api/vpcs', { body, clientToken }));
  const submit = async () => {
    const problems: Record<string, FieldError> = {};
    if (!projectId) problems.projectId = { key: 'forms.error.required' };
    if (!azId) problems.azId = { key: 'forms.error.required' };
    const parsed = VpcCreateSchema.safeParse({ az_id: azId, project_id: projectId, name: name.trim() || undefined });
    if (!parsed.success) Object.assign(problems, { ...fieldErrors(parsed.error, rename), ...problems });
    setErrors(problems);
    if (Object.keys(problems).length || !parsed.success) return;
    // A click while the AZ's VPC is still being looked up waits for the answer instead of being lost.
    const clash = existing.isPending ? (await existing.refetch()).data : existing.data;
    if (clash) return;
    const sent = await request.submit(parsed.data);
    if (!sent) return;
    taskStarted({
      taskId: sent.answer.task_id, action: t('vpcs.action.create'), object: { kind: 'vpc', id: '', name: parsed.data.name ?? 'VPC网络' }, progressOn: [],
      invalidate: [queryKeys.vpcs.all, queryKeys.subnets.all],
    });
    await queryClient.invalidateQueries({ queryKey: queryKeys.vpcs.all });
    onClose();
  };
  const sentErrors = request.failure ? fieldErrors(request.failure, rename) : {};

  return (
    <FormDialog
      title={t('vpcs.create.title')}
      testId="vpc-create-dialog"
      formId="vpc-create-form"
      sending={request.sending}
      submitLabel={t('vpcs.create.submit')}
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      <p className="text-sm text-muted">{t('vpcs.create.rule')}</p>
      {asAdmin && (
        <SelectField
          label={t('vpcs.create.project')}
          value={projectId}
          options={(projects.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
          loading={projects.isPending}
          placeholder={t('vpcs.create.choose')}
          onChange={(value) => {
            setProjectId(value);
            setAzId('');
          }}
          error={errors.projectId ?? sentErrors.projectId}
          testId="vpc-create-project"
        />
      )}
      <SelectField
        label={t('vpcs.create.az')}
        value={azId}
        options={azs}
        loading={asAdmin ? projects.isPending : tenantAzs.isPending}
        placeholder={t(projectId ? 'vpcs.create.choose' : 'vpcs.create.chooseProjectFirst')}
        hint={projectId && !azs.length && !(asAdmin ? projects.isPending : tenantAzs.isPending) ? t('vpcs.create.noAzs') : undefined}
        onChange={setAzId}
        error={errors.azId ?? sentErrors.azId}
        testId="vpc-create-az"
      />
      {azId && existing.isPending && <p role="status" className="text-sm text-muted">{t('vpcs.create.checking')}</p>}
      {existing.data && (
        <p role="alert" className="text-sm text-danger" data-testid="vpc-exists">
          {t('vpcs.create.exists', { name: existing.data.name, az: azLabel })}
        </p>
      )}
      <TextField label={t('vpcs.create.name')} hint={t('vpcs.create.nameHint')} value={name} onChange={setName} error={errors.name ?? sentErrors.name} testId="vpc-create-name" />
      {request.failure !== null && <ErrorNotice title={t('vpcs.create.failed')} error={request.failure} />}
    </FormDialog>
  );
}
