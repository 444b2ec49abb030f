import { describe, expect, it } from 'vitest';
import { MAX_FINISHED_KEPT, newlyFinished, TrackedTaskStore, trackedTasksStorageKey, type TaskStorage, type TrackedTaskInput } from './tracked-store';

function memoryStorage(initial: Record<string, string> = {}): TaskStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return { data, getItem: (k) => data[k] ?? null, setItem: (k, v) => void (data[k] = v) };
}

const input = (id: string): TrackedTaskInput => ({
  taskId: id, action: 'Start', object: { kind: 'server', id: `srv-${id}`, name: `web-${id}` }, invalidate: [['servers']],
});

describe('TrackedTaskStore', () => {
  it('keeps tasks per user in storage and restores them (a reload)', () => {
    const storage = memoryStorage();
    let now = 1000;
    const store = new TrackedTaskStore(storage, trackedTasksStorageKey('acme'), () => now);
    store.track(input('a'));
    now = 2000;
    store.track(input('b'));
    expect(store.getSnapshot().map((t) => t.taskId)).toEqual(['b', 'a']);
    const reloaded = new TrackedTaskStore(storage, trackedTasksStorageKey('acme'));
    expect(reloaded.getSnapshot()).toEqual(store.getSnapshot());
    expect(new TrackedTaskStore(storage, trackedTasksStorageKey('admin')).getSnapshot()).toEqual([]);
  });

  it('records what polls read, and tells listeners only when something changed', () => {
    const store = new TrackedTaskStore(memoryStorage(), 'k');
    store.track(input('a'));
    let calls = 0;
    store.subscribe(() => calls++);
    store.apply({ a: { status: 'doing', progress: 10 }, unknown: { status: 'doing', progress: 1 } });
    store.apply({ a: { status: 'doing', progress: 10 } });
    expect(calls).toBe(1);
    expect(store.getSnapshot()[0].snapshot).toEqual({ status: 'doing', progress: 10 });
    expect(store.getSnapshot().map((t) => t.taskId)).toEqual(['a']);
  });

  it('settles when a task ends, or when it is no longer tracked', async () => {
    const store = new TrackedTaskStore(memoryStorage(), 'k');
    store.track(input('a'));
    store.track(input('b'));
    let settled: unknown = 'pending';
    const a = store.settled('a').then((task) => (settled = task?.snapshot?.status));
    store.apply({ a: { status: 'doing', progress: 50 } });
    await Promise.resolve();
    expect(settled).toBe('pending');
    store.apply({ a: { status: 'finish', progress: 100 } });
    await a;
    expect(settled).toBe('finish');
    const b = store.settled('b');
    store.dismiss(['b']);
    await expect(b).resolves.toBeUndefined();
    await expect(store.settled('a')).resolves.toMatchObject({ taskId: 'a' });
  });

  it('does not lose what another tab added (each change re-reads storage)', () => {
    const storage = memoryStorage();
    const tab1 = new TrackedTaskStore(storage, 'k');
    const tab2 = new TrackedTaskStore(storage, 'k');
    tab1.track(input('a'));
    tab2.track(input('b'));
    tab1.apply({ a: { status: 'finish', progress: 100 } });
    tab2.reload();
    expect(tab2.getSnapshot().map((t) => [t.taskId, t.snapshot?.status])).toEqual([['b', undefined], ['a', 'finish']]);
  });

  it('re-tracking keeps the state and start time; dismiss and clear finished remove', () => {
    let now = 1;
    const store = new TrackedTaskStore(memoryStorage(), 'k', () => now);
    store.track(input('a'));
    store.apply({ a: { status: 'finish', progress: 100 } });
    now = 50;
    store.track({ ...input('a'), action: 'Start again' });
    expect(store.getSnapshot()[0]).toMatchObject({ action: 'Start again', trackedAt: 1, snapshot: { status: 'finish' } });
    store.track(input('b'));
    store.dismissFinished();
    expect(store.getSnapshot().map((t) => t.taskId)).toEqual(['b']);
    store.dismiss(['b']);
    expect(store.getSnapshot()).toEqual([]);
  });

  it('drops old finished tasks but never a running one', () => {
    let now = 0;
    const store = new TrackedTaskStore(memoryStorage(), 'k', () => now);
    store.track(input('running'));
    for (let i = 0; i < MAX_FINISHED_KEPT + 5; i++) {
      now = i + 1;
      store.track(input(`f${i}`));
      store.apply({ [`f${i}`]: { status: 'finish', progress: 100 } });
    }
    const ids = store.getSnapshot().map((t) => t.taskId);
    expect(ids).toContain('running');
    expect(ids).toHaveLength(MAX_FINISHED_KEPT + 1);
    expect(ids).not.toContain('f0');
  });

  it('skips stored entries it cannot read, and works without storage', () => {
    const storage = memoryStorage({ k: JSON.stringify([{ taskId: 'x' }, { ...input('ok'), trackedAt: 1 }]) });
    expect(new TrackedTaskStore(storage, 'k').getSnapshot().map((t) => t.taskId)).toEqual(['ok']);
    expect(new TrackedTaskStore(memoryStorage({ k: 'not json' }), 'k').getSnapshot()).toEqual([]);
    const memoryOnly = new TrackedTaskStore(null, 'k');
    memoryOnly.track(input('a'));
    expect(memoryOnly.getSnapshot()).toHaveLength(1);
  });

  it('keeps working in memory when storage refuses writes', () => {
    const full: TaskStorage = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); } };
    const store = new TrackedTaskStore(full, 'k');
    store.track(input('a'));
    store.track(input('b'));
    expect(store.getSnapshot().map((t) => t.taskId)).toEqual(['b', 'a']);
  });
});

describe('newlyFinished', () => {
  it('answers tasks that became terminal, not those already terminal or still running', () => {
    const base = { ...input('a'), trackedAt: 1 };
    const before = [
      { ...base, taskId: 'a', snapshot: { status: 'doing', progress: 50 } },
      { ...base, taskId: 'b', snapshot: { status: 'finish', progress: 100 } },
      { ...base, taskId: 'c' },
    ];
    const after = [
      { ...base, taskId: 'a', snapshot: { status: 'failure', progress: 50, description: 'disk full' } },
      { ...base, taskId: 'b', snapshot: { status: 'finish', progress: 100 } },
      { ...base, taskId: 'c', snapshot: { status: 'doing', progress: 1 } },
    ];
    expect(newlyFinished(before, after).map((t) => t.taskId)).toEqual(['a']);
  });
});
