'use client';

import { UsageMeter } from '@/components/resource/usage-meter';
import { useT } from '@/lib/i18n/client';
import type { QuotaGroup } from '@/lib/resources/quota-view';
import { useQuotaFormat } from './use-quota-format';

/** The quotas of one AZ: each with its use against its limit and a meter (none for an unlimited one). */
export function QuotaTable({ group, azName, onEdit }: { group: QuotaGroup; azName: string; onEdit?: () => void }) {
  const t = useT();
  const { label, amount } = useQuotaFormat(group.items);
  const headingId = `quotas-${group.azId}`;
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-border p-4" data-testid="quota-group" data-az={group.azId}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={headingId} className="text-base font-semibold">
          {azName}
        </h2>
        {onEdit && (
          <button type="button" className="button-secondary h-8" onClick={onEdit}>
            {t('quotas.edit.button')}
          </button>
        )}
      </div>
      <table className="mt-3 w-full text-sm">
        <caption className="sr-only">{t('quotas.caption', { az: azName })}</caption>
        <thead className="text-left text-xs text-muted">
          <tr>
            <th scope="col" className="py-1 pr-3 font-medium">{t('quotas.column.resource')}</th>
            <th scope="col" className="py-1 pr-3 font-medium">{t('quotas.column.usage')}</th>
            <th scope="col" className="w-2/5 py-1 font-medium">{t('quotas.column.meter')}</th>
          </tr>
        </thead>
        <tbody>
          {group.items.map((item) => {
            const name = label(item);
            return (
              <tr key={item.key} data-quota={item.key} className="border-t border-border align-top">
                <th scope="row" className="py-2 pr-3 text-left font-medium">
                  {name}
                  <span className="block font-mono text-xs font-normal text-muted">{item.key}</span>
                </th>
                <td className="whitespace-nowrap py-2 pr-3" data-testid="quota-usage">
                  {item.limit < 0
                    ? t('quotas.usage.unlimited', { used: amount(item, item.inUse) })
                    : t('quotas.usage', { used: amount(item, item.inUse), limit: amount(item, item.limit) })}
                </td>
                <td className="py-2">
                  {item.ratio === null ? (
                    <span className="text-muted">{t('quotas.unlimited')}</span>
                  ) : (
                    <UsageMeter id={item.key} label={name} ratio={item.ratio} />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
