import { z } from 'zod';
import { created, type RouteSpec } from '../../http/context';
import { parseBody } from '../../http/validate';
import { ADMIN_AND_TENANT } from '../../state/roles';
import type { ServerStatus } from '../../state/types';
import { assertStatus, markOff, markRunning, startServersTask, visibleServer, type ServerOperation } from './lifecycle';
import { serverPaths } from './paths';
import { Flag } from './spec-schema';

/** A power action: the statuses it starts from, and the operation that follows. */
export interface PowerAction extends ServerOperation {
  /** English verb for error messages. */
  verb: string;
  from: readonly ServerStatus[];
}

/**
 * State rules. Servers report `stopping` while shutting down (the 2019/2020
 * spelling; lists accept `stoping` as a filter too). A suspended server may be
 * started (resumed) or powered off.
 */
export const POWER_ACTIONS = {
  start: { verb: 'start', action: '启动云主机', from: ['stopped', 'suspend'], transitional: 'starting', finish: markRunning },
  stop: { verb: 'stop', action: '关闭云主机', from: ['running', 'suspend'], transitional: 'stopping', finish: (s) => markOff(s) },
  poweroff: { verb: 'power off', action: '关闭云主机电源', from: ['running', 'suspend'], transitional: 'stopping', finish: (s) => markOff(s) },
  reboot: { verb: 'reboot', action: '重启云主机', from: ['running'], transitional: 'resetting', finish: markRunning },
  suspend: { verb: 'suspend', action: '挂起云主机', from: ['running'], transitional: 'suspending', finish: (s) => markOff(s, 'suspend') },
} satisfies Record<string, PowerAction>;

const ForceSchema = z.looseObject({ force: Flag.optional() });

/** POST …/servers/{id}/{start,stop,reboot,suspend} → 201 {task_id}. stop/reboot take `{force}` (power off / power reset). */
export function serverPowerRoutes(): RouteSpec[] {
  const route = (name: 'start' | 'stop' | 'reboot' | 'suspend', summary: string): RouteSpec => ({
    method: 'POST', paths: serverPaths(['20180725'], `/{server_id}/${name}`), roles: ADMIN_AND_TENANT, summary,
    handler: (ctx) => {
      const force = name === 'stop' || name === 'reboot' ? parseBody(ForceSchema, ctx.body).force : undefined;
      const power: PowerAction = name === 'stop' && force === 1 ? POWER_ACTIONS.poweroff : POWER_ACTIONS[name];
      const server = visibleServer(ctx, ctx.params.server_id);
      assertStatus(server, power.from, power.verb);
      return created({ task_id: startServersTask(ctx, [server], power).id });
    },
  });
  return [
    route('start', 'power on a server (async)'),
    route('stop', 'shut down a server; force 1 powers off (async)'),
    route('reboot', 'reboot a server; force 1 resets power (async)'),
    route('suspend', 'suspend a server (async)'),
  ];
}
