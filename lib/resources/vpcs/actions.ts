import { api } from '@/lib/api';
import type { Subnet, Vpc } from '@/lib/scp';
import type { SessionUser } from '@/lib/session-client/session-api';
import { NETWORK_TRANSITIONAL } from './status';
import { ALLOWED, refuse, type Action, type Verdict } from '../core/types';

/*
 * What can be done to a VPC. SCP deletes only an empty VPC (seed L26670: no
 * servers, network resources or floating IPs left); the console also asks
 * for its subnets to go first, which it can see in the list.
 */

type VpcLike = Pick<Vpc, 'id' | 'name' | 'status'> & { subnets?: readonly Pick<Subnet, 'id'>[] };

/** Only admins and tenant admins change networks (the registry's roles). */
export function networkRoleVerdict(session: Pick<SessionUser, 'role'>): Verdict {
  return session.role === 'admin' || session.role === 'tenant' ? ALLOWED : refuse('role', 'vpcs.reason.role');
}

/** Whether a VPC may be deleted, and if not, why. */
export function vpcDeleteVerdict(vpc: VpcLike, session: Pick<SessionUser, 'role'>): Verdict {
  const role = networkRoleVerdict(session);
  if (!role.ok) return role;
  if (NETWORK_TRANSITIONAL.has(vpc.status)) return refuse('state', 'vpcs.reason.busy');
  if (vpc.subnets?.length) return refuse('state', 'vpcs.reason.hasSubnets', { count: vpc.subnets.length });
  return ALLOWED;
}

/** Delete an empty VPC (a task). */
export const deleteVpc: Action<VpcLike> = {
  id: 'delete',
  labelKey: 'vpcs.action.delete',
  confirm: { titleKey: 'vpcs.confirm.delete.title', bodyKey: 'vpcs.confirm.delete.body', danger: true },
  allowed: vpcDeleteVerdict,
  run: async (v, ctx) => {
    const answer = await api.delete('/api/vpcs/:vpc_id', { params: { vpc_id: v.id }, clientToken: ctx.clientToken });
    return { taskId: answer?.task_id || undefined };
  },
};

/** The actions of a VPC row. */
export const VPC_ACTIONS: readonly Action<VpcLike>[] = [deleteVpc];
