import { isMessageKey } from '@/lib/i18n';
import { queryKeys } from '@/lib/query-keys';
import { images as imageOperations, ImageSchema, type Az, type Image, type Project } from '@/lib/scp';
import { azFilter, projectFilter, searchFilter } from '../core/filters';
import { listRoute, listSource, readListPage } from '../core/list-source';
import { IMAGE_ACTIONS } from './actions';
import { imageCreate } from './create';
import { IMAGE_STATUSES, imageStatus } from './status';
import { azsQuery, projectsQuery } from '../core/lookups';
import { itemsOrNone } from '../core/names';
import type { Cell, Column, Filter, FilterOption, ListContext, ResourceDeclaration } from '../core/types';
import { imageKind } from './kind';

/*
 * Images (镜像), declared once (architecture principle 1): the SCP list they
 * come from, columns, filters, statuses and actions. SCP names an image's AZs
 * and owner by id only; the list names them from the cached AZ and tenant reads.
 */

/** An image as the list shows it: SCP's item with the names of its AZs and owning tenant. */
export type ImageRow = Image & { az_names: string[]; owner_name?: string };

const list = listRoute('/api/images', queryKeys.images);

/** Image types SCP documents (catalog §4.9). */
export const IMAGE_TYPES = ['private', 'public', 'service', 'vnetdev', 'app-center'] as const;
/** Disk formats SCP documents. */
export const DISK_FORMATS = ['ISO', 'aCloud', 'vmware'] as const;

/** Names an image's AZs and owner; ids stay where no name is known. */
export function nameImage(image: Image, azs: readonly Az[], projects: readonly Project[] = []): ImageRow {
  const azName = new Map(azs.map((az) => [az.id, az.name]));
  const owner = image.image_type === 'private' && image.owner_id ? projects.find((p) => p.id === image.owner_id) : undefined;
  return { ...image, az_names: image.azs.map((az) => azName.get(az.id) ?? az.id), owner_name: owner?.name };
}

/** An image type's label; a type SCP added later shows verbatim. */
function typeCell(type: string): Cell {
  const key = `images.type.${type}`;
  return isMessageKey(key) ? { kind: 'message', key } : { kind: 'text', text: type };
}

/** The image list's columns. */
export const imageColumns: readonly Column<ImageRow>[] = [
  { id: 'name', labelKey: 'images.column.name', sort: 'name', required: true, cell: (i) => ({ kind: 'text', text: i.name }) },
  { id: 'status', labelKey: 'images.column.status', sort: 'status', cell: (i) => ({ kind: 'status', status: i.status }) },
  { id: 'os_type', labelKey: 'images.column.osType', sort: 'os_type', cell: (i) => ({ kind: 'text', text: i.os_type }) },
  { id: 'image_type', labelKey: 'images.column.imageType', sort: 'image_type', cell: (i) => typeCell(i.image_type) },
  { id: 'disk_format', labelKey: 'images.column.diskFormat', sort: 'disk_format', cell: (i) => ({ kind: 'text', text: i.disk_format }) },
  { id: 'size', labelKey: 'images.column.size', sort: 'size_mb', cell: (i) => ({ kind: 'sizeMb', mb: i.size_mb }) },
  { id: 'azs', labelKey: 'images.column.azs', cell: (i) => ({ kind: 'lines', lines: i.az_names }) },
  {
    id: 'owner', labelKey: 'images.column.owner', roles: ['admin'],
    cell: (i) => (i.image_type === 'private' ? { kind: 'text', text: i.owner_name ?? i.owner_id } : { kind: 'message', key: 'images.owner.platform' }),
  },
  { id: 'description', labelKey: 'images.column.description', hiddenByDefault: true, cell: (i) => ({ kind: 'text', text: i.description }) },
  { id: 'message', labelKey: 'images.column.message', hiddenByDefault: true, cell: (i) => ({ kind: 'text', text: i.message }) },
  { id: 'id', labelKey: 'images.column.id', hiddenByDefault: true, cell: (i) => ({ kind: 'text', text: i.id, mono: true }) },
];

const choices = (values: readonly string[], prefix: 'images.type' | 'images.status'): FilterOption[] =>
  values.map((value) => ({ value, labelKey: `${prefix}.${value}` as FilterOption['labelKey'] }));

/** The image list's filters; each is a query parameter of `GET /api/images` (images.list). */
export const imageFilters: readonly Filter[] = [
  searchFilter(list.query, 'name', 'images.filter.name'),
  { param: 'image_type', labelKey: 'images.filter.imageType', kind: 'select', options: choices(IMAGE_TYPES, 'images.type') },
  { param: 'status', labelKey: 'images.filter.status', kind: 'select', options: choices(IMAGE_STATUSES, 'images.status') },
  searchFilter(list.query, 'os_type', 'images.filter.osType'),
  { param: 'disk_format', labelKey: 'images.filter.diskFormat', kind: 'select', options: DISK_FORMATS.map((value) => ({ value, label: value })) },
  azFilter(list.query, 'images.filter.az'),
  projectFilter(list.query, 'images.filter.owner', 'owner_id'),
];

/**
 * A page of images with their AZs and (for admins) owners named; the names come
 * from cached reads shared with the filters, read alongside the page.
 */
async function fetchImages(query: Record<string, string | number>, signal: AbortSignal, { read, session }: ListContext) {
  const [page, azs, projects] = await Promise.all([
    readListPage(list, query, signal),
    itemsOrNone(read, azsQuery),
    session.role === 'admin' ? itemsOrNone(read, projectsQuery) : Promise.resolve([]),
  ]);
  return { ...page, items: page.items.map((image) => nameImage(image, azs, projects)) };
}

/** Images for the generic views. */
export const imageResource: ResourceDeclaration<ImageRow> = {
  ...imageKind,
  scp: { item: ImageSchema, operations: imageOperations },
  rowKey: (i) => i.id,
  nameOf: (i) => i.name,
  // The route's keys, with a fetch of its own: the names are read alongside the page, not after it.
  list: { ...listSource(list), fetch: fetchImages },
  columns: imageColumns,
  filters: imageFilters,
  status: imageStatus,
  actions: IMAGE_ACTIONS,
  captionKey: 'images.list.caption',
  create: imageCreate,
};
