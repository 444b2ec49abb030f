import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';
import { MAX_PAGE_SIZE, type FloatingIp, type Server } from '@/lib/scp';
import type { SessionUser } from '@/lib/session-client/session-api';
import { checkMbps, KBPS_PER_MBPS, kbpsOf, MAX_MBPS, MIN_MBPS } from './bandwidth';
import { FLOATING_IP_TRANSITIONAL, isBound } from './status';
import { ALLOWED, refuse, type Action, type CachedRead, type FieldError, type FilterOption, type Verdict } from '../core/types';

/*
 * What can be done to a floating IP (catalog §4.11.6): change its bandwidth,
 * bind it to a server's NIC in a VPC, unbind it, release it once unbound.
 * Binding and unbinding are SCP tasks; the rest answer at once.
 */

type FipLike = Pick<FloatingIp, 'id' | 'floating_ip' | 'project_id' | 'binding_info' | 'bandwidth'>;

const params = (f: FipLike) => ({ floatingip_id: f.id });

/** Platform and tenant admins manage floating IPs (allocating one included); SCP documents no sub-account access. */
export function floatingIpRoleVerdict(session: SessionUser): Verdict {
  return session.role === 'member' ? refuse('role', 'floatingIps.reason.role') : ALLOWED;
}

/** A binding task still working refuses every change until it ends. */
function settled(f: FipLike): Verdict {
  return FLOATING_IP_TRANSITIONAL.has(f.binding_info?.status ?? '') ? refuse('state', 'floatingIps.reason.busy') : ALLOWED;
}

const both = (...verdicts: Verdict[]) => verdicts.find((v) => !v.ok) ?? ALLOWED;

/** Change the bandwidth: SCP keeps up- and downlink equal, so one figure sets both. */
export const changeBandwidth: Action<FipLike> = {
  id: 'bandwidth',
  labelKey: 'floatingIps.action.bandwidth',
  form: {
    titleKey: 'floatingIps.bandwidth.title',
    fields: [{ name: 'mbps', labelKey: 'floatingIps.field.bandwidth', kind: 'number', min: MIN_MBPS, max: MAX_MBPS, unitKey: 'floatingIps.unit.mbps', hintKey: 'floatingIps.hint.bandwidth' }],
    initial: (f) => ({ mbps: f.bandwidth?.qos_uplink != null ? String(Math.max(MIN_MBPS, Math.round(f.bandwidth.qos_uplink / KBPS_PER_MBPS))) : '' }),
    check: (values): Record<string, FieldError> => {
      const problem = checkMbps(values.mbps);
      return problem ? { mbps: problem } : {};
    },
  },
  allowed: (f, session) => both(floatingIpRoleVerdict(session), settled(f)),
  run: async (f, ctx) => {
    const kbps = kbpsOf(ctx.values?.mbps ?? '');
    await api.put('/api/floatingips/:floatingip_id', { params: params(f), body: { qos_uplink: kbps, qos_downlink: kbps }, clientToken: ctx.clientToken });
    return {};
  },
};

/** The servers a floating IP of `projectId` may be bound to: the tenant's, out of the recycle bin, with no floating IP, with a NIC in a VPC. */
function bindableServers(read: CachedRead, projectId: string, signal: AbortSignal): Promise<Server[]> {
  const query = { project_id: projectId, pageSize: MAX_PAGE_SIZE };
  return read({ queryKey: queryKeys.servers.list(query), queryFn: () => api.get('/api/servers', { query, signal }), staleTime: 10_000 }).then((page) =>
    page.items.filter((s) => s.status !== 'deleted' && !s.floatingip?.floatingip_id && s.networks.some((n) => n.vpc_id && n.port_id)),
  );
}

/** A NIC choice's value: its VPC and port, which the binding names. */
export function nicChoice(n: { vpc_id?: string | null; port_id?: string | null }): string {
  return `${n.vpc_id}/${n.port_id}`;
}

/** The VPC and port of a NIC choice. */
export function parseNicChoice(value: string): { vpc_id: string; port_id: string } | null {
  const [vpcId, portId, ...rest] = value.split('/');
  return vpcId && portId && !rest.length ? { vpc_id: vpcId, port_id: portId } : null;
}

