'use client';

import { useQuery } from '@tanstack/react-query';
import { useQuotaNames } from '@/components/quotas/use-quota-names';
import { useFigure } from '@/components/resource/use-figure';
import { UsageMeter } from '@/components/resource/usage-meter';
import { tightestQuotas } from '@/lib/home/overview-figures';
import { useT } from '@/lib/i18n/client';
import { azsQuery } from '@/lib/resources/core/lookups';
import { quotaAmount } from '@/lib/resources/quotas/figures';
import { quotaLabelFigure } from '@/lib/resources/quotas/label';
import { quotasQuery } from '@/lib/resources/quotas/query';
import { OverviewCard } from './overview-card';
import { useOverviewQuery } from './use-overview-query';

/** The tenant's fullest quotas as meters, each named with its resource pool; links to the quotas page. */
export function QuotaCard({ projectId }: { projectId: string }) {
  const t = useT();
  const { queryKey, queryFn } = quotasQuery(projectId);
  const quotas = useOverviewQuery(queryKey, queryFn);
  const tight = quotas.data ? tightestQuotas(quotas.data) : [];
  // Names the floating-IP line types among them, if any (one cached read).
  const names = useQuotaNames(tight);
  const words = useFigure();
  // The shared AZ list (cached a minute for every view), only to name the pools.
  const azs = useQuery(azsQuery);
  const azName = (azId: string, global: boolean) => (global ? t('home.quotas.global') : azs.data?.items.find((az) => az.id === azId)?.name ?? azId);
  return (
    <OverviewCard id="quotas" title={t('home.quotas.title')} href="/quotas" query={quotas}>
      {() => {
        if (tight.length === 0) return <p className="text-sm text-muted">{t('home.quotas.empty')}</p>;
        return (
          <div className="space-y-3">
            <p className="text-xs text-muted">{t('home.quotas.subtitle')}</p>
            {tight.map((item) => (
              <UsageMeter
                key={`${item.azId}-${item.key}`}
                id={`${item.azId}/${item.key}`}
                label={t('home.quotas.label', { quota: words(quotaLabelFigure(item, names)), az: azName(item.azId, item.global) })}
                ratio={item.ratio}
                detail={t('quotas.usage', { used: words(quotaAmount(item, item.inUse)), limit: words(quotaAmount(item, item.limit)) })}
              />
            ))}
          </div>
        );
      }}
    </OverviewCard>
  );
}
