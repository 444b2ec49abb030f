import { api } from '@/lib/api';
import { ImageCreateSchema } from '@/lib/scp';
import type { z } from 'zod';
import type { SessionUser } from '@/lib/session-client/session-api';
import { choiceList } from '../core/choice-list';
import { projectOptions, projectsQuery } from '../core/lookups';
import { ALLOWED, type CreateForm, type FormField } from '../core/types';
import { imageAzsField, imageFileField, imageUploadTexts, sendImageFile } from './actions';

/*
 * Uploading an image (catalog §4.9): the record's fields, then its file. The
 * record is made first (POST /api/images), then the file streams into it
 * (PUT /api/images/:id/upload) with progress and a Cancel; when the upload
 * fails or is cancelled the record stays, and Retry sends only the file again.
 * Public images are offered to admins only; an admin may give a private one to a tenant.
 */

/** The create request of the values (empty optional fields left out; the owner only for a private image). */
export function imageCreateBody(v: Record<string, string>) {
  return {
    image_type: v.image_type, name: v.name, azs: choiceList(v.azs), disk_format: v.disk_format,
    description: v.description || undefined, os_type: v.os_type?.trim() || undefined,
    owner_id: v.image_type === 'private' && v.owner_id ? v.owner_id : undefined,
  };
}

const typeField: FormField = {
  name: 'image_type', labelKey: 'images.field.imageType', kind: 'cards',
  options: [{ value: 'private', labelKey: 'images.type.private' }, { value: 'public', labelKey: 'images.type.public' }],
};

const ownerField: FormField = {
  name: 'owner_id', labelKey: 'images.field.owner', kind: 'select', placeholderKey: 'images.field.owner.none', hintKey: 'images.field.owner.hint',
  when: (values) => values.image_type === 'private',
  choices: () => ({ key: projectsQuery.queryKey, fetch: async ({ read }) => projectOptions((await read(projectsQuery)).items) }),
};

const formatField: FormField = {
  name: 'disk_format', labelKey: 'images.field.diskFormat', kind: 'cards',
  options: [{ value: 'ISO', labelKey: 'images.field.diskFormat.ISO' }, { value: 'aCloud', labelKey: 'images.field.diskFormat.aCloud' }],
};

/** The upload form's fields: the type and owner for admins only (a tenant's images are its own, private). */
export function imageCreateFields(session: SessionUser): readonly FormField[] {
  return [
    { name: 'name', labelKey: 'images.field.name', kind: 'text', required: true, testId: 'image-name' },
    { name: 'description', labelKey: 'images.field.description', kind: 'textarea' },
    { name: 'os_type', labelKey: 'images.field.osType', kind: 'text', hintKey: 'images.field.osType.hint' },
    ...(session.role === 'admin' ? [typeField, ownerField] : []),
    formatField,
    { ...imageAzsField, required: true },
    imageFileField,
  ];
}

/** The "upload image" form of the image list. */
export const imageCreate: CreateForm = {
  buttonKey: 'images.upload.button',
  titleKey: 'images.upload.title',
  submitKey: 'images.upload.submit',
  failedKey: 'images.upload.createFailed',
  taskKey: 'images.upload.createTask',
  testIds: { button: 'image-upload-button', dialog: 'image-upload-dialog' },
  wide: true,
  allowed: () => ALLOWED,
  fields: imageCreateFields,
  initial: () => ({ name: '', description: '', os_type: '', image_type: 'private', owner_id: '', azs: '', disk_format: 'ISO' }),
  body: { schema: ImageCreateSchema, of: imageCreateBody },
  send: async (body, { clientToken }) => {
    const image = body as z.output<typeof ImageCreateSchema>;
    const answer = await api.post('/api/images', { body: image, clientToken });
    return { taskId: answer.task_id || undefined, object: { id: answer.id, name: image.name } };
  },
  upload: {
    field: imageFileField.name, ...imageUploadTexts,
    creatingKey: 'images.upload.creating', taskKey: 'images.upload.task',
    send: (object, ctx) => sendImageFile(object.id, ctx),
  },
};
