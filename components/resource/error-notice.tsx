'use client';

import type { ReactNode } from 'react';
import { ApiError } from '@/lib/api';
import { isMessageKey } from '@/lib/i18n';
import { useT } from '@/lib/i18n/client';

/**
 * An error in words: what it means and what to do, in the UI language (by the
 * console API's error code), then the console's or SCP's own message as the
 * detail, and the request id to quote to an operator; with optional actions.
 */
export function ErrorNotice({ title, error, children, testId = 'error-notice' }: { title: string; error: unknown; children?: ReactNode; testId?: string }) {
  const t = useT();
  const message = error instanceof Error ? error.message : String(error);
  const requestId = error instanceof ApiError ? error.requestId : undefined;
  const summaryKey = error instanceof ApiError ? `apiError.${error.code}` : undefined;
  const summary = summaryKey && isMessageKey(summaryKey) ? t(summaryKey) : undefined;
  return (
    <div role="alert" className="rounded-md border border-danger/40 bg-danger-surface px-4 py-3 text-sm" data-testid={testId}>
      <p className="font-medium text-danger">{title}</p>
      {summary && <p className="mt-1" data-testid="error-summary">{summary}</p>}
      <p className={`mt-1 break-words ${summary ? 'text-xs text-muted' : ''}`}>{summary ? t('common.detail', { detail: message }) : message}</p>
      {requestId && <p className="mt-1 text-xs text-muted">{t('common.requestId', { requestId })}</p>}
      {children && <div className="mt-2 flex gap-2">{children}</div>}
    </div>
  );
}
