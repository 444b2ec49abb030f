import { describe, expect, it } from 'vitest';
import { ServerDetailSchema, ServerSchema } from '@/lib/scp';
import type { Column, DetailSection, DetailTable } from '../core/types';
import { serverDetail } from './detail';
import { serverOverview, type ServerView } from './overview';

const detail = ServerDetailSchema.parse({
  id: 'ae1dbb36-5c9b-403b-a346-470375ee3d3c', name: 'web', status: 'running', project_id: 'a'.repeat(32), project_name: 'acme',
  cores: 4, sockets: 2, memory_mb: 4096, advance_param: { cpu_hotplug: 1, mem_hotplug: 0 },
  disks: [{ id: 'ide0', size_mb: 40960, type: 'derive_disk', preallocate: 'off' }],
  networks: [{ vif_id: 'net0', ip_address: '10.10.1.2', vpc_name: 'VPC网络', subnet_name: 'web', cidr: '10.10.1.0/24', connect: 1 }],
});
const usage = ServerSchema.parse({ ...detail, power_state: 'on', memory_status: { ratio: 0.5, used_mb: 2048, total_mb: 4096 } });
const part = (id: string) => serverOverview.find((p) => p.id === id)!;
const cells = (item: ServerView, id: string) => Object.fromEntries((part(id) as DetailSection<ServerView>).fields.map((f: Column<ServerView>) => [f.id, f.cell(item)]));

describe('the server detail declaration', () => {
  it('tells the configuration in cells: CPU by sockets, hot-plug in words, power once the list has said', () => {
    const shown = cells(detail, 'configuration');
    expect(shown.cpu).toEqual({ kind: 'message', key: 'servers.detail.cpu', values: { cores: 4, sockets: 2, perSocket: 2 } });
    expect(shown.hotplug).toEqual({ kind: 'message', key: 'servers.detail.hotplugValue', valueKeys: { cpu: 'servers.detail.on', memory: 'servers.detail.off' } });
    expect(shown.power).toEqual({ kind: 'text', text: null });
    expect(cells({ ...detail, usage }, 'configuration').power).toEqual({ kind: 'message', key: 'servers.power.on' });
  });

  it('shows use as meters only once the list has reported it', () => {
    const meters = part('usage') as DetailSection<ServerView>;
    expect(meters.shown!(detail)).toBe(false);
    expect(cells({ ...detail, usage }, 'usage').memory).toEqual({ kind: 'meter', ratio: 0.5, detail: { key: 'servers.detail.usage.of', mb: { used: 2048, total: 4096 } } });
  });

  it('lists disks and NICs, each table with its button, none in the recycle bin', () => {
    const disks = part('disks') as DetailTable<ServerView>;
    const nics = part('nics') as DetailTable<ServerView>;
    expect(disks.rows(detail)[0][2]).toEqual({ kind: 'sizeMb', mb: 40960 });
    expect(nics.rows(detail)[0][4]).toEqual({ kind: 'text', text: 'web (10.10.1.0/24)' });
    expect(nics.rows(detail)[0][5]).toEqual({ kind: 'message', key: 'servers.detail.yes' });
    expect(disks.actions!(detail).map((a) => a.id)).toEqual(['disks']);
    expect(nics.actions!({ ...detail, status: 'deleted' })).toEqual([]);
  });

  it('puts password, edit and the console after the server\'s actions, and only its restore and purge in the recycle bin', () => {
    expect(serverDetail.actionsFor!(detail).map((a) => a.id)).toEqual(['start', 'stop', 'reboot', 'suspend', 'clone', 'delete', 'resetPassword', 'edit', 'console']);
    expect(serverDetail.actionsFor!({ ...detail, status: 'deleted' }).map((a) => a.id)).toEqual(['restore', 'purge']);
    expect(serverDetail.leaveAfter).toEqual(['purge']);
  });

  it('finds its use in the list by name and AZ, the item by id', () => {
    const also = serverDetail.also!;
    expect(also.key({ ...detail, az_id: 'az-1' })).toEqual(['servers', 'list', { name: 'web', pageSize: 100, az_id: 'az-1' }]);
    expect(also.pick({ items: [{ ...usage, id: 'other' }, usage] }, detail)).toEqual({ usage });
  });

  it('keeps its three tabs, overview first', () => {
    expect(serverDetail.tabs!.map((tab) => [tab.id, tab.kind])).toEqual([['overview', 'parts'], ['snapshots', 'related'], ['tasks', 'tasks']]);
  });
});
