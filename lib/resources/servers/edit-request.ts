import type { z } from 'zod';
import { api } from '@/lib/api';
import type { ServerDetail, ServerEditSchema } from '@/lib/scp';
import { USABLE_STATUSES } from './actions';
import { ALLOWED, refuse, type ActionResult, type Verdict } from '../core/types';

/** Whether a server may be edited (its disks, its NICs): not while a task works on it, nor once deleted. */
export function editVerdict(server: Pick<ServerDetail, 'status'>): Verdict {
  return USABLE_STATUSES.includes(server.status) ? ALLOWED : refuse('state', 'servers.reason.edit');
}

/** Sends a checked edit of a server (PUT /api/servers/:id) with the attempt's token. */
export async function sendServerEdit(server: Pick<ServerDetail, 'id'>, edit: { ok: true; body: z.output<typeof ServerEditSchema> } | { ok: false }, clientToken: string): Promise<ActionResult> {
  if (!edit.ok) throw new Error('a server edit was sent unchecked');
  const answer = await api.put('/api/servers/:server_id', { params: { server_id: server.id }, body: edit.body, clientToken });
  return { taskId: answer?.task_id || undefined };
}
