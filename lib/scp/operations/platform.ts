import { z } from 'zod';
import { ADMIN, ADMIN_TENANT, scpListOperation, scpOperation } from '../registry';
import { AzDetailSchema, AzSchema, HostSchema, OverviewSchema } from '../schemas/az';
import { Hex32, Uuid } from '../schemas/ids';
import { listQuery } from '../schemas/list-page';
import { StorageTagSchema } from '../schemas/storage-tag';

/** Resource pools (AZs), catalog §4.3. */
export const azs = {
  list: scpListOperation({
    console: 'GET /api/azs',
    name: 'azs.list', summary: 'resource pools (tenants: their associated ones)', version: '20180725', path: '/azs', roles: ADMIN_TENANT, item: AzSchema,
    query: listQuery({ type: z.enum(['hci', 'vmware']).optional(), tag: z.enum(['public', 'private']).optional() }),
  }),
  detail: scpOperation({ console: 'GET /api/azs/:az_id', name: 'azs.detail', summary: 'resource pool with its capacity', method: 'GET', version: '20180725', path: '/azs/{az_id}', roles: ADMIN, response: AzDetailSchema }),
};

/** Storage tags, catalog §4.10. */
export const storageTags = {
  // A bare list without paging in SCP's answer; the list schema wraps it into one page.
  list: scpListOperation({
    console: 'GET /api/storages/tags',
    name: 'storageTags.list', summary: 'storage tags of an AZ with the tenant\'s quota and use', version: '20180725', path: '/storages/tags', roles: ADMIN_TENANT,
    item: StorageTagSchema, query: z.strictObject({ az_id: Uuid, project_id: Hex32.optional() }),
  }),
};

/** Physical hosts, catalog §4.3. */
export const hosts = {
  list: scpListOperation({
    console: 'GET /api/hosts',
    name: 'hosts.list', summary: 'physical hosts with CPU and memory use', version: '20180725', path: '/hosts', roles: ADMIN_TENANT, item: HostSchema,
    query: listQuery({ az_id: Uuid.optional() }),
  }),
};

/** The platform overview, catalog §4.3. */
export const overview = {
  get: scpOperation({
    console: 'GET /api/overview',
    name: 'overview.get', summary: 'platform overview: capacity, hosts, servers, AZs', method: 'GET', version: '20180725', path: '/overview', roles: ADMIN,
    query: z.strictObject({ az_id: Uuid.optional() }), response: OverviewSchema,
  }),
};

/**
 * SCP's RSA public key (catalog §2.2), for passwords SCP wants encrypted. It has
 * no console role: the BFF uses it, the browser never calls it.
 */
export const publicKey = {
  get: scpOperation({
    name: 'publicKey.get', summary: 'RSA public-key modulus (hex)', method: 'GET', version: null, path: '/public-key', roles: [],
    response: z.looseObject({ public_key: z.string() }),
  }),
};
