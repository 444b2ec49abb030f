'use client';

import { useState } from 'react';
import { ActionButton } from '@/components/resource/action-button';
import { Dialog } from '@/components/resource/dialog';
import { ErrorNotice } from '@/components/resource/error-notice';
import { api } from '@/lib/api';
import { useT } from '@/lib/i18n/client';
import { ALLOWED, refuse } from '@/lib/resources/core/types';

/**
 * Opens a running server's noVNC console: asks the console for the URL (SCP
 * makes a fresh token each time) and opens it in a new tab; the dialog keeps
 * the link for a browser that blocked the new tab.
 */
export function RemoteConsoleButton({ server }: { server: { id: string; name: string; status: string } }) {
  const t = useT();
  const [state, setState] = useState<{ url?: string; error?: unknown; loading?: boolean } | null>(null);
  const open = async () => {
    setState({ loading: true });
    try {
      const { remote_console } = await api.post('/api/servers/:server_id/remote-consoles', { params: { server_id: server.id } });
      setState({ url: remote_console.url });
      window.open(remote_console.url, '_blank', 'noopener,noreferrer');
    } catch (error) {
      setState({ error });
    }
  };
  const verdict = server.status === 'running' ? ALLOWED : refuse('state', 'servers.reason.console');
  return (
    <>
      <ActionButton verdict={verdict} onClick={() => void open()} testId="server-console">
        {t('servers.action.console')}
      </ActionButton>
      {state && (
        <Dialog title={t('servers.console.title', { name: server.name })} onClose={() => setState(null)} testId="console-dialog">
          {state.loading && <p role="status">{t('servers.console.opening')}</p>}
          {state.url && (
            <p>
              {t('servers.console.opened')}{' '}
              <a href={state.url} target="_blank" rel="noopener noreferrer" className="break-all text-accent hover:underline" data-testid="console-link">
                {t('servers.console.link')}
              </a>
            </p>
          )}
          {state.error !== undefined && <ErrorNotice title={t('servers.console.failed')} error={state.error} />}
        </Dialog>
      )}
    </>
  );
}
