'use client';

import { UsageMeter } from '@/components/resource/usage-meter';
import { useT } from '@/lib/i18n/client';
import type { QuotaGroup, QuotaItem } from '@/lib/resources/quotas/view';
import { useQuotaFormat } from './use-quota-format';

/** The quotas of one AZ: each with its use against its limit and a meter (none for an unlimited or unset one). */
export function QuotaTable({ group, azName, storageTags, onEdit }: { group: QuotaGroup; azName: string; storageTags?: ReadonlyMap<string, string>; onEdit?: () => void }) {
  const t = useT();
  const { label, amount } = useQuotaFormat(group.items, storageTags);
  const headingId = `quotas-${group.azId}`;
  const usage = (item: QuotaItem) => {
    const used = amount(item, item.inUse);
    if (item.unset) return t('quotas.usage.notSet', { used });
    return item.limit < 0 ? t('quotas.usage.unlimited', { used }) : t('quotas.usage', { used, limit: amount(item, item.limit) });
  };
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
                </th>
                <td className="whitespace-nowrap py-2 pr-3" data-testid="quota-usage">
                  {usage(item)}
                </td>
                <td className="py-2">
                  {item.ratio === null ? (
                    <span className="text-muted">{t(item.unset ? 'quotas.notSet' : 'quotas.unlimited')}</span>
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
