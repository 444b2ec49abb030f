'use client';

import { useFigure } from '@/components/resource/use-figure';
import { UsageMeter } from '@/components/resource/usage-meter';
import { api } from '@/lib/api';
import { formatNumber } from '@/lib/format';
import { platformFigures, type OnlineCount } from '@/lib/home/overview-figures';
import { useLocale, useT } from '@/lib/i18n/client';
import { queryKeys } from '@/lib/query-keys';
import { capacityFigure } from '@/lib/resources/azs/capacity';
import { OverviewCard } from './overview-card';
import { useOverviewQuery } from './use-overview-query';

/** One platform count, its words and its test id. */
function Fact({ id, label, value, note }: { id: string; label: string; value: string; note?: string }) {
  return (
    <div data-testid="platform-fact" data-fact={id}>
      <dt className="text-xs text-muted">{label}</dt>
      <dd className="text-lg font-semibold tabular-nums">{value}</dd>
      {note && <dd className="text-xs text-danger">{note}</dd>}
    </div>
  );
}

/** The whole platform from SCP's overview: hosts, servers and resource pools, and physical CPU, memory and storage used of total. */
export function PlatformCard() {
  const t = useT();
  const locale = useLocale();
  const words = useFigure();
  const amount = (...args: Parameters<typeof capacityFigure>) => words(capacityFigure(...args));
  const overview = useOverviewQuery(queryKeys.overview.platform, ({ signal }) => api.get('/api/overview', { signal }));
  const n = (value: number) => formatNumber(value, locale);
  const online = (c: OnlineCount) => ({ online: n(c.online), total: n(c.total) });
  return (
    <OverviewCard id="platform" title={t('home.platform.title')} href="/resource-pools" query={overview} className="lg:col-span-2">
      {(data) => {
        const figures = platformFigures(data);
        return (
          <div className="space-y-4">
            <dl className="grid grid-cols-1 gap-3 sm:grid-cols-3">
              {figures.hosts && <Fact id="hosts" label={t('home.platform.hosts')} value={t('home.platform.hostsValue', online(figures.hosts))} />}
              {figures.servers && (
                <Fact
                  id="servers" label={t('home.platform.servers')}
                  value={t('home.platform.serversValue', { running: n(figures.servers.running), total: n(figures.servers.total) })}
                  note={figures.servers.error > 0 ? t('home.platform.serversError', { n: n(figures.servers.error) }) : undefined}
                />
              )}
              {figures.azs && <Fact id="azs" label={t('home.platform.azs')} value={t('home.platform.azsValue', online(figures.azs))} />}
            </dl>
            {figures.capacity.length > 0 && (
              <div className="space-y-3" data-testid="platform-capacity">
                <h3 className="text-xs font-medium text-muted">{t('home.platform.capacity')}</h3>
                <div className="grid gap-4 sm:grid-cols-3">
                  {figures.capacity.map((line) => (
                    <UsageMeter
                      key={line.name} id={`platform-${line.name}`} label={line.labelKey ? t(line.labelKey) : line.name} ratio={line.ratio}
                      detail={t('home.platform.usedOf', { used: amount(line.amount, line.used, line.unit), total: amount(line.amount, line.total, line.unit) })}
                    />
                  ))}
                </div>
              </div>
            )}
          </div>
        );
      }}
    </OverviewCard>
  );
}
