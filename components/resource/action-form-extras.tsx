'use client';

import { useQuery } from '@tanstack/react-query';
import { useT } from '@/lib/i18n/client';
import { quotaLines, shortQuotas } from '@/lib/resources/quotas/needs';
import { quotaRowsQuery } from '@/lib/resources/quotas/rows-query';
import type { ActionForm, FormNote } from '@/lib/resources/core/types';
import { QuotaPanel } from './quota-panel';

/** What an action form says about its values (ActionForm.notes): a blocking note as an alert. */
export function FormNotes({ notes }: { notes: readonly FormNote[] }) {
  const t = useT();
  return notes.map((note) => (
    <p key={note.testId ?? note.key} role={note.blocks ? 'alert' : undefined} className={note.blocks ? 'text-sm text-danger' : 'text-xs text-muted'} data-testid={note.testId}>
      {t(note.key, note.values)}
    </p>
  ));
}

/**
 * An action form's quota (ActionForm.quota) for the values typed: the panel of
 * the lines the values need, the sentence said while one does not fit, and
 * whether that keeps the form from being sent. A form without one has none.
 */
export function useFormQuota<T>(form: ActionForm<T>, values: Record<string, string>, item: T) {
  const t = useT();
  const of = form.quota?.of(values, item);
  const rows = useQuery({ ...quotaRowsQuery(of?.projectId, of?.azId), enabled: !!of?.projectId && !!of.azId });
  if (!form.quota || !of) return { blocks: false };
  const lines = quotaLines(rows.data ?? [], of.azId ?? '', of.needs).filter((line) => line.need > 0);
  const short = rows.data ? shortQuotas(lines).length > 0 : false;
  return {
    blocks: short,
    aside: <QuotaPanel lines={lines} loading={rows.isPending} error={rows.isError} scope={lines.length ? undefined : t('quota.panel.nothing')} />,
    notice: short && (
      <p role="alert" className="text-sm text-danger" data-testid="quota-refused">
        {t(form.quota.shortKey)}
      </p>
    ),
  };
}
