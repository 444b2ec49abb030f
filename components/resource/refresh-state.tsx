'use client';

import { useT } from '@/lib/i18n/client';

/** How the view refreshes (every 3 s, 30 s, or paused), with a button to refresh now. */
export function RefreshState({ interval, fetching, onRefresh }: { interval: number | false; fetching: boolean; onRefresh: () => void }) {
  const t = useT();
  return (
    <div className="flex items-center gap-2 text-xs text-muted" data-testid="refresh-state" data-interval={interval === false ? 'paused' : interval}>
      <span aria-live="polite">
        {fetching ? t('resource.refresh.refreshing') : interval === false ? t('resource.refresh.paused') : t('resource.refresh.every', { seconds: interval / 1000 })}
      </span>
      <button type="button" className="button-secondary h-8" onClick={onRefresh} disabled={fetching}>
        {t('resource.refresh.now')}
      </button>
    </div>
  );
}
