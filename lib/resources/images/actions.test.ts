import { describe, expect, it } from 'vitest';
import type { SessionUser } from '@/lib/session-client/session-api';
import { checkImageEdit, deleteImage, editImage, imageEditBody, uploadImageFile } from './actions';

const acme: SessionUser = { username: 'acme', role: 'tenant', projectId: 'p-acme', projectName: 'acme' };
const admin: SessionUser = { username: 'admin', role: 'admin', projectId: 'p-admin', projectName: 'admin' };
const member: SessionUser = { username: 'm', role: 'member', projectId: 'p-acme', projectName: 'acme' };

const image = (over: Partial<Parameters<typeof editImage.allowed>[0]> = {}) => ({
  id: 'i1', name: 'img', status: 'active', image_type: 'private', owner_id: 'p-acme', description: 'd', os_type: 'linux-centos',
  azs: [{ id: 'az1' }, { id: 'az2' }], ...over,
});

describe('image actions', () => {
  it('tenants change their own private images only; public ones say the admin may', () => {
    expect(editImage.allowed(image(), acme)).toEqual({ ok: true });
    expect(deleteImage.allowed(image({ image_type: 'public', owner_id: 'p-admin' }), acme)).toMatchObject({ ok: false, why: 'role', reason: 'images.reason.publicAdminOnly' });
    expect(deleteImage.allowed(image({ owner_id: 'p-globex' }), acme)).toMatchObject({ ok: false, why: 'role', reason: 'images.reason.notOwner' });
    expect(deleteImage.allowed(image(), member)).toMatchObject({ ok: false, why: 'role' });
    expect(deleteImage.allowed(image({ image_type: 'public' }), admin)).toEqual({ ok: true });
  });

  it('a file goes only to a new record or one whose upload failed', () => {
    expect(uploadImageFile.allowed(image({ status: 'saving' }), acme).ok).toBe(true);
    expect(uploadImageFile.allowed(image({ status: 'error' }), acme).ok).toBe(true);
    for (const status of ['active', 'deactivated']) {
      expect(uploadImageFile.allowed(image({ status }), acme)).toMatchObject({ ok: false, why: 'state', reason: 'images.reason.hasFile' });
    }
  });

  it('edit waits while the image is being saved; delete does not (SCP says when it is busy)', () => {
    expect(editImage.allowed(image({ status: 'saving' }), admin)).toMatchObject({ ok: false, why: 'state', reason: 'images.reason.saving' });
    expect(deleteImage.allowed(image({ status: 'saving' }), acme).ok).toBe(true);
  });

  it('an edit sends only what changed', () => {
    const img = image();
    expect(imageEditBody(img, { name: ' img ', description: 'd', os_type: 'linux-centos', azs: 'az2,az1' })).toEqual({});
    expect(JSON.parse(JSON.stringify(imageEditBody(img, { name: 'new', description: '', os_type: 'linux-debian', azs: 'az1' })))).toEqual({
      name: 'new', description: '', os_type: 'linux-debian', azs: ['az1'],
    });
  });

  it('an edit form starts from the image, wants a name, an AZ and a change, and names the tray\'s task by the new name', async () => {
    const img = image();
    const form = editImage.form!;
    expect(form.initial(img)).toEqual({ name: 'img', description: 'd', os_type: 'linux-centos', azs: 'az1,az2' });
    expect(form.titleValues?.(img)).toEqual({ name: 'img' });
    expect(form.fields.map((f) => f.kind)).toEqual(['text', 'textarea', 'text', 'checkboxes']);
    expect(checkImageEdit(form.initial(img), img)).toEqual({ name: { key: 'images.edit.nothing' } });
    expect(checkImageEdit({ ...form.initial(img), name: ' ', azs: '' }, img)).toEqual({ name: { key: 'forms.error.required' }, azs: { key: 'forms.error.required' } });
    expect(checkImageEdit({ ...form.initial(img), name: 'x'.repeat(100) }, img)).toMatchObject({ name: { key: 'forms.error.invalid' } });
    expect(checkImageEdit({ ...form.initial(img), name: 'new' }, img)).toEqual({});
  });
});
