import type { Store } from '../../state/store';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * What a tenant still owns, in one AZ or (without `azId`) anywhere, as phrases
 * for an error message, e.g. `3 servers (1 in the recycle bin)`, `2 VPCs`.
 * Empty when nothing is left. Floating IPs and private images are global, so
 * they only count for the whole tenant.
 */
export function remainingResources(store: Store, projectId: string, azId?: string): string[] {
  const inScope = (r: { project_id: string; az_id: string }) => r.project_id === projectId && (!azId || r.az_id === azId);
  const servers = [...store.servers.values()].filter(inScope);
  const recycled = servers.filter((s) => s.in_recycle_bin === 1).length;
  const volumes = [...store.volumes.values()].filter(inScope).length;
  const vpcs = [...store.vpcs.values()].filter(inScope).length;
  const out: string[] = [];
  if (servers.length) out.push(`${plural(servers.length, 'server')}${recycled ? ` (${recycled} in the recycle bin)` : ''}`);
  if (volumes) out.push(plural(volumes, 'volume'));
  if (vpcs) out.push(plural(vpcs, 'VPC'));
  if (!azId) {
    const fips = [...store.floatingIps.values()].filter((f) => f.project_id === projectId).length;
    const images = [...store.images.values()].filter((i) => i.project_id === projectId).length;
    if (fips) out.push(plural(fips, 'floating IP'));
    if (images) out.push(plural(images, 'private image'));
  }
  return out;
}
