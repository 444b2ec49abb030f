import type { z } from 'zod';
import { api } from '@/lib/api';
import { isMessageKey } from '@/lib/i18n';
import { queryKeys } from '@/lib/query-keys';
import { MAX_PAGE_SIZE, VolumeCreateSchema, VolumeSchema, volumes as volumeOperations, type Server, type Volume } from '@/lib/scp';
import { azFilter, projectFilter, searchFilter } from '../core/filters';
import { listRoute, listSource } from '../core/list-source';
import { everyPage } from '../core/pages';
import { azsQuery, projectsQuery } from '../core/lookups';
import { resourceKeys } from '../core/keys';
import { azNames, itemsOrNone, namesById, projectNames } from '../core/names';
import { ALLOWED, refuse, type Action, type CachedRead, type Column, type CreateForm, type FieldError, type FormField, type ListContext, type ResourceDeclaration } from '../core/types';
import { attachVolumeRows, checkDiskEdit } from '../servers/disks';
import { volumeKind } from './kind';

/*
 * Shared disks (卷, catalog §4.12), for platform admins. SCP's item names no
 * AZ, tenant, storage or server, so rows are completed from cached reads; the
 * servers a disk is attached to are found among every server of its AZ
 * (SCP's server list has no filter by an attached volume).
 */

/** A shared disk as the list and detail show it. */
export type VolumeRow = Volume & { az_name?: string; project_name?: string; storage_name?: string; servers?: { id: string; name: string }[] };

const list = listRoute('/api/volumes', volumeKind.keys);
const storageKeys = resourceKeys('storages');
const storagesIn = (az_id: string) => ({ queryKey: storageKeys.list({ az_id }), queryFn: ({ signal }: { signal: AbortSignal }) => api.get('/api/storages', { query: { az_id, pageSize: MAX_PAGE_SIZE }, signal }), staleTime: 60_000 });
/** Every server of an AZ, page after page (the first page's key is the one other views read it under). */
const serversIn = (read: CachedRead, az_id: string) => everyPage<Server>(read, (page) => {
  const query = page === 1 ? { az_id, pageSize: MAX_PAGE_SIZE } : { az_id, pageSize: MAX_PAGE_SIZE, page };
  return { queryKey: queryKeys.servers.list(query), queryFn: ({ signal }) => api.get('/api/servers', { query, signal }), staleTime: 10_000 };
});
// A list item's disks carry no type (catalog §4.8): a volume's id (or its disk id) as a disk's storage is enough.
const attached = (s: Server, v: Pick<Volume, 'id' | 'disk_id'>) => s.disks.some((d) => d.storage_id === v.id || (!!v.disk_id && d.storage_id === v.disk_id));

/** Completes volumes with the names of their AZ, tenant and storage and the servers they are attached to. */
async function volumeRows(items: readonly Volume[], ctx: ListContext): Promise<VolumeRow[]> {
  const azs = [...new Set(items.map((v) => v.az_id))];
  const [azName, projectName, storages, servers] = await Promise.all([
    azNames(ctx), projectNames(ctx),
    Promise.all(azs.map((az) => itemsOrNone(ctx.read, storagesIn(az)))).then((all) => namesById(all.flat())),
    Promise.all(azs.map((az) => serversIn(ctx.read, az))).then((all) => all.flat()),
  ]);
  return items.map((v) => ({
    ...v, az_name: azName.get(v.az_id), project_name: projectName.get(v.project_id ?? ''), storage_name: storages.get(v.storage_id ?? ''),
    servers: servers.filter((s) => attached(s, v)).map((s) => ({ id: s.id, name: s.name })),
  }));
}

const text = (labelKey: Column<VolumeRow>['labelKey'], id: string, of: (v: VolumeRow) => string | null | undefined, hiddenByDefault = false): Column<VolumeRow> =>
  ({ id, labelKey, hiddenByDefault, cell: (v) => ({ kind: 'text', text: of(v) }) });

