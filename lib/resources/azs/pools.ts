import { api } from '@/lib/api';
import type { MessageKey } from '@/lib/i18n';
import { queryKeys } from '@/lib/query-keys';
import type { Az } from '@/lib/scp';
import { figuresSection, metersSection, type CardsView, type Figure } from '../core/cards';
import { azsQuery } from '../core/lookups';
import { capacityFigure, physicalLines, poolStatus, virtualLines } from './capacity';

/*
 * The resource pools page (platform admins): one card per AZ with what it is,
 * its hosts and servers (the overview), and its capacity used (physical) and
 * given to tenants (virtual), read-only. A pool's detail and overview share
 * the AZ prefix, so a refresh of AZs refreshes them too.
 */

const TYPE: Record<string, MessageKey> = { hci: 'pools.type.hci', vmware: 'pools.type.vmware' };
const TAG: Record<string, MessageKey> = { public: 'pools.tag.public', private: 'pools.tag.private' };

const num = (n: number): Figure => ({ kind: 'number', n });

/** A fixed key's words, or SCP's value as sent. */
const named = (keys: Record<string, MessageKey>, value: string | null | undefined): Figure | undefined =>
  value ? (keys[value] ? { kind: 'message', key: keys[value] } : { kind: 'text', text: value }) : undefined;

const detailRead = {
  key: (az: Az) => queryKeys.azs.detail(az.id),
  fetch: (az: Az, signal: AbortSignal) => api.get('/api/azs/:az_id', { params: { az_id: az.id }, signal }),
  staleTime: 30_000,
};

const overviewRead = {
  key: (az: Az) => queryKeys.azs.overview(az.id),
  fetch: (az: Az, signal: AbortSignal) => api.get('/api/overview', { query: { az_id: az.id }, signal }),
  staleTime: 30_000,
};

type Overview = Awaited<ReturnType<typeof overviewRead.fetch>>;

/** The hosts online and the servers running of a pool, as far as its overview says. */
function counts(overview: Overview): Figure[] {
  const { host, server } = overview;
  return [
    ...(host ? [{ kind: 'message', key: 'pools.hosts', values: { online: num(host.online_count ?? host.total), total: num(host.total) } } as const] : []),
    ...(server ? [{ kind: 'message', key: 'pools.servers', values: { total: num(server.total), running: num(server.running_count ?? 0) } } as const] : []),
  ];
}

/** The resource pools as cards. */
export const poolCards: CardsView<Az> = {
  titleKey: 'nav.resourcePools',
  list: azsQuery,
  loadingKey: 'pools.loading',
  loadFailedKey: 'pools.loadFailed',
  emptyKey: 'pools.empty',
  card: {
    testId: 'pool-card',
    idPrefix: 'pool',
    rowKey: (az) => az.id,
    nameOf: (az) => az.name,
    data: (az) => ({ az: az.id }),
    status: { of: (az) => az.status, model: poolStatus },
    facts: (az) => [named(TYPE, az.type), named(TAG, az.tag), az.version ? { kind: 'message', key: 'pools.version', values: { version: { kind: 'text', text: az.version } } } as const : undefined].filter((f) => f !== undefined),
    description: (az) => az.description,
    sections: [
      figuresSection({ testId: 'pool-counts', read: overviewRead, of: (_az, overview) => counts(overview) }),
      metersSection({
        read: detailRead,
        loadingKey: 'pools.loading',
        failedKey: 'pools.detailFailed',
        groups: [
          {
            testId: 'pool-physical',
            titleKey: 'pools.physical.title',
            meters: (_az, detail) => physicalLines(detail).map((line) => ({
              id: `physical-${line.name}`,
              label: line.labelKey ? { kind: 'message', key: line.labelKey } : { kind: 'text', text: line.name },
              ratio: line.ratio,
              detail: { kind: 'message', key: 'pools.usedOf', values: { used: capacityFigure(line.amount, line.used, line.unit), total: capacityFigure(line.amount, line.total, line.unit) } },
            })),
          },
          {
            testId: 'pool-virtual',
            titleKey: 'pools.virtual.title',
            meters: (_az, detail) => virtualLines(detail).map((line) => ({
              id: `virtual-${line.name}`,
              label: { kind: 'text', text: line.name },
              ratio: line.ratio,
              detail: {
                kind: 'message',
                key: 'pools.allocatedOf',
                values: {
                  allocated: capacityFigure(line.amount, line.allocated, line.unit),
                  occupied: capacityFigure(line.amount, line.occupied, line.unit),
                  total: capacityFigure(line.amount, line.total, line.unit),
                },
              },
            })),
          },
        ],
      }),
    ],
  },
};
