'use client';

import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';
import { azsQuery, projectsQuery, vpcsQuery } from '@/lib/resources/core/lookups';
import type { ServerDraft } from '@/lib/resources/servers/create';
import { MAX_PAGE_SIZE } from '@/lib/scp';

/** A choice of the wizard: value, label, and a second line. */
export interface Choice {
  value: string;
  label: string;
  note?: string;
}

/**
 * What the wizard offers at each step, read as the draft gets far enough to
 * ask: tenants (admins), their AZs, the images, storage tags, VPCs, subnets
 * and free floating IPs of that tenant in that AZ.
 */
export function useWizardData(draft: ServerDraft, asAdmin: boolean, projectId: string) {
  const { azId, vpcId } = draft;
  const projects = useQuery({ ...projectsQuery, enabled: asAdmin });
  const tenantAzs = useQuery({ ...azsQuery, enabled: !asAdmin });
  const azs: Choice[] = asAdmin
    ? (projects.data?.items.find((p) => p.id === projectId)?.azs ?? []).map((az) => ({ value: az.az_id, label: az.az_name ?? az.az_id }))
    : (tenantAzs.data?.items ?? []).map((az) => ({ value: az.id, label: az.name }));

  const imageQuery = { az_id: azId, status: 'active' as const, pageSize: MAX_PAGE_SIZE };
  const images = useQuery({
    queryKey: queryKeys.images.list(imageQuery),
    queryFn: ({ signal }) => api.get('/api/images', { query: imageQuery, signal }),
    enabled: !!azId,
    // Admins see every image; a server is made for the tenant, who may use public images and its own.
    select: (page) => page.items.filter((img) => !asAdmin || img.image_type === 'public' || img.owner_id === projectId),
  });

  const tagQuery = { az_id: azId, ...(asAdmin ? { project_id: projectId } : {}) };
  const storageTags = useQuery({
    queryKey: [...queryKeys.storageTags.list(azId), tagQuery],
    queryFn: ({ signal }) => api.get('/api/storages/tags', { query: tagQuery, signal }),
    enabled: !!azId && !!projectId,
    select: (page) => page.items,
  });

  const vpcs = useQuery({ ...vpcsQuery({ az_id: azId, project_id: projectId }), enabled: !!azId && !!projectId, select: (page) => page.items });

  const subnetQuery = { vpc_id: vpcId, pageSize: MAX_PAGE_SIZE };
  const subnets = useQuery({
    queryKey: queryKeys.subnets.list(subnetQuery),
    queryFn: ({ signal }) => api.get('/api/subnets', { query: subnetQuery, signal }),
    enabled: !!vpcId,
    // SCP's hidden wan and NFV management subnets are not for servers.
    select: (page) => page.items.filter((s) => s.is_visible !== 0),
  });

  const fipQuery = { project_id: projectId, pageSize: MAX_PAGE_SIZE };
  const floatingIps = useQuery({
    queryKey: queryKeys.floatingIps.list(fipQuery),
    queryFn: ({ signal }) => api.get('/api/floatingips', { query: fipQuery, signal }),
    enabled: !!projectId && !!azId,
    select: (page) => page.items.filter((f) => !f.binding_info),
  });

  return { projects, azs, azsLoading: asAdmin ? projects.isPending : tenantAzs.isPending, images, storageTags, vpcs, subnets, floatingIps };
}

/** What useWizardData returns. */
export type WizardData = ReturnType<typeof useWizardData>;
