'use client';

import { DetailsGrid } from '@/components/resource/details-grid';
import { formatSizeMb } from '@/lib/format';
import { useLocale, useT } from '@/lib/i18n/client';
import type { ServerCreateSchema } from '@/lib/scp';
import type { z } from 'zod';
import type { StepProps } from './step-props';

/** Step 7: everything the request will ask for, as it will be sent. */
export function StepReview({ draft, data, image, body }: StepProps & { body: z.input<typeof ServerCreateSchema> }) {
  const t = useT();
  const locale = useLocale();
  const none = t('format.empty');
  const name = <T extends { value: string; label: string }>(list: readonly T[], value: string) => list.find((x) => x.value === value)?.label ?? (value || none);
  const project = data.projects.data?.items.find((p) => p.id === draft.projectId)?.name;
  const tag = data.storageTags.data?.find((x) => x.id === draft.storageTagId)?.name;
  const vpc = data.vpcs.data?.find((x) => x.id === draft.vpcId)?.name;
  const subnet = data.subnets.data?.find((x) => x.id === draft.subnetId);
  const fip = data.floatingIps.data?.find((x) => x.id === draft.floatingIpId)?.floating_ip;
  return (
    <div data-testid="wizard-review">
      <DetailsGrid
        items={[
          ...(project ? [{ id: 'project', label: t('servers.column.project'), value: project }] : []),
          { id: 'az', label: t('servers.column.az'), value: name(data.azs, draft.azId) },
          { id: 'image', label: t('servers.column.image'), value: image?.name ?? none },
          { id: 'cpu', label: t('servers.column.cpu'), value: t('servers.detail.cpu', { cores: body.cores, sockets: body.sockets, perSocket: draft.coresPerSocket }) },
          { id: 'memory', label: t('servers.column.memory'), value: formatSizeMb(body.memory_mb, locale) },
          { id: 'disks', label: t('servers.detail.disks'), value: body.disks.map((d) => `${d.id} ${formatSizeMb(d.size_mb, locale)} (${d.type})`).join(', ') },
          { id: 'storageTag', label: t('servers.detail.storageTag'), value: tag ?? none },
          { id: 'network', label: t('servers.create.network'), value: subnet ? `${vpc ?? ''} / ${subnet.name} (${subnet.cidr})` : t('servers.create.noNetwork') },
          { id: 'floatingIp', label: t('servers.column.floatingIp'), value: fip ?? none },
          { id: 'name', label: t('servers.field.name'), value: body.name || none },
          { id: 'count', label: t('servers.create.count'), value: String(body.count ?? 1) },
          { id: 'powerOn', label: t('servers.create.powerOn'), value: t(body.power_on === 1 ? 'servers.detail.on' : 'servers.detail.off') },
        ]}
      />
    </div>
  );
}
