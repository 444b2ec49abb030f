'use client';

import { formatNumber, formatSizeMb } from '@/lib/format';
import type { MessageKey } from '@/lib/i18n';
import { useLocale, useT } from '@/lib/i18n/client';
import type { QuotaLine } from '@/lib/resources/quotas/needs';

const LABEL: Record<QuotaLine['kind'], MessageKey> = {
  vm_count: 'quota.resource.vm_count',
  cores: 'quota.resource.cores',
  ram: 'quota.resource.ram',
  storage: 'quota.resource.storage',
};

/** A quota line's resource in words (a storage line names its tag). */
export function useQuotaLabel() {
  const t = useT();
  return (line: QuotaLine, tagName?: string) => (line.kind === 'storage' ? t(LABEL.storage, { tag: tagName ?? line.name ?? line.tagId ?? '' }) : t(LABEL[line.kind]));
}

/**
 * What a request consumes against the remaining quota, line by line; a line
 * the request does not fit in is marked and named. Lines come from
 * lib/resources/quotas/needs.ts (`quotaLines`).
 */
export function QuotaPanel({ lines, tagNames = {}, loading, error, scope }: {
  lines: readonly QuotaLine[];
  tagNames?: Record<string, string>;
  loading?: boolean;
  error?: boolean;
  /** Why no quota applies or can be shown (no tenant or AZ chosen yet…). */
  scope?: string;
}) {
  const t = useT();
  const locale = useLocale();
  const label = useQuotaLabel();
  const amount = (line: QuotaLine, n: number) => (line.kind === 'ram' || line.kind === 'storage' ? formatSizeMb(n, locale) : formatNumber(n, locale));
  return (
    <aside aria-labelledby="quota-panel-title" className="rounded-lg border border-border p-4" data-testid="quota-panel">
      <h2 id="quota-panel-title" className="text-base font-semibold">
        {t('quota.panel.title')}
      </h2>
      {scope ? (
        <p className="mt-2 text-sm text-muted">{scope}</p>
      ) : loading ? (
        <p className="mt-2 text-sm text-muted" role="status">
          {t('quota.panel.loading')}
        </p>
      ) : error ? (
        <p className="mt-2 text-sm text-danger">{t('quota.panel.loadFailed')}</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {lines.map((line) => (
            <li key={line.key} data-quota={line.key} data-fits={line.fits} className={`text-sm ${line.fits ? '' : 'rounded-md bg-danger-surface p-2 text-danger'}`}>
              <div className="flex justify-between gap-2 font-medium">
                <span>{label(line, line.tagId ? tagNames[line.tagId] : undefined)}</span>
                <span>{t('quota.panel.need', { need: amount(line, line.need) })}</span>
              </div>
              <p className="text-xs text-muted">
                {line.remaining === null
                  ? t('quota.panel.unlimited', { used: amount(line, line.inUse) })
                  : t('quota.panel.remaining', { remaining: amount(line, line.remaining), limit: amount(line, line.limit), used: amount(line, line.inUse) })}
              </p>
              {!line.fits && <p className="mt-1 text-xs font-medium">{t('quota.panel.short')}</p>}
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
