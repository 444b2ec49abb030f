'use client';

import Link from 'next/link';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useT } from '@/lib/i18n/client';

/** A short notice in the corner: a task finished, failed, was cancelled or went missing. */
export interface Toast {
  id: string;
  tone: 'success' | 'error' | 'neutral';
  title: string;
  /** A line under the title, e.g. SCP's failure reason. */
  body?: string;
  href?: string;
  linkLabel?: string;
}

/** How long a toast stays: failures longer, so the reason can be read. */
const SHOWN_MS = { success: 6000, neutral: 8000, error: 15_000 } as const;
/** More toasts than this at once push the oldest out. */
const MAX_SHOWN = 4;

const TONE = {
  success: 'border-l-emerald-600 dark:border-l-emerald-400',
  error: 'border-l-danger',
  neutral: 'border-l-border',
} as const;

/** Toast state: `push` adds one that leaves by itself, `dismiss` removes one now. */
export function useToasts() {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const dismiss = useCallback((id: string) => {
    clearTimeout(timers.current.get(id));
    timers.current.delete(id);
    setToasts((list) => list.filter((t) => t.id !== id));
  }, []);
  const push = useCallback((toast: Toast) => {
    setToasts((list) => [...list.filter((t) => t.id !== toast.id), toast].slice(-MAX_SHOWN));
    clearTimeout(timers.current.get(toast.id));
    timers.current.set(toast.id, setTimeout(() => dismiss(toast.id), SHOWN_MS[toast.tone]));
  }, [dismiss]);
  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach(clearTimeout);
  }, []);
  return { toasts, push, dismiss };
}

/** The toasts, bottom right, announced politely to screen readers. */
export function ToastRegion({ toasts, onDismiss }: { toasts: readonly Toast[]; onDismiss: (id: string) => void }) {
  const t = useT();
  return (
    <section aria-label={t('tasks.toast.region')} className="pointer-events-none fixed right-4 bottom-4 z-50 flex w-80 max-w-[calc(100vw-2rem)] flex-col gap-2">
      <ol role="status" aria-live="polite" className="flex flex-col gap-2" data-testid="task-toasts">
        {toasts.map((toast) => (
          <li key={toast.id} className={`pointer-events-auto rounded-md border border-l-4 border-border bg-background p-3 text-sm shadow-lg ${TONE[toast.tone]}`} data-testid="task-toast" data-tone={toast.tone}>
            <div className="flex items-start gap-2">
              <div className="min-w-0 flex-1">
                <p className="font-medium break-words">{toast.title}</p>
                {toast.body && <p className="mt-1 break-words text-xs text-muted">{toast.body}</p>}
                {toast.href && toast.linkLabel && (
                  <Link href={toast.href} className="mt-1 inline-block text-xs text-accent hover:underline">
                    {toast.linkLabel}
                  </Link>
                )}
              </div>
              <button type="button" className="shrink-0 rounded px-1 text-muted hover:text-foreground" aria-label={t('tasks.toast.dismiss')} title={t('tasks.toast.dismiss')} onClick={() => onDismiss(toast.id)}>
                <span aria-hidden="true">×</span>
              </button>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
