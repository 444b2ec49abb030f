'use client';

import { useKeyedRequest } from '@/components/resource/use-keyed-request';
import { useTaskStarted } from '@/components/resource/use-task-started';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';
import type { ServerDetail, ServerEditSchema } from '@/lib/scp';
import type { z } from 'zod';

type EditBody = z.output<typeof ServerEditSchema>;

/**
 * Sends an edit of a server (PUT /api/servers/:id) from a dialog. Sending the
 * same body again after a failure reuses its X-Client-Token, so SCP applies
 * the change once; a changed body gets a new one. The task goes to the tray
 * under `action`, refreshing servers and quotas when it ends.
 */
export function useServerEdit(server: Pick<ServerDetail, 'id' | 'name'>, action: string) {
  const taskStarted = useTaskStarted();
  const request = useKeyedRequest((body: EditBody, clientToken: string) => api.put('/api/servers/:server_id', { params: { server_id: server.id }, body, clientToken }));

  /** True when the task started; on a failure, `failure` says why. */
  const send = async (body: EditBody): Promise<boolean> => {
    const started = await request.submit(body);
    if (!started) return false;
    taskStarted({ taskId: started.answer.task_id, action, object: { kind: 'server', id: server.id, name: server.name }, invalidate: [queryKeys.servers.all, queryKeys.quotas.all] });
    return true;
  };

  return { send, sending: request.sending, failure: request.failure };
}
