import { floatingIpsEn } from './en/floatingIps';
import { serversEn } from './en/servers';
import { shellEn } from './en/shell';
import { tasksEn } from './en/tasks';
import type { Dictionary } from './zh-CN';

/** English strings; typed as `Dictionary` so a missing or extra key fails the type check. */
export const en: Dictionary = {
  ...shellEn,
  ...serversEn,
  ...tasksEn,
  ...floatingIpsEn,
};
