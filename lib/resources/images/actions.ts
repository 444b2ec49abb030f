import { api } from '@/lib/api';
import { uploadFile } from '@/lib/api/upload';
import { ImageEditSchema, type Image } from '@/lib/scp';
import type { SessionUser } from '@/lib/session-client/session-api';
import { choiceList } from '../core/choice-list';
import { azChoices } from '../core/lookups';
import { ALLOWED, refuse, type Action, type ActionContext, type FieldError, type FormField, type FormUpload, type Verdict } from '../core/types';
import { imageFileError } from './file-check';

/*
 * What can be done to an image (catalog §4.9): edit, delete, and sending the
 * file of a record that has none yet (or whose upload failed). Tenants change
 * only their own private images; public ones belong to the platform.
 */

type ImageLike = Pick<Image, 'id' | 'name' | 'status' | 'image_type' | 'owner_id'>;

/** Statuses an image takes a file in: a new record (saving) or one whose upload or distribution failed (error). */
export const UPLOADABLE_STATUSES: readonly string[] = ['saving', 'error'];

/** Whether the user may change the image at all: admins any, tenants their own private ones. */
export function mayChangeImage(image: ImageLike, session: SessionUser): Verdict {
  if (session.role === 'admin') return ALLOWED;
  if (session.role !== 'tenant') return refuse('role', 'images.reason.noRole');
  if (image.image_type !== 'private') return refuse('role', 'images.reason.publicAdminOnly');
  if (image.owner_id && image.owner_id !== session.projectId) return refuse('role', 'images.reason.notOwner');
  return ALLOWED;
}

/** The role rule, then a state rule. */
function allowedWhen(state: (image: ImageLike) => Verdict) {
  return (image: ImageLike, session: SessionUser): Verdict => {
    const role = mayChangeImage(image, session);
    return role.ok ? state(image) : role;
  };
}

const params = (image: ImageLike) => ({ image_id: image.id });

type EditedImage = Pick<Image, 'name' | 'description' | 'os_type' | 'azs'>;

/** The edit request of the dialog's values: only what changed (`azs` comes comma-joined). */
export function imageEditBody(image: EditedImage, values: Record<string, string> = {}) {
  const azs = choiceList(values.azs);
  const sameAzs = azs.length === image.azs.length && image.azs.every((az) => azs.includes(az.id));
  return {
    name: values.name !== undefined && values.name.trim() !== image.name ? values.name.trim() : undefined,
    description: values.description !== undefined && values.description !== (image.description ?? '') ? values.description : undefined,
    os_type: values.os_type !== undefined && values.os_type.trim() !== (image.os_type ?? '') ? values.os_type.trim() : undefined,
    azs: values.azs !== undefined && !sameAzs ? azs : undefined,
  };
}

/** The AZs an image is in, as checkboxes over those the user may use (the edit and upload forms'). */
export const imageAzsField: FormField = {
  name: 'azs', labelKey: 'images.field.azs', kind: 'checkboxes', hintKey: 'images.field.azs.hint',
  choices: azChoices, choicesKeys: { loading: 'forms.azs.loading', failed: 'forms.azs.failed' },
};

/** The edit form's fields. */
export const imageEditFields: readonly FormField[] = [
  { name: 'name', labelKey: 'images.field.name', kind: 'text' },
  { name: 'description', labelKey: 'images.field.description', kind: 'textarea' },
  { name: 'os_type', labelKey: 'images.field.osType', kind: 'text', hintKey: 'images.field.osType.hint' },
  imageAzsField,
];

/**
 * Problems of an edit by field: a name and an AZ are needed, and something
 * must change; then the registry's schema, in its own words.
 */
export function checkImageEdit(values: Record<string, string>, image: EditedImage): Record<string, FieldError> {
  const body = imageEditBody(image, values);
  const problems: Record<string, FieldError> = {};
  if (!values.name?.trim()) problems.name = { key: 'forms.error.required' };
  if (!choiceList(values.azs).length) problems.azs = { key: 'forms.error.required' };
  if (!Object.values(body).some((v) => v !== undefined)) problems.name ??= { key: 'images.edit.nothing' };
  const parsed = ImageEditSchema.safeParse(body);
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const field = issue.path[0];
    if (typeof field === 'string') problems[field] ??= { key: 'forms.error.invalid', values: { detail: issue.message } };
  }
  return problems;
}

