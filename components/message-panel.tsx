import type { ReactNode } from 'react';

/** A centred notice with a heading, a line of text and an optional action: not permitted, not found, errors. */
export function MessagePanel({ title, body, action, testId }: { title: string; body: ReactNode; action?: ReactNode; testId?: string }) {
  return (
    <section className="mx-auto mt-12 w-full max-w-lg rounded-lg border border-border bg-surface p-8 text-center" data-testid={testId}>
      <h1 className="text-xl font-semibold">{title}</h1>
      <div className="mt-3 text-sm text-muted">{body}</div>
      {action && <div className="mt-6 flex justify-center gap-3">{action}</div>}
    </section>
  );
}
