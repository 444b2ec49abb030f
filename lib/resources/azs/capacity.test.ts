import { describe, expect, it } from 'vitest';
import { capacityFigure, physicalLines, poolStatus, virtualLines } from './capacity';

describe('pool capacity', () => {
  it('keeps physical lines with capacity, labelled and with their share used', () => {
    const lines = physicalLines({
      physical_resources: [
        { name: 'cpu', total: 1000, used: 250, unit: 'mhz' },
        { name: 'storage', total: 2048, used: 1024, unit: 'mb' },
        { name: 'gpu', total: 0, used: 0, unit: '张' },
        { name: 'fpga', total: 4, used: 1, unit: 'pcs' },
      ],
    });
    expect(lines.map((l) => [l.name, l.labelKey, l.amount, l.ratio])).toEqual([
      ['cpu', 'pools.physical.cpu', 'mhz', 0.25],
      ['storage', 'pools.physical.storage', 'mb', 0.5],
      ['fpga', undefined, 'raw', 0.25],
    ]);
  });

  it('reads the virtual view: allotted and used of the total, by SCP\'s unit', () => {
    const [cpu, ram] = virtualLines({
      virtual_resources: [
        { name: 'CPU', limit: -1, total: 256, allocated: 240, occupied: 64, unit: '核' },
        { name: '内存', total: 1024, unit: 'MB' },
      ],
    });
    expect(cpu).toMatchObject({ amount: 'cores', allocated: 240, occupied: 64, ratio: 0.25 });
    expect(ram).toMatchObject({ amount: 'mb', allocated: 0, occupied: 0, ratio: 0 });
  });

  it('labels documented AZ statuses and shows others as sent', () => {
    expect(poolStatus.labelKey('normal')).toBe('pools.status.normal');
    expect(poolStatus.labelKey('rebuilding')).toBeUndefined();
    expect([poolStatus.tone('normal'), poolStatus.tone('offline')]).toEqual(['ok', 'bad']);
  });
});

describe('capacity figures', () => {
  it('reads MHz as GHz, MB as a size, cores and cards counted, others with SCP\'s unit', () => {
    expect(capacityFigure('mhz', 2500)).toEqual({ kind: 'message', key: 'pools.amount.ghz', values: { n: { kind: 'number', n: 2.5, maxFraction: 1 } } });
    expect(capacityFigure('mb', 1024)).toEqual({ kind: 'sizeMb', mb: 1024 });
    expect(capacityFigure('cores', 8)).toEqual({ kind: 'message', key: 'pools.amount.cores', values: { n: { kind: 'number', n: 8 } } });
    expect(capacityFigure('cards', 2)).toEqual({ kind: 'message', key: 'pools.amount.cards', values: { n: { kind: 'number', n: 2 } } });
    expect(capacityFigure('raw', 4, 'pcs')).toEqual({ kind: 'number', n: 4, unit: 'pcs' });
  });
});