/** Edit name, description, OS type and AZs (a task, named in the tray by the new name); not while the image is being saved. */
export const editImage: Action<ImageLike & EditedImage> = {
  id: 'edit',
  labelKey: 'images.action.edit',
  form: {
    titleKey: 'images.edit.title',
    titleValues: (image) => ({ name: image.name }),
    testId: 'image-edit-dialog',
    submitKey: 'images.edit.submit',
    failedKey: 'images.edit.failed',
    fields: imageEditFields,
    initial: (image) => ({ name: image.name, description: image.description ?? '', os_type: image.os_type ?? '', azs: image.azs.map((az) => az.id).join(',') }),
    check: checkImageEdit,
  },
  allowed: allowedWhen((image) => (image.status === 'saving' ? refuse('state', 'images.reason.saving') : ALLOWED)),
  run: async (image, ctx) => {
    const answer = await api.put('/api/images/:image_id', { params: params(image), body: imageEditBody(image, ctx.values), clientToken: ctx.clientToken });
    return { taskId: answer.task_id || undefined, name: ctx.values?.name?.trim() };
  },
};

/** Delete an image (SCP answers at once, without a task). SCP refuses while an upload, distribution or edit works on it, and says so. */
export const deleteImage: Action<ImageLike> = {
  id: 'delete',
  labelKey: 'images.action.delete',
  confirm: { titleKey: 'images.confirm.delete.title', bodyKey: 'images.confirm.delete.body', danger: true },
  allowed: allowedWhen(() => ALLOWED),
  run: async (image, ctx) => {
    await api.delete('/api/images/:image_id', { params: params(image), clientToken: ctx.clientToken });
    return {};
  },
};

/** Sends an image's file (streamed, with progress; cancelled through `ctx.signal`); answers the distribution task. */
export async function sendImageFile(imageId: string, ctx: ActionContext): Promise<{ taskId?: string }> {
  if (!ctx.file) throw new Error('an image upload needs a file');
  const answer = (await uploadFile('/api/images/:image_id/upload', {
    params: { image_id: imageId }, file: ctx.file, clientToken: ctx.clientToken, onProgress: ctx.onProgress, signal: ctx.signal,
  })) as { task_id?: string } | undefined;
  return { taskId: answer?.task_id || undefined };
}

/** What an image's upload says: its progress with a Cancel, a cancel, a failure (the record stays), and Retry. */
export const imageUploadTexts: Omit<FormUpload, 'field'> = {
  progressKey: 'images.upload.progress', cancelKey: 'images.upload.cancel', cancelledKey: 'images.upload.cancelled',
  retryKey: 'images.upload.retry', failedKey: 'images.upload.failed', keptKey: 'images.upload.failedKept',
};

/** The image file, checked against the disk format (`disk_format` of the values) before anything is sent. */
export const imageFileField: FormField = {
  name: 'file', labelKey: 'images.field.file', kind: 'file', hintKey: 'images.field.file.hint',
  file: { check: (file, values) => imageFileError(file, values.disk_format) },
};

/** Upload the file of a record that has none, or again after a failed upload or a cancel. */
export const uploadImageFile: Action<ImageLike & Partial<Pick<Image, 'disk_format'>>> = {
  id: 'upload',
  labelKey: 'images.action.upload',
  taskKey: 'images.upload.task',
  form: {
    titleKey: 'images.upload.fileTitle',
    titleValues: (image) => ({ name: image.name }),
    testId: 'image-file-dialog',
    submitKey: 'images.upload.submit',
    failedKey: 'images.upload.failed',
    fields: [imageFileField],
    // The format is not a field: the file is checked against the record's.
    initial: (image) => ({ disk_format: image.disk_format ?? '' }),
    check: () => ({}),
    upload: { field: imageFileField.name, ...imageUploadTexts },
  },
  allowed: allowedWhen((image) => (UPLOADABLE_STATUSES.includes(image.status) ? ALLOWED : refuse('state', 'images.reason.hasFile'))),
  run: (image, ctx) => sendImageFile(image.id, ctx),
};

/** The actions of an image, in menu order. */
export const IMAGE_ACTIONS = [uploadImageFile, editImage, deleteImage] as const;
