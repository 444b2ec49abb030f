import { queryKeys } from '@/lib/query-keys';
import { ADMIN_TENANT } from '@/lib/scp';
import type { ResourceKind } from '../core/types';

const path = '/images';

/** Images (镜像): an object's link is the image list. */
export const imageKind: ResourceKind = {
  kind: 'image',
  objectType: '镜像',
  href: () => path,
  invalidate: [queryKeys.images.all],
  nav: { id: 'images', path, labelKey: 'nav.images', roles: ADMIN_TENANT, order: 20 },
};
