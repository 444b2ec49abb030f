import { isMessageKey, type MessageKey } from '@/lib/i18n';
import type { StatusModel, StatusTone } from '../core/types';

/*
 * VPC and subnet statuses (catalog §6: creating 正在创建, active 正常运行,
 * updating 正在更新, deleting 正在删除, error 异常): one model serves both.
 */

/** Statuses a task is working through; SCP refuses changes until it ends. */
export const NETWORK_TRANSITIONAL: ReadonlySet<string> = new Set(['creating', 'updating', 'deleting']);

/** The label key of a VPC or subnet status; undefined for one SCP added later (shown verbatim). */
export function networkStatusKey(status: string): MessageKey | undefined {
  const key = `vpcs.status.${status}`;
  return isMessageKey(key) ? key : undefined;
}

/** The badge colour of a VPC or subnet status. */
export function networkStatusTone(status: string): StatusTone {
  if (status === 'active') return 'ok';
  if (NETWORK_TRANSITIONAL.has(status)) return 'busy';
  if (status === 'error') return 'bad';
  return 'off';
}

/** The status model of VPCs and subnets; a subnet without a status reads as active (SCP's subnets are synchronous). */
export const networkStatus: StatusModel<{ status?: string | null }> = {
  of: (item) => item.status || 'active',
  labelKey: networkStatusKey,
  tone: networkStatusTone,
  transitional: NETWORK_TRANSITIONAL,
};
