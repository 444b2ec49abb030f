import { z } from 'zod';
import { badRequest } from '../../errors';
import { type RouteSpec } from '../../http/context';
import { parseBody } from '../../http/validate';
import { ADMIN_AND_TENANT } from '../../state/roles';
import { RECYCLE } from './delete';
import { startServersTask, visibleServer } from './lifecycle';
import { POWER_ACTIONS, type PowerAction } from './power';

/** server_action keys (seed table 4.11.408) and what they do. `agent_action` is handled apart. */
const BATCH_ACTIONS: Record<string, PowerAction> = {
  start_servers_action: POWER_ACTIONS.start,
  stop_servers_action: POWER_ACTIONS.stop,
  poweroff_servers_action: POWER_ACTIONS.poweroff,
  reboot_servers_action: POWER_ACTIONS.reboot,
  suspend_servers_action: POWER_ACTIONS.suspend,
  soft_del_servers_action: RECYCLE,
};
const KEYS = [...Object.keys(BATCH_ACTIONS), 'agent_action'];

const BatchSchema = z.looseObject({
  server_ids: z.array(z.string().min(1)).min(1, { error: 'must list at least one server id' }),
  server_action: z.record(z.string(), z.string({ error: 'must be a string ("" in the seed sample)' })),
});

/**
 * POST /servers/action → 204 without a body (the seed returns no task id). The
 * work shows in GET /tasks as one batch task with a sub-task per server. All
 * servers are checked first: one unknown id or one server in the wrong status
 * refuses the whole batch, naming them, and nothing starts.
 */
export function serverBatchRoutes(): RouteSpec[] {
  return [{
    method: 'POST', paths: ['/janus/20180725/servers/action'], roles: ADMIN_AND_TENANT,
    summary: 'batch start/stop/poweroff/reboot/suspend/soft-delete (204, one batch task)',
    handler: (ctx) => {
      const b = parseBody(BatchSchema, ctx.body);
      const keys = Object.keys(b.server_action);
      if (keys.length !== 1 || !KEYS.includes(keys[0])) {
        throw badRequest(`server_action must hold exactly one of ${KEYS.join(', ')}; got ${keys.length ? keys.join(', ') : 'none'}`);
      }
      const ids = [...new Set(b.server_ids)];
      const servers = ids.map((id) => visibleServer(ctx, id));
      // agent_action's meaning is undocumented (catalog §9.10): accepted, and nothing changes.
      const action = BATCH_ACTIONS[keys[0]];
      if (!action) return { status: 204 };
      const wrong = servers.filter((s) => !action.from.includes(s.status));
      if (wrong.length) {
        const list = wrong.map((s) => `${s.name} (${s.id}) is ${s.status}`).join('; ');
        throw badRequest(`cannot ${action.verb} ${wrong.length} of ${servers.length} servers: ${list}; ${action.verb} needs status ${action.from.join(' or ')}`);
      }
      startServersTask(ctx, servers, action);
      return { status: 204 };
    },
  }];
}
