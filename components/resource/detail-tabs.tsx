'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import type { ReactNode } from 'react';
import { useT } from '@/lib/i18n/client';
import type { Action, DetailTab, DetailTable, StatusModel } from '@/lib/resources/core/types';
import { DetailPart } from './detail-parts';
import { ObjectTaskLog } from './object-task-log';
import { RelatedListView } from './related-list';
import { Tabs } from './tabs';

/**
 * The tabs of a detail page, the one shown kept in `?tab=` (none for the
 * first), and the shown one's panel. Render inside <Suspense> (it reads the
 * URL's search params).
 */
export function DetailTabs<T>({ tabs, label, item, itemId, name, status, request, tableActions }: {
  tabs: readonly DetailTab<T>[];
  label: string;
  item: T;
  itemId: string;
  name: string;
  status: Pick<StatusModel<unknown>, 'labelKey' | 'tone'>;
  request: (action: Action<T>) => void;
  tableActions: (table: DetailTable<T>) => ReactNode;
}) {
  const t = useT();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const tab = tabs.find((candidate) => candidate.id === params.get('tab')) ?? tabs[0];
  return (
    <>
      <Tabs
        label={label}
        active={tab.id}
        onChange={(next) => router.replace(next === tabs[0].id ? pathname : `${pathname}?tab=${next}`, { scroll: false })}
        tabs={tabs.map((candidate) => ({ id: candidate.id, label: t(candidate.labelKey) }))}
      />
      <div role="tabpanel" aria-label={t(tab.labelKey)}>
        {tab.kind === 'parts' && (
          <div className="space-y-4">
            {tab.parts.map((part) => <DetailPart key={part.id} part={part} item={item} status={status} tableActions={tableActions} />)}
          </div>
        )}
        {tab.kind === 'related' && <RelatedListView related={tab.related} item={item} name={name} request={request} />}
        {tab.kind === 'tasks' && <ObjectTaskLog objectId={itemId} log={tab.tasks} />}
      </div>
    </>
  );
}
