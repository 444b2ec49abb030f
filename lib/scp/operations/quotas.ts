import { z } from 'zod';
import { ADMIN, ADMIN_TENANT, scpListOperation, scpOperation } from '../registry';
import { NoContentSchema } from '../schemas/common';
import { Hex32, Uuid } from '../schemas/ids';
import { listQuery } from '../schemas/list-page';
import { QuotaSchema, QuotaSetSchema } from '../schemas/quota';

/** Quotas, catalog §4.7. */
export const quotas = {
  list: scpListOperation({
    console: 'GET /api/quotas',
    name: 'quotas.list', summary: 'quota rows with per-AZ limits and use', version: '20180725', path: '/quotas', roles: ADMIN_TENANT, item: QuotaSchema,
    query: listQuery({
      category: z.enum(['global', 'pool', 'nfv', 'cssp_nfv', 'dmp', 'appcenter']).optional(),
      provider: z.enum(['hci', 'vmware', 'appcenter', 'cssp']).optional(),
      namespace: z.string().max(64).optional(),
      resource: z.string().max(128).optional(),
      az_id: Uuid.optional(),
      project_id: Hex32.optional(),
    }),
  }),
  // SCP answers 201 without a body.
  set: scpOperation({ console: 'POST /api/quotas', name: 'quotas.set', summary: 'set tenant quotas per AZ', method: 'POST', version: '20180725', path: '/quotas', roles: ADMIN, body: QuotaSetSchema, response: NoContentSchema }),
};
