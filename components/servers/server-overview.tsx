'use client';

import type { ReactNode } from 'react';
import { DetailsGrid } from '@/components/resource/details-grid';
import { StatusBadge } from '@/components/resource/status-badge';
import { UsageMeter } from '@/components/resource/usage-meter';
import { formatDateTime, formatSizeMb } from '@/lib/format';
import { useLocale, useT } from '@/lib/i18n/client';
import { hotplugOf } from '@/lib/resources/servers/resize';
import { serverStatus } from '@/lib/resources/servers/status';
import type { Server, ServerDetail } from '@/lib/scp';

function Table({ caption, head, rows, testId, action }: { caption: string; head: string[]; rows: (string | null | undefined)[][]; testId: string; action?: ReactNode }) {
  const t = useT();
  return (
    <section className="rounded-lg border border-border" data-testid={testId}>
      <div className="flex flex-wrap items-center justify-between gap-2 px-4 pt-4">
        <h2 className="text-base font-semibold">{caption}</h2>
        {action}
      </div>
      <div className="overflow-x-auto p-4 pt-2">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="text-xs text-muted">
            <tr>{head.map((h) => <th key={h} scope="col" className="py-1 pr-4 font-medium">{h}</th>)}</tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i} className="border-t border-border">
                {row.map((cell, j) => <td key={j} className="py-1.5 pr-4">{cell || t('format.empty')}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/**
 * A server's configuration (CPU, memory, disks, NICs with address, VPC and
 * subnet, image, AZ, host, floating IP), live status and use. `actions` go
 * next to the disk and NIC tables (editing them).
 */
export function ServerOverview({ server, usage, actions }: { server: ServerDetail; usage: Server | undefined; actions?: { disks?: ReactNode; nics?: ReactNode } }) {
  const t = useT();
  const locale = useLocale();
  const hotplug = hotplugOf(server);
  const sockets = server.sockets ?? 1;
  const yesNo = (on: boolean) => t(on ? 'servers.detail.on' : 'servers.detail.off');
  const mb = (v: number | null | undefined) => formatSizeMb(v, locale);
  const cpu = usage?.cpu_status;
  const memory = usage?.memory_status;
  const storage = usage?.storage_status;
  return (
    <div className="space-y-4">
      <DetailsGrid
        title={t('servers.detail.configuration')}
        items={[
          { id: 'status', label: t('servers.column.status'), value: <StatusBadge status={server.status} model={serverStatus} /> },
          { id: 'power', label: t('servers.column.powerState'), value: usage?.power_state === 'on' || usage?.power_state === 'off' ? t(`servers.power.${usage.power_state}`) : t('format.empty') },
          { id: 'cpu', label: t('servers.column.cpu'), value: t('servers.detail.cpu', { cores: server.cores, sockets, perSocket: Math.max(1, Math.floor(server.cores / sockets)) }) },
          { id: 'memory', label: t('servers.column.memory'), value: mb(server.memory_mb) },
          { id: 'hotplug', label: t('servers.detail.hotplug'), value: t('servers.detail.hotplugValue', { cpu: yesNo(hotplug.cpu), memory: yesNo(hotplug.memory) }) },
          { id: 'image', label: t('servers.column.image'), value: server.image_name || server.os_name || t('format.empty') },
          { id: 'az', label: t('servers.column.az'), value: server.az_name || server.az_id || t('format.empty') },
          { id: 'host', label: t('servers.column.host'), value: server.host_name || t('format.empty') },
          { id: 'project', label: t('servers.column.project'), value: server.project_name || server.project_id },
          { id: 'storageTag', label: t('servers.detail.storageTag'), value: server.storage_tag_name || t('format.empty') },
          { id: 'floatingIp', label: t('servers.column.floatingIp'), value: server.floatingip?.floating_ip_address || t('format.empty') },
          { id: 'created', label: t('servers.detail.created'), value: formatDateTime(server.created_at, locale) },
          { id: 'id', label: t('servers.column.id'), value: <span className="font-mono text-xs">{server.id}</span> },
          { id: 'description', label: t('servers.field.description'), value: server.description || t('format.empty') },
        ]}
      />
      <section className="rounded-lg border border-border p-4" data-testid="server-usage">
        <h2 className="mb-3 text-base font-semibold">{t('servers.detail.usage')}</h2>
        {usage ? (
          <div className="grid gap-4 sm:grid-cols-3">
            <UsageMeter id="cpu" label={t('servers.detail.usage.cpu')} ratio={cpu?.ratio} detail={t('servers.detail.usage.mhz', { used: Math.round(cpu?.used_mhz ?? 0), total: Math.round(cpu?.total_mhz ?? 0) })} />
            <UsageMeter id="memory" label={t('servers.detail.usage.memory')} ratio={memory?.ratio} detail={t('servers.detail.usage.of', { used: mb(memory?.used_mb), total: mb(memory?.total_mb) })} />
            <UsageMeter id="storage" label={t('servers.detail.usage.storage')} ratio={storage?.ratio} detail={t('servers.detail.usage.of', { used: mb(storage?.used_mb), total: mb(storage?.total_mb) })} />
          </div>
        ) : (
          <p className="text-sm text-muted">{t('servers.detail.usage.none')}</p>
        )}
      </section>
      <Table
        testId="server-disks"
        action={actions?.disks}
        caption={t('servers.detail.disks')}
        head={[t('servers.detail.disk.id'), t('servers.detail.disk.type'), t('servers.detail.disk.size'), t('servers.detail.disk.preallocate'), t('servers.detail.disk.storage')]}
        rows={server.disks.map((d) => [d.id, d.type, mb(d.size_mb), d.preallocate == null ? null : String(d.preallocate), d.storage_name])}
      />
      <Table
        testId="server-nics"
        action={actions?.nics}
        caption={t('servers.detail.nics')}
        head={[t('servers.detail.nic.id'), t('servers.detail.nic.ip'), t('servers.detail.nic.mac'), t('servers.column.vpc'), t('servers.detail.nic.subnet'), t('servers.detail.nic.connected')]}
        rows={server.networks.map((n) => [
          n.vif_id, n.ip_address, n.mac_address, n.vpc_name || n.vpc_id,
          n.subnet_name ? `${n.subnet_name}${n.cidr ? ` (${n.cidr})` : ''}` : n.subnet_id,
          n.connect === undefined || n.connect === null ? null : t(n.connect === 1 ? 'servers.detail.yes' : 'servers.detail.no'),
        ])}
      />
    </div>
  );
}
