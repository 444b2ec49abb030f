import type { ResourceDeclaration } from './core/types';
import { floatingIpResource } from './floating-ips/resource';
import { imageResource } from './images/resource';
import { tenantResource } from './projects/resource';
import { serverResource } from './servers/resource';
import { subnetResource } from './subnets/resource';
import { volumeResource } from './volumes/resource';
import { vpcResource } from './vpcs/resource';

/*
 * The resources whose list and detail pages the generic views render, by
 * their page's path segment: `/volumes` lists `volumes`, `/volumes/{id}` is
 * one volume. A resource is added here once its declaration has a nav entry;
 * app/(console)/[resource] serves it, and any other segment is not found.
 * A page of its own under app/(console)/<segment>/ wins over the generic one
 * (the server detail over a wider item, the server wizard).
 */

/** A declaration of any item type: the generic views are written over `T`, the table only needs them by name. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyResource = ResourceDeclaration<any>;

/** The generically rendered resources, by path segment. */
export const RESOURCE_VIEWS: Readonly<Record<string, AnyResource>> = {
  servers: serverResource,
  vpcs: vpcResource,
  subnets: subnetResource,
  'floating-ips': floatingIpResource,
  volumes: volumeResource,
  images: imageResource,
  tenants: tenantResource,
};

/** The declaration served at `/{segment}`, if any (own keys only: `/constructor` is not a page). */
export function resourceView(segment: string): AnyResource | undefined {
  return Object.hasOwn(RESOURCE_VIEWS, segment) ? RESOURCE_VIEWS[segment] : undefined;
}
