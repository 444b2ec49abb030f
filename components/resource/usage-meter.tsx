'use client';

import { formatPercent } from '@/lib/format';
import { useLocale } from '@/lib/i18n/client';

/** A labelled bar for a ratio (0–1), with the figures it comes from. */
export function UsageMeter({ label, ratio, detail, id }: { label: string; ratio: number | null | undefined; detail?: string; id: string }) {
  const locale = useLocale();
  const percent = typeof ratio === 'number' && Number.isFinite(ratio) ? Math.min(100, Math.max(0, ratio * 100)) : 0;
  const tone = percent >= 90 ? 'bg-danger' : percent >= 70 ? 'bg-amber-500' : 'bg-accent';
  return (
    <div data-usage={id}>
      <div className="flex items-baseline justify-between gap-2 text-sm">
        <span>{label}</span>
        <span className="text-muted">{formatPercent(ratio, locale, 1)}</span>
      </div>
      <div role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(percent)} className="mt-1 h-2 overflow-hidden rounded-full bg-surface ring-1 ring-border">
        <div className={`h-full ${tone}`} style={{ width: `${percent}%` }} />
      </div>
      {detail && <p className="mt-1 text-xs text-muted">{detail}</p>}
    </div>
  );
}
