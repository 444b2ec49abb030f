import { describe, expect, it } from 'vitest';
import { hotplugOf, resizeVerdict } from './resize';

const server = (status: string, hot: 0 | 1 = 0) => ({ status, cores: 4, sockets: 2, memory_mb: 4096, advance_param: { cpu_hotplug: hot, mem_hotplug: hot } });

describe('resize rules', () => {
  it('anything goes while stopped, as long as cores is a multiple of sockets', () => {
    expect(resizeVerdict(server('stopped'), { cores: 2, sockets: 1, memory_mb: 1024 }).ok).toBe(true);
    expect(resizeVerdict(server('stopped'), { cores: 3, sockets: 2, memory_mb: 4096 })).toMatchObject({ ok: false, reason: 'servers.reason.coresPerSocket' });
  });

  it('a running server without hot-plug must be stopped first', () => {
    expect(resizeVerdict(server('running'), { cores: 8, sockets: 2, memory_mb: 4096 })).toMatchObject({ ok: false, why: 'state', reason: 'servers.reason.resizeCpuHotplug' });
    expect(resizeVerdict(server('running'), { cores: 4, sockets: 2, memory_mb: 8192 })).toMatchObject({ ok: false, reason: 'servers.reason.resizeMemoryHotplug' });
  });

  it('hot-plug only adds', () => {
    expect(resizeVerdict(server('running', 1), { cores: 8, sockets: 2, memory_mb: 8192 }).ok).toBe(true);
    expect(resizeVerdict(server('running', 1), { cores: 2, sockets: 2, memory_mb: 4096 })).toMatchObject({ ok: false, reason: 'servers.reason.resizeOnlyAdd' });
    expect(resizeVerdict(server('running', 1), { cores: 4, sockets: 2, memory_mb: 2048 })).toMatchObject({ ok: false, reason: 'servers.reason.resizeOnlyAdd' });
  });

  it('other statuses refuse a resize, but not an edit that leaves CPU and memory alone', () => {
    expect(resizeVerdict(server('suspend'), { cores: 8, sockets: 2, memory_mb: 4096 })).toMatchObject({ ok: false, reason: 'servers.reason.resizeStopped' });
    expect(resizeVerdict(server('suspend'), { cores: 4, sockets: 2, memory_mb: 4096 }).ok).toBe(true);
  });

  it('reads hot-plug from advance_param, else from hotplug_sup_info', () => {
    expect(hotplugOf({ advance_param: { cpu_hotplug: 1, mem_hotplug: 0 } })).toEqual({ cpu: true, memory: false });
    expect(hotplugOf({ hotplug_sup_info: { cpu: 0, memory: 1 } })).toEqual({ cpu: false, memory: true });
    expect(hotplugOf({})).toEqual({ cpu: false, memory: false });
  });
});
