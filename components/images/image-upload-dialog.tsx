'use client';

import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { ChoiceCheckboxes } from '@/components/forms/choice-checkboxes';
import { fieldErrors } from '@/components/forms/form-errors';
import { RadioCards, SelectField, TextField } from '@/components/forms/inputs';
import { FormDialog } from '@/components/resource/form-dialog';
import { useSessionUser } from '@/components/shell/session-user';
import { useT } from '@/lib/i18n/client';
import { choiceList } from '@/lib/resources/core/choice-list';
import { projectOptions, projectsQuery } from '@/lib/resources/core/lookups';
import { imageAzsField } from '@/lib/resources/images/actions';
import type { FieldError } from '@/lib/resources/core/types';
import { ImageCreateSchema } from '@/lib/scp';
import { FileField, fileError } from './file-field';
import { UploadStatus } from './upload-status';
import { useImageUpload } from './use-image-upload';

interface Values {
  name: string;
  description: string;
  os_type: string;
  image_type: 'private' | 'public';
  owner_id: string;
  azs: string[];
  disk_format: 'ISO' | 'aCloud';
}

const INITIAL: Values = { name: '', description: '', os_type: '', image_type: 'private', owner_id: '', azs: [], disk_format: 'ISO' };

/** The create request of the form (empty optional fields left out). */
function createBody(v: Values) {
  return {
    image_type: v.image_type, name: v.name, azs: v.azs, disk_format: v.disk_format,
    description: v.description || undefined, os_type: v.os_type.trim() || undefined,
    owner_id: v.image_type === 'private' && v.owner_id ? v.owner_id : undefined,
  };
}

/**
 * Upload an image: the record's fields (public offered to admins only; an
 * admin may give a private image to a tenant) and a local file. The record is
 * made first, then the file streams into it with progress and a Cancel. When
 * the upload fails or is cancelled the record stays; Retry sends the file again.
 */
export function ImageUploadDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const azsId = useId();
  const session = useSessionUser();
  const isAdmin = session.role === 'admin';
  const [values, setValues] = useState<Values>(INITIAL);
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<Record<string, FieldError | undefined>>({});
  const { phase, target, createAndUpload, cancel } = useImageUpload();
  const projects = useQuery({ ...projectsQuery, enabled: isAdmin && values.image_type === 'private' });
  const set = <K extends keyof Values>(name: K, value: Values[K]) => setValues((v) => ({ ...v, [name]: value }));
  const busy = phase.kind === 'creating' || phase.kind === 'uploading';

  const submit = async () => {
    const body = createBody(values);
    const parsed = ImageCreateSchema.safeParse(body);
    const problems: Record<string, FieldError | undefined> = parsed.success ? {} : fieldErrors(parsed.error);
    if (!values.name.trim()) problems.name = { key: 'forms.error.required' };
    if (!values.azs.length) problems.azs = { key: 'forms.error.required' };
    problems.file = await fileError(file, values.disk_format);
    setErrors(problems);
    if (!parsed.success || Object.values(problems).some(Boolean) || !file) return;
    if (await createAndUpload(parsed.data, file)) onClose();
  };
  const close = () => {
    cancel();
    onClose();
  };
  const sent = phase.kind === 'failed' && phase.stage === 'create' ? fieldErrors(phase.error) : {};
  const shown = { ...sent, ...errors };
  const locked = busy || !!target;

  return (
    <FormDialog
      title={t('images.upload.title')}
      testId="image-upload-dialog"
      formId="image-upload-form"
      sending={busy}
      submitLabel={t(target ? 'images.upload.retry' : 'images.upload.submit')}
      onClose={close}
      onSubmit={() => void submit()}
      wide
    >
      <fieldset disabled={locked} className="space-y-3">
        <TextField label={t('images.field.name')} value={values.name} onChange={(v) => set('name', v)} error={shown.name} testId="image-name" />
        <TextField label={t('images.field.description')} value={values.description} onChange={(v) => set('description', v)} error={shown.description} multiline />
        <TextField label={t('images.field.osType')} value={values.os_type} onChange={(v) => set('os_type', v)} error={shown.os_type} hint={t('images.field.osType.hint')} />
        {isAdmin && (
          <RadioCards
            legend={t('images.field.imageType')}
            name="image_type"
            value={values.image_type}
            options={[{ value: 'private', label: t('images.type.private') }, { value: 'public', label: t('images.type.public') }]}
            onChange={(v) => set('image_type', v as Values['image_type'])}
            error={shown.image_type}
          />
        )}
        {isAdmin && values.image_type === 'private' && (
          <SelectField
            label={t('images.field.owner')}
            value={values.owner_id}
            options={projectOptions(projects.data?.items ?? []).map((o) => ({ value: o.value, label: o.label ?? o.value }))}
            onChange={(v) => set('owner_id', v)}
            placeholder={t('images.field.owner.none')}
            hint={t('images.field.owner.hint')}
            loading={projects.isPending}
            error={shown.owner_id}
          />
        )}
        <RadioCards
          legend={t('images.field.diskFormat')}
          name="disk_format"
          value={values.disk_format}
          options={[{ value: 'ISO', label: t('images.field.diskFormat.ISO') }, { value: 'aCloud', label: t('images.field.diskFormat.aCloud') }]}
          onChange={(v) => set('disk_format', v as Values['disk_format'])}
          error={shown.disk_format}
        />
        <ChoiceCheckboxes id={azsId} field={imageAzsField} values={{ azs: values.azs.join(',') }} onChange={(ids) => set('azs', choiceList(ids))} error={shown.azs} />
      </fieldset>
      <FileField onChange={setFile} error={shown.file} disabled={busy} />
      <UploadStatus phase={phase} onCancel={cancel} />
    </FormDialog>
  );
}
