import { describe, expect, it } from 'vitest';
import type { Az } from '@/lib/scp';
import type { FiguresSection, MetersSection } from '../core/cards';
import { poolCards } from './pools';

const az = { id: 'az-1', name: 'Pool A', status: 'normal', type: 'hci', tag: 'lab', version: '6.8' } as Az;

describe('resource pool cards', () => {
  it('says what a pool is: its type and tag in words (an unknown one as sent), and its version', () => {
    expect(poolCards.card.facts!(az)).toEqual([
      { kind: 'message', key: 'pools.type.hci' },
      { kind: 'text', text: 'lab' },
      { kind: 'message', key: 'pools.version', values: { version: { kind: 'text', text: '6.8' } } },
    ]);
    expect(poolCards.card.data!(az)).toEqual({ az: 'az-1' });
  });

  it('counts hosts online and servers running from the overview, leaving out what it lacks', () => {
    const counts = poolCards.card.sections[0] as FiguresSection<Az, unknown>;
    expect(counts.of(az, { host: { total: 3, online_count: 2 } })).toEqual([
      { kind: 'message', key: 'pools.hosts', values: { online: { kind: 'number', n: 2 }, total: { kind: 'number', n: 3 } } },
    ]);
  });

  it('meters physical use and what tenants were given, by SCP\'s names', () => {
    const meters = poolCards.card.sections[1] as MetersSection<Az, unknown>;
    const detail = {
      physical_resources: [{ name: 'cpu', total: 1000, used: 250, unit: 'mhz' }],
      virtual_resources: [{ name: 'CPU', total: 8, allocated: 4, occupied: 2, unit: '核' }],
    };
    const [physical, virtual] = meters.groups.map((g) => g.meters(az, detail));
    expect(physical.map((m) => [m.id, m.label, m.ratio])).toEqual([['physical-cpu', { kind: 'message', key: 'pools.physical.cpu' }, 0.25]]);
    expect(virtual.map((m) => [m.id, m.label, m.ratio])).toEqual([['virtual-CPU', { kind: 'text', text: 'CPU' }, 0.25]]);
  });
});
