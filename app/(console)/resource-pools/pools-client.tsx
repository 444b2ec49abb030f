'use client';

import { useQuery } from '@tanstack/react-query';
import { PoolCard } from '@/components/resource-pools/pool-card';
import { ErrorNotice } from '@/components/resource/error-notice';
import { useT } from '@/lib/i18n/client';
import { azsQuery } from '@/lib/resources/core/lookups';

/** Resource pools (platform admins): each AZ with its capacity, read-only. */
export function PoolsClient() {
  const t = useT();
  const azs = useQuery(azsQuery);
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">{t('nav.resourcePools')}</h1>
      {azs.isError ? (
        <ErrorNotice title={t('pools.loadFailed')} error={azs.error}>
          <button type="button" className="button-secondary h-8" onClick={() => void azs.refetch()}>
            {t('common.retry')}
          </button>
        </ErrorNotice>
      ) : !azs.data ? (
        <p role="status" className="text-sm text-muted">{t('pools.loading')}</p>
      ) : azs.data.items.length === 0 ? (
        <p className="text-sm text-muted">{t('pools.empty')}</p>
      ) : (
        azs.data.items.map((az) => <PoolCard key={az.id} az={az} />)
      )}
    </section>
  );
}
