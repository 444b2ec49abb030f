'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTaskStarted } from '@/components/resource/use-task-started';
import { api } from '@/lib/api';
import { useT } from '@/lib/i18n/client';
import { queryKeys } from '@/lib/query-keys';
import { sendImageFile } from '@/lib/resources/images/actions';
import type { ImageCreateSchema } from '@/lib/scp';
import type { z } from 'zod';

type CreateBody = z.output<typeof ImageCreateSchema>;

/** Where an upload is: nothing yet, making the record, sending the file, or stopped by a failure or a cancel. */
export type UploadPhase =
  | { kind: 'idle' }
  | { kind: 'creating' }
  | { kind: 'uploading'; sent: number; total: number }
  | { kind: 'failed'; stage: 'create' | 'upload'; error: unknown }
  | { kind: 'cancelled' };

/** An image record this dialog sends a file to. */
export interface UploadTarget {
  id: string;
  name: string;
}

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/**
 * Creates an image record (POST /api/images) and streams a file into it
 * (PUT /api/images/:id/upload) with progress, cancellable. Each request keeps
 * its X-Client-Token across retries of the same request; a record created once
 * is not created again when only the upload is retried. Both tasks go to the
 * tray; the image list refreshes after each step and when they end.
 */
export function useImageUpload(existing?: UploadTarget) {
  const t = useT();
  const taskStarted = useTaskStarted();
  const queryClient = useQueryClient();
  const [phase, setPhase] = useState<UploadPhase>({ kind: 'idle' });
  const [target, setTarget] = useState<UploadTarget | undefined>(existing);
  const createToken = useRef<{ body: string; id: string } | null>(null);
  const uploadToken = useRef<{ key: string; id: string } | null>(null);
  const abort = useRef<AbortController | null>(null);
  const invalidate = [queryKeys.images.all, queryKeys.quotas.all];

  // Leaving the page (or closing the dialog) stops an upload still running.
  useEffect(() => () => abort.current?.abort(), []);

  const upload = async (image: UploadTarget, file: File): Promise<boolean> => {
    const key = `${image.id}:${file.name}:${file.size}:${file.lastModified}`;
    if (uploadToken.current?.key !== key) uploadToken.current = { key, id: crypto.randomUUID() };
    const controller = new AbortController();
    abort.current = controller;
    setPhase({ kind: 'uploading', sent: 0, total: file.size });
    try {
      const { taskId } = await sendImageFile(image.id, {
        clientToken: uploadToken.current.id, file, signal: controller.signal,
        onProgress: ({ sent, total }) => setPhase({ kind: 'uploading', sent, total }),
      });
      if (taskId) taskStarted({ taskId, action: t('images.upload.task'), object: { kind: 'image', ...image }, invalidate });
      uploadToken.current = null;
      setPhase({ kind: 'idle' });
      return true;
    } catch (error) {
      setPhase(isAbort(error) ? { kind: 'cancelled' } : { kind: 'failed', stage: 'upload', error });
      return false;
    } finally {
      abort.current = null;
      void queryClient.invalidateQueries({ queryKey: queryKeys.images.all });
    }
  };

  /** Makes the record (unless this dialog already did) and sends the file; true when the upload's task started. */
  const createAndUpload = async (body: CreateBody, file: File): Promise<boolean> => {
    let image = target;
    if (!image) {
      const json = JSON.stringify(body);
      if (createToken.current?.body !== json) createToken.current = { body: json, id: crypto.randomUUID() };
      setPhase({ kind: 'creating' });
      try {
        const answer = await api.post('/api/images', { body, clientToken: createToken.current.id });
        image = { id: answer.id, name: body.name };
        setTarget(image);
        if (answer.task_id) taskStarted({ taskId: answer.task_id, action: t('images.upload.createTask'), object: { kind: 'image', ...image }, invalidate });
      } catch (error) {
        setPhase({ kind: 'failed', stage: 'create', error });
        return false;
      }
    }
    return upload(image, file);
  };

  const cancel = useCallback(() => abort.current?.abort(), []);

  return { phase, target, createAndUpload, upload: (file: File) => (target ? upload(target, file) : Promise.resolve(false)), cancel };
}
