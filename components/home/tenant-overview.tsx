'use client';

import { useT } from '@/lib/i18n/client';
import { NetworkFigures } from './network-figures';
import { QuotaCard } from './quota-card';
import { ServerFigures } from './server-figures';
import { TaskListCard } from './task-list-card';

/** A tenant admin's overview: servers by state, network and images, quota use and the latest operations. */
export function TenantOverview({ projectId }: { projectId: string }) {
  const t = useT();
  return (
    <div className="space-y-6">
      <ServerFigures />
      <NetworkFigures />
      <div className="grid gap-4 lg:grid-cols-2">
        <QuotaCard projectId={projectId} />
        <TaskListCard title={t('home.tasks.title')} empty={t('home.tasks.empty')} />
      </div>
    </div>
  );
}
