import { isMessageKey, type MessageKey } from '@/lib/i18n';
import type { AzDetail } from '@/lib/scp';
import type { Figure } from '../core/cards';
import type { StatusModel as StatusModel } from '../core/types';

/*
 * A resource pool's (AZ's) capacity as its detail reports it (catalog §4.3):
 * physical resources (host CPU in MHz, memory and storage in MB, GPUs) used
 * against total, and the virtual (quota) view: what tenants were given and use
 * of each resource's total. Lines without capacity (no GPU) are left out.
 */

/** How a capacity line's amounts read. */
export type CapacityAmount = 'mhz' | 'mb' | 'cores' | 'cards' | 'raw';

/** One physical line: what is used of the total. */
export interface PhysicalLine {
  /** SCP's name (cpu, memory, storage, gpu, gpu_mem…). */
  name: string;
  labelKey?: MessageKey;
  amount: CapacityAmount;
  unit?: string;
  used: number;
  total: number;
  ratio: number;
}

/** One virtual line: SCP's localized name, what tenants were allotted and use of the total. */
export interface VirtualLine {
  name: string;
  amount: CapacityAmount;
  unit?: string;
  total: number;
  allocated: number;
  occupied: number;
  ratio: number;
}

/** An amount's kind from SCP's unit. */
function amountOf(unit: string | null | undefined): CapacityAmount {
  switch ((unit ?? '').toLowerCase()) {
    case 'mhz': return 'mhz';
    case 'mb': return 'mb';
    case '核': return 'cores';
    case '张': return 'cards';
    default: return 'raw';
  }
}

/** An amount of pool capacity: MHz as GHz, MB as a size, cores and GPU cards counted, anything else with SCP's unit. */
export function capacityFigure(kind: CapacityAmount, n: number, unit?: string): Figure {
  switch (kind) {
    case 'mhz': return { kind: 'message', key: 'pools.amount.ghz', values: { n: { kind: 'number', n: n / 1000, maxFraction: 1 } } };
    case 'mb': return { kind: 'sizeMb', mb: n };
    case 'cores': return { kind: 'message', key: 'pools.amount.cores', values: { n: { kind: 'number', n } } };
    case 'cards': return { kind: 'message', key: 'pools.amount.cards', values: { n: { kind: 'number', n } } };
    default: return { kind: 'number', n, unit };
  }
}

const share = (used: number, total: number) => (total > 0 ? used / total : 0);

/** The physical lines with capacity. */
export function physicalLines(detail: Pick<AzDetail, 'physical_resources'>): PhysicalLine[] {
  return detail.physical_resources
    .filter((r) => r.total > 0)
    .map((r) => {
      const key = `pools.physical.${r.name}`;
      return {
        name: r.name, labelKey: isMessageKey(key) ? key : undefined, amount: amountOf(r.unit), unit: r.unit ?? undefined,
        used: r.used, total: r.total, ratio: share(r.used, r.total),
      };
    });
}

/** The virtual lines with capacity. */
export function virtualLines(detail: Pick<AzDetail, 'virtual_resources'>): VirtualLine[] {
  return detail.virtual_resources
    .filter((r) => r.total > 0)
    .map((r) => ({
      name: r.name, amount: amountOf(r.unit), unit: r.unit ?? undefined, total: r.total,
      allocated: r.allocated ?? 0, occupied: r.occupied ?? 0, ratio: share(r.occupied ?? 0, r.total),
    }));
}

/** AZ statuses (catalog §6.3). */
export const poolStatus: Pick<StatusModel<unknown>, 'labelKey' | 'tone'> = {
  labelKey: (status) => {
    const key = `pools.status.${status}`;
    return isMessageKey(key) ? key : undefined;
  },
  tone: (status) => (status === 'normal' ? 'ok' : status === 'master_offline' ? 'warn' : 'bad'),
};
