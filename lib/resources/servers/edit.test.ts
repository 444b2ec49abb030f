import { describe, expect, it } from 'vitest';
import { ServerDetailSchema } from '@/lib/scp';
import { checkServerEdit, editServer, serverEditBody, serverEditInitial, serverEditNotes } from './edit';

const server = (status: string, hot: 0 | 1 = 0) => ServerDetailSchema.parse({
  id: 'ae1dbb36-5c9b-403b-a346-470375ee3d3c', name: 'web', status, project_id: 'a'.repeat(32), az_id: 'az-1',
  cores: 4, sockets: 2, memory_mb: 4096, advance_param: { cpu_hotplug: hot, mem_hotplug: hot },
});

describe('the server edit form', () => {
  it('starts from the server: sockets, cores per socket, memory in GB', () => {
    expect(serverEditInitial(server('stopped'))).toEqual({ name: 'web', description: '', sockets: '2', coresPerSocket: '2', memoryGb: '4' });
  });

  it('sends only what changed', () => {
    const s = server('stopped');
    expect(serverEditBody({ ...serverEditInitial(s), name: ' db ' }, s)).toEqual({ name: 'db' });
    expect(serverEditBody({ ...serverEditInitial(s), sockets: '1', coresPerSocket: '8', memoryGb: '2' }, s)).toMatchObject({ cores: 8, sockets: 1, memory_mb: 2048 });
  });

  it('checks ranges, and says so when nothing changed', () => {
    const s = server('stopped');
    expect(checkServerEdit({ ...serverEditInitial(s), sockets: '33' }, s).sockets).toEqual({ key: 'forms.error.range', values: { min: 1, max: 32 } });
    expect(checkServerEdit(serverEditInitial(s), s).name).toMatchObject({ key: 'forms.error.invalid' });
    expect(checkServerEdit({ ...serverEditInitial(s), memoryGb: '8' }, s)).toEqual({});
  });

  it('says the total cores, and a resize the server refuses now blocks the form', () => {
    const stopped = server('stopped');
    expect(serverEditNotes({ ...serverEditInitial(stopped), sockets: '2', coresPerSocket: '2' }, stopped)).toEqual([{ key: 'servers.edit.total', values: { cores: 4 }, testId: 'edit-total-cores' }]);
    const running = server('running');
    expect(serverEditNotes({ ...serverEditInitial(running), memoryGb: '8' }, running)[1]).toEqual({ key: 'servers.reason.resizeMemoryHotplug', values: undefined, blocks: true, testId: 'resize-refused' });
    expect(serverEditNotes({ ...serverEditInitial(running), memoryGb: '8' }, server('running', 1))).toHaveLength(1);
  });

  it('weighs what is added against the quota, nothing for what is taken away', () => {
    const s = server('stopped');
    expect(editServer.form!.quota!({ ...serverEditInitial(s), coresPerSocket: '3', memoryGb: '2' }, s)).toEqual({
      projectId: s.project_id, azId: 'az-1', needs: { vm_count: 0, cores: 2, ram: 0, storage: {} }, shortKey: 'quota.short.edit',
    });
  });

  it('maps the console API\'s field names to the form\'s', () => {
    expect(editServer.form!.fieldOf!('memory_mb')).toBe('memoryGb');
    expect(editServer.form!.fieldOf!('cores')).toBe('coresPerSocket');
  });
});
