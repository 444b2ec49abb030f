'use client';

import { useCallback, useEffect, useId, useRef, useState, type CSSProperties } from 'react';
import { useSessionUser } from '@/components/shell/session-user';
import { useT } from '@/lib/i18n/client';
import type { Action } from '@/lib/resources/core/types';
import { ActionButton } from './action-button';
import { useDismiss } from './use-dismiss';

/** Room a menu of about six actions needs. */
const MENU_HEIGHT_PX = 240;

/**
 * A row's actions behind one button. Every action of the item is listed;
 * the ones that cannot run say why. Escape or a click outside closes it.
 */
export function ActionMenu<T>({ item, name, actions, onAction }: { item: T; name: string; actions: readonly Action<T>[]; onAction: (action: Action<T>) => void }) {
  const t = useT();
  const session = useSessionUser();
  const [place, setPlace] = useState<CSSProperties | null>(null);
  const open = place !== null;
  const ref = useRef<HTMLDivElement>(null);
  const menuId = useId();

  const close = useCallback(() => setPlace(null), []);
  useDismiss(open, ref, close);
  useEffect(() => {
    if (!open) return;
    // The menu is fixed to where the button was; it closes rather than drift away from it.
    window.addEventListener('scroll', close, true);
    window.addEventListener('resize', close);
    return () => {
      window.removeEventListener('scroll', close, true);
      window.removeEventListener('resize', close);
    };
  }, [open, close]);

  /** Fixed next to the button (the table scrolls sideways and would clip it), above it when there is no room below. */
  const toggle = (button: HTMLElement) => {
    if (open) return setPlace(null);
    const rect = button.getBoundingClientRect();
    const right = window.innerWidth - rect.right;
    const roomBelow = window.innerHeight - rect.bottom;
    setPlace(roomBelow >= MENU_HEIGHT_PX || roomBelow >= rect.top ? { top: rect.bottom + 4, right } : { bottom: window.innerHeight - rect.top + 4, right });
  };

  return (
    <div ref={ref} className="relative inline-block text-left">
      <button
        type="button"
        className="button-secondary h-8 px-2"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={t('resource.actions.for', { name })}
        onClick={(e) => toggle(e.currentTarget)}
      >
        {t('resource.actions.label')}
        <svg aria-hidden="true" viewBox="0 0 20 20" className="ml-1 size-4" fill="currentColor">
          <path d="M5.5 7.5L10 12l4.5-4.5z" />
        </svg>
      </button>
      {open && (
        <div id={menuId} role="menu" aria-label={t('resource.actions.for', { name })} style={place} className="fixed z-30 flex min-w-36 flex-col rounded-md border border-border bg-background py-1 shadow-lg">
          {actions.map((action) => (
            <ActionButton
              key={action.id}
              role="menuitem"
              className="w-full px-3 py-1.5 text-left text-sm hover:bg-surface"
              verdict={action.allowed(item, session)}
              testId={`action-${action.id}`}
              onClick={() => {
                setPlace(null);
                onAction(action);
              }}
            >
              {t(action.labelKey)}
            </ActionButton>
          ))}
        </div>
      )}
    </div>
  );
}
