import { isMessageKey, type MessageKey } from '@/lib/i18n';
import type { FloatingIp } from '@/lib/scp';
import type { StatusModel, StatusTone } from '../core/types';

/*
 * Floating-IP statuses. SCP gives a floating IP no status of its own: an
 * unbound one has no `binding_info` (SCP's sole bound/unbound discriminator),
 * a bound one carries its binding's status (catalog §6: active, creating,
 * updating, deleting, error). The console names the unbound state `unbound`.
 */

/** The status of a floating IP without a binding. */
export const UNBOUND = 'unbound';

/** Binding statuses a task is working through (bind: creating; unbind: deleting). */
export const FLOATING_IP_TRANSITIONAL: ReadonlySet<string> = new Set(['creating', 'updating', 'deleting']);

/** The status of a floating IP: `unbound`, or its binding's status. */
export function floatingIpStatus(fip: Pick<FloatingIp, 'binding_info'>): string {
  return fip.binding_info ? (fip.binding_info.status || 'active') : UNBOUND;
}

/** True when the floating IP is bound (or being bound or unbound). */
export function isBound(fip: Pick<FloatingIp, 'binding_info'>): boolean {
  return !!fip.binding_info;
}

/** The label key of a status; undefined for one SCP added after the catalog (shown verbatim). */
export function floatingIpStatusKey(status: string): MessageKey | undefined {
  const key = `floatingIps.status.${status}`;
  return isMessageKey(key) ? key : undefined;
}

/** The badge colour of a status. */
export function floatingIpStatusTone(status: string): StatusTone {
  if (status === 'active') return 'ok';
  if (FLOATING_IP_TRANSITIONAL.has(status)) return 'busy';
  if (status === 'error') return 'bad';
  return 'off';
}

/** The status model of floating IPs for the generic views. */
export const floatingIpStatusModel: StatusModel<Pick<FloatingIp, 'binding_info'>> = {
  of: floatingIpStatus,
  labelKey: floatingIpStatusKey,
  tone: floatingIpStatusTone,
  transitional: FLOATING_IP_TRANSITIONAL,
};
