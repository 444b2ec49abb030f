import { poolCards } from './azs/pools';
import type { CardsView } from './core/cards';

/*
 * The pages rendered as declared cards (components/resource/card-list), by
 * their path segment; each keeps a page of its own under app/(console)/ that
 * names its segment, as the declarations hold functions a server page cannot pass.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const CARD_VIEWS: Readonly<Record<string, CardsView<any>>> = {
  'resource-pools': poolCards,
};
