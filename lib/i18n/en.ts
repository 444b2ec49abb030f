import { serversEn } from './en/servers';
import { shellEn } from './en/shell';
import { tasksEn } from './en/tasks';
import { quotasEn } from './en/quotas';
import { tenantsEn } from './en/tenants';
import type { Dictionary } from './zh-CN';

/** English strings; typed as `Dictionary` so a missing or extra key fails the type check. */
export const en: Dictionary = {
  ...shellEn,
  ...serversEn,
  ...tasksEn,
  ...quotasEn,
  ...tenantsEn,
};
