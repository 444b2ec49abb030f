import { describe, expect, it } from 'vitest';
import { SERVER_TRANSITIONAL } from '@/lib/resources/servers/status';
import { GLOBAL_QUOTA_AZ_ID, OverviewSchema, type OpLogEntry, type Quota } from '@/lib/scp';
import { countQuery, floatingIpSplit, serverCountsFromPage, listHref, platformFigures, recentTasks, SERVER_FIGURES, tightestQuotas } from './overview-figures';

const AZ1 = '11111111-0000-0000-0000-000000000001';
const AZ2 = '11111111-0000-0000-0000-000000000002';

function quota(resource: string, limits: Record<string, number>, used: Record<string, number>, namespace = 'compute'): Quota {
  return {
    id: resource, provider: 'hci', namespace, resource, project_id: 'p', name: null, unit: null, category: null,
    az_quotas: Object.entries(limits).map(([az_id, hard_limit]) => ({ az_id, hard_limit })),
    separated_quotas: Object.entries(used).map(([az_id, in_use]) => ({ az_id, in_use })),
  } as Quota;
}

describe('server figures', () => {
  it('count every server, then by state; "in progress" is every transitional status, as the list filter', () => {
    expect(SERVER_FIGURES.map((f) => f.id)).toEqual(['total', 'running', 'stopped', 'error', 'busy']);
    expect(SERVER_FIGURES[0].status).toBeUndefined();
    expect(new Set(SERVER_FIGURES[4].status!.split(','))).toEqual(SERVER_TRANSITIONAL);
  });

  it('ask for one item per page, leaving out filters that are not set', () => {
    expect(countQuery()).toEqual({ pageSize: 1 });
    expect(countQuery({ status: undefined })).toEqual({ pageSize: 1 });
    expect(countQuery({ status: 'running' })).toEqual({ status: 'running', pageSize: 1 });
  });

  it('link to the list filtered the same way', () => {
    expect(listHref('/servers')).toBe('/servers');
    expect(listHref('/servers', { status: undefined })).toBe('/servers');
    expect(listHref('/servers', { status: 'running' })).toBe('/servers?status=running');
    expect(new URL(listHref('/servers', { status: 'starting,stopping' }), 'http://x').searchParams.get('status')).toBe('starting,stopping');
  });
});

describe('tightestQuotas', () => {
  it('puts the fullest limited quotas first, across AZs, and leaves out unlimited and unoffered ones', () => {
    const rows = [
      quota('cores', { [AZ1]: 100, [AZ2]: 10 }, { [AZ1]: 50, [AZ2]: 9 }),
      quota('ram', { [AZ1]: -1 }, { [AZ1]: 4096 }),
      quota('vm_count', { [AZ1]: 0 }, {}),
      quota('eip_count', { [GLOBAL_QUOTA_AZ_ID]: 4 }, { [GLOBAL_QUOTA_AZ_ID]: 3 }, 'network'),
    ];
    const tight = tightestQuotas(rows);
    expect(tight.map((q) => [q.key, q.azId, q.ratio])).toEqual([
      ['compute/cores', AZ2, 0.9],
      ['network/eip_count', GLOBAL_QUOTA_AZ_ID, 0.75],
      ['compute/cores', AZ1, 0.5],
    ]);
    expect(tight[1].global).toBe(true);
    expect(tight[0]).toMatchObject({ labelKey: 'quotas.resource.cores', limit: 10, inUse: 9 });
  });

  it('keeps an exhausted zero limit (something is used beyond it) and stops at the count asked for', () => {
    const rows = [quota('vm_count', { [AZ1]: 0 }, { [AZ1]: 2 }), quota('cores', { [AZ1]: 10 }, { [AZ1]: 1 }), quota('ram', { [AZ1]: 10 }, { [AZ1]: 2 })];
    expect(tightestQuotas(rows, 2).map((q) => [q.key, q.ratio])).toEqual([['compute/vm_count', 1], ['compute/ram', 0.2]]);
  });

  it('keeps SCP\'s order among equally full quotas', () => {
    const rows = [quota('ram', { [AZ1]: 10 }, { [AZ1]: 5 }), quota('cores', { [AZ1]: 10 }, { [AZ1]: 5 })];
    expect(tightestQuotas(rows).map((q) => q.key)).toEqual(['compute/ram', 'compute/cores']);
  });
});

describe('floatingIpSplit', () => {
  it('tells bound from unbound when the page holds every floating IP', () => {
    const items = [{ binding_info: { id: 'x' } }, { binding_info: null }, {}] as never[];
    expect(floatingIpSplit({ items, total: 3 })).toEqual({ total: 3, bound: 1, unbound: 2 });
    expect(floatingIpSplit({ items: [], total: 0 })).toEqual({ total: 0, bound: 0, unbound: 0 });
  });

  it('gives only the total when there are more than one page holds', () => {
    expect(floatingIpSplit({ items: [{ binding_info: null }] as never[], total: 250 })).toEqual({ total: 250 });
  });
});

describe('platformFigures', () => {
  it('reads hosts, pools and servers, and the physical lines with capacity', () => {
    const overview = OverviewSchema.parse({
      host: { total: 6, online_count: 5, offline_count: 1 },
      server: { total: 40, running_count: 30, error_count: 2 },
      az: { total: 2, online_count: 2 },
      physical_resources: [
        { name: 'storage', total: 4096, used: 1024, unit: 'mb' },
        { name: 'cpu', total: 1000, used: 500, unit: 'mhz' },
        { name: 'memory', total: 2048, used: 512, unit: 'mb' },
        { name: 'graphics_num', total: 0, used: 0, unit: '张' },
      ],
    });
    const figures = platformFigures(overview);
    expect(figures.hosts).toEqual({ online: 5, total: 6 });
    expect(figures.azs).toEqual({ online: 2, total: 2 });
    expect(figures.servers).toEqual({ total: 40, running: 30, error: 2 });
    expect(figures.capacity.map((l) => [l.name, l.ratio])).toEqual([['storage', 0.25], ['cpu', 0.5], ['memory', 0.25]]);
  });

  it('counts every host as online when SCP leaves the count out, and omits what SCP omits', () => {
    const figures = platformFigures(OverviewSchema.parse({ host: { total: 3 } }));
    expect(figures).toEqual({ hosts: { online: 3, total: 3 }, azs: undefined, servers: undefined, capacity: [] });
  });
});

describe('recentTasks', () => {
  it('keeps the first entries, links each to its task and marks failures', () => {
    const entry = (id: string, status: string) => ({ id, status }) as OpLogEntry;
    const rows = recentTasks({ items: [entry('a', 'finish'), entry('b/c', 'failure'), entry('d', 'doing')] }, 2);
    expect(rows.map((r) => [r.href, r.failed])).toEqual([['/tasks/a', false], ['/tasks/b%2Fc', true]]);
  });
});

describe('server counts from one page', () => {
  it('counts each state when the page holds every server, and gives up otherwise', () => {
    const items = ['running', 'running', 'stopped', 'error', 'creating', 'stopping', 'suspend'].map((status) => ({ status }));
    expect(serverCountsFromPage({ items, total: 7 })).toEqual({ total: 7, running: 2, stopped: 1, error: 1, busy: 2 });
    expect(serverCountsFromPage({ items, total: 150 })).toBeUndefined();
  });
});
