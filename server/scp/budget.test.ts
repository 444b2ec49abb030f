import { describe, expect, it } from 'vitest';
import { UpstreamBudget } from './budget';
import type { Clock } from './clock';

/** A clock that moves only when told to; sleepers wake in time order. */
class ManualClock implements Clock {
  private t = 0;
  private timers: { at: number; wake: () => void }[] = [];
  now = () => this.t;
  sleep = (ms: number) => new Promise<void>((wake) => this.timers.push({ at: this.t + Math.max(0, ms), wake }));

  async advance(ms: number): Promise<void> {
    const target = this.t + ms;
    for (;;) {
      await new Promise((r) => setImmediate(r));
      this.timers.sort((a, b) => a.at - b.at);
      const next = this.timers[0];
      if (!next || next.at > target) break;
      this.timers.shift();
      this.t = next.at;
      next.wake();
    }
    this.t = target;
    await new Promise((r) => setImmediate(r));
  }
}

const label = { operation: 'test', requestId: 'r' };

describe('UpstreamBudget', () => {
  it('lets the limit through at once, then queues FIFO until the window frees', async () => {
    const clock = new ManualClock();
    const budget = new UpstreamBudget({ get: 3, write: 1 }, clock, { burstShare: 1, windowMs: 60_000 });
    const order: number[] = [];
    const all = Array.from({ length: 7 }, (_, i) => budget.acquire('GET', label).then(() => order.push(i)));
    await clock.advance(0);
    expect(order).toEqual([0, 1, 2]);
    expect(budget.queued()).toEqual({ get: 4, write: 0 });
    await clock.advance(59_999);
    expect(order).toEqual([0, 1, 2]);
    await clock.advance(1);
    expect(order).toEqual([0, 1, 2, 3, 4, 5]);
    await clock.advance(60_000);
    await Promise.all(all);
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('paces sends after a burst of a tenth of the minute\'s budget', async () => {
    const clock = new ManualClock();
    const budget = new UpstreamBudget({ get: 60, write: 1 }, clock, { windowMs: 60_000 });
    const sent: number[] = [];
    const all = Array.from({ length: 16 }, () => budget.acquire('GET', label).then(() => void sent.push(clock.now())));
    await clock.advance(10_000);
    await Promise.all(all);
    expect(sent.slice(0, 6)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(sent.slice(6).map((t) => Math.round(t / 1000))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('counts GETs and writes separately', async () => {
    const clock = new ManualClock();
    const budget = new UpstreamBudget({ get: 1, write: 1 }, clock);
    await budget.acquire('GET', label);
    await budget.acquire('POST', label);
    let deleted = false;
    void budget.acquire('DELETE', label).then(() => (deleted = true));
    await clock.advance(1000);
    expect(deleted).toBe(false);
    expect(budget.queued()).toEqual({ get: 0, write: 1 });
  });

  it('refuses at once when the queue is hopelessly full', async () => {
    const clock = new ManualClock();
    const budget = new UpstreamBudget({ get: 2, write: 1 }, clock, { maxWaitMinutes: 1, burstShare: 1 });
    for (let i = 0; i < 4; i++) void budget.acquire('GET', label);
    await expect(budget.acquire('GET', label)).rejects.toMatchObject({ kind: 'budget', status: 503, message: expect.stringMatching(/2 GET requests are queued/) });
  });

  it('drops a waiter whose caller gave up', async () => {
    const clock = new ManualClock();
    const budget = new UpstreamBudget({ get: 1, write: 1 }, clock);
    await budget.acquire('GET', label);
    const abort = new AbortController();
    const waiting = budget.acquire('GET', label, abort.signal);
    abort.abort(new Error('gone'));
    await expect(waiting).rejects.toThrow('gone');
    expect(budget.queued().get).toBe(0);
  });

  it('never admits more than the limit in any sliding window', async () => {
    const clock = new ManualClock();
    const budget = new UpstreamBudget({ get: 10, write: 1 }, clock, { windowMs: 60_000 });
    const sent: number[] = [];
    const all: Promise<void>[] = [];
    for (let i = 0; i < 60; i++) {
      all.push(budget.acquire('GET', label).then(() => void sent.push(clock.now())));
      await clock.advance(Math.floor(((i * 7919) % 13) * 1000));
    }
    await clock.advance(10 * 60_000);
    await Promise.all(all);
    expect(sent).toHaveLength(60);
    for (let i = 0; i < sent.length; i++) expect(sent.filter((t) => t >= sent[i] && t < sent[i] + 60_000).length).toBeLessThanOrEqual(10);
  });
});
