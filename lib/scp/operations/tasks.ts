import { z } from 'zod';
import { ADMIN_TENANT, scpListOperation, scpOperation } from '../registry';
import { Hex32, Uuid } from '../schemas/ids';
import { listQuery } from '../schemas/list-page';
import { OpLogEntrySchema, TaskSchema } from '../schemas/task';

/** SCP's op-log time filter format: `2021-05-25 01:27:32`. */
const LogTime = z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/, { error: 'must look like 2021-05-25 01:27:32' });

/** Tasks and the operation log: the same `/tasks` resource (catalog §4.2). */
export const tasks = {
  detail: scpOperation({ console: 'GET /api/tasks/:task_id', name: 'tasks.detail', summary: 'task status and progress', method: 'GET', version: '20180725', path: '/tasks/{task_id}', roles: ADMIN_TENANT, response: TaskSchema }),
  list: scpListOperation({
    console: 'GET /api/tasks',
    name: 'tasks.list', summary: 'operation log', version: '20180725', path: '/tasks', roles: ADMIN_TENANT, item: OpLogEntrySchema,
    query: listQuery({
      object_id: z.string().max(64).optional(),
      object_type: z.string().max(64).optional(),
      status: z.enum(['waiting', 'doing', 'finish', 'failure', 'canceling', 'canceled']).optional(),
      az_id: Uuid.optional(),
      project_id: Hex32.optional(),
      user_id: Hex32.optional(),
      begin_time: LogTime.optional(),
      end_time: LogTime.optional(),
    }),
  }),
};
