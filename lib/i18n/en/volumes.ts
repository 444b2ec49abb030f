import type { volumesZhCN } from '../zh-CN/volumes';

/** English strings for shared disks; the same keys as the Chinese ones. */
export const volumesEn: Record<keyof typeof volumesZhCN, string> = {
  'volumes.list.caption': 'Shared disks',

  'volumes.status.creating': 'Creating',
  'volumes.status.available': 'Available',
  'volumes.status.deleting': 'Deleting',
  'volumes.status.deleted': 'Deleted (recycle bin)',
  'volumes.status.error': 'Error',
  'volumes.status.error_deleting': 'Delete failed',

  'volumes.column.name': 'Name',
  'volumes.column.status': 'Status',
  'volumes.column.size': 'Size',
  'volumes.column.storage': 'Storage',
  'volumes.column.az': 'Resource pool',
  'volumes.column.project': 'Tenant',
  'volumes.column.servers': 'Attached to',
  'volumes.column.created': 'Created',
  'volumes.column.description': 'Description',
  'volumes.column.id': 'ID',

  'volumes.filter.name': 'Name',
  'volumes.filter.az': 'Resource pool',
  'volumes.filter.project': 'Tenant',

  'volumes.detail.overview': 'Overview',

  'volumes.action.attach': 'Attach to server',
  'volumes.action.delete': 'Delete',
  'volumes.action.purge': 'Delete permanently',
  'volumes.confirm.delete.title': 'Delete shared disk',
  'volumes.confirm.delete.body': '“{name}” goes to the recycle bin with its data; the storage quota it uses is not released.',
  'volumes.confirm.purge.title': 'Delete shared disk permanently',
  'volumes.confirm.purge.body': '“{name}” and its data are deleted for good, and the storage quota it used is released. This cannot be undone.',
  'volumes.reason.adminOnly': 'Only platform admins manage shared disks',
  'volumes.reason.busy': 'A task is working on it; wait for it to finish',
  'volumes.reason.attached': 'Attached to {servers}; detach it in the server’s disks first',
  'volumes.reason.notAvailable': 'Only an available shared disk can be attached',
  'volumes.reason.deleted': 'It is in the recycle bin already',

  'volumes.attach.title': 'Attach to a server',
  'volumes.attach.pick': 'Pick a server in the same resource pool',

  'volumes.create.button': 'New shared disk',
  'volumes.create.title': 'New shared disk',
  'volumes.create.submit': 'Create',
  'volumes.create.failed': 'The shared disk could not be created',
  'volumes.field.name': 'Name',
  'volumes.field.az': 'Resource pool',
  'volumes.field.size': 'Size',
  'volumes.field.storage': 'Virtual storage',
  'volumes.field.count': 'Count',
  'volumes.field.project': 'Tenant',
  'volumes.field.description': 'Description',
  'volumes.field.server': 'Server',
  'volumes.pick.az': 'Pick a resource pool',
  'volumes.pick.storage': 'Pick automatically',
  'volumes.pick.project': 'The platform (no tenant)',
  'volumes.hint.storage': 'Shared disks live on virtual storage (VS) only; left out, SCP picks one.',
  'volumes.unit.gb': 'GB',
};
