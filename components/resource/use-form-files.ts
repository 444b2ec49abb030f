'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { UploadProgress } from '@/lib/api/upload';
import type { FormFiles } from '@/lib/resources/core/files';
import type { ActionContext } from '@/lib/resources/core/types';

/** What a file's sending gets: the file, where its progress goes, and the signal that cancels it. */
export type FileSendContext = Required<Pick<ActionContext, 'file' | 'onProgress' | 'signal'>>;

/**
 * The files of a dialog's form (core/files.ts), kept beside its values, and
 * their sending: `run` hands a sending its file, a progress callback and an
 * abort signal; `progress` says how far it is while it runs, and `cancel`
 * aborts it. Closing the dialog (unmounting) aborts it too.
 */
export function useFormFiles() {
  const [files, setFiles] = useState<FormFiles>({});
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const run = useCallback(async <R,>(file: File, send: (ctx: FileSendContext) => Promise<R>): Promise<R> => {
    const controller = new AbortController();
    abort.current = controller;
    setProgress({ sent: 0, total: file.size });
    try {
      return await send({ file, signal: controller.signal, onProgress: setProgress });
    } finally {
      abort.current = null;
      setProgress(null);
    }
  }, []);

  const cancel = useCallback(() => abort.current?.abort(), []);
  const choose = useCallback((name: string, file: File | undefined) => setFiles((f) => ({ ...f, [name]: file })), []);
  return { files, choose, progress, run, cancel };
}