/** Bind to a NIC in a VPC: first a server of the same tenant, then one of its NICs. */
export const bindFloatingIp: Action<FipLike> = {
  id: 'bind',
  labelKey: 'floatingIps.action.bind',
  form: {
    titleKey: 'floatingIps.bind.title',
    fields: [
      {
        name: 'server_id', labelKey: 'floatingIps.field.server', kind: 'select', placeholderKey: 'floatingIps.bind.pickServer', hintKey: 'floatingIps.hint.server', clears: ['nic'],
        choices: (values) => ({
          key: queryKeys.servers.list({ project_id: values.project_id, bindable: 1 }),
          fetch: async ({ read, signal }): Promise<FilterOption[]> =>
            (await bindableServers(read, values.project_id, signal)).map((s) => ({ value: s.id, label: s.name })),
        }),
      },
      {
        name: 'nic', labelKey: 'floatingIps.field.nic', kind: 'select', placeholderKey: 'floatingIps.bind.pickNic',
        choices: (values) => values.server_id ? {
          key: queryKeys.servers.list({ project_id: values.project_id, bindable: 1, nicsOf: values.server_id }),
          fetch: async ({ read, signal }): Promise<FilterOption[]> => {
            const server = (await bindableServers(read, values.project_id, signal)).find((s) => s.id === values.server_id);
            return (server?.networks ?? []).filter((n) => n.vpc_id && n.port_id).map((n) => ({
              value: nicChoice(n), label: [n.ip_address || n.port_id, n.vif_id, n.vpc_name].filter(Boolean).join(' · '),
            }));
          },
        } : null,
      },
    ],
    initial: (f) => ({ project_id: f.project_id, server_id: '', nic: '' }),
    check: (values): Record<string, FieldError> => {
      const out: Record<string, FieldError> = {};
      if (!values.server_id) out.server_id = { key: 'forms.error.required' };
      else if (!parseNicChoice(values.nic ?? '')) out.nic = { key: 'forms.error.required' };
      return out;
    },
  },
  allowed: (f, session) => both(floatingIpRoleVerdict(session), isBound(f) ? refuse('state', 'floatingIps.reason.alreadyBound') : ALLOWED),
  run: async (f, ctx) => {
    const nic = parseNicChoice(ctx.values?.nic ?? '');
    if (!nic) throw new Error('no NIC chosen');
    const answer = await api.post('/api/floatingips/:floatingip_id/binding', { params: params(f), body: nic, clientToken: ctx.clientToken });
    return { taskId: answer.task_id || undefined };
  },
};

/** Unbind from its NIC (a task). */
export const unbindFloatingIp: Action<FipLike> = {
  id: 'unbind',
  labelKey: 'floatingIps.action.unbind',
  confirm: { titleKey: 'floatingIps.confirm.unbind.title', bodyKey: 'floatingIps.confirm.unbind.body' },
  allowed: (f, session) => both(floatingIpRoleVerdict(session), !isBound(f) ? refuse('state', 'floatingIps.reason.notBound') : settled(f)),
  run: async (f, ctx) => {
    const answer = await api.delete('/api/floatingips/:floatingip_id/unbinding', { params: params(f), clientToken: ctx.clientToken });
    return { taskId: answer.task_id || undefined };
  },
};

/** Give the address back to its pool; SCP refuses while it is bound. */
export const releaseFloatingIp: Action<FipLike> = {
  id: 'release',
  labelKey: 'floatingIps.action.release',
  confirm: { titleKey: 'floatingIps.confirm.release.title', bodyKey: 'floatingIps.confirm.release.body', danger: true },
  allowed: (f, session) => both(floatingIpRoleVerdict(session), isBound(f) ? refuse('state', 'floatingIps.reason.releaseBound') : ALLOWED),
  run: async (f, ctx) => {
    await api.delete('/api/floatingips/:floatingip_id', { params: params(f), clientToken: ctx.clientToken });
    return {};
  },
};

/** The actions of a floating IP, in menu order. */
export const FLOATING_IP_ACTIONS: readonly Action<FipLike>[] = [bindFloatingIp, unbindFloatingIp, changeBandwidth, releaseFloatingIp];
