import type { MessageKey } from '@/lib/i18n';
import type { Server, ServerDetail } from '@/lib/scp';
import type { Action, Column, DetailAction, DetailSection, DetailTable } from '../core/types';
import { editServerDisks } from './disks-form';
import { editServerNics } from './nics-form';
import { hotplugOf } from './resize';
import { inRecycleBin } from './status';

/*
 * A server's overview tab (catalog §4.8.3): its configuration, its use (which
 * only SCP's list reports, §4.8.2), and its disks and NICs, each table with
 * the button that edits it.
 */

/** A server as its detail page shows it: its configuration, and its list item for what only the list has (power state, use). */
export type ServerView = ServerDetail & { usage?: Server };

const text = (value: string | null | undefined, mono?: boolean) => ({ kind: 'text' as const, text: value, ...(mono ? { mono } : {}) });
const onOff = (on: boolean): MessageKey => (on ? 'servers.detail.on' : 'servers.detail.off');

/** The configuration's labelled values. */
const configuration: readonly Column<ServerView>[] = [
  { id: 'status', labelKey: 'servers.column.status', cell: (s) => ({ kind: 'status', status: s.status }) },
  {
    id: 'power', labelKey: 'servers.column.powerState',
    cell: (s) => (s.usage?.power_state === 'on' || s.usage?.power_state === 'off' ? { kind: 'message', key: `servers.power.${s.usage.power_state}` } : text(null)),
  },
  {
    id: 'cpu', labelKey: 'servers.column.cpu',
    cell: (s) => ({ kind: 'message', key: 'servers.detail.cpu', values: { cores: s.cores, sockets: s.sockets ?? 1, perSocket: Math.max(1, Math.floor(s.cores / (s.sockets ?? 1))) } }),
  },
  { id: 'memory', labelKey: 'servers.column.memory', cell: (s) => ({ kind: 'sizeMb', mb: s.memory_mb }) },
  {
    id: 'hotplug', labelKey: 'servers.detail.hotplug',
    cell: (s) => ({ kind: 'message', key: 'servers.detail.hotplugValue', valueKeys: { cpu: onOff(hotplugOf(s).cpu), memory: onOff(hotplugOf(s).memory) } }),
  },
  { id: 'image', labelKey: 'servers.column.image', cell: (s) => text(s.image_name || s.os_name) },
  { id: 'az', labelKey: 'servers.column.az', cell: (s) => text(s.az_name || s.az_id) },
  { id: 'host', labelKey: 'servers.column.host', cell: (s) => text(s.host_name) },
  { id: 'project', labelKey: 'servers.column.project', cell: (s) => text(s.project_name || s.project_id) },
  { id: 'storageTag', labelKey: 'servers.detail.storageTag', cell: (s) => text(s.storage_tag_name) },
  { id: 'floatingIp', labelKey: 'servers.column.floatingIp', cell: (s) => text(s.floatingip?.floating_ip_address) },
  { id: 'created', labelKey: 'servers.detail.created', cell: (s) => ({ kind: 'datetime', value: s.created_at }) },
  { id: 'id', labelKey: 'servers.column.id', cell: (s) => text(s.id, true) },
  { id: 'description', labelKey: 'servers.field.description', cell: (s) => text(s.description) },
];

/** The use meters: CPU in MHz, memory and storage in sizes. */
const usage: readonly Column<ServerView>[] = [
  {
    id: 'cpu', labelKey: 'servers.detail.usage.cpu',
    cell: ({ usage: u }) => ({
      kind: 'meter', ratio: u?.cpu_status?.ratio,
      detail: { key: 'servers.detail.usage.mhz', values: { used: Math.round(u?.cpu_status?.used_mhz ?? 0), total: Math.round(u?.cpu_status?.total_mhz ?? 0) } },
    }),
  },
  {
    id: 'memory', labelKey: 'servers.detail.usage.memory',
    cell: ({ usage: u }) => ({ kind: 'meter', ratio: u?.memory_status?.ratio, detail: { key: 'servers.detail.usage.of', mb: { used: u?.memory_status?.used_mb, total: u?.memory_status?.total_mb } } }),
  },
  {
    id: 'storage', labelKey: 'servers.detail.usage.storage',
    cell: ({ usage: u }) => ({ kind: 'meter', ratio: u?.storage_status?.ratio, detail: { key: 'servers.detail.usage.of', mb: { used: u?.storage_status?.used_mb, total: u?.storage_status?.total_mb } } }),
  },
];

/** The disk and NIC editing forms, outside the recycle bin (lib/resources/servers/disks-form.ts, nics-form.ts). */
function deviceAction(action: Action<ServerDetail>): (s: ServerView) => readonly DetailAction<ServerView>[] {
  return (s) => (inRecycleBin(s) ? [] : [action]);
}

/** The overview tab's parts, in order. */
export const serverOverview: readonly (DetailSection<ServerView> | DetailTable<ServerView>)[] = [
  { id: 'configuration', titleKey: 'servers.detail.configuration', fields: configuration },
  { id: 'usage', titleKey: 'servers.detail.usage', fields: usage, layout: 'meters', shown: (s) => !!s.usage, noneKey: 'servers.detail.usage.none', testId: 'server-usage' },
  {
    id: 'disks', titleKey: 'servers.detail.disks', testId: 'server-disks',
    columns: [
      { id: 'id', labelKey: 'servers.detail.disk.id' },
      { id: 'type', labelKey: 'servers.detail.disk.type' },
      { id: 'size', labelKey: 'servers.detail.disk.size' },
      { id: 'preallocate', labelKey: 'servers.detail.disk.preallocate' },
      { id: 'storage', labelKey: 'servers.detail.disk.storage' },
    ],
    rows: (s) => s.disks.map((d) => [text(d.id), text(d.type), { kind: 'sizeMb', mb: d.size_mb }, text(d.preallocate == null ? null : String(d.preallocate)), text(d.storage_name)]),
    actions: deviceAction(editServerDisks),
  },
  {
    id: 'nics', titleKey: 'servers.detail.nics', testId: 'server-nics',
    columns: [
      { id: 'id', labelKey: 'servers.detail.nic.id' },
      { id: 'ip', labelKey: 'servers.detail.nic.ip' },
      { id: 'mac', labelKey: 'servers.detail.nic.mac' },
      { id: 'vpc', labelKey: 'servers.column.vpc' },
      { id: 'subnet', labelKey: 'servers.detail.nic.subnet' },
      { id: 'connected', labelKey: 'servers.detail.nic.connected' },
    ],
    rows: (s) => s.networks.map((n) => [
      text(n.vif_id), text(n.ip_address), text(n.mac_address), text(n.vpc_name || n.vpc_id),
      text(n.subnet_name ? `${n.subnet_name}${n.cidr ? ` (${n.cidr})` : ''}` : n.subnet_id),
      n.connect == null ? text(null) : { kind: 'message', key: n.connect === 1 ? 'servers.detail.yes' : 'servers.detail.no' },
    ]),
    actions: deviceAction(editServerNics),
  },
];
