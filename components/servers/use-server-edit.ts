'use client';

import { useRef, useState } from 'react';
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
  const [failure, setFailure] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const token = useRef<{ body: string; id: string } | null>(null);

  /** True when the task started; on a failure, `failure` says why. */
  const send = async (body: EditBody): Promise<boolean> => {
    const json = JSON.stringify(body);
    if (token.current?.body !== json) token.current = { body: json, id: crypto.randomUUID() };
    setSending(true);
    setFailure(null);
    try {
      const { task_id } = await api.put('/api/servers/:server_id', { params: { server_id: server.id }, body, clientToken: token.current.id });
      taskStarted({ taskId: task_id, action, object: { kind: 'server', id: server.id, name: server.name }, invalidate: [queryKeys.servers.all, queryKeys.quotas.all] });
      return true;
    } catch (error) {
      setFailure(error);
      return false;
    } finally {
      setSending(false);
    }
  };

  return { send, sending, failure };
}
