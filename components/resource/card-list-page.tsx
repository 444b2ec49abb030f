'use client';

import { CARD_VIEWS } from '@/lib/resources/card-views';
import { CardList } from './card-list';

/** The cards page at `/{segment}` (lib/resources/card-views). */
export function CardListPage({ segment }: { segment: keyof typeof CARD_VIEWS & string }) {
  return <CardList view={CARD_VIEWS[segment]} />;
}