/** The columns, also the detail page's fields; sorts are SCP's. */
const columns: readonly Column<VolumeRow>[] = [
  { id: 'name', labelKey: 'volumes.column.name', sort: 'name', required: true, cell: (v) => ({ kind: 'link', text: v.name, href: volumeKind.href!(v.id) }) },
  { id: 'status', labelKey: 'volumes.column.status', sort: 'status', cell: (v) => ({ kind: 'status', status: v.status }) },
  { id: 'size', labelKey: 'volumes.column.size', sort: 'size', cell: (v) => ({ kind: 'sizeMb', mb: v.size * 1024 }) },
  text('volumes.column.storage', 'storage', (v) => v.storage_name ?? v.storage_id),
  text('volumes.column.az', 'az', (v) => v.az_name ?? v.az_id),
  text('volumes.column.project', 'project', (v) => v.project_name ?? v.project_id),
  { id: 'servers', labelKey: 'volumes.column.servers', cell: (v) => ({ kind: 'lines', lines: (v.servers ?? []).map((s) => s.name) }) },
  { id: 'created', labelKey: 'volumes.column.created', sort: 'created_at', hiddenByDefault: true, cell: (v) => ({ kind: 'datetime', value: v.created_at }) },
  text('volumes.column.description', 'description', (v) => v.description, true),
  { ...text('volumes.column.id', 'id', (v) => v.id, true), cell: (v) => ({ kind: 'text', text: v.id, mono: true }) },
];

const BUSY = new Set(['creating', 'deleting']);
const settled = (v: VolumeRow) => (BUSY.has(v.status) ? refuse('state', 'volumes.reason.busy') : ALLOWED);
const unattached = (v: VolumeRow) => (v.servers?.length ? refuse('state', 'volumes.reason.attached', { servers: v.servers.map((s) => s.name).join(', ') }) : settled(v));
const remove = (id: 'delete' | 'purge', force: 0 | 1, danger: boolean, allowed: Action<VolumeRow>['allowed']): Action<VolumeRow> => ({
  id, labelKey: `volumes.action.${id}` as const, allowed,
  confirm: { titleKey: `volumes.confirm.${id}.title` as const, bodyKey: `volumes.confirm.${id}.body` as const, danger },
  run: async (v, ctx) => ({ taskId: (await api.delete('/api/volumes/:volume_id', { params: { volume_id: v.id }, body: { force }, clientToken: ctx.clientToken })).task_id }),
});

/** Attach to a server of its AZ as a `share_disk`, through the server's disk editing. */
const attach: Action<VolumeRow> = {
  id: 'attach', labelKey: 'volumes.action.attach',
  allowed: (v) => (v.status === 'available' ? ALLOWED : refuse('state', 'volumes.reason.notAvailable')),
  form: {
    titleKey: 'volumes.attach.title',
    fields: [{
      name: 'server_id', labelKey: 'volumes.field.server', kind: 'select', placeholderKey: 'volumes.attach.pick',
      choices: (values) => ({ key: queryKeys.servers.list({ az_id: values.az_id, attachable: values.volume_id }), fetch: async ({ read }) =>
        (await serversIn(read, values.az_id)).filter((s) => s.status !== 'deleted' && !attached(s, { id: values.volume_id }) && attachVolumeRows(s, { id: values.volume_id, size_mb: 0 }).ok).map((s) => ({ value: s.id, label: s.name })) }),
    }],
    initial: (v) => ({ az_id: v.az_id, volume_id: v.id, server_id: '' }),
    check: (values): Record<string, FieldError> => (values.server_id ? {} : { server_id: { key: 'forms.error.required' } }),
  },
  run: async (v, ctx) => {
    const params = { server_id: ctx.values?.server_id ?? '' };
    const rows = attachVolumeRows(await api.get('/api/servers/:server_id', { params }), { id: v.id, size_mb: v.size * 1024 });
    // The choices offer only servers it fits; this guards against one changed since.
    const edit = rows.ok ? checkDiskEdit(rows.rows) : undefined;
    if (!edit?.ok) throw new Error(`the server's disks cannot take the shared disk ${v.name}`);
    const answer = await api.put('/api/servers/:server_id', { params, body: edit.body, clientToken: ctx.clientToken });
    return { taskId: answer?.task_id || undefined, affects: [params.server_id] };
  },
};

const select = (name: string, labelKey: FormField['labelKey'], placeholderKey: FormField['placeholderKey'], choices: FormField['choices']): FormField =>
  ({ name, labelKey, kind: 'select', placeholderKey, choices });

