import type { z } from 'zod';
import { azOptions, azsQuery, projectOptions, projectsQuery, vpcOptions, vpcsQuery } from './lookups';
import type { Filter } from './types';

/*
 * The filters lists share, each checked against the list route's own query
 * schema (ListRoute.query) so a bad URL value is dropped, not sent. `param` is
 * the query parameter, named as the route names it (`az_id`, `bind_az_id`…).
 */

/** A URL filter value the list query would accept for `param`. */
export function acceptedBy(listQuery: z.ZodObject, param: string) {
  return (value: string) => listQuery.shape[param]?.safeParse(value).success ?? false;
}

/** A text search (SCP's `keywords`, a part of the name; or `name`, `os_type`…). */
export const searchFilter = (q: z.ZodObject, param: string, labelKey: Filter['labelKey']): Filter => ({ param, labelKey, kind: 'search', accepts: acceptedBy(q, param) });

/** The AZ (资源池). */
export const azFilter = (q: z.ZodObject, labelKey: Filter['labelKey'], param = 'az_id'): Filter => ({
  param, labelKey, kind: 'select', accepts: acceptedBy(q, param),
  load: { key: azsQuery.queryKey, fetch: async ({ read }) => azOptions((await read(azsQuery)).items) },
});

/** The tenant, for admins. */
export const projectFilter = (q: z.ZodObject, labelKey: Filter['labelKey'], param = 'project_id'): Filter => ({
  param, labelKey, kind: 'select', roles: ['admin'], accepts: acceptedBy(q, param),
  load: { key: projectsQuery.queryKey, fetch: async ({ read }) => projectOptions((await read(projectsQuery)).items) },
});

/** The VPC. */
export const vpcFilter = (q: z.ZodObject, labelKey: Filter['labelKey'], param = 'vpc_id'): Filter => ({
  param, labelKey, kind: 'select', accepts: acceptedBy(q, param),
  load: {
    key: vpcsQuery().queryKey,
    fetch: async ({ read }) => {
      const [vpcs, azs] = await Promise.all([read(vpcsQuery()), read(azsQuery)]);
      return vpcOptions(vpcs.items, azs.items);
    },
  },
});
