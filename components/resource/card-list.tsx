'use client';

import { useQuery } from '@tanstack/react-query';
import { useT } from '@/lib/i18n/client';
import type { CardsView } from '@/lib/resources/core/cards';
import { CardSectionView } from './card-section';
import { ErrorNotice } from './error-notice';
import { StatusBadge } from './status-badge';
import { useFigure } from './use-figure';

function Card<T>({ card, item }: { card: CardsView<T>['card']; item: T }) {
  const words = useFigure();
  const key = card.rowKey(item);
  const name = card.nameOf(item);
  const headingId = `${card.idPrefix}-${key}`;
  const data = Object.fromEntries(Object.entries(card.data?.(item) ?? {}).map(([k, v]) => [`data-${k}`, v]));
  const description = card.description?.(item);
  return (
    <section aria-labelledby={headingId} className="space-y-4 rounded-lg border border-border p-4" data-testid={card.testId} {...data}>
      <div className="flex flex-wrap items-center gap-3">
        <h2 id={headingId} className="text-base font-semibold">{name}</h2>
        <StatusBadge status={card.status.of(item)} model={card.status.model} />
        <span className="text-sm text-muted">{(card.facts?.(item) ?? []).map(words).join(' · ')}</span>
      </div>
      {description && <p className="text-sm text-muted">{description}</p>}
      {card.sections.map((section, i) => <CardSectionView key={i} section={section} item={item} name={name} />)}
    </section>
  );
}

/** A declared list of cards (lib/resources/core/cards), read-only: one card per item, each section over its own read. */
export function CardList<T>({ view }: { view: CardsView<T> }) {
  const t = useT();
  const list = useQuery(view.list);
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">{t(view.titleKey)}</h1>
      {list.isError ? (
        <ErrorNotice title={t(view.loadFailedKey)} error={list.error}>
          <button type="button" className="button-secondary h-8" onClick={() => void list.refetch()}>
            {t('common.retry')}
          </button>
        </ErrorNotice>
      ) : !list.data ? (
        <p role="status" className="text-sm text-muted">{t(view.loadingKey)}</p>
      ) : list.data.items.length === 0 ? (
        <p className="text-sm text-muted">{t(view.emptyKey)}</p>
      ) : (
        list.data.items.map((item) => <Card key={view.card.rowKey(item)} card={view.card} item={item} />)
      )}
    </section>
  );
}
