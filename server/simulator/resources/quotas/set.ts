import { z } from 'zod';
import { badRequest, notFound } from '../../errors';
import { type RequestContext, type RouteSpec } from '../../http/context';
import { parseBody } from '../../http/validate';
import { usage } from '../../state/quota';
import { quotaCategory, quotaDisplay } from '../../state/quota-names';
import { ADMIN_ONLY } from '../../state/roles';
import { GLOBAL_AZ_ID, type Store } from '../../state/store';
import type { Project } from '../../state/types';
import { PLAIN_RESOURCES, quotaRecord } from './records';

const SetSchema = z.object({
  project_id: z.string().min(1, 'is required'),
  quota_sets: z.array(z.object({
    // Every simulated AZ is HCI, so hci is the only provider with anything to limit.
    provider: z.literal('hci', 'must be "hci": every AZ of this platform is an HCI pool'),
    namespace: z.string().min(1, 'is required'),
    resource: z.string().min(1, 'is required'),
    value: z.number().int('must be an integer').min(-1, 'must be −1 (unlimited) or more'),
    az_id: z.string().min(1, 'is required'),
  })).min(1, 'must hold at least one quota'),
});

/** Why a namespace/resource pair is not a quota the simulator keeps, or undefined when it is one. */
function unknownKey(store: Store, namespace: string, resource: string): string | undefined {
  const [base, ref] = resource.split('::');
  if (PLAIN_RESOURCES[namespace]?.includes(resource)) return undefined;
  if (namespace === 'storage' && base === 'storage_tag') return store.storageTags.has(ref) ? undefined : `storage tag ${ref} does not exist`;
  if (namespace === 'network' && (base === 'eip_count' || base === 'eip_bandwidth')) {
    return store.lineTypes.has(ref) ? undefined : `line type ${ref} does not exist (use ${base}::<line type id>)`;
  }
  if (!['compute', 'storage', 'network'].includes(namespace)) return `namespace ${namespace} is not simulated; use compute, storage or network`;
  return `${namespace}/${resource} is not a known quota resource`;
}

type QuotaSet = z.infer<typeof SetSchema>['quota_sets'][number];

/** Checks one entry: a known resource, the right kind of AZ, and a limit no lower than the tenant's usage there. */
function checkEntry(ctx: RequestContext, project: Project, e: QuotaSet, i: number, usedIn: (az: string) => Record<string, number>) {
  const { store } = ctx;
  const at = `quota_sets.${i}`;
  const problem = unknownKey(store, e.namespace, e.resource);
  if (problem) throw badRequest(`${at}: ${problem}`);
  const global = quotaCategory(e.resource) === 'global';
  if (global && e.az_id !== GLOBAL_AZ_ID) throw badRequest(`${at}.az_id: ${e.resource} is a global resource; use az_id ${GLOBAL_AZ_ID}`);
  if (!global && !store.azs.has(e.az_id)) throw badRequest(`${at}.az_id: AZ ${e.az_id} does not exist`);
  if (!global && !project.az_ids.includes(e.az_id)) {
    throw badRequest(`${at}.az_id: tenant ${project.name} is not associated with AZ ${store.azs.get(e.az_id)!.name}; associate it first`);
  }
  const key = `${e.namespace}/${e.resource}`;
  const inUse = usedIn(e.az_id)[key] ?? 0;
  if (e.value >= 0 && e.value < inUse) {
    const where = global ? 'the platform' : `AZ ${store.azs.get(e.az_id)!.name}`;
    const { name, unit } = quotaDisplay(e.namespace, e.resource, store);
    throw badRequest(`${at}.value: quota ${name} cannot be set to ${e.value} ${unit} in ${where}: tenant ${project.name} already uses ${inUse} ${unit}`);
  }
}

/** All entries are checked before any is applied, so a refused request changes nothing. */
function setQuotas(ctx: RequestContext) {
  const { store } = ctx;
  const body = parseBody(SetSchema, ctx.body);
  const project = store.projects.get(body.project_id);
  if (!project) throw notFound('project (tenant)', body.project_id);
  const usageByAz = new Map<string, Record<string, number>>();
  const usedIn = (az: string) => {
    if (!usageByAz.has(az)) usageByAz.set(az, usage(store, project.id, az));
    return usageByAz.get(az)!;
  };
  body.quota_sets.forEach((e, i) => checkEntry(ctx, project, e, i, usedIn));
  // An update creates the record it names when the tenant has none (a tenant from before its AZ was associated, say).
  for (const e of body.quota_sets) quotaRecord(store, project, e.namespace, e.resource).limits[e.az_id] = e.value;
  return { status: 201 };
}

/** POST /quotas: 201 without a body, as documented. */
export function quotaSetRoutes(): RouteSpec[] {
  return [{
    method: 'POST', paths: ['/janus/20180725/quotas'], roles: ADMIN_ONLY,
    summary: 'set tenant quotas per AZ (201, no body; refused below usage)',
    handler: setQuotas,
  }];
}
