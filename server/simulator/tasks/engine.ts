import { ScpError } from '../errors';
import type { Faults } from '../guards/faults';
import { localTime } from '../state/time';

/** Task / operation-log status (catalog §4.2). There is no `running`: it is `doing`. */
export type TaskStatus = 'waiting' | 'doing' | 'finish' | 'failure' | 'canceling' | 'canceled';

export interface Task {
  id: string;
  action: string;
  object_type: string;
  object_id: string;
  object_name: string;
  project_id: string;
  user_id: string;
  user_ip: string;
  az_id: string;
  status: TaskStatus;
  progress: number;
  description: string;
  cancelable: 0;
  created_ms: number;
  begin_ms: number;
  end_ms: number;
  duration_ms: number;
  parent_id: string;
  sub_task_ids: string[];
}

/** What an operation declares when it starts a task. */
export interface TaskSpec {
  action: string;
  objectType: string;
  objectId: string;
  objectName: string;
  projectId: string;
  userId: string;
  userIp: string;
  azId: string;
  /** Applied once, when the task finishes. Throwing a ScpError turns the task into a failure with that message. */
  onFinish?: () => void;
  /** Applied once, when the task fails (injected or thrown by onFinish). */
  onFailure?: (reason: string) => void;
  /** Progress callback for effects that follow progress (e.g. image distribution). */
  durationMs?: number;
}

export interface EngineOptions {
  /** How long a task runs once started. */
  durationMs: number;
  /** How long it waits in the queue first (progress −2). */
  queueMs: number;
  newId: () => string;
  faults: Faults;
}

interface Running {
  task: Task;
  spec: TaskSpec;
  failure?: string;
}

/**
 * Runs SCP's asynchronous tasks on the clock: waiting (−2) → doing (0–99) →
 * finish (100), or failure with a description. State advances lazily on every
 * `tick(now)`, so progress is exact whenever anyone reads it.
 */
export class TaskEngine {
  private tasks = new Map<string, Task>();
  private running = new Map<string, Running>();

  constructor(private readonly opts: EngineOptions) {}

  /** How long a task waits in the queue before it runs. */
  get queueMs(): number {
    return this.opts.queueMs;
  }

  /** How long a task runs unless its spec says otherwise. */
  get durationMs(): number {
    return this.opts.durationMs;
  }

  /** Starts one task. */
  start(spec: TaskSpec, now: number, parentId = ''): Task {
    const duration = spec.durationMs ?? this.opts.durationMs;
    const task: Task = {
      id: this.opts.newId(),
      action: spec.action,
      object_type: spec.objectType,
      object_id: spec.objectId,
      object_name: spec.objectName,
      project_id: spec.projectId,
      user_id: spec.userId,
      user_ip: spec.userIp,
      az_id: spec.azId,
      status: 'waiting',
      progress: -2,
      description: '',
      cancelable: 0,
      created_ms: now,
      begin_ms: now + this.opts.queueMs,
      end_ms: now + this.opts.queueMs + duration,
      duration_ms: duration,
      parent_id: parentId,
      sub_task_ids: [],
    };
    this.tasks.set(task.id, task);
    this.running.set(task.id, { task, spec, failure: this.opts.faults.taskFailure(spec.objectName) });
    return task;
  }

  /**
   * Starts a batch: a parent task whose progress is the mean of its sub-tasks
   * and which fails when any sub-task fails.
   */
  startBatch(parent: Omit<TaskSpec, 'onFinish' | 'onFailure'>, subs: TaskSpec[], now: number): Task {
    const task = this.start({ ...parent, durationMs: this.opts.durationMs }, now);
    this.running.delete(task.id);
    task.sub_task_ids = subs.map((s) => this.start(s, now, task.id).id);
    this.running.set(task.id, { task, spec: parent });
    return task;
  }

  get(id: string): Task | undefined {
    return this.tasks.get(id);
  }

  all(): IterableIterator<Task> {
    return this.tasks.values();
  }

  /** Inserts a historical task (demo seed). */
  restore(task: Task): void {
    this.tasks.set(task.id, task);
  }

  /** Advances every running task to `now`, applying effects of those that end. */
  tick(now: number): void {
    for (const [id, r] of this.running) {
      if (r.task.sub_task_ids.length) continue;
      this.advance(r, now);
      if (r.task.status === 'finish' || r.task.status === 'failure') this.running.delete(id);
    }
    for (const [id, r] of this.running) {
      if (!r.task.sub_task_ids.length) continue;
      this.advanceParent(r.task);
      if (r.task.status === 'finish' || r.task.status === 'failure') this.running.delete(id);
    }
  }

  private advance(r: Running, now: number): void {
    const t = r.task;
    if (now < t.begin_ms) return;
    if (now < t.end_ms) {
      t.status = 'doing';
      t.progress = Math.min(99, Math.floor(((now - t.begin_ms) / Math.max(1, t.duration_ms)) * 100));
      return;
    }
    let failure = r.failure;
    if (!failure) {
      try {
        r.spec.onFinish?.();
      } catch (err) {
        if (!(err instanceof ScpError)) throw err;
        failure = err.message;
      }
    }
    if (failure) {
      t.status = 'failure';
      t.description = failure;
      r.spec.onFailure?.(failure);
    } else {
      t.status = 'finish';
      t.progress = 100;
    }
  }

  private advanceParent(t: Task): void {
    const subs = t.sub_task_ids.map((id) => this.tasks.get(id)!);
    const done = subs.filter((s) => s.status === 'finish' || s.status === 'failure');
    t.progress = subs.every((s) => s.status === 'waiting') ? -2 : Math.floor(subs.reduce((sum, s) => sum + Math.max(0, s.progress), 0) / subs.length);
    t.status = t.progress === -2 ? 'waiting' : 'doing';
    if (done.length < subs.length) return;
    const failed = subs.filter((s) => s.status === 'failure');
    t.end_ms = Math.max(...subs.map((s) => s.end_ms));
    if (failed.length) {
      t.status = 'failure';
      t.description = `${failed.length} of ${subs.length} sub-tasks failed: ${failed[0].description}`;
    } else {
      t.status = 'finish';
      t.progress = 100;
    }
  }

  /** Renders begin/end as SCP does: local time without zone; end is "" until terminal. */
  static times(t: Task): { begin_time: string; end_time: string } {
    const terminal = t.status === 'finish' || t.status === 'failure' || t.status === 'canceled';
    return { begin_time: localTime(t.created_ms), end_time: terminal ? localTime(t.end_ms) : '' };
  }
}
