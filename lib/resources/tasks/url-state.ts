import { DEFAULT_PAGE_SIZE, TASK_STATUSES, type TaskStatus } from '@/lib/scp';

/** Page sizes the operation log offers. */
export const OP_LOG_PAGE_SIZES = [10, 20, 50, 100] as const;

/**
 * What the operation log shows, as its URL says (`/tasks?status=doing&page=2`):
 * links reproduce the view and the back button walks through views.
 */
export interface OpLogView {
  page: number;
  pageSize: number;
  status?: TaskStatus;
  /** SCP's localized object type, e.g. 云主机. */
  objectType?: string;
  /** Tenant (admins only). */
  projectId?: string;
  /** Began at or after / at or before, SCP's `YYYY-MM-DD HH:MM:SS`. */
  from?: string;
  to?: string;
}

const LOG_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
const HEX32 = /^[0-9a-f]{32}$/i;

function positiveInt(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : fallback;
}

/** Reads the view from search params; anything malformed falls back to the default, never an error page. */
export function parseOpLogView(params: URLSearchParams): OpLogView {
  const size = positiveInt(params.get('pageSize'), DEFAULT_PAGE_SIZE);
  const status = params.get('status');
  const objectType = params.get('objectType')?.trim();
  const projectId = params.get('projectId');
  const from = params.get('from');
  const to = params.get('to');
  return {
    page: positiveInt(params.get('page'), 1),
    pageSize: (OP_LOG_PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
    status: (TASK_STATUSES as readonly string[]).includes(status ?? '') ? (status as TaskStatus) : undefined,
    objectType: objectType && objectType.length <= 64 ? objectType : undefined,
    projectId: projectId && HEX32.test(projectId) ? projectId : undefined,
    from: from && LOG_TIME.test(from) ? from : undefined,
    to: to && LOG_TIME.test(to) ? to : undefined,
  };
}

/** The search string of a view (`?status=doing&page=2`, or '' for the default view); defaults are left out. */
export function opLogSearch(view: OpLogView): string {
  const params = new URLSearchParams();
  if (view.status) params.set('status', view.status);
  if (view.objectType) params.set('objectType', view.objectType);
  if (view.projectId) params.set('projectId', view.projectId);
  if (view.from) params.set('from', view.from);
  if (view.to) params.set('to', view.to);
  if (view.pageSize !== DEFAULT_PAGE_SIZE) params.set('pageSize', String(view.pageSize));
  if (view.page !== 1) params.set('page', String(view.page));
  const s = params.toString();
  return s ? `?${s}` : '';
}

/**
 * The `GET /api/tasks` query of a view; the tenant filter only for those who may pick a tenant.
 * Newest first by the documented `begin_time`, asked for rather than left to SCP's default order.
 */
export function opLogApiQuery(view: OpLogView, canPickTenant: boolean) {
  return {
    page: view.page,
    pageSize: view.pageSize,
    sort: 'begin_time',
    order_by: 'DESC',
    status: view.status,
    object_type: view.objectType,
    project_id: canPickTenant ? view.projectId : undefined,
    begin_time: view.from,
    end_time: view.to,
  };
}

/** `2025-01-02T03:04` or `…:05` (a datetime-local input) → SCP's `2025-01-02 03:04:05`; '' when empty or malformed. */
export function logTimeOfInput(value: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::(\d{2}))?/.exec(value);
  return m ? `${m[1]} ${m[2]}:${m[3] ?? '00'}` : '';
}

/** SCP's `2025-01-02 03:04:05` → a datetime-local input's `2025-01-02T03:04:05`. */
export function inputOfLogTime(value: string | undefined): string {
  return value ? value.replace(' ', 'T') : '';
}
