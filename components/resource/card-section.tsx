'use client';

import { useQuery } from '@tanstack/react-query';
import { useT } from '@/lib/i18n/client';
import type { CardRead, CardSection, FiguresSection, MetersSection } from '@/lib/resources/core/cards';
import { ErrorNotice } from './error-notice';
import { UsageMeter } from './usage-meter';
import { useFigure } from './use-figure';

function useCardRead<T, D>(read: CardRead<T, D>, item: T) {
  return useQuery({ queryKey: read.key(item), queryFn: ({ signal }) => read.fetch(item, signal), staleTime: read.staleTime });
}

function Figures<T, D>({ section, item }: { section: FiguresSection<T, D>; item: T }) {
  const words = useFigure();
  const { data } = useCardRead(section.read, item);
  if (data === undefined) return null;
  return (
    <p className="flex flex-wrap gap-x-6 text-sm" data-testid={section.testId}>
      {section.of(item, data).map((figure, i) => <span key={i}>{words(figure)}</span>)}
    </p>
  );
}

function Meters<T, D>({ section, item, name }: { section: MetersSection<T, D>; item: T; name: string }) {
  const t = useT();
  const words = useFigure();
  const read = useCardRead(section.read, item);
  if (read.isError) return <ErrorNotice title={t(section.failedKey, { name })} error={read.error} />;
  if (read.data === undefined) return <p role="status" className="text-sm text-muted">{t(section.loadingKey)}</p>;
  const data = read.data;
  return (
    <div className="grid gap-6 md:grid-cols-2">
      {section.groups.map((group) => (
        <div key={group.testId} className="space-y-3" data-testid={group.testId}>
          <h3 className="text-sm font-semibold">{t(group.titleKey)}</h3>
          {group.meters(item, data).map((meter) => (
            <UsageMeter key={meter.id} id={meter.id} label={words(meter.label)} ratio={meter.ratio} detail={meter.detail && words(meter.detail)} />
          ))}
        </div>
      ))}
    </div>
  );
}

/** One declared section of a card, over its own read of the card's item. */
export function CardSectionView<T>({ section, item, name }: { section: CardSection<T>; item: T; name: string }) {
  return section.kind === 'figures' ? <Figures section={section} item={item} /> : <Meters section={section} item={item} name={name} />;
}
