'use client';

import type { ReactNode } from 'react';
import { ApiError } from '@/lib/api';
import { useT } from '@/lib/i18n/client';

/** An error in words: the console's message and its request id (to quote to an operator), with optional actions. */
export function ErrorNotice({ title, error, children, testId = 'error-notice' }: { title: string; error: unknown; children?: ReactNode; testId?: string }) {
  const t = useT();
  const message = error instanceof Error ? error.message : String(error);
  const requestId = error instanceof ApiError ? error.requestId : undefined;
  return (
    <div role="alert" className="rounded-md border border-danger/40 bg-danger-surface px-4 py-3 text-sm" data-testid={testId}>
      <p className="font-medium text-danger">{title}</p>
      <p className="mt-1 break-words">{message}</p>
      {requestId && <p className="mt-1 text-xs text-muted">{t('common.requestId', { requestId })}</p>}
      {children && <div className="mt-2 flex gap-2">{children}</div>}
    </div>
  );
}
