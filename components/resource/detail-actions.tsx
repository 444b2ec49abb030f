'use client';

import { useSessionUser } from '@/components/shell/session-user';
import { useT } from '@/lib/i18n/client';
import type { Action, DetailAction } from '@/lib/resources/core/types';
import { ActionButton } from './action-button';
import { LinkActionButton } from './link-action';


/** Buttons of a detail page for its item (refused ones say why), each test id the prefix and the action's id. */
export function DetailActions<T>({ actions, item, name, prefix, onRun, className }: {
  actions: readonly DetailAction<T>[];
  item: T;
  name: string;
  prefix: string;
  onRun: (action: Action<T>) => void;
  className?: string;
}) {
  const t = useT();
  const session = useSessionUser();
  return actions.map((action) => {
    if ('kind' in action) return <LinkActionButton key={action.id} action={action} item={item} name={name} testId={action.testId ?? `${prefix}${action.id}`} />;
    return (
      <ActionButton key={action.id} verdict={action.allowed(item, session)} onClick={() => onRun(action)} testId={`${prefix}${action.id}`} className={className}>
        {t(action.labelKey)}
      </ActionButton>
    );
  });
}
