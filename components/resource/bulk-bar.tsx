'use client';

import { useSessionUser } from '@/components/shell/session-user';
import { useT } from '@/lib/i18n/client';
import { bulkVerdict } from '@/lib/resources/core/bulk';
import type { Action, ResourceDeclaration } from '@/lib/resources/core/types';
import { ActionButton } from './action-button';

/**
 * Shown while rows are selected: how many, the actions that can run on all
 * of them in one request, and clearing the selection. An action some of them
 * refuse is disabled and says which one and why.
 */
export function BulkBar<T>({ resource, items, onAction, onClear }: { resource: ResourceDeclaration<T>; items: readonly T[]; onAction: (action: Action<T>) => void; onClear: () => void }) {
  const t = useT();
  const session = useSessionUser();
  const bulk = resource.actions.filter((a) => a.runMany);
  return (
    <div role="toolbar" aria-label={t('resource.bulk.label')} className="flex flex-wrap items-center gap-2 rounded-md border border-accent/40 bg-accent/5 px-3 py-2" data-testid="bulk-bar">
      <span className="text-sm font-medium" data-testid="bulk-count">
        {t('resource.bulk.selected', { count: items.length })}
      </span>
      {bulk.map((action) => (
        <ActionButton key={action.id} verdict={bulkVerdict(action, items, session, resource.nameOf, t)} onClick={() => onAction(action)} className="button-secondary h-8" testId={`bulk-${action.id}`}>
          {t(action.labelKey)}
        </ActionButton>
      ))}
      <button type="button" className="ml-auto text-sm text-accent hover:underline" onClick={onClear}>
        {t('resource.bulk.clear')}
      </button>
    </div>
  );
}
