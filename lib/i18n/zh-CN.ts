import { floatingIpsZhCN } from './zh-CN/floatingIps';
import { serversZhCN } from './zh-CN/servers';
import { shellZhCN } from './zh-CN/shell';
import { tasksZhCN } from './zh-CN/tasks';

/**
 * Simplified Chinese strings: the console's default language and the source of the key set.
 * `{name}` marks a value filled in by `t()`. Resource names follow SCP's own terms.
 * One file per area of the console under ./zh-CN, each with its English twin under ./en.
 */
export const zhCN = {
  ...shellZhCN,
  ...serversZhCN,
  ...tasksZhCN,
  ...floatingIpsZhCN,
} as const;

/** The area files, for the check that no two of them define the same key (a spread would hide it). */
export const zhCNAreas: readonly Record<string, string>[] = [shellZhCN, serversZhCN, tasksZhCN, floatingIpsZhCN];

/** Every UI string key, each mapped to its text. Other locales must provide all of them. */
export type Dictionary = Record<keyof typeof zhCN, string>;
