'use client';

import { useRef, useState } from 'react';
import type { MessageKey } from '@/lib/i18n';
import { fileKey } from '@/lib/resources/core/files';
import type { CreateForm, CreateResult } from '@/lib/resources/core/types';
import { useFormFiles } from './use-form-files';
import { useKeyedRequest } from './use-keyed-request';

/** A step of a create that started a task (the object made, its file sent), for the tray under `taskKey`. */
export type CreateStep = (result: CreateResult, taskKey?: MessageKey) => void;

/**
 * Sends a create form's body (useKeyedRequest: a retry of the same body
 * keeps its X-Client-Token). A form with an `upload` then sends its file to
 * the object made, with progress and a Cancel: the object is made once, and
 * a retry (after a failure or a cancel) sends only the file again, with the
 * same token while it is the same file. Each step goes to `onStep` as it
 * happens; the result comes once all is sent, undefined after a failure.
 */
export function useCreateSend(form: CreateForm, onStep?: CreateStep) {
  const create = useKeyedRequest((body: unknown, clientToken: string) => form.send(body, { clientToken }));
  const files = useFormFiles();
  const [made, setMade] = useState<{ id: string; name: string }>();
  const [failure, setFailure] = useState<unknown>(null);
  const [uploading, setUploading] = useState(false);
  const token = useRef<{ key: string; id: string } | null>(null);
  const { upload } = form;

  const sendFile = async (object: { id: string; name: string }, file: File): Promise<CreateResult | undefined> => {
    if (!upload) return undefined;
    const key = `${object.id}:${fileKey(file)}`;
    if (token.current?.key !== key) token.current = { key, id: crypto.randomUUID() };
    const clientToken = token.current.id;
    setFailure(null);
    setUploading(true);
    try {
      const { taskId } = await files.run(file, (ctx) => upload.send(object, { ...ctx, clientToken }));
      token.current = null;
      onStep?.({ taskId, object }, upload.taskKey);
      return { object };
    } catch (error) {
      setFailure(error);
      onStep?.({});
      return undefined;
    } finally {
      setUploading(false);
    }
  };

  const submit = async (body: unknown): Promise<CreateResult | undefined> => {
    const file = upload && files.files[upload.field];
    let object = made;
    if (!object) {
      const sent = await create.submit(body);
      if (!sent || !file) return sent?.answer;
      object = sent.answer.object;
      if (!object?.id) return sent.answer;
      setMade(object);
      onStep?.(sent.answer);
    }
    return file ? sendFile(object, file) : undefined;
  };

  return {
    submit,
    files,
    /** The object made, once it is (its fields are then locked). */
    made,
    /** The create's failure (SCP's 400 names fields), and the file's. */
    failure: create.failure,
    uploadFailure: failure,
    creating: create.sending,
    sending: create.sending || uploading,
  };
}