/** New shared disks: over the registry's VolumeCreateSchema; left out, the storage is a VS one SCP picks and the tenant is the platform. */
const create: CreateForm = {
  buttonKey: 'volumes.create.button', titleKey: 'volumes.create.title', submitKey: 'volumes.create.submit', failedKey: 'volumes.create.failed',
  testIds: { button: 'volume-create', dialog: 'volume-create-dialog' },
  allowed: (session) => (session.role === 'admin' ? ALLOWED : refuse('role', 'volumes.reason.adminOnly')),
  fields: () => [
    { name: 'name', labelKey: 'volumes.field.name', kind: 'text' },
    select('az_id', 'volumes.field.az', 'volumes.pick.az', () => ({ key: azsQuery.queryKey, fetch: async ({ read }) => (await read(azsQuery)).items.map((az) => ({ value: az.id, label: az.name })) })),
    { name: 'size', labelKey: 'volumes.field.size', kind: 'number', min: 1, max: 64512, unitKey: 'volumes.unit.gb' },
    { ...select('storage_id', 'volumes.field.storage', 'volumes.pick.storage', (values) => values.az_id ? {
      key: storageKeys.list({ az_id: values.az_id }), fetch: async ({ read }) => (await read(storagesIn(values.az_id))).items.filter((s) => s.type === 'vs').map((s) => ({ value: s.id, label: s.name })),
    } : null), hintKey: 'volumes.hint.storage' },
    { name: 'count', labelKey: 'volumes.field.count', kind: 'number', min: 1, max: 100 },
    select('project_id', 'volumes.field.project', 'volumes.pick.project', (values) => values.az_id ? {
      key: [...projectsQuery.queryKey, 'in', values.az_id],
      fetch: async ({ read }) => (await read(projectsQuery)).items.filter((p) => p.azs?.some((az) => az.az_id === values.az_id)).map((p) => ({ value: p.id, label: p.name })),
    } : null),
    { name: 'description', labelKey: 'volumes.field.description', kind: 'textarea' },
  ],
  initial: () => ({ name: '', az_id: '', size: '', storage_id: '', count: '1', project_id: '', description: '' }),
  body: {
    schema: VolumeCreateSchema,
    of: (v) => ({
      name: v.name, description: v.description || undefined, az_id: v.az_id, size: v.size.trim() ? Number(v.size) : undefined, volume_type: 'sharedisk',
      project_id: v.project_id || undefined, storage_id: v.storage_id || undefined, count: v.count.trim() || undefined,
    }),
  },
  send: async (body, { clientToken }) => {
    const sent = body as z.output<typeof VolumeCreateSchema>;
    return { taskId: (await api.post('/api/volumes', { body: sent, clientToken })).task_id, object: { id: '', name: sent.name } };
  },
};

/** Shared disks for the generic views. */
export const volumeResource: ResourceDeclaration<VolumeRow> = {
  ...volumeKind,
  scp: { item: VolumeSchema, operations: volumeOperations },
  rowKey: (v) => v.id,
  nameOf: (v) => v.name,
  captionKey: 'volumes.list.caption',
  list: listSource(list, { complete: async (page, ctx) => ({ ...page, items: await volumeRows(page.items, ctx) }) }),
  columns,
  filters: [searchFilter(list.query, 'name', 'volumes.filter.name'), azFilter(list.query, 'volumes.filter.az'), projectFilter(list.query, 'volumes.filter.project')],
  status: {
    of: (v) => v.status,
    labelKey: (s) => {
      const key = `volumes.status.${s}`;
      return isMessageKey(key) ? key : undefined;
    },
    tone: (s) => (s === 'available' ? 'ok' : BUSY.has(s) ? 'busy' : s === 'deleted' ? 'off' : 'bad'),
    transitional: BUSY,
  },
  actions: [attach, remove('delete', 0, false, (v) => (v.status === 'deleted' ? refuse('state', 'volumes.reason.deleted') : unattached(v))), remove('purge', 1, true, unattached)],
  create,
  detail: {
    read: { key: volumeKind.keys.detail, fetch: async (id, signal, ctx) => (await volumeRows([await api.get('/api/volumes/:volume_id', { params: { volume_id: id }, signal })], ctx))[0] },
    sections: [{ id: 'overview', titleKey: 'volumes.detail.overview', fields: columns.filter((c) => c.id !== 'name') }],
  },
};
