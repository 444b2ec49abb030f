'use client';

import { useT } from '@/lib/i18n/client';
import type { StatusModel, StatusTone } from '@/lib/resources/core/types';

const TONES: Record<StatusTone, string> = {
  ok: 'bg-emerald-50 text-emerald-800 ring-emerald-600/25 dark:bg-emerald-950 dark:text-emerald-300',
  off: 'bg-surface text-muted ring-border',
  busy: 'bg-sky-50 text-sky-800 ring-sky-600/25 dark:bg-sky-950 dark:text-sky-300',
  warn: 'bg-amber-50 text-amber-800 ring-amber-600/25 dark:bg-amber-950 dark:text-amber-300',
  bad: 'bg-danger-surface text-danger ring-danger/30',
};

/**
 * A status in words with its colour; a transitional status pulses. A status the
 * catalog does not document is shown as SCP sent it.
 */
export function StatusBadge({ status, model }: { status: string; model: Pick<StatusModel<unknown>, 'labelKey' | 'tone'> }) {
  const t = useT();
  const key = model.labelKey(status);
  const tone = model.tone(status);
  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${TONES[tone]}`}
      data-testid="status-badge"
      data-status={status}
    >
      <span aria-hidden="true" className={`size-1.5 rounded-full bg-current ${tone === 'busy' ? 'animate-pulse' : ''}`} />
      {key ? t(key) : status}
    </span>
  );
}
