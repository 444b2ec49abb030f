import { floatingIpsZhCN } from './zh-CN/floatingIps';
import { homeZhCN } from './zh-CN/home';
import { imagesZhCN } from './zh-CN/images';
import { quotasZhCN } from './zh-CN/quotas';
import { serversZhCN } from './zh-CN/servers';
import { shellZhCN } from './zh-CN/shell';
import { tasksZhCN } from './zh-CN/tasks';
import { tenantsZhCN } from './zh-CN/tenants';
import { volumesZhCN } from './zh-CN/volumes';
import { vpcsZhCN } from './zh-CN/vpcs';

/**
 * Simplified Chinese strings: the console's default language and the source of the key set.
 * `{name}` marks a value filled in by `t()`. Resource names follow SCP's own terms.
 * One file per area of the console under ./zh-CN, each with its English twin under ./en.
 */
export const zhCN = {
  ...shellZhCN,
  ...homeZhCN,
  ...serversZhCN,
  ...tasksZhCN,
  ...imagesZhCN,
  ...vpcsZhCN,
  ...floatingIpsZhCN,
  ...quotasZhCN,
  ...tenantsZhCN,
  ...volumesZhCN,
} as const;

/** The area files, for the check that no two of them define the same key (a spread would hide it). */
export const zhCNAreas: readonly Record<string, string>[] = [
  shellZhCN,
  homeZhCN,
  serversZhCN,
  tasksZhCN,
  imagesZhCN,
  vpcsZhCN,
  floatingIpsZhCN,
  quotasZhCN,
  tenantsZhCN,
  volumesZhCN,
];

/** Every UI string key, each mapped to its text. Other locales must provide all of them. */
export type Dictionary = Record<keyof typeof zhCN, string>;
