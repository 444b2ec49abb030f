'use client';

import { useQuery } from '@tanstack/react-query';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useId, type ReactNode } from 'react';
import { useSessionUser } from '@/components/shell/session-user';
import { useT } from '@/lib/i18n/client';
import { projectsQuery } from '@/lib/resources/core/lookups';
import type { TenantScope } from '@/lib/resources/core/scoped-page';

function TenantPicker({ scope, value, onChange }: { scope: TenantScope; value: string; onChange: (projectId: string) => void }) {
  const t = useT();
  const id = useId();
  const projects = useQuery(projectsQuery);
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="text-sm font-medium">
        {t(scope.labelKey)}
      </label>
      <select id={id} className="text-input h-9 w-56" value={value} onChange={(e) => onChange(e.target.value)} disabled={!projects.data}>
        <option value="">{projects.isError ? t('resource.filter.loadFailed') : projects.data ? t(scope.chooseKey) : t('resource.filter.loading')}</option>
        {projects.data?.items.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * A page about one tenant (lib/resources/core/scoped-page): a picker for the
 * roles that choose one, kept in the URL; anyone else sees their own. Render
 * inside <Suspense> (it reads the URL's search params).
 */
export function TenantScoped({ scope, title, children }: {
  scope: TenantScope;
  title: string;
  children: (tenant: { id: string; name: string; picked: boolean }) => ReactNode;
}) {
  const t = useT();
  const session = useSessionUser();
  const picks = scope.pickers.includes(session.role);
  const router = useRouter();
  const pathname = usePathname();
  const asked = useSearchParams().get(scope.param) ?? '';
  const id = picks ? (scope.accepts(asked) ? asked : '') : session.projectId;
  const projects = useQuery({ ...projectsQuery, enabled: picks });
  const name = picks ? projects.data?.items.find((p) => p.id === id)?.name ?? id : session.projectName;
  const choose = (chosen: string) => router.replace(chosen ? `${pathname}?${scope.param}=${chosen}` : pathname);
  return (
    <section className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{title}</h1>
        {picks && <TenantPicker scope={scope} value={id} onChange={choose} />}
      </div>
      {id ? (
        children({ id, name, picked: picks })
      ) : (
        <p className="rounded-lg border border-border px-3 py-10 text-center text-sm text-muted">{t(scope.promptKey)}</p>
      )}
    </section>
  );
}
