import { ok, type RequestContext, type RouteSpec } from '../../http/context';
import { contains, eq, listPage } from '../../http/list';
import { ADMIN_ONLY } from '../../state/roles';
import type { Storage } from '../../state/types';
import { ratio, storageUsedMb } from './capacity';

/** A storage with its computed use, flat so that filters and `sort` reach every field. */
interface StorageRow extends Storage {
  used_mb: number;
  ratio: number;
  target: string;
  shared: 1;
}

function storageRows(ctx: RequestContext): StorageRow[] {
  const used = storageUsedMb(ctx.store);
  return [...ctx.store.storages.values()].map((s) => {
    const u = used.get(s.id) ?? 0;
    return { ...s, used_mb: u, ratio: ratio(u, s.total_mb), target: '', shared: 1 };
  });
}

/** 20180725 item. The `*_bytpeps` spelling is the doc's, in tables and samples alike (catalog §9.6). */
const render2018 = (s: StorageRow) => ({
  id: s.id, name: s.name, description: s.description, type: s.type, status: s.status, storage_tag_id: s.storage_tag_id, az_id: s.az_id,
  target: s.target, total_mb: s.total_mb, used_mb: s.used_mb, ratio: s.ratio,
  read_bytpeps: 0.0, write_bytpeps: 0.0, max_read_bytpeps: 224820224.0, max_write_bytpeps: 77648896.0,
});

function renderers(ctx: RequestContext) {
  const hostsByAz = new Map<string, string[]>();
  for (const h of ctx.store.hosts.values()) hostsByAz.set(h.az_id, [...(hostsByAz.get(h.az_id) ?? []), h.id]);
  const render2019 = (s: StorageRow) => ({
    ...render2018(s), connected_hosts: hostsByAz.get(s.az_id)?.length ?? 0, supported_allocate_types: ['off', 'metadata', 'full'],
    archive_usable: 0, backup_enable: 0, backup_used_mb: 0, backup_total_mb: 0, backup_ratio: 0.0, backup_server_count: 0, shared: s.shared,
  });
  const serverCounts = new Map<string, { total: number; running: number }>();
  for (const v of ctx.store.servers.values()) {
    for (const id of new Set(v.disks.map((d) => d.storage_id))) {
      const c = serverCounts.get(id) ?? { total: 0, running: 0 };
      c.total += 1;
      if (v.status === 'running') c.running += 1;
      serverCounts.set(id, c);
    }
  }
  // One HCI cluster per AZ in the simulator, so the AZ stands in for the cluster.
  const render2020 = (s: StorageRow) => ({
    ...render2019(s), storage_tag_name: ctx.store.storageTags.get(s.storage_tag_id)?.name ?? '', storage_label: '',
    cluster_id: s.az_id, cluster_name: ctx.store.azs.get(s.az_id)?.name ?? '', cluster_type: 'hci',
    total_server_count: serverCounts.get(s.id)?.total ?? 0, running_server_count: serverCounts.get(s.id)?.running ?? 0,
    host_ids: hostsByAz.get(s.az_id) ?? [], hosts_online_state: 'ALL',
  });
  return { render2019, render2020 };
}

const FILTERS = {
  name: contains<StorageRow>('name'), type: eq<StorageRow>('type'), status: eq<StorageRow>('status'),
  storage_tag_id: eq<StorageRow>('storage_tag_id'), az_id: eq<StorageRow>('az_id'), target: eq<StorageRow>('target'),
  shared: eq<StorageRow>('shared'),
};
const SORTABLE = ['name', 'type', 'status', 'total_mb', 'used_mb', 'ratio', 'az_id'];

/** Storage list for admins, in its three documented versions. */
export function storageRoutes(): RouteSpec[] {
  return [
    {
      method: 'GET', paths: ['/janus/20180725/storages'], roles: ADMIN_ONLY, summary: 'storages with capacity and use',
      handler: (ctx) => ok(listPage(storageRows(ctx), ctx.query, { filters: FILTERS, sortable: SORTABLE, render: render2018 })),
    },
    {
      method: 'GET', paths: ['/janus/20190725/storages'], roles: ADMIN_ONLY, summary: 'storages (+hosts, allocation types, backup)',
      handler: (ctx) => ok(listPage(storageRows(ctx), ctx.query, {
        filters: { ...FILTERS, storage_ids: eq('id') }, sortable: SORTABLE, render: renderers(ctx).render2019,
      })),
    },
    {
      method: 'GET', paths: ['/janus/20200725/storages'], roles: ADMIN_ONLY, summary: 'storages (+tag name, cluster, servers, host ids)',
      handler: (ctx) => ok(listPage(storageRows(ctx), ctx.query, {
        filters: { ...FILTERS, storage_ids: eq('id') }, sortable: SORTABLE, render: renderers(ctx).render2020,
      })),
    },
  ];
}
