import { z } from 'zod';
import { badRequest } from '../../errors';
import { created, type RouteSpec } from '../../http/context';
import { parseBody } from '../../http/validate';
import { ADMIN_AND_TENANT } from '../../state/roles';
import { startTask } from '../../tasks/start';
import { assertStatus, visibleServer } from './lifecycle';
import { serverPaths } from './paths';

const ConsoleSchema = z.looseObject({
  remote_console: z.looseObject({
    protocol: z.literal('vnc', { error: 'must be "vnc"' }),
    type: z.literal('novnc', { error: 'must be "novnc"' }),
  }, { error: 'is required: {"protocol": "vnc", "type": "novnc"}' }),
});
const PasswordSchema = z.looseObject({ password: z.string({ error: 'is required (RSA-encrypted, hex)' }) });

/** Remote console and password reset: the ways into a server's guest. */
export function serverAccessRoutes(): RouteSpec[] {
  return [
    {
      method: 'POST', paths: serverPaths(['20180725'], '/{server_id}/remote-consoles'), roles: ADMIN_AND_TENANT,
      summary: 'noVNC console URL of a running server (sync)',
      handler: (ctx) => {
        const b = parseBody(ConsoleSchema, ctx.body);
        const server = visibleServer(ctx, ctx.params.server_id);
        assertStatus(server, ['running'], 'open a console on');
        // The URL points back at whoever was asked, as SCP's points at its own address.
        const host = ctx.req.headers.host ?? 'localhost';
        const url = `https://${host}/openstack/compute/v2/open-vnc-console?token_id=${ctx.store.ids.uuid()}`;
        return created({ remote_console: { url, type: b.remote_console.type, protocol: b.remote_console.protocol } });
      },
    },
    {
      method: 'POST', paths: serverPaths(['20180725'], '/{server_id}/server-password'), roles: ADMIN_AND_TENANT,
      summary: 'reset the guest password (RSA hex; async)',
      handler: (ctx) => {
        const b = parseBody(PasswordSchema, ctx.body);
        const server = visibleServer(ctx, ctx.params.server_id);
        assertStatus(server, ['running', 'stopped'], 'reset the password of');
        // Decrypted only to prove it is well formed; the plain text is neither kept nor echoed.
        if (ctx.rsa.decryptHex(b.password, 'password') === '') throw badRequest('password must not be empty');
        const task = startTask(ctx, {
          action: '重置云主机密码', objectType: '云主机', objectId: server.id, objectName: server.name, azId: server.az_id, projectId: server.project_id,
        });
        return created({ task_id: task.id });
      },
    },
  ];
}
