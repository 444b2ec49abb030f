'use client';

import { useQuery } from '@tanstack/react-query';
import { ErrorNotice } from '@/components/resource/error-notice';
import { StatusBadge } from '@/components/resource/status-badge';
import { UsageMeter } from '@/components/resource/usage-meter';
import { api } from '@/lib/api';
import { formatNumber } from '@/lib/format';
import type { MessageKey } from '@/lib/i18n';
import { useLocale, useT } from '@/lib/i18n/client';
import { queryKeys } from '@/lib/query-keys';
import { physicalLines, poolStatus, virtualLines } from '@/lib/resources/azs/capacity';
import type { Az } from '@/lib/scp';
import { useCapacityAmount } from './use-capacity-amount';

/** A pool's detail and overview share the AZ prefix, so a refresh of AZs refreshes them too. */

const TYPE: Record<string, MessageKey> = { hci: 'pools.type.hci', vmware: 'pools.type.vmware' };
const TAG: Record<string, MessageKey> = { public: 'pools.tag.public', private: 'pools.tag.private' };

/** One resource pool: what it is, its hosts and servers, and its capacity used (physical) and given to tenants (virtual). */
export function PoolCard({ az }: { az: Az }) {
  const t = useT();
  const locale = useLocale();
  const detail = useQuery({
    queryKey: queryKeys.azs.detail(az.id),
    queryFn: ({ signal }) => api.get('/api/azs/:az_id', { params: { az_id: az.id }, signal }),
    staleTime: 30_000,
  });
  const overview = useQuery({
    queryKey: queryKeys.azs.overview(az.id),
    queryFn: ({ signal }) => api.get('/api/overview', { query: { az_id: az.id }, signal }),
    staleTime: 30_000,
  });
  const amount = useCapacityAmount();
  const facts = [az.type && TYPE[az.type] ? t(TYPE[az.type]) : az.type, az.tag && TAG[az.tag] ? t(TAG[az.tag]) : az.tag, az.version && t('pools.version', { version: az.version })].filter(Boolean);
  const host = overview.data?.host;
  const server = overview.data?.server;

  return (
    <section aria-labelledby={`pool-${az.id}`} className="space-y-4 rounded-lg border border-border p-4" data-testid="pool-card" data-az={az.id}>
      <div className="flex flex-wrap items-center gap-3">
        <h2 id={`pool-${az.id}`} className="text-base font-semibold">
          {az.name}
        </h2>
        <StatusBadge status={az.status} model={poolStatus} />
        <span className="text-sm text-muted">{facts.join(' · ')}</span>
      </div>
      {az.description && <p className="text-sm text-muted">{az.description}</p>}
      {overview.data && (
        <p className="flex flex-wrap gap-x-6 text-sm" data-testid="pool-counts">
          {host && <span>{t('pools.hosts', { online: formatNumber(host.online_count ?? host.total, locale), total: formatNumber(host.total, locale) })}</span>}
          {server && <span>{t('pools.servers', { total: formatNumber(server.total, locale), running: formatNumber(server.running_count ?? 0, locale) })}</span>}
        </p>
      )}
      {detail.isError && <ErrorNotice title={t('pools.detailFailed', { name: az.name })} error={detail.error} />}
      {!detail.data && !detail.isError && <p role="status" className="text-sm text-muted">{t('pools.loading')}</p>}
      {detail.data && (
        <div className="grid gap-6 md:grid-cols-2">
          <div className="space-y-3" data-testid="pool-physical">
            <h3 className="text-sm font-semibold">{t('pools.physical.title')}</h3>
            {physicalLines(detail.data).map((line) => (
              <UsageMeter
                key={line.name}
                id={`physical-${line.name}`}
                label={line.labelKey ? t(line.labelKey) : line.name}
                ratio={line.ratio}
                detail={t('pools.usedOf', { used: amount(line.amount, line.used, line.unit), total: amount(line.amount, line.total, line.unit) })}
              />
            ))}
          </div>
          <div className="space-y-3" data-testid="pool-virtual">
            <h3 className="text-sm font-semibold">{t('pools.virtual.title')}</h3>
            {virtualLines(detail.data).map((line) => (
              <UsageMeter
                key={line.name}
                id={`virtual-${line.name}`}
                label={line.name}
                ratio={line.ratio}
                detail={t('pools.allocatedOf', {
                  allocated: amount(line.amount, line.allocated, line.unit),
                  occupied: amount(line.amount, line.occupied, line.unit),
                  total: amount(line.amount, line.total, line.unit),
                })}
              />
            ))}
          </div>
        </div>
      )}
    </section>
  );
}
