'use client';

import { useEffect } from 'react';
import { MessagePanel } from '@/components/message-panel';
import { useT } from '@/lib/i18n/client';

/** A console page that failed to render: keeps the shell around it and offers to try again. */
export default function ConsoleError({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useT();
  useEffect(() => console.error(error), [error]);
  return (
    <MessagePanel
      title={t('error.title')}
      body={t('error.body')}
      action={
        <button type="button" className="button-secondary" onClick={() => retry()}>
          {t('common.retry')}
        </button>
      }
    />
  );
}
