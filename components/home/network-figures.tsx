'use client';

import { api } from '@/lib/api';
import { formatNumber } from '@/lib/format';
import { countQuery, floatingIpSplit, listHref } from '@/lib/home/overview-figures';
import { useLocale, useT } from '@/lib/i18n/client';
import { queryKeys } from '@/lib/query-keys';
import { MAX_PAGE_SIZE } from '@/lib/scp';
import { FigureCard } from './figure-card';
import { useOverviewQuery } from './use-overview-query';

const VPCS = countQuery();
const PRIVATE_IMAGES = countQuery({ image_type: 'private' as const });
/** One full page: its total counts them all, and when it holds them all it also tells bound from unbound. */
const FLOATING_IPS = { pageSize: MAX_PAGE_SIZE };

/** Counts of the tenant's VPCs, floating IPs (bound/unbound) and private images, each linking to its page. */
export function NetworkFigures() {
  const t = useT();
  const locale = useLocale();
  const vpcs = useOverviewQuery(queryKeys.overview.figure(queryKeys.vpcs.all, VPCS), ({ signal }) => api.get('/api/vpcs', { query: VPCS, signal }));
  const fips = useOverviewQuery(queryKeys.overview.figure(queryKeys.floatingIps.all, FLOATING_IPS), ({ signal }) => api.get('/api/floatingips', { query: FLOATING_IPS, signal }));
  const images = useOverviewQuery(queryKeys.overview.figure(queryKeys.images.all, PRIVATE_IMAGES), ({ signal }) => api.get('/api/images', { query: PRIVATE_IMAGES, signal }));
  return (
    <section aria-labelledby="overview-network" className="space-y-2">
      <h2 id="overview-network" className="text-sm font-semibold">{t('home.network.title')}</h2>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3">
        <FigureCard id="vpcs" label={t('home.vpcs')} href="/vpcs" query={vpcs} value={(page) => page.total} />
        <FigureCard
          id="floating-ips" label={t('home.floatingIps')} href="/floating-ips" query={fips} value={(page) => page.total}
          detail={(page) => {
            const split = floatingIpSplit(page);
            return split.bound === undefined ? null : (
              <span data-testid="floating-ip-split">{t('home.floatingIps.split', { bound: formatNumber(split.bound, locale), unbound: formatNumber(split.unbound, locale) })}</span>
            );
          }}
        />
        <FigureCard id="images" label={t('home.images')} href={listHref('/images', { image_type: 'private' })} query={images} value={(page) => page.total} />
      </div>
    </section>
  );
}
