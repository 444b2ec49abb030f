'use client';

import { useState } from 'react';
import { useSessionUser } from '@/components/shell/session-user';
import { useT } from '@/lib/i18n/client';
import type { LinkAction } from '@/lib/resources/core/types';
import { ActionButton } from './action-button';
import { Dialog } from './dialog';
import { ErrorNotice } from './error-notice';

/**
 * The button of a link action (a remote console): asks the console for the
 * URL (fresh each time) and opens it in a new tab; the dialog keeps the link
 * for a browser that blocked the new tab, or says why there is none.
 */
export function LinkActionButton<T>({ action, item, name, testId }: { action: LinkAction<T>; item: T; name: string; testId: string }) {
  const t = useT();
  const session = useSessionUser();
  const [state, setState] = useState<{ url?: string; error?: unknown; loading?: boolean } | null>(null);
  const { dialog } = action;
  const open = async () => {
    setState({ loading: true });
    try {
      const url = await action.url(item);
      setState({ url });
      window.open(url, '_blank', 'noopener,noreferrer');
    } catch (error) {
      setState({ error });
    }
  };
  return (
    <>
      <ActionButton verdict={action.allowed(item, session)} onClick={() => void open()} testId={testId}>
        {t(action.labelKey)}
      </ActionButton>
      {state && (
        <Dialog title={t(dialog.titleKey, { name })} onClose={() => setState(null)} testId={dialog.testId ?? 'link-dialog'}>
          {state.loading && <p role="status">{t(dialog.openingKey)}</p>}
          {state.url && (
            <p>
              {t(dialog.openedKey)}{' '}
              <a href={state.url} target="_blank" rel="noopener noreferrer" className="break-all text-accent hover:underline" data-testid={dialog.linkTestId ?? 'link-url'}>
                {t(dialog.linkKey)}
              </a>
            </p>
          )}
          {state.error !== undefined && <ErrorNotice title={t(dialog.failedKey)} error={state.error} />}
        </Dialog>
      )}
    </>
  );
}
