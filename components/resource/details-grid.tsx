import type { ReactNode } from 'react';

/** One labelled value of a details grid. */
export interface Detail {
  label: string;
  value: ReactNode;
  /** Stable id for tests and links (`data-detail`). */
  id: string;
}

/** Label–value pairs in a responsive grid (a <dl>). */
export function DetailsGrid({ items, title }: { items: readonly Detail[]; title?: string }) {
  return (
    <section className="rounded-lg border border-border p-4">
      {title && <h2 className="mb-3 text-base font-semibold">{title}</h2>}
      <dl className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-2 xl:grid-cols-3">
        {items.map((item) => (
          <div key={item.id} data-detail={item.id} className="min-w-0">
            <dt className="text-xs text-muted">{item.label}</dt>
            <dd className="mt-0.5 text-sm break-words">{item.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
