'use client';

import { api } from '@/lib/api';
import { countQuery, listHref } from '@/lib/home/overview-figures';
import { useT } from '@/lib/i18n/client';
import { queryKeys } from '@/lib/query-keys';
import { projectsQuery } from '@/lib/resources/core/lookups';
import { FigureCard } from './figure-card';
import { PlatformCard } from './platform-card';
import { TaskListCard } from './task-list-card';
import { useOverviewQuery } from './use-overview-query';

const RUNNING_TASKS = countQuery({ status: 'doing' as const });

/** A platform admin's overview: the platform's figures, tenants, running tasks and the latest failures. */
export function PlatformOverview() {
  const t = useT();
  // The shared tenant list (the tenant filters read it too): its total is the count.
  const tenants = useOverviewQuery(projectsQuery.queryKey, projectsQuery.queryFn);
  const running = useOverviewQuery(queryKeys.overview.figure(queryKeys.tasks.all, RUNNING_TASKS), ({ signal }) => api.get('/api/tasks', { query: RUNNING_TASKS, signal }));
  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <PlatformCard />
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-1">
        <FigureCard id="tenants" label={t('home.tenants')} href="/tenants" query={tenants} value={(page) => page.total} />
        <FigureCard id="running-tasks" label={t('home.runningTasks')} href={listHref('/tasks', { status: 'doing' })} query={running} value={(page) => page.total} />
      </div>
      <TaskListCard status="failure" title={t('home.tasks.failedTitle')} empty={t('home.tasks.noFailures')} className="lg:col-span-3" />
    </div>
  );
}
