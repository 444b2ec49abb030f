import { floatingIpsEn } from './en/floatingIps';
import { homeEn } from './en/home';
import { imagesEn } from './en/images';
import { quotasEn } from './en/quotas';
import { serversEn } from './en/servers';
import { shellEn } from './en/shell';
import { tasksEn } from './en/tasks';
import { tenantsEn } from './en/tenants';
import { vpcsEn } from './en/vpcs';
import { volumesEn } from './en/volumes';
import type { Dictionary } from './zh-CN';

/** English strings; typed as `Dictionary` so a missing or extra key fails the type check. */
export const en: Dictionary = {
  ...shellEn,
  ...homeEn,
  ...serversEn,
  ...tasksEn,
  ...imagesEn,
  ...vpcsEn,
  ...floatingIpsEn,
  ...quotasEn,
  ...tenantsEn,
  ...volumesEn,
};
