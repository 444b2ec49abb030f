import type { z } from 'zod';
import { azOptions, azsQuery, projectOptions, projectsQuery, vpcOptions, vpcsQuery } from './lookups';
import type { Filter } from './types';

/*
 * The filters the VPC and subnet lists share, each checked against the list
 * operation's own query schema so a bad URL value is dropped, not sent.
 */

/** A URL filter value the list query would accept for `param`. */
export function acceptedBy(listQuery: z.ZodObject, param: string) {
  return (value: string) => listQuery.shape[param]?.safeParse(value).success ?? false;
}

/** Name search (SCP's `keywords`: a part of the name). */
export const keywordsFilter = (q: z.ZodObject, labelKey: Filter['labelKey']): Filter => ({ param: 'keywords', labelKey, kind: 'search', accepts: acceptedBy(q, 'keywords') });

/** The AZ (资源池). */
export const azFilter = (q: z.ZodObject, labelKey: Filter['labelKey']): Filter => ({
  param: 'az_id', labelKey, kind: 'select', accepts: acceptedBy(q, 'az_id'),
  load: { key: azsQuery.queryKey, fetch: async ({ read }) => azOptions((await read(azsQuery)).items) },
});

/** The tenant, for admins. */
export const projectFilter = (q: z.ZodObject, labelKey: Filter['labelKey']): Filter => ({
  param: 'project_id', labelKey, kind: 'select', roles: ['admin'], accepts: acceptedBy(q, 'project_id'),
  load: { key: projectsQuery.queryKey, fetch: async ({ read }) => projectOptions((await read(projectsQuery)).items) },
});

/** The VPC. */
export const vpcFilter = (q: z.ZodObject, labelKey: Filter['labelKey']): Filter => ({
  param: 'vpc_id', labelKey, kind: 'select', accepts: acceptedBy(q, 'vpc_id'),
  load: {
    key: vpcsQuery().queryKey,
    fetch: async ({ read }) => {
      const [vpcs, azs] = await Promise.all([read(vpcsQuery()), read(azsQuery)]);
      return vpcOptions(vpcs.items, azs.items);
    },
  },
});
