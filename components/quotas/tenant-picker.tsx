'use client';

import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useT } from '@/lib/i18n/client';
import { projectsQuery } from '@/lib/resources/core/lookups';

/** The tenant whose quotas an admin sees; the choice lives in the URL (`?project_id=`), so a link can open it. */
export function TenantPicker({ value, onChange }: { value: string; onChange: (projectId: string) => void }) {
  const t = useT();
  const id = useId();
  const projects = useQuery(projectsQuery);
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="text-sm font-medium">
        {t('quotas.tenant.label')}
      </label>
      <select id={id} className="text-input h-9 w-56" value={value} onChange={(e) => onChange(e.target.value)} disabled={!projects.data}>
        <option value="">{projects.isError ? t('resource.filter.loadFailed') : projects.data ? t('quotas.tenant.choose') : t('resource.filter.loading')}</option>
        {projects.data?.items.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </div>
  );
}
