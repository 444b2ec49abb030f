import 'server-only';
import type { Task } from '@/lib/scp';
import { scopeKey } from '../scp/credentials';
import type { CredentialScope } from '../scp';

/** How long a credential that once read a task may share others' reads of it. */
const AUTHORIZED_MS = 10 * 60_000;
/** Terminal tasks no longer change: their shared answer is kept this long. */
const TERMINAL_MS = 10 * 60_000;
const MAX_TASKS = 10_000;

const TERMINAL = new Set(['finish', 'failure', 'canceled']);

interface Entry {
  /** Credential key → until when it may use the shared answer. */
  readers: Map<string, number>;
  task?: Task;
  fetchedAt: number;
  inFlight?: Promise<Task>;
  /** A credential that proved it may read the task, to poll with. */
  pollScope?: CredentialScope;
}

/**
 * Task reads shared across users. The SCP client's single flight and cache are
 * per credential, so a hundred people watching one task would still cost a
 * hundred polls. Here a credential that has read a task once through SCP (so
 * SCP itself said it may see it) joins that task's readers, and readers share
 * one poll per cache period, made with any reader's credential. A credential
 * that never read the task goes to SCP with its own credential first, so
 * nobody sees a task SCP would not show them.
 */
export class TaskSharing {
  private entries = new Map<string, Entry>();

  constructor(private readonly cacheMs: number, private readonly now: () => number = Date.now) {}

  /** The task as `scope` may see it; `read` fetches it from SCP with a given credential. */
  async read(id: string, scope: CredentialScope, read: (scope: CredentialScope) => Promise<Task>): Promise<Task> {
    const key = scopeKey(scope);
    const now = this.now();
    const entry = this.entries.get(id);
    const isReader = (entry?.readers.get(key) ?? 0) > now;
    if (!entry || !isReader) {
      const task = await read(scope);
      this.remember(id, key, scope, task);
      return task;
    }
    const fresh = entry.task && now - entry.fetchedAt < (TERMINAL.has(entry.task.status) ? TERMINAL_MS : this.cacheMs);
    if (fresh) return entry.task!;
    entry.inFlight ??= read(entry.pollScope ?? scope)
      .then((task) => {
        this.remember(id, key, scope, task);
        return task;
      })
      .finally(() => {
        entry.inFlight = undefined;
      });
    return entry.inFlight;
  }

  private remember(id: string, key: string, scope: CredentialScope, task: Task): void {
    let entry = this.entries.get(id);
    if (!entry) {
      if (this.entries.size >= MAX_TASKS) this.entries.delete(this.entries.keys().next().value!);
      entry = { readers: new Map(), fetchedAt: 0 };
      this.entries.set(id, entry);
    }
    const now = this.now();
    entry.readers.set(key, now + AUTHORIZED_MS);
    entry.task = task;
    entry.fetchedAt = now;
    entry.pollScope = scope;
  }
}
