import { describe, expect, it } from 'vitest';
import { ImageCreateSchema } from '@/lib/scp';
import type { SessionUser } from '@/lib/session-client/session-api';
import { checkCreateForm } from '../core/form-check';
import { uploadImageFile } from './actions';
import { imageCreate, imageCreateBody } from './create';

const acme: SessionUser = { username: 'acme', role: 'tenant', projectId: 'p-acme', projectName: 'acme' };
const admin: SessionUser = { username: 'admin', role: 'admin', projectId: 'p-admin', projectName: 'admin' };
const AZ = '0f9a3c4e-1b2d-4e5f-8a9b-0c1d2e3f4a5b';
const OWNER = '0123456789abcdef0123456789abcdef';

describe('the image upload form', () => {
  it('offers the type and owner to admins only; the owner only for a private image; the file last', () => {
    const names = (session: SessionUser) => imageCreate.fields(session).map((f) => f.name);
    expect(names(acme)).toEqual(['name', 'description', 'os_type', 'disk_format', 'azs', 'file']);
    expect(names(admin)).toEqual(['name', 'description', 'os_type', 'image_type', 'owner_id', 'disk_format', 'azs', 'file']);
    const owner = imageCreate.fields(admin).find((f) => f.name === 'owner_id')!;
    expect(owner.when?.({ image_type: 'private' })).toBe(true);
    expect(owner.when?.({ image_type: 'public' })).toBe(false);
    expect(imageCreate.initial(acme, {})).toMatchObject({ image_type: 'private', disk_format: 'ISO' });
  });

  it('sends the record without empty optional fields, and the owner only for a private image', () => {
    const values = { ...imageCreate.initial(admin, {}), name: 'img', azs: AZ, owner_id: OWNER };
    expect(ImageCreateSchema.parse(imageCreateBody(values))).toEqual({ image_type: 'private', name: 'img', azs: [AZ], disk_format: 'ISO', owner_id: OWNER });
    expect(imageCreateBody({ ...values, image_type: 'public' }).owner_id).toBeUndefined();
  });

  it('needs a name and an AZ (the file is checked apart)', () => {
    const checked = checkCreateForm(imageCreate, imageCreate.fields(acme), imageCreate.initial(acme, {}));
    expect(checked).toEqual({ ok: false, errors: { name: { key: 'forms.error.required' }, azs: { key: 'forms.error.required' } } });
  });

  it('uploads the file after the record, each with its task; a failure keeps the record, and says so', () => {
    expect(imageCreate.upload).toMatchObject({ field: 'file', taskKey: 'images.upload.task', retryKey: 'images.upload.retry', keptKey: 'images.upload.failedKept' });
    expect(imageCreate.taskKey).toBe('images.upload.createTask');
    expect(uploadImageFile.taskKey).toBe('images.upload.task');
    expect(uploadImageFile.form?.upload).toMatchObject({ field: 'file', cancelledKey: 'images.upload.cancelled' });
    expect(uploadImageFile.form?.initial({ id: 'i', name: 'n', status: 'saving', image_type: 'private', owner_id: null, disk_format: 'aCloud' })).toEqual({ disk_format: 'aCloud' });
  });
});
