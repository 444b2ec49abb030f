'use client';

import { useQuery } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useId, type FormEvent, type ReactNode } from 'react';
import { api } from '@/lib/api/client';
import { queryKeys } from '@/lib/query-keys';
import { TASK_STATUSES, type TaskStatus } from '@/lib/scp';
import { KNOWN_OBJECT_TYPES } from '@/lib/tasks/object-kind';
import { inputOfLogTime, logTimeOfInput, opLogSearch, type OpLogView } from '@/lib/tasks/op-log-view';
import { taskPhase } from '@/lib/tasks/task-phase';
import { useTaskLabels } from '../use-task-labels';

/** Tenants for the admin's tenant filter: one page of 100, kept a while (they rarely change). */
function useTenantOptions(enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.projects.filterOptions,
    queryFn: ({ signal }) => api.get('/api/projects', { query: { pageSize: 100 }, signal }),
    enabled,
    staleTime: 5 * 60_000,
  });
}

const control = 'text-input h-9 w-auto min-w-36 text-sm';

/** A labelled control; the label is not wrapped around it, so a select's name is the label alone. */
function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs text-muted">{label}</label>
      {children}
    </div>
  );
}

/**
 * The operation log's filters. Applying pushes a new URL (page 1), so each
 * filtered view is a link and the back button returns to the one before.
 * Uncontrolled inputs: the caller remounts the form when the URL changes.
 */
export function OpLogFilters({ view, canPickTenant }: { view: OpLogView; canPickTenant: boolean }) {
  const { t, phaseLabel } = useTaskLabels();
  const router = useRouter();
  const tenants = useTenantOptions(canPickTenant);
  const id = useId();
  const objectTypes = view.objectType && !KNOWN_OBJECT_TYPES.includes(view.objectType) ? [...KNOWN_OBJECT_TYPES, view.objectType] : KNOWN_OBJECT_TYPES;

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '') || undefined;
    router.push(`/tasks${opLogSearch({
      page: 1,
      pageSize: view.pageSize,
      status: text('status') as TaskStatus | undefined,
      objectType: text('objectType'),
      projectId: canPickTenant ? text('projectId') : undefined,
      from: logTimeOfInput(String(form.get('from') ?? '')) || undefined,
      to: logTimeOfInput(String(form.get('to') ?? '')) || undefined,
    })}`);
  };

  return (
    <form role="search" aria-label={t('tasks.filter.label')} className="flex flex-wrap items-end gap-3" onSubmit={apply}>
      <Field id={`${id}-status`} label={t('tasks.filter.status')}>
        <select id={`${id}-status`} name="status" defaultValue={view.status ?? ''} className={control}>
          <option value="">{t('tasks.filter.anyStatus')}</option>
          {TASK_STATUSES.map((status) => (
            <option key={status} value={status}>{phaseLabel(taskPhase(status))}</option>
          ))}
        </select>
      </Field>
      <Field id={`${id}-type`} label={t('tasks.filter.objectType')}>
        <select id={`${id}-type`} name="objectType" defaultValue={view.objectType ?? ''} className={control}>
          <option value="">{t('tasks.filter.anyObjectType')}</option>
          {objectTypes.map((type) => (
            <option key={type} value={type}>{type}</option>
          ))}
        </select>
      </Field>
      {canPickTenant && (
        <Field id={`${id}-tenant`} label={t('tasks.filter.tenant')}>
          <select id={`${id}-tenant`} name="projectId" defaultValue={view.projectId ?? ''} className={control} key={tenants.data ? 'loaded' : 'loading'}>
            <option value="">{t('tasks.filter.anyTenant')}</option>
            {view.projectId && !tenants.data?.items.some((p) => p.id === view.projectId) && <option value={view.projectId}>{view.projectId}</option>}
            {tenants.data?.items.map((project) => (
              <option key={project.id} value={project.id}>{project.name}</option>
            ))}
          </select>
        </Field>
      )}
      <Field id={`${id}-from`} label={t('tasks.filter.from')}>
        <input id={`${id}-from`} type="datetime-local" step={1} name="from" defaultValue={inputOfLogTime(view.from)} className={control} />
      </Field>
      <Field id={`${id}-to`} label={t('tasks.filter.to')}>
        <input id={`${id}-to`} type="datetime-local" step={1} name="to" defaultValue={inputOfLogTime(view.to)} className={control} />
      </Field>
      <div className="flex gap-2">
        <button type="submit" className="button-primary h-9">{t('tasks.filter.apply')}</button>
        <button type="button" className="button-secondary" onClick={() => router.push(`/tasks${opLogSearch({ page: 1, pageSize: view.pageSize })}`)}>
          {t('tasks.filter.reset')}
        </button>
      </div>
    </form>
  );
}
